import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import type { Deadline } from './Deadline';
import { parseRetryAfter } from './toFailure';
import type { Timers } from './Timers';

// RetryHandlerOptions.MAX_DELAY in the SDK: it never sleeps longer than this, even when Retry-After says more.
export const MAX_RETRY_WAIT_MS = 180_000;

/*
 * The SDK RetryHandler keeps retrying 429/503/504 (Retry-After, else exponential back-off; only requests it can
 * replay), but it can't be told about a deadline. It does ask `shouldRetry` before each wait, with the answer in hand,
 * so we predict the wait it is about to take and decline one that would not end before the call's deadline. The
 * 429/503/504 then stands at once as the call's answer, its Retry-After kept as `retryAfterMs`, instead of a sleep
 * that could only end in a timeout. A Retry-After beyond what the SDK will sleep is declined too: retrying earlier
 * than the service asked is pointless.
 */
export function retryOptionsWithin(
  deadline: Deadline,
  delaySeconds: number,
  maxRetries: number,
  timers: Timers,
  /**
   * Sending it twice can't do anything twice: a GET, a write guarded by If-Match, a $batch of only those. Anything
   * else (a POST that creates) is repeated only after a 429, which Graph answers without doing the work; a 503 or 504
   * may come after the work was done (GD concepts/errors.md), so repeating it could create a second task. The feature
   * reconciles instead (exactly-once Planner writes).
   */
  repeatable = true,
): RetryHandlerOptions {
  return new RetryHandlerOptions(delaySeconds, maxRetries, (delay, attempt, _request, _options, response) => {
    if (!repeatable && response.status !== 429) return false;
    const wait = predictedWaitMs(response, attempt + 1, delay, timers.now());
    return wait <= MAX_RETRY_WAIT_MS && deadline.allowsWait(wait);
  });
}

// RetryHandler.getDelay, at its longest: Retry-After (seconds or an HTTP-date) as given; otherwise `delay` plus
// exponential back-off from the second retry on, plus up to 1 s of random jitter.
export function predictedWaitMs(
  response: Response,
  attempt: number,
  delaySeconds: number,
  now: number,
): number {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After') ?? undefined, now);
  if (retryAfter !== undefined) return retryAfter;
  const backoff = attempt >= 2 ? Math.round((2 ** attempt - 1) / 2) : 0;
  return (backoff + delaySeconds + 1) * 1000;
}
