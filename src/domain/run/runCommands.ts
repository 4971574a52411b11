import type { AgendaProblem } from '../agenda/agendaProblem';
import type { Actor } from '../agenda/agendaTypes';
import { buildAgenda, votingStateOf } from '../agenda/buildAgenda';
import { closeVoting } from '../agenda/closeVoting';
import type { OccurrenceKey } from '../ids';
import { assertNever } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { emptyOccurrence, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayRun, runItemsOf, type RunCommand, type RunState } from './runState';
import { EXTEND_MINUTES } from './keepGoingTally';
import { elapsedOf, resolveIndex } from './viewRun';

export type RunError =
  | { readonly kind: 'notAllowed'; readonly problem: AgendaProblem }
  | { readonly kind: 'invalidInput'; readonly field: string; readonly problem: AgendaProblem };

/**
 * Applies one timekeeper command to the agenda the meeting runs: the frozen outcome of its closed vote. Starting a
 * meeting whose voting is still open closes it first (the organizer or the facilitator may; the timekeeper is asked
 * to have it closed), so what runs can't change under the meeting. Start resumes a paused item (its used time kept) or
 * starts the first item; next and previous start the neighbouring item's clock from zero; finish ends the run;
 * restart goes back to the first item, not started. `now` is the runner's wall clock: the countdown every viewer
 * computes starts from it.
 */
export function runAgenda(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  command: RunCommand,
  meetingMinutes: number,
  actor: Actor,
  stamp: Stamp,
  now: number,
): Result<SeriesDocument, RunError> {
  if (!mayRun(actor))
    return err({
      kind: 'notAllowed',
      problem: { code: 'runNotAllowed' },
    });
  if (votingStateOf(doc, occ) === 'open') {
    if (!actor.isOrganizer && !actor.isFacilitator)
      return err({
        kind: 'notAllowed',
        problem: { code: 'runVotingOpen' },
      });
    const closed = closeVoting(doc, occ, meetingMinutes, actor, stamp);
    if (!closed.ok) return err({ kind: 'notAllowed', problem: closed.failure.problem });
    doc = closed.value;
  }
  const items = runItemsOf(buildAgenda(doc, occ, meetingMinutes).timeBox);
  if (items.length === 0)
    return err({ kind: 'invalidInput', field: 'agenda', problem: { code: 'runNoAgenda' } });
  const rec = doc.occurrences[occ] ?? emptyOccurrence;
  const current = rec.run?.value;
  const state = (index: number, status: RunState['status'], startedAt: number | null, elapsedMs: number) => {
    const i = Math.min(Math.max(0, index), items.length - 1);
    return { status, index: i, itemId: items[i]?.id ?? '', startedAt, elapsedMs } satisfies RunState;
  };
  let next: RunState;
  const index = current ? resolveIndex(current, items) : 0;
  switch (command) {
    case 'start':
      if (current?.status === 'running') return ok(doc);
      next =
        current && current.status === 'paused'
          ? state(index, 'running', now, current.elapsedMs)
          : state(current?.status === 'finished' ? 0 : index, 'running', now, 0);
      break;
    case 'pause':
      if (!current || current.status !== 'running') return ok(doc);
      next = state(index, 'paused', null, elapsedOf(current, now));
      break;
    case 'next':
      next =
        index + 1 >= items.length
          ? state(index, 'finished', null, current ? elapsedOf(current, now) : 0)
          : state(index + 1, 'running', now, 0);
      break;
    case 'previous':
      next = state(Math.max(0, index - 1), 'running', now, 0);
      break;
    case 'finish':
      next = state(index, 'finished', null, current ? elapsedOf(current, now) : 0);
      break;
    case 'restart':
      next = state(0, 'paused', null, 0);
      break;
    case 'extend': {
      // "Keep going": EXTEND_MINUTES more from now for the item that is on (keepGoingTally.ts), however long it has
      // already overrun: the time over is forgiven first, or the vote would stay up and the countdown stay red.
      // Next and previous drop the extension.
      if (!current || current.status === 'finished') return ok(doc);
      const extended = current.extendedMs ?? 0;
      const boxMs = (items[index]?.minutes ?? 0) * 60_000 + extended;
      const overMs = Math.max(0, elapsedOf(current, now) - boxMs);
      next = { ...current, index, extendedMs: extended + overMs + EXTEND_MINUTES * 60_000 };
      break;
    }
    default:
      return assertNever(command, 'run command');
  }
  return ok({
    ...doc,
    occurrences: { ...doc.occurrences, [occ]: { ...rec, run: stamped(next, stamp) } },
  });
}
