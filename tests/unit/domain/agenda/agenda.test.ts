import { occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import type { Result } from '../../../../src/domain/result';
import type { Actor, AgendaError } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, tallyVotes } from '../../../../src/domain/agenda/buildAgenda';
import { mergeTopics } from '../../../../src/domain/agenda/mergeTopics';
import {
  editTopic,
  proposeTopic,
  withdrawTopic,
  type TopicInput,
} from '../../../../src/domain/agenda/proposeTopic';
import { timeBoxAgenda } from '../../../../src/domain/agenda/timeBoxAgenda';
import { castBallot, setSettings, setVoting } from '../../../../src/domain/agenda/voteCommands';
import { lww } from '../../../../src/domain/series/lww';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const W3 = occurrenceKey('2026-01-19T09:00:00.000Z');
const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id.toUpperCase(),
  isOrganizer: false,
  isFacilitator: false,
  ...extra,
});
const ava = person('ava', { isOrganizer: true });
const ben = person('ben');
const cy = person('cy');
const dee = person('dee', { isFacilitator: true });

const topic = (
  title: string,
  estimateMinutes = 15,
  outcome: TopicInput['outcome'] = 'discuss',
): TopicInput => ({ title, why: `why ${title}`, outcome, estimateMinutes });
const must = <T>(r: Result<T, AgendaError>): T => {
  if (!r.ok) throw new Error(`${r.failure.kind}: ${r.failure.message}`);
  return r.value;
};
let clock = 1000;
const propose = (d: SeriesDocument, id: string, who: Actor, occ: OccurrenceKey = W1, input = topic(id)) =>
  must(proposeTopic(d, { id, occurrence: occ, input }, who, clock++));
const vote = (d: SeriesDocument, who: Actor, dots: Record<string, number>, occ: OccurrenceKey = W1) =>
  must(castBallot(d, occ, dots, new Set(Object.keys(d.proposals)), who, clock++));
const base = () => emptySeriesDocument(seriesKey('S'), 'Leadership weekly');

describe('proposals', () => {
  it('validates title length, estimate and outcome, and trims', () => {
    const long = 'x'.repeat(201);
    const r = proposeTopic(base(), { id: 'a', occurrence: W1, input: topic(long) }, ava, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure).toMatchObject({ kind: 'invalidInput', field: 'title' });
    expect(proposeTopic(base(), { id: 'a', occurrence: W1, input: topic('ok', 0) }, ava, 1).ok).toBe(false);
    expect(
      proposeTopic(base(), { id: 'a', occurrence: W1, input: { ...topic('ok'), title: '   ' } }, ava, 1).ok,
    ).toBe(false);
    const d = must(
      proposeTopic(base(), { id: 'a', occurrence: W1, input: topic('  Hiring plan  ') }, ava, 1),
    );
    expect(d.proposals['a']?.content.value.title).toBe('Hiring plan');
    expect(d.proposals['a']?.author).toBe('ava');
  });

  it('lets only the author edit or withdraw', () => {
    const d = propose(base(), 'a', ben);
    expect(editTopic(d, 'a', topic('Changed'), cy, clock++)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const edited = must(editTopic(d, 'a', topic('Changed'), ben, clock++));
    expect(edited.proposals['a']?.content.value.title).toBe('Changed');
    expect(withdrawTopic(edited, 'a', ava, clock++).ok).toBe(false);
    const gone = must(withdrawTopic(edited, 'a', ben, clock++));
    expect(buildAgenda(gone, W1, 60).ranked).toHaveLength(0);
  });
});

describe('voting under a budget', () => {
  it('enforces the budget and the per-topic cap, replacing the ballot whole', () => {
    let d = ['a', 'b', 'c'].reduce((acc, id) => propose(acc, id, ava), base());
    expect(castBallot(d, W1, { a: 3 }, new Set(['a', 'b', 'c']), ben, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput' },
    });
    expect(castBallot(d, W1, { a: 2, b: 1, c: 1 }, new Set(['a', 'b', 'c']), ben, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'overBudget', budget: 3, requested: 4 },
    });
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, ben, { c: 1 });
    expect(tallyVotes(d, W1).votes.get('a')).toBeUndefined();
    expect(tallyVotes(d, W1).votes.get('c')).toBe(1);
  });

  it('honours configurable budget and cap', () => {
    let d = must(setSettings(base(), { ...DEFAULT_SETTINGS, budget: 5, maxPerTopic: 3 }, ava, clock++));
    d = propose(d, 'a', ben);
    d = propose(d, 'b', ben);
    expect(castBallot(d, W1, { a: 3, b: 2 }, new Set(['a', 'b']), cy, 1).ok).toBe(true);
    expect(setSettings(d, DEFAULT_SETTINGS, ben, 1).ok).toBe(false);
  });

  it('only the organizer or facilitator closes voting; closed voting rejects ballots', () => {
    let d = propose(base(), 'a', ben);
    expect(setVoting(d, W1, 'closed', ben, 1).ok).toBe(false);
    d = must(setVoting(d, W1, 'closed', dee, clock++));
    expect(castBallot(d, W1, { a: 1 }, new Set(['a']), ben, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'votingClosed' },
    });
  });
});

describe('ranking and the cut', () => {
  it('ranks by votes, then deferrals, then age; shows ties', () => {
    let d = ['old', 'mid', 'new', 'low'].reduce((acc, id) => propose(acc, id, ava), base());
    d = vote(d, ben, { new: 2, mid: 1 });
    d = vote(d, cy, { old: 2, mid: 1 });
    d = vote(d, dee, { low: 1 });
    const plan = buildAgenda(d, W1, 60);
    expect(plan.ranked.map((r) => [r.id, r.votes, r.rank, r.tied])).toEqual([
      ['old', 2, 1, true],
      ['mid', 2, 1, true],
      ['new', 2, 1, true],
      ['low', 1, 4, false],
    ]);
    expect(plan.boulders.map((b) => b.id)).toEqual(['old', 'mid', 'new']);
    expect(plan.parkingLot.map((b) => b.id)).toEqual(['low']);
    expect(plan.tieAtCut).toBe(false);
    expect(plan.voterCount).toBe(3);
  });

  it('flags a tie that straddles the cut line', () => {
    let d = ['a', 'b', 'c', 'd'].reduce((acc, id) => propose(acc, id, ava), base());
    d = vote(d, ben, { a: 1, b: 1, c: 1 });
    d = vote(d, cy, { d: 1 });
    const plan = buildAgenda(d, W1, 60);
    expect(plan.tieAtCut).toBe(true);
  });
});

describe('time boxing', () => {
  it('adds up to the meeting length exactly and scales long estimates down, never dropping one', () => {
    const tb = timeBoxAgenda(
      [
        { id: 'a', label: 'A', estimateMinutes: 40 },
        { id: 'b', label: 'B', estimateMinutes: 30 },
        { id: 'c', label: 'C', estimateMinutes: 20 },
      ],
      60,
      DEFAULT_SETTINGS.segments,
    );
    const total = [...tb.before, ...tb.boulders, ...tb.after].reduce((s, x) => s + x.minutes, 0);
    expect(total).toBe(60);
    expect(tb.adjustment).toBe('scaledDown');
    expect(tb.boulders.map((b) => b.minutes)).toEqual([20, 15, 10]);
    expect(tb.boulders.every((b) => b.minutes > 0)).toBe(true);
    expect(tb.boulders[0]?.startMinute).toBe(10);
    expect(tb.after[0]?.startMinute).toBe(55);
  });

  it('scales up short agendas and reports no time left when segments fill the meeting', () => {
    const up = timeBoxAgenda(
      [
        { id: 'a', label: 'A', estimateMinutes: 10 },
        { id: 'b', label: 'B', estimateMinutes: 5 },
      ],
      45,
      DEFAULT_SETTINGS.segments,
    );
    expect(up.boulders.map((b) => b.minutes)).toEqual([20, 10]);
    expect(up.adjustment).toBe('scaledUp');
    const none = timeBoxAgenda([{ id: 'a', label: 'A', estimateMinutes: 10 }], 15, DEFAULT_SETTINGS.segments);
    expect(none.adjustment).toBe('noTimeLeft');
    expect(none.boulders[0]?.minutes).toBe(0);
  });

  it('gives every boulder at least a minute and rounds by largest remainder', () => {
    const tb = timeBoxAgenda(
      [
        { id: 'a', label: 'A', estimateMinutes: 100 },
        { id: 'b', label: 'B', estimateMinutes: 1 },
        { id: 'c', label: 'C', estimateMinutes: 1 },
      ],
      25,
      DEFAULT_SETTINGS.segments,
    );
    expect(tb.boulders.map((b) => b.minutes)).toEqual([8, 1, 1]);
  });
});

describe('carry-over', () => {
  it('parks what missed the cut with a deferral count, and carries topics not reached', () => {
    let d = ['a', 'b', 'c', 'd', 'e'].reduce((acc, id) => propose(acc, id, ava), base());
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, cy, { c: 2, d: 1 });
    d = must(setVoting(d, W1, 'closed', ava, clock++));
    // 'b' made the cut in W1 but the meeting ran out of time.
    d = {
      ...d,
      occurrences: {
        ...d.occurrences,
        [W1]: { ...d.occurrences[W1]!, status: { b: lww('notReached' as const, clock++, ava.id) } },
      },
    };
    const w2 = buildAgenda(d, W2, 60);
    expect(w2.ranked.map((r) => r.id).sort()).toEqual(['b', 'd', 'e']);
    expect(w2.ranked.find((r) => r.id === 'd')?.deferred).toBe(1);
    expect(w2.ranked.find((r) => r.id === 'b')?.deferred).toBe(1);
    // No new votes: deferred topics rank above never-deferred ones, ties then by age.
    expect(w2.ranked.map((r) => r.id)).toEqual(['b', 'd', 'e']);
    // A topic proposed for a later occurrence does not appear earlier.
    const later = propose(d, 'f', ben, W3);
    expect(buildAgenda(later, W2, 60).ranked.map((r) => r.id)).not.toContain('f');
    expect(buildAgenda(later, W3, 60).ranked.map((r) => r.id)).toContain('f');
  });

  it('defers nothing from an occurrence whose voting never closed', () => {
    let d = ['a', 'b', 'c', 'd'].reduce((acc, id) => propose(acc, id, ava), base());
    d = vote(d, ben, { a: 1 });
    expect(buildAgenda(d, W2, 60).ranked.every((r) => r.deferred === 0)).toBe(true);
  });
});

describe('merging duplicates', () => {
  it('combines votes, caps per voter, and never puts a voter over budget', () => {
    let d = ['a', 'b', 'c'].reduce((acc, id) => propose(acc, id, ava), base());
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, cy, { b: 2 });
    expect(mergeTopics(d, 'a', 'b', ben, clock++)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    d = must(mergeTopics(d, 'a', 'b', dee, clock++));
    const plan = buildAgenda(d, W1, 60);
    const b = plan.ranked.find((r) => r.id === 'b');
    // ben had 2 on a + 1 on b = 3, capped at 2 on the merged topic; cy 2.
    expect(b?.votes).toBe(4);
    expect(b?.mergedFrom).toEqual(['a']);
    expect(plan.ranked.map((r) => r.id)).not.toContain('a');
    // ben can still re-vote within budget against the merged topic id.
    expect(castBallot(d, W1, { a: 1, b: 1 }, new Set(['b', 'c']), ben, clock++).ok).toBe(true);
    expect(mergeTopics(d, 'b', 'a', ava, clock++).ok).toBe(false);
  });
});
