// What a viewer of the running agenda sees at its own `now`: computed from the stored run state, never ticked over
// the network (DESIGN.md "Live enough").
import type { RunItem, RunState } from './runState';

/** Where the run stands on the given items: a stored item id that moved is found again by id. */
export function resolveIndex(run: RunState, items: readonly RunItem[]): number {
  const byId = items.findIndex((i) => i.id === run.itemId);
  if (byId >= 0) return byId;
  return Math.min(Math.max(0, run.index), Math.max(0, items.length - 1));
}

export function elapsedOf(run: RunState, now: number): number {
  return run.elapsedMs + (run.startedAt !== null ? Math.max(0, now - run.startedAt) : 0);
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
  const boxMs = (current?.minutes ?? 0) * 60_000 + (run.extendedMs ?? 0);
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
