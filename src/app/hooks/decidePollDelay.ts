// How soon an open meeting view re-reads the series document (issue #15, "Live enough"). There is no backend to push
// changes, so views poll with a conditional read (an unchanged file costs a 304 and no download); this decides the
// interval from what the viewer is doing, so a meeting in progress follows within seconds while a tab left open all
// day costs little, and a background tab costs nothing.
import type { Failure } from '../../usecases/ports';

/** While the meeting runs or the viewer is in the view: another person's change shows within 5 s. */
export const FAST_POLL_MS = 2_000;
/** Visible but not focused (a Teams tab or side panel the user hasn't clicked into): still within 5 s. */
export const VISIBLE_POLL_MS = 3_000;
/** Visible, unfocused, and nobody did anything nor changed anything for IDLE_AFTER_MS. */
export const IDLE_POLL_MS = 30_000;
export const IDLE_AFTER_MS = 5 * 60_000;
/** Failed polls back off exponentially up to this, unless the service asked for longer (Retry-After). */
export const MAX_BACKOFF_MS = 60_000;

export interface PollSituation {
  /** document.visibilityState === 'visible'. */
  readonly visible: boolean;
  /** document.hasFocus(). */
  readonly focused: boolean;
  /** The occurrence's run state is 'running' (the timekeeper started the agenda). */
  readonly running: boolean;
  /** Since the viewer last interacted with the view or the document last changed. */
  readonly quietForMs: number;
  /** Polls that failed in a row (0 after a success). */
  readonly failures: number;
  /** The last failure, when `failures` > 0. */
  readonly lastFailure?: Failure;
}

export type PollDecision =
  | { readonly kind: 'stopped' }
  | { readonly kind: 'wait'; readonly ms: number; readonly pace: 'fast' | 'visible' | 'idle' };

export function decidePollDelay(s: PollSituation): PollDecision {
  // A background tab reads nothing; becoming visible again reads at once (the caller's visibilitychange handler).
  if (!s.visible) return { kind: 'stopped' };
  const pace: 'fast' | 'visible' | 'idle' =
    s.running || s.focused ? 'fast' : s.quietForMs < IDLE_AFTER_MS ? 'visible' : 'idle';
  const base = pace === 'fast' ? FAST_POLL_MS : pace === 'visible' ? VISIBLE_POLL_MS : IDLE_POLL_MS;
  if (s.failures <= 0) return { kind: 'wait', ms: base, pace };
  // A failed poll waits longer each time; a throttled one at least as long as the service asked (Retry-After, which
  // graph/core already honoured for its own retries before giving up and reporting the failure).
  const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(s.failures, 10));
  const asked = s.lastFailure?.retryAfterMs ?? 0;
  return { kind: 'wait', ms: Math.max(backoff, asked), pace };
}

/**
 * Whether a failed background poll should be shown. A throttled or briefly unavailable service, or one dropped
 * connection, is part of polling Graph and retried quietly; the view says its data may be stale only when polls keep
 * failing, or at once for failures that waiting won't fix (consent, access, a missing file).
 */
export function pollFailureWorthShowing(failure: Failure, failures: number): boolean {
  const transient =
    failure.kind === 'throttled' || failure.kind === 'unavailable' || failure.kind === 'network';
  return !transient || failures >= 3;
}
