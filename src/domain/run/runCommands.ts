import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import { emptyOccurrence, type SeriesDocument } from '../series/seriesDocument';
import type { OccurrenceKey } from '../ids';
import { mayRun, type RunActor, type RunItem, type RunState } from './runState';

export type RunCommand = 'start' | 'pause' | 'next' | 'previous' | 'finish' | 'restart';

export type RunError =
  | { readonly kind: 'notAllowed'; readonly message: string }
  | { readonly kind: 'invalidInput'; readonly field: string; readonly message: string };

/** Where the run stands on the given items: a stored item id that moved is found again by id. */
export function resolveIndex(run: RunState, items: readonly RunItem[]): number {
  const byId = items.findIndex((i) => i.id === run.itemId);
  if (byId >= 0) return byId;
  return Math.min(Math.max(0, run.index), Math.max(0, items.length - 1));
}

function elapsedOf(run: RunState, now: number): number {
  return run.elapsedMs + (run.startedAt !== null ? Math.max(0, now - run.startedAt) : 0);
}

/**
 * Applies one timekeeper command. Start resumes a paused item (its used time kept) or starts the first item;
 * next and previous start the neighbouring item's clock from zero; finish ends the run; restart goes back to the
 * first item, not started.
 */
export function runAgenda(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  items: readonly RunItem[],
  command: RunCommand,
  actor: RunActor,
  now: number,
): Result<SeriesDocument, RunError> {
  if (!mayRun(actor))
    return err({
      kind: 'notAllowed',
      message: 'Only the timekeeper, the facilitator or the organizer can run the agenda.',
    });
  if (items.length === 0)
    return err({ kind: 'invalidInput', field: 'agenda', message: 'There is no agenda to run yet.' });
  const rec = doc.occurrences[occ] ?? emptyOccurrence;
  const current = rec.run?.value;
  const at = Math.max(now, (rec.run?.at ?? 0) + 1);
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
  }
  return ok({
    ...doc,
    occurrences: { ...doc.occurrences, [occ]: { ...rec, run: lww(next, at, actor.id) } },
  });
}

export interface RunView {
  readonly status: RunState['status'] | 'notStarted';
  readonly index: number;
  readonly current: RunItem | undefined;
  readonly next: RunItem | undefined;
  /** Of the current item's time box; negative once over time. */
  readonly remainingMs: number;
  readonly elapsedMs: number;
  /** 0..1 of the current item's time box used (capped at 1). */
  readonly progress: number;
}

/** What the side panel shows at `now`: the current item, its countdown and what comes next. */
export function viewRun(run: RunState | undefined, items: readonly RunItem[], now: number): RunView {
  if (!run) {
    const first = items[0];
    return {
      status: 'notStarted',
      index: 0,
      current: first,
      next: items[1],
      remainingMs: (first?.minutes ?? 0) * 60_000,
      elapsedMs: 0,
      progress: 0,
    };
  }
  const index = resolveIndex(run, items);
  const current = items[index];
  const elapsedMs = elapsedOf(run, now);
  const boxMs = (current?.minutes ?? 0) * 60_000;
  return {
    status: run.status,
    index,
    current,
    next: run.status === 'finished' ? undefined : items[index + 1],
    remainingMs: boxMs - elapsedMs,
    elapsedMs,
    progress: boxMs > 0 ? Math.min(1, elapsedMs / boxMs) : 1,
  };
}

/** "07:42", or "+01:10" once over time. */
export function formatCountdown(remainingMs: number): string {
  const over = remainingMs < 0;
  const total = Math.floor(Math.abs(remainingMs) / 1000);
  const mm = String(Math.floor(total / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return `${over ? '+' : ''}${mm}:${ss}`;
}
