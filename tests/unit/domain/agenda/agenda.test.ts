// Proposals, voting under a budget, ranking, time boxing, carry-over and merges, all written through applyIntent.
import { OPEN_TOPICS_MAX } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, tallyVotes, votingStateOf } from '../../../../src/domain/agenda/buildAgenda';
import { timeBoxAgenda } from '../../../../src/domain/agenda/timeBoxAgenda';
import { sameTopicTitle, type TopicInput } from '../../../../src/domain/agenda/validateTopic';
import { occurrenceKey, type OccurrenceKey } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import {
  act,
  adele,
  ben,
  cy,
  emptyDoc,
  person,
  propose as proposeFor,
  topic,
  vote as voteOn,
} from '../../app/agenda/agendaFixture';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const W3 = occurrenceKey('2026-01-19T09:00:00.000Z');
const dee = person('dee', { isFacilitator: true });

const propose = (
  d: SeriesDocument,
  id: string,
  who: Actor,
  occ: OccurrenceKey = W1,
  input: TopicInput = topic(id),
) => proposeFor(d, id, who, input, occ);
const vote = (d: SeriesDocument, who: Actor, dots: Record<string, number>, occ: OccurrenceKey = W1) =>
  voteOn(d, who, dots, occ);
/** Applies an intent that may be refused; the clock doesn't matter, stamps tick past the document anyway. */
const attempt = (d: SeriesDocument, who: Actor, intent: SeriesIntent) => applyIntent(d, intent, who, 0);
const closeW = (d: SeriesDocument, occ: OccurrenceKey = W1, who: Actor = adele) =>
  act(d, who, { kind: 'closeVoting', occurrence: occ, meetingMinutes: 60 });
const base = emptyDoc;

describe('proposals', () => {
  it('validates title length, estimate and outcome, and trims', () => {
    const p = (input: TopicInput) =>
      attempt(base(), adele, { kind: 'proposeTopic', id: 'a', occurrence: W1, input });
    expect(p(topic('x'.repeat(201)))).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'title' },
    });
    expect(p(topic('ok', 0)).ok).toBe(false);
    expect(p(topic('ok', 241)).ok).toBe(false);
    expect(p({ ...topic('ok'), title: '   ' }).ok).toBe(false);
    expect(p({ ...topic('ok'), outcome: 'shout' as TopicInput['outcome'] }).ok).toBe(false);
    const d = propose(base(), 'a', adele, W1, topic('  Hiring plan  '));
    expect(d.proposals['a']?.content.value.title).toBe('Hiring plan');
    expect(d.proposals['a']?.author).toBe(adele.id);
    expect(d.proposals['a']?.proposedFor).toBe(W1);
  });

  it('lets only the author edit or withdraw', () => {
    const d = propose(base(), 'a', ben);
    expect(attempt(d, cy, { kind: 'editTopic', id: 'a', input: topic('Changed') })).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const edited = act(d, ben, { kind: 'editTopic', id: 'a', input: topic('Changed') });
    expect(edited.proposals['a']?.content.value.title).toBe('Changed');
    expect(attempt(edited, adele, { kind: 'withdrawTopic', id: 'a' }).ok).toBe(false);
    const gone = act(edited, ben, { kind: 'withdrawTopic', id: 'a' });
    expect(buildAgenda(gone, W1, 60).ranked).toHaveLength(0);
    // Withdrawing again changes nothing; editing a withdrawn topic finds nothing.
    expect(act(gone, ben, { kind: 'withdrawTopic', id: 'a' })).toBe(gone);
    expect(attempt(gone, ben, { kind: 'editTopic', id: 'a', input: topic('Back') })).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('a retried proposal (same id, same author) changes nothing; the same id from someone else is refused', () => {
    const d = propose(base(), 'a', ben);
    expect(act(d, ben, { kind: 'proposeTopic', id: 'a', occurrence: W1, input: topic('a') })).toBe(d);
    expect(
      attempt(d, cy, { kind: 'proposeTopic', id: 'a', occurrence: W1, input: topic('other') }),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'id' },
    });
  });

  it('refuses a second topic with the same title as one still on the list, however it is spelled', () => {
    const d = propose(base(), 'a', ben, W1, topic('Hiring plan'));
    const twin = attempt(d, cy, {
      kind: 'proposeTopic',
      id: 'b',
      occurrence: W1,
      input: topic('  hiring   PLAN?! '),
    });
    expect(twin).toMatchObject({ ok: false, failure: { kind: 'invalidInput', field: 'title' } });
    expect(twin).toMatchObject({
      failure: { problem: { code: 'topicAlreadyListed', title: 'Hiring plan' } },
    });
    expect(sameTopicTitle('Hiring plan', 'Hiring plans')).toBe(false);
    // Once the first is withdrawn the title is free again.
    const gone = act(d, ben, { kind: 'withdrawTopic', id: 'a' });
    expect(propose(gone, 'b', cy, W1, topic('hiring plan')).proposals['b']).toBeDefined();
  });

  it(`refuses more than ${OPEN_TOPICS_MAX} open topics on one list`, () => {
    let d = base();
    for (let i = 0; i < OPEN_TOPICS_MAX; i += 1) d = propose(d, `t${i}`, ben, W1, topic(`Topic ${i}`));
    const r = attempt(d, cy, {
      kind: 'proposeTopic',
      id: 'one-more',
      occurrence: W1,
      input: topic('One more'),
    });
    expect(r).toMatchObject({ ok: false, failure: { kind: 'invalidInput', field: 'title' } });
    // A withdrawal makes room.
    d = act(d, ben, { kind: 'withdrawTopic', id: 't0' });
    expect(propose(d, 'one-more', cy, W1, topic('One more')).proposals['one-more']).toBeDefined();
  });
});

describe('voting under a budget', () => {
  it('enforces the budget and the per-topic cap, replacing the ballot whole', () => {
    let d = ['a', 'b', 'c'].reduce((acc, id) => propose(acc, id, adele), base());
    const ballot = (dots: Record<string, number>) =>
      attempt(d, ben, { kind: 'castBallot', occurrence: W1, dots });
    expect(ballot({ a: 3 })).toMatchObject({ ok: false, failure: { kind: 'invalidInput', field: 'dots' } });
    expect(ballot({ a: 2, b: 1, c: 1 })).toMatchObject({
      ok: false,
      failure: { kind: 'overBudget', budget: 3, requested: 4 },
    });
    expect(ballot({ a: -1 })).toMatchObject({ ok: false, failure: { kind: 'invalidInput' } });
    expect(ballot({ a: 1.5 })).toMatchObject({ ok: false, failure: { kind: 'invalidInput' } });
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, ben, { c: 1 });
    expect(tallyVotes(d, W1).votes.get('a')).toBeUndefined();
    expect(tallyVotes(d, W1).votes.get('c')).toBe(1);
  });

  it('honours configurable budget and cap; only the organizer sets them', () => {
    let d = act(base(), adele, {
      kind: 'setSettings',
      settings: { ...DEFAULT_SETTINGS, budget: 5, maxPerTopic: 3 },
    });
    d = propose(d, 'a', ben);
    d = propose(d, 'b', ben);
    expect(attempt(d, cy, { kind: 'castBallot', occurrence: W1, dots: { a: 3, b: 2 } }).ok).toBe(true);
    expect(attempt(d, ben, { kind: 'setSettings', settings: DEFAULT_SETTINGS })).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
  });

  it.each([
    ['a budget of 0', { budget: 0 }],
    ['a budget of 21', { budget: 21, maxPerTopic: 2 }],
    ['a cap above the budget', { maxPerTopic: 4 }],
    ['11 boulders', { boulderCount: 11 }],
    // Changed rule: a segment of 0 minutes was accepted before; segments are now 1..240 minutes.
    ['a 0-minute segment', { segments: [{ id: 's', label: 'S', minutes: 0, position: 'before' as const }] }],
    [
      'a 241-minute segment',
      { segments: [{ id: 's', label: 'S', minutes: 241, position: 'before' as const }] },
    ],
    [
      '11 segments',
      {
        segments: Array.from({ length: 11 }, (_, i) => ({
          id: `s${i}`,
          label: `S${i}`,
          minutes: 1,
          position: 'after' as const,
        })),
      },
    ],
    [
      'two segments with one id',
      {
        segments: [
          { id: 's', label: 'S', minutes: 5, position: 'before' as const },
          { id: 's', label: 'T', minutes: 5, position: 'after' as const },
        ],
      },
    ],
  ])('refuses settings with %s', (_, over) => {
    expect(
      attempt(base(), adele, { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, ...over } }),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput' },
    });
  });

  it('only the organizer or facilitator closes voting; closed voting rejects ballots', () => {
    let d = propose(base(), 'a', ben);
    expect(attempt(d, ben, { kind: 'closeVoting', occurrence: W1, meetingMinutes: 60 })).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    d = closeW(d, W1, dee);
    expect(votingStateOf(d, W1)).toBe('closed');
    expect(attempt(d, ben, { kind: 'castBallot', occurrence: W1, dots: { a: 1 } })).toMatchObject({
      ok: false,
      failure: { kind: 'votingClosed' },
    });
    // Voting on the next meeting is still open.
    expect(votingStateOf(d, W2)).toBe('open');
  });

  it('refuses to close on a meeting with no usable length', () => {
    const d = propose(base(), 'a', ben);
    for (const meetingMinutes of [0, -5, 1.5, 24 * 60 + 1])
      expect(attempt(d, adele, { kind: 'closeVoting', occurrence: W1, meetingMinutes })).toMatchObject({
        ok: false,
        failure: { kind: 'invalidInput', field: 'meetingMinutes' },
      });
  });

  it('drops dots on topics that left the list, and counts dots on a merged topic for the survivor', () => {
    // Changed rule: a ballot naming a topic that is no longer on the list used to be refused as a whole (notFound);
    // now eligibility is decided on the stored document and only those dots are handed back.
    let d = ['a', 'b', 'c'].reduce((acc, id) => propose(acc, id, adele), base());
    d = act(d, adele, { kind: 'withdrawTopic', id: 'c' });
    d = vote(d, ben, { a: 1, c: 2, nope: 2 });
    expect(d.occurrences[W1]?.ballots[ben.id]?.value).toEqual({ a: 1 });
    d = act(d, adele, { kind: 'mergeTopics', occurrence: W1, from: 'a', into: 'b' });
    d = vote(d, cy, { a: 1, b: 1 });
    expect(d.occurrences[W1]?.ballots[cy.id]?.value).toEqual({ b: 2 });
    // The cap holds for the survivor: 2 on a plus 1 on b is 3 dots on one topic.
    expect(attempt(d, cy, { kind: 'castBallot', occurrence: W1, dots: { a: 2, b: 1 } })).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'dots' },
    });
  });
});

describe('ranking and the cut', () => {
  it('ranks by votes, then deferrals, then age; shows ties', () => {
    let d = ['old', 'mid', 'new', 'low'].reduce((acc, id) => propose(acc, id, adele), base());
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
    expect(plan.ranked.find((r) => r.id === 'mid')?.voters).toBe(2);
    expect(plan.boulders.map((b) => b.id)).toEqual(['old', 'mid', 'new']);
    expect(plan.parkingLot.map((b) => b.id)).toEqual(['low']);
    expect(plan.tieAtCut).toBe(false);
    expect(plan.voterCount).toBe(3);
    expect(plan.votingState).toBe('open');
  });

  it('flags a tie that straddles the cut line', () => {
    let d = ['a', 'b', 'c', 'd'].reduce((acc, id) => propose(acc, id, adele), base());
    d = vote(d, ben, { a: 1, b: 1, c: 1 });
    d = vote(d, cy, { d: 1 });
    expect(buildAgenda(d, W1, 60).tieAtCut).toBe(true);
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
    let d = ['a', 'b', 'c', 'd', 'e'].reduce((acc, id) => propose(acc, id, adele), base());
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, cy, { c: 2, d: 1 });
    d = closeW(d);
    expect(buildAgenda(d, W1, 60).boulders.map((b) => b.id)).toEqual(['a', 'c', 'b']);
    // 'b' made the cut in W1 but the meeting ran out of time.
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: W1, topicId: 'b', status: 'notReached' });
    const w2 = buildAgenda(d, W2, 60);
    // No new votes: deferred topics rank above never-deferred ones, ties then by age.
    expect(w2.ranked.map((r) => [r.id, r.deferred])).toEqual([
      ['b', 1],
      ['d', 1],
      ['e', 1],
    ]);
    // A topic proposed for a later occurrence does not appear earlier.
    const later = propose(d, 'f', ben, W3);
    expect(buildAgenda(later, W2, 60).ranked.map((r) => r.id)).not.toContain('f');
    expect(buildAgenda(later, W3, 60).ranked.map((r) => r.id)).toContain('f');
  });

  it('defers nothing from an occurrence whose voting never closed', () => {
    let d = ['a', 'b', 'c', 'd'].reduce((acc, id) => propose(acc, id, adele), base());
    d = vote(d, ben, { a: 1 });
    expect(buildAgenda(d, W2, 60).ranked.every((r) => r.deferred === 0)).toBe(true);
  });
});

describe('merging duplicates', () => {
  it('combines votes, caps per voter, and never puts a voter over budget', () => {
    let d = ['a', 'b', 'c'].reduce((acc, id) => propose(acc, id, adele), base());
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, cy, { b: 2 });
    const merge = (from: string, into: string, occurrence: OccurrenceKey = W1) =>
      ({ kind: 'mergeTopics', occurrence, from, into }) as const;
    expect(attempt(d, ben, merge('a', 'b'))).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
    d = act(d, dee, merge('a', 'b'));
    const plan = buildAgenda(d, W1, 60);
    const b = plan.ranked.find((r) => r.id === 'b');
    // ben had 2 on a + 1 on b = 3, capped at 2 on the merged topic; cy 2.
    expect(b?.votes).toBe(4);
    expect(b?.mergedFrom).toEqual(['a']);
    expect(plan.ranked.map((r) => r.id)).not.toContain('a');
    // ben can still re-vote within budget against the merged topic id.
    expect(attempt(d, ben, { kind: 'castBallot', occurrence: W1, dots: { a: 1, b: 1 } }).ok).toBe(true);
    expect(attempt(d, adele, merge('b', 'a'))).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'mergeInto' },
    });
  });

  it('merges only topics on this meeting’s open list, and only while its voting is open', () => {
    let d = ['a', 'b'].reduce((acc, id) => propose(acc, id, adele), base());
    d = propose(d, 'later', ben, W3);
    // New rule: both topics must be on the named occurrence's list.
    expect(
      attempt(d, adele, { kind: 'mergeTopics', occurrence: W1, from: 'later', into: 'a' }),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
    expect(attempt(d, adele, { kind: 'mergeTopics', occurrence: W1, from: 'zzz', into: 'a' })).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
    expect(attempt(d, adele, { kind: 'mergeTopics', occurrence: W3, from: 'later', into: 'a' }).ok).toBe(
      true,
    );
    // New rule: a closed agenda is frozen; duplicates are merged on the next meeting's list.
    d = closeW(d);
    expect(attempt(d, adele, { kind: 'mergeTopics', occurrence: W1, from: 'b', into: 'a' })).toMatchObject({
      ok: false,
      failure: { kind: 'votingClosed' },
    });
  });
});
