// DESIGN.md "History is frozen": when voting closes, the occurrence keeps a snapshot of its outcome (ranking with
// tallies, boulders with time boxes, parking lot), and nothing done later rewrites it; reopening is an explicit,
// recorded act.
//
// Each test here guards a way the old design broke that: a closed agenda was re-derived on every read by replaying
// the votes against today's topics, so merging two carried-over topics in a later meeting pushed a new topic into an
// old agenda (and out of what the side panel was running), edits and withdrawals rewrote it, and carry-over followed
// the rewritten agenda.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, votingStateOf, type AgendaPlan } from '../../../../src/domain/agenda/buildAgenda';
import type { TopicInput } from '../../../../src/domain/agenda/validateTopic';
import { occurrenceKey, type OccurrenceKey } from '../../../../src/domain/ids';
import { runItemsOf, type RunCommand } from '../../../../src/domain/run/runState';
import { viewRun } from '../../../../src/domain/run/viewRun';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { act, adele, ben, close, cy, emptyDoc, person, propose, vote } from '../../app/agenda/agendaFixture';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const W3 = occurrenceKey('2026-01-19T09:00:00.000Z');
const dee = person('dee', { isFacilitator: true });
const eve = person('eve');
const tk = person('tk', { isTimekeeper: true });
const MIN = 60_000;

const input = (title: string, estimateMinutes: number, why = `why ${title}`): TopicInput => ({
  title,
  why,
  outcome: 'discuss',
  estimateMinutes,
});
const attempt = (d: SeriesDocument, who: Actor, intent: SeriesIntent) => applyIntent(d, intent, who, 0);
const mergeIn = (occurrence: OccurrenceKey, from: string, into: string) =>
  ({ kind: 'mergeTopics', occurrence, from, into }) as const;

/**
 * Occurrence 1 with a budget of 5 (3 on one topic): A 5 dots, C 4, B 3, D 2, E 2. D ("Tooling") and E ("Developer
 * tooling") are the same topic from two people; together they have 4 dots from two voters, more than B.
 */
function votedW1(): SeriesDocument {
  let d = act(emptyDoc(), adele, {
    kind: 'setSettings',
    settings: { ...DEFAULT_SETTINGS, budget: 5, maxPerTopic: 3 },
  });
  d = propose(d, 'A', ben, input('Hiring plan', 20), W1);
  d = propose(d, 'B', cy, input('Budget review', 10), W1);
  d = propose(d, 'C', dee, input('Offsite', 15), W1);
  d = propose(d, 'D', eve, input('Tooling', 10), W1);
  d = propose(d, 'E', ben, input('Developer tooling', 10), W1);
  d = vote(d, ben, { A: 3, C: 2 }, W1);
  d = vote(d, cy, { A: 2, C: 2, B: 1 }, W1);
  d = vote(d, dee, { B: 2, D: 2 }, W1);
  return vote(d, eve, { E: 2 }, W1);
}
const closedW1 = (): SeriesDocument => close(votedW1(), W1, 60);

/** What a reader of occurrence 1 sees, minus the author's "why" (a live note, deliberately not frozen). */
const shown = (p: AgendaPlan) => ({
  ...p,
  ranked: p.ranked.map(({ why: _why, ...t }) => t),
  boulders: p.boulders.map(({ why: _why, ...t }) => t),
  parkingLot: p.parkingLot.map(({ why: _why, ...t }) => t),
});

describe('closing voting freezes the outcome', () => {
  it('keeps the ranking with its tallies, the boulders with their time boxes and the parking lot', () => {
    const plan = buildAgenda(closedW1(), W1, 60);
    expect(plan.votingState).toBe('closed');
    expect(plan.closed).toMatchObject({ by: adele.id, byName: 'Adele Vance' });
    expect(plan.boulders.map((t) => [t.id, t.title, t.votes, t.voters])).toEqual([
      ['A', 'Hiring plan', 5, 2],
      ['C', 'Offsite', 4, 2],
      ['B', 'Budget review', 3, 2],
    ]);
    expect(plan.timeBox.boulders.map((b) => [b.id, b.minutes])).toEqual([
      ['A', 20],
      ['C', 15],
      ['B', 10],
    ]);
    expect(plan.parkingLot.map((t) => [t.id, t.votes, t.rank, t.tied])).toEqual([
      ['D', 2, 4, true],
      ['E', 2, 4, true],
    ]);
    expect(plan.voterCount).toBe(4);
  });

  it('a merge of two carried-over topics in the next meeting leaves the closed agenda as it was', () => {
    const closed = closedW1();
    const before = buildAgenda(closed, W1, 60);
    const merged = act(closed, adele, mergeIn(W2, 'E', 'D'));
    // The merge is real on the next meeting's list...
    expect(buildAgenda(merged, W2, 60).ranked.map((t) => [t.id, t.mergedFrom])).toEqual([['D', ['E']]]);
    // ...and occurrence 1 still reads A, C, B with the same tallies, time boxes and parking lot. Re-derived from the
    // votes, D would now have 4 dots from two voters and push B off the agenda.
    const after = buildAgenda(merged, W1, 60);
    expect(after).toEqual(before);
    expect(after.boulders.map((t) => t.title)).toEqual(['Hiring plan', 'Offsite', 'Budget review']);
    expect(after.parkingLot.map((t) => [t.id, t.votes, t.mergedFrom])).toEqual([
      ['D', 2, []],
      ['E', 2, []],
    ]);
    expect(merged.occurrences[W1]).toEqual(closed.occurrences[W1]);
  });

  it('edits and withdrawals of its topics in later meetings don’t rewrite it', () => {
    const closed = closedW1();
    const before = buildAgenda(closed, W1, 60);
    let d = act(closed, ben, { kind: 'editTopic', id: 'A', input: input('Hiring plan, take two', 40) });
    d = act(d, eve, { kind: 'editTopic', id: 'D', input: input('Tooling and CI', 30) });
    d = act(d, ben, { kind: 'withdrawTopic', id: 'E' });
    d = act(d, cy, { kind: 'withdrawTopic', id: 'B' });
    const after = buildAgenda(d, W1, 60);
    expect(shown(after)).toEqual(shown(before));
    expect(after.boulders.map((t) => [t.title, t.estimateMinutes])).toEqual([
      ['Hiring plan', 20],
      ['Offsite', 15],
      ['Budget review', 10],
    ]);
    expect(after.parkingLot.map((t) => t.title)).toEqual(['Tooling', 'Developer tooling']);
    // The next meeting's list is live: it shows the edit, and the withdrawn topic is gone.
    expect(buildAgenda(d, W2, 60).ranked.map((t) => t.title)).toEqual(['Tooling and CI']);
  });

  it('changing the series settings later doesn’t refit its time boxes or move its cut', () => {
    const closed = closedW1();
    const before = buildAgenda(closed, W1, 60);
    const d = act(closed, adele, {
      kind: 'setSettings',
      settings: {
        ...DEFAULT_SETTINGS,
        boulderCount: 1,
        segments: [{ id: 'check-in', label: 'Check-in', minutes: 30, position: 'before' }],
      },
    });
    expect(buildAgenda(d, W1, 60)).toEqual(before);
  });

  it('a topic proposed for the meeting after its voting closed is listed as late, and carried to the next one', () => {
    const d = propose(closedW1(), 'G', cy, input('Late idea', 5), W1);
    const w1 = buildAgenda(d, W1, 60);
    expect(w1.late.map((t) => t.id)).toEqual(['G']);
    expect(w1.ranked.map((t) => t.id)).not.toContain('G');
    expect(buildAgenda(d, W2, 60).ranked.map((t) => [t.id, t.deferred])).toContainEqual(['G', 0]);
  });
});

describe('the running agenda of a closed meeting', () => {
  const run = (d: SeriesDocument, command: RunCommand, now: number): SeriesDocument => {
    const r = applyIntent(d, { kind: 'runAgenda', occurrence: W1, command, meetingMinutes: 60 }, tk, now);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    return r.value;
  };
  const view = (d: SeriesDocument, now: number) =>
    viewRun(d.occurrences[W1]?.run?.value, runItemsOf(buildAgenda(d, W1, 60).timeBox), now);

  it('keeps its current item and time box after a later merge, edit or withdrawal', () => {
    const T = 1_000 * MIN;
    let d = run(closedW1(), 'start', T);
    d = run(d, 'next', T + 5 * MIN);
    d = run(d, 'next', T + 10 * MIN);
    const before = view(d, T + 12 * MIN);
    expect([before.current?.id, before.current?.label, before.current?.minutes, before.next?.id]).toEqual([
      'A',
      'Hiring plan',
      20,
      'C',
    ]);
    d = act(d, adele, mergeIn(W2, 'E', 'D'));
    d = act(d, ben, { kind: 'editTopic', id: 'A', input: input('Hiring plan, take two', 40) });
    d = act(d, cy, { kind: 'withdrawTopic', id: 'B' });
    expect(view(d, T + 12 * MIN)).toEqual(before);
    // The timekeeper's next commands still walk the frozen agenda: C, then B, then the wrap-up.
    d = run(d, 'next', T + 30 * MIN);
    expect([view(d, T + 30 * MIN).current?.id, view(d, T + 30 * MIN).current?.minutes]).toEqual(['C', 15]);
    d = run(d, 'next', T + 45 * MIN);
    expect([view(d, T + 45 * MIN).current?.label, view(d, T + 45 * MIN).current?.minutes]).toEqual([
      'Budget review',
      10,
    ]);
    d = run(d, 'next', T + 55 * MIN);
    expect(view(d, T + 55 * MIN).current?.id).toBe('wrap-up');
  });
});

describe('reopening', () => {
  it('is the organizer’s alone', () => {
    const closed = closedW1();
    for (const who of [dee, tk, ben])
      expect(attempt(closed, who, { kind: 'reopenVoting', occurrence: W1 })).toMatchObject({
        ok: false,
        failure: { kind: 'notAllowed' },
      });
    expect(votingStateOf(closed, W1)).toBe('closed');
  });

  it('is logged with who, when and the agenda it set aside; a later close freezes a new outcome', () => {
    const merged = act(closedW1(), adele, mergeIn(W2, 'E', 'D'));
    const reopened = act(merged, adele, { kind: 'reopenVoting', occurrence: W1 });
    expect(votingStateOf(reopened, W1)).toBe('open');
    const voting = reopened.occurrences[W1]?.voting;
    const log = () =>
      Object.entries(reopened.occurrences[W1]?.votingLog ?? {})
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, e]) => e);
    expect(log()).toEqual([
      expect.objectContaining({ kind: 'closed', by: adele.id, byName: 'Adele Vance' }),
      {
        kind: 'reopened',
        by: adele.id,
        byName: 'Adele Vance',
        at: voting?.at,
        boulders: ['Hiring plan', 'Offsite', 'Budget review'],
      },
    ]);
    // Reopening what is open changes nothing.
    expect(act(reopened, adele, { kind: 'reopenVoting', occurrence: W1 })).toBe(reopened);
    // Open again, occurrence 1 is ranked live: D now carries E's dots. Closing freezes that as the new outcome.
    const reclosed = act(reopened, dee, { kind: 'closeVoting', occurrence: W1, meetingMinutes: 60 });
    const plan = buildAgenda(reclosed, W1, 60);
    expect(plan.closed).toMatchObject({ by: dee.id });
    expect(plan.boulders.map((t) => [t.id, t.votes, t.mergedFrom])).toEqual([
      ['A', 5, []],
      ['C', 4, []],
      ['D', 4, ['E']],
    ]);
    expect(plan.parkingLot.map((t) => t.id)).toEqual(['B']);
    const entries = Object.entries(reclosed.occurrences[W1]?.votingLog ?? {}).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    expect(entries.map(([, e]) => [e.kind, e.by, e.boulders])).toEqual([
      ['closed', adele.id, ['Hiring plan', 'Offsite', 'Budget review']],
      ['reopened', adele.id, ['Hiring plan', 'Offsite', 'Budget review']],
      ['closed', dee.id, ['Hiring plan', 'Offsite', 'Tooling']],
    ]);
  });
});

describe('carry-over is read from the frozen outcomes', () => {
  it('the boulders of a closed agenda are covered and its parked topics deferred, whatever was merged later', () => {
    let d = act(closedW1(), adele, mergeIn(W2, 'E', 'D'));
    d = propose(d, 'F', cy, input('Fresh topic', 10), W2);
    // Replaying occurrence 1 after the merge would make D a boulder (covered) and park B; the outcome says otherwise.
    expect(buildAgenda(d, W2, 60).ranked.map((t) => [t.id, t.deferred, t.mergedFrom])).toEqual([
      ['D', 1, ['E']],
      ['F', 0, []],
    ]);
    // A parked topic marked covered (it came up anyway) is done too.
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: W1, topicId: 'D', status: 'covered' });
    expect(buildAgenda(d, W2, 60).ranked.map((t) => t.id)).toEqual(['F']);
    // Nobody can vote for a covered topic: the dots are handed back.
    d = vote(d, ben, { A: 2, F: 1 }, W2);
    expect(d.occurrences[W2]?.ballots[ben.id]?.value).toEqual({ F: 1 });
  });

  it('“not reached” boulders carry over, and deferrals add up across meetings', () => {
    let d = act(closedW1(), adele, {
      kind: 'setTopicStatus',
      occurrence: W1,
      topicId: 'B',
      status: 'notReached',
    });
    const w2 = buildAgenda(d, W2, 60);
    expect(w2.ranked.map((t) => [t.id, t.deferred])).toEqual([
      ['B', 1],
      ['D', 1],
      ['E', 1],
    ]);
    // Occurrence 2 takes one boulder: B. D and E wait a second time.
    d = act(d, adele, { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, boulderCount: 1 } });
    d = vote(d, ben, { B: 2 }, W2);
    d = close(d, W2, 60);
    expect(buildAgenda(d, W2, 60).boulders.map((t) => t.id)).toEqual(['B']);
    expect(buildAgenda(d, W3, 60).ranked.map((t) => [t.id, t.deferred])).toEqual([
      ['D', 2],
      ['E', 2],
    ]);
    // Occurrence 1's agenda still has its three boulders, and B still reads as not reached there.
    expect(buildAgenda(d, W1, 60).boulders.map((t) => t.id)).toEqual(['A', 'C', 'B']);
    expect(d.occurrences[W1]?.status['B']?.value).toBe('notReached');
  });
});
