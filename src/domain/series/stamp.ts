// Causal stamps for the shared fields of the series document (DESIGN.md "Concurrency"): a hybrid logical clock.
//
// Why not the writer's wall clock: laptops' clocks are wrong. A register stamped with a clock that runs behind loses
// the merge to the very value it replaced, so a re-vote or a "reopen voting" is dropped while the user is told it was
// saved. A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014) keeps stamps close to physical
// time, for display, but a new stamp is always greater than every stamp its writer has seen: `at` is the larger of
// the local time and the highest `at` seen, and `c` counts up when `at` could not move. Every write of the series
// document is applied to the newest stored version (If-Match), so "seen" is that whole version: a write therefore
// always orders after everything it replaced, whatever the clocks say.
//
// A stamp forged (or mis-clocked) far into the future would drag every later stamp with it and make the record read
// like it was written in 2099; readers clamp such stamps (clampFutureStamps) before they write anything.
import type { UserId } from '../ids';

export interface Stamp {
  /** Milliseconds since the epoch: physical time, or the highest physical time seen. */
  readonly at: number;
  /** Logical counter: orders stamps that share `at`. */
  readonly c: number;
  /** Who wrote it; breaks the last ties so the order is total. */
  readonly by: UserId;
}

/** How far ahead of the reader's clock a stamp may be before it is taken as forged or mis-clocked. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.c !== b.c) return a.c < b.c ? -1 : 1;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  return 0;
}

/** The next stamp of a writer whose clock reads `now` and who has seen stamps up to `seen`. */
export function tick(seen: Pick<Stamp, 'at' | 'c'> | undefined, now: number, by: UserId): Stamp {
  const physical = Number.isFinite(now) ? Math.floor(now) : 0;
  if (!seen || physical > seen.at) return { at: physical, c: 0, by };
  return { at: seen.at, c: seen.c + 1, by };
}

function isStampLike(v: Record<string, unknown>): boolean {
  return typeof v['at'] === 'number' && typeof v['c'] === 'number' && typeof v['by'] === 'string';
}

/**
 * The highest stamp anywhere in `value` (a series document or any part of it): every object with numeric `at` and
 * `c` and a string `by` is a stamp. One pass over the document, so applying an intent stays linear in its size.
 */
export function maxStampIn(value: unknown): Pick<Stamp, 'at' | 'c'> | undefined {
  let best: { at: number; c: number } | undefined;
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (isStampLike(o)) {
      const at = o['at'] as number;
      const c = o['c'] as number;
      if (!best || at > best.at || (at === best.at && c > best.c)) best = { at, c };
    }
    for (const k in o) visit(o[k]);
  };
  visit(value);
  return best;
}

export interface ClampReport {
  /** How many stamps were pulled back. */
  readonly count: number;
  /** The furthest of them, as it was read. */
  readonly furthest?: number;
}

/**
 * Pulls every stamp more than MAX_CLOCK_SKEW_MS ahead of `now` back to `now + MAX_CLOCK_SKEW_MS` (keeping its
 * counter and writer), so a forged stamp cannot put a register out of reach of every later fix, and cannot drag the
 * clocks of later writers into the future. Pure: returns a new value only where something changed.
 */
export function clampFutureStamps<T>(
  value: T,
  now: number,
): { readonly value: T; readonly report: ClampReport } {
  const limit = now + MAX_CLOCK_SKEW_MS;
  let count = 0;
  let furthest: number | undefined;
  const visit = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      let changed = false;
      const out = v.map((x) => {
        const y = visit(x);
        if (y !== x) changed = true;
        return y;
      });
      return changed ? out : v;
    }
    const o = v as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k in o) {
      const x = o[k];
      const y = visit(x);
      if (y !== x) (out ??= { ...o })[k] = y;
    }
    if (isStampLike(o) && (o['at'] as number) > limit) {
      count += 1;
      furthest = Math.max(furthest ?? -Infinity, o['at'] as number);
      (out ??= { ...o })['at'] = limit;
    }
    return out ?? o;
  };
  const clamped = visit(value) as T;
  return { value: clamped, report: { count, ...(furthest !== undefined ? { furthest } : {}) } };
}

/** A stamp as a key of a grow-only log: sorts in stamp order for stamps of the same width. */
export function stampKey(s: Stamp): string {
  return `${String(s.at).padStart(15, '0')}.${String(s.c).padStart(6, '0')}.${s.by}`;
}
