// The running agenda, driven through applyIntent. Its items come from the occurrence's frozen outcome (buildAgenda),
// never from the caller.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, votingStateOf } from '../../../../src/domain/agenda/buildAgenda';
import { occurrenceKey } from '../../../../src/domain/ids';
import { runItemsOf, type RunCommand, type RunItem } from '../../../../src/domain/run/runState';
import { formatCountdown, viewRun } from '../../../../src/domain/run/viewRun';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { act, adele, ben, cy, emptyDoc, person, propose, vote } from '../../app/agenda/agendaFixture';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const MEETING = 35;
const MIN = 60_000;
const timekeeper = person('tk', { isTimekeeper: true });
const attendee = person('x');
const facilitator = person('fa', { isFacilitator: true });

/** Check-in (5) before two boulders, "Hiring plan" (20) and "Offsite" (10), in a 35-minute meeting. */
function agendaDoc(): SeriesDocument {
  let d = act(emptyDoc(), adele, {
    kind: 'setSettings',
    settings: {
      ...DEFAULT_SETTINGS,
      segments: [{ id: 'checkin', label: 'Check-in', minutes: 5, position: 'before' }],
    },
  });
  d = propose(d, 't1', ben, { title: 'Hiring plan', why: '', outcome: 'decide', estimateMinutes: 20 }, occ);
  d = propose(d, 't2', cy, { title: 'Offsite', why: '', outcome: 'discuss', estimateMinutes: 10 }, occ);
  d = vote(d, ben, { t1: 2 }, occ);
  return vote(d, cy, { t2: 1 }, occ);
}
const open = agendaDoc();
const base = act(open, adele, { kind: 'closeVoting', occurrence: occ, meetingMinutes: MEETING });
const items: RunItem[] = [
  { id: 'checkin', label: 'Check-in', minutes: 5, kind: 'segment' },
  { id: 't1', label: 'Hiring plan', minutes: 20, kind: 'boulder' },
  { id: 't2', label: 'Offsite', minutes: 10, kind: 'boulder' },
];

const attempt = (doc: SeriesDocument, command: RunCommand, now: number, actor: Actor = timekeeper) =>
  applyIntent(doc, { kind: 'runAgenda', occurrence: occ, command, meetingMinutes: MEETING }, actor, now);
function run(
  doc: SeriesDocument,
  command: RunCommand,
  now: number,
  actor: Actor = timekeeper,
): SeriesDocument {
  const r = attempt(doc, command, now, actor);
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  return r.value;
}
const itemsOf = (doc: SeriesDocument) => runItemsOf(buildAgenda(doc, occ, MEETING).timeBox);
const view = (doc: SeriesDocument, now: number) =>
  viewRun(doc.occurrences[occ]?.run?.value, itemsOf(doc), now);

describe('the running agenda', () => {
  it('runs the closed agenda: its segments and boulders with their time boxes', () => {
    expect(itemsOf(base)).toEqual(items);
  });

  it('before it starts: the first item with its whole time box, and what comes next', () => {
    const v = view(base, 0);
    expect([v.status, v.current?.id, v.next?.id, v.remainingMs]).toEqual([
      'notStarted',
      'checkin',
      't1',
      5 * MIN,
    ]);
  });

  it('counts down from start, keeps used time across a pause, and goes over time visibly', () => {
    let doc = run(base, 'start', 1_000);
    expect(view(doc, 1_000 + 2 * MIN).remainingMs).toBe(3 * MIN);
    doc = run(doc, 'pause', 1_000 + 2 * MIN);
    expect(view(doc, 1_000 + 30 * MIN).remainingMs).toBe(3 * MIN);
    doc = run(doc, 'start', 1_000 + 30 * MIN);
    const later = view(doc, 1_000 + 34 * MIN);
    expect(later.remainingMs).toBe(-1 * MIN);
    expect(formatCountdown(later.remainingMs)).toBe('+01:00');
    expect(formatCountdown(7 * MIN + 42_000)).toBe('07:42');
    expect(later.progress).toBe(1);
  });

  it('start while running, or pause while paused, changes nothing', () => {
    const running = run(base, 'start', 1_000);
    expect(run(running, 'start', 2_000)).toBe(running);
    const paused = run(running, 'pause', 3_000);
    expect(run(paused, 'pause', 4_000)).toBe(paused);
    expect(run(base, 'pause', 4_000)).toBe(base);
  });

  it('next starts the following item from zero; next on the last finishes; previous goes back', () => {
    let doc = run(base, 'start', 0);
    doc = run(doc, 'next', 4 * MIN);
    expect([view(doc, 5 * MIN).current?.id, view(doc, 5 * MIN).remainingMs]).toEqual(['t1', 19 * MIN]);
    doc = run(doc, 'next', 10 * MIN);
    doc = run(doc, 'next', 11 * MIN);
    expect([view(doc, 12 * MIN).status, view(doc, 12 * MIN).next]).toEqual(['finished', undefined]);
    doc = run(doc, 'previous', 13 * MIN);
    expect([view(doc, 13 * MIN).status, view(doc, 13 * MIN).current?.id]).toEqual(['running', 't1']);
    doc = run(doc, 'restart', 14 * MIN);
    expect([
      view(doc, 15 * MIN).status,
      view(doc, 15 * MIN).current?.id,
      view(doc, 15 * MIN).elapsedMs,
    ]).toEqual(['paused', 'checkin', 0]);
    doc = run(doc, 'finish', 16 * MIN);
    expect(view(doc, 16 * MIN).status).toBe('finished');
    // Start after finish begins again at the first item.
    expect(view(run(doc, 'start', 17 * MIN), 17 * MIN).current?.id).toBe('checkin');
  });

  it('only the timekeeper, the facilitator or the organizer drives it', () => {
    expect(attempt(base, 'start', 0, attendee)).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
    expect(attempt(base, 'start', 0, facilitator).ok).toBe(true);
    expect(attempt(base, 'start', 0, adele).ok).toBe(true);
  });

  it('starting an open agenda closes its voting first; the timekeeper must ask for that', () => {
    // New rule: runAgenda computes its items itself, and what runs is the frozen outcome. A timekeeper can't close
    // voting, so starting an open agenda is refused for them; the organizer or the facilitator closes it by starting.
    expect(attempt(open, 'start', 0, timekeeper)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const started = run(open, 'start', 1_000, facilitator);
    expect(votingStateOf(started, occ)).toBe('closed');
    expect(itemsOf(started)).toEqual(items);
    expect(Object.values(started.occurrences[occ]?.votingLog ?? {})).toMatchObject([
      { kind: 'closed', by: facilitator.id, boulders: ['Hiring plan', 'Offsite'] },
    ]);
    expect(view(started, 1_000).status).toBe('running');
  });

  it('refuses to run an agenda with nothing in it', () => {
    const empty = act(emptyDoc(), adele, {
      kind: 'setSettings',
      settings: { ...DEFAULT_SETTINGS, segments: [] },
    });
    expect(attempt(empty, 'start', 0, adele)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'agenda' },
    });
  });

  it('follows the current item by id when the agenda changed underneath', () => {
    const doc = run(run(base, 'start', 0), 'next', MIN);
    const reordered = [items[1]!, items[0]!, items[2]!];
    expect(viewRun(doc.occurrences[occ]?.run?.value, reordered, MIN).current?.id).toBe('t1');
    expect(viewRun(doc.occurrences[occ]?.run?.value, [items[0]!], MIN).current?.id).toBe('checkin');
  });

  it('a later command wins in the merge even when the writer’s clock lags', () => {
    const a = run(base, 'start', 10_000);
    const b = run(a, 'next', 5_000);
    expect(view(mergeSeriesDocuments(a, b), 20_000).current?.id).toBe('t1');
    expect(view(mergeSeriesDocuments(b, a), 20_000).current?.id).toBe('t1');
  });
});
