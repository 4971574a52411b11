import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { formatCountdown, runAgenda, viewRun, type RunCommand } from '../../../../src/domain/run/runCommands';
import type { RunActor, RunItem } from '../../../../src/domain/run/runState';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const base = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
const items: RunItem[] = [
  { id: 'checkin', label: 'Check-in', minutes: 5, kind: 'segment' },
  { id: 't1', label: 'Hiring plan', minutes: 20, kind: 'boulder' },
  { id: 't2', label: 'Offsite', minutes: 10, kind: 'boulder' },
];
const timekeeper: RunActor = {
  id: userId('u-tk'),
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: true,
};
const attendee: RunActor = { ...timekeeper, id: userId('u-x'), isTimekeeper: false };
const MIN = 60_000;

function run(doc: SeriesDocument, command: RunCommand, now: number, actor = timekeeper): SeriesDocument {
  const r = runAgenda(doc, occ, items, command, actor, now);
  if (!r.ok) throw new Error(r.failure.message);
  return r.value;
}
const view = (doc: SeriesDocument, now: number) => viewRun(doc.occurrences[occ]?.run?.value, items, now);

describe('the running agenda', () => {
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
    expect(later.progress).toBe(1);
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
  });

  it('only the timekeeper, the facilitator or the organizer drives it', () => {
    const r = runAgenda(base, occ, items, 'start', attendee, 0);
    expect(r.ok ? 'ok' : r.failure.kind).toBe('notAllowed');
    expect(runAgenda(base, occ, items, 'start', { ...attendee, isFacilitator: true }, 0).ok).toBe(true);
    expect(runAgenda(base, occ, [], 'start', timekeeper, 0).ok).toBe(false);
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
    const merged = mergeSeriesDocuments(a, b);
    expect(view(merged, 20_000).current?.id).toBe('t1');
  });
});
