// The one optimistic-concurrency loop (CONVENTIONS.md §6: "If-Match; on a 412, re-read, merge and retry"; no feature
// module writes its own). DESIGN.md "Concurrency": every write is read-modify-write with If-Match, a 412 means
// re-read, merge and retry (bounded and jittered), and no accepted write is ever lost.
//
// Why re-apply and not replay the old result: `apply` is the user's intent (cast this ballot, propose this topic),
// and it is checked again against the newest value on every attempt, so a rule such as the vote budget or "voting
// closed" holds against what is really stored, not against the stale copy the user saw.
//
// Why full jitter: with N writers racing for one eTag, exactly one wins per round. Sleeping a uniformly random time
// in [0, min(cap, base·2^k)) spreads the losers out so the next round has few contenders (AWS Architecture Blog,
// "Exponential Backoff and Jitter"); a fixed or equal-jitter delay keeps them in lockstep and they collide again.
// Throttling (429/503/504) is not handled here: the SDK RetryHandler below us already retried those, so any other
// failure is final and returned at once.
import { err, ok, type Result } from '../../domain/result';
import type { Failure } from '../../usecases/ports';

export interface Versioned<T> {
  readonly value: T;
  /** Sent back as If-Match by `write`. */
  readonly etag: string;
}

export interface ReadModifyWriteOptions<T, V extends Versioned<T>, E> {
  /** The latest stored value and its eTag. A failure (including a document we must not overwrite) ends the loop. */
  readonly read: () => Promise<Result<V, Failure>>;
  /** The user's intent applied to the latest value. A rule error ends the loop and is returned as it is. */
  readonly apply: (latest: T) => Result<T, E>;
  /** Pure, total merge of the latest stored value with the applied one (mergeSeriesDocuments for series). */
  readonly merge: (latest: T, applied: T) => T;
  /** Writes with If-Match `latest.etag`; answers preconditionFailed when someone wrote in between. */
  readonly write: (value: T, latest: V) => Promise<Result<V, Failure>>;
  /**
   * A value and eTag the caller already holds (just loaded or just written): the first attempt writes over it
   * without reading again, and a 412 falls back to the normal re-read. Saves the read's round trips when nobody
   * wrote in between, and changes nothing about correctness (the If-Match still guards the write).
   */
  readonly initial?: V;
  /**
   * `apply` returns the very value it was given when there is nothing to change (the series document's intents do):
   * then nothing is written. Off for callers whose `apply` returns its input and lets `write` build the change.
   */
  readonly skipUnchanged?: boolean;
  /** Read-write attempts before giving up; 40 lets 50 simultaneous writers all land. */
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** [0, 1), injectable so tests are deterministic. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const RMW_DEFAULTS = { maxAttempts: 40, baseDelayMs: 50, maxDelayMs: 1500 } as const;

export async function readModifyWrite<T, V extends Versioned<T>, E>(
  opts: ReadModifyWriteOptions<T, V, E>,
): Promise<Result<V & { readonly attempts: number }, Failure | E>> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? RMW_DEFAULTS.maxAttempts);
  const base = opts.baseDelayMs ?? RMW_DEFAULTS.baseDelayMs;
  const cap = opts.maxDelayMs ?? RMW_DEFAULTS.maxDelayMs;
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? defaultSleep;

  let lastConflict: Failure | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1 && !(attempt === 2 && lastConflict === undefined && opts.initial !== undefined))
      await sleep(backoffDelay(attempt - 1, base, cap, random));
    const fromHeld = attempt === 1 && opts.initial !== undefined;
    const latest = fromHeld && opts.initial ? ok(opts.initial) : await opts.read();
    if (!latest.ok) return latest;
    const applied = opts.apply(latest.value.value);
    if (!applied.ok) return applied;
    // Nothing to change (a retry of a write that landed, a vote already cast): write nothing. Decided only on a
    // version just read; the held one may be stale, so a no-op there is checked against a fresh read first.
    if (opts.skipUnchanged === true && applied.value === latest.value.value) {
      if (!fromHeld) return ok({ ...latest.value, attempts: attempt });
      continue;
    }
    const written = await opts.write(opts.merge(latest.value.value, applied.value), latest.value);
    if (written.ok) return ok({ ...written.value, attempts: attempt });
    if (written.failure.kind !== 'preconditionFailed') return written;
    lastConflict = written.failure;
  }
  return err({
    ...lastConflict,
    kind: 'preconditionFailed',
    code: 'TooManyConflicts',
    message: `Gave up after ${maxAttempts} attempts: the document kept changing underneath this write.`,
  });
}

/** Full jitter: uniform in [0, min(cap, base·2^(retry-1))). `retry` counts from 1. */
export function backoffDelay(retry: number, base: number, cap: number, random: () => number): number {
  const ceiling = Math.min(cap, base * 2 ** Math.min(retry - 1, 30));
  return Math.floor(random() * ceiling);
}

function defaultSleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
