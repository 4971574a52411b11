// Cuts every HTTP attempt that goes unanswered (issue "The record can be trusted": no request waits forever). It sits
// after RetryHandler, so each retry is a fresh attempt with its own limit, and every limit also ends at the call's
// Deadline. The attempt's AbortSignal reaches the terminal fetch, so a real request is cancelled, not just left
// behind.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { raceTimeout } from './raceTimeout';
import { RequestTimeoutError } from './RequestTimeoutError';
import { TimeoutHandlerOptions } from './TimeoutHandlerOptions';
import { systemTimers } from './Timers';
import type { Timers } from './Timers';

/** How long one attempt may take to answer: long enough for a 4 MB upload on a slow link, short of "forever". */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

export class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly attemptMs: number = DEFAULT_ATTEMPT_TIMEOUT_MS,
    private readonly timers: Timers = systemTimers,
  ) {}

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('TimeoutHandler must not be the last middleware');
    const options = optionsOf(context);
    options?.deadline.start();
    const ms = Math.min(this.attemptMs, options?.deadline.remainingMs() ?? Infinity);
    const fetchOptions = (context.options ??= {});
    // The call's own signal (the client aborts it when the body read runs out of time) stays the parent.
    const parent = fetchOptions.signal ?? undefined;
    const attempt = new AbortController();
    follow(parent, attempt);
    fetchOptions.signal = attempt.signal;
    try {
      await raceTimeout(() => next.execute(context), ms, this.timers, attempt);
    } catch (e) {
      if (e instanceof RequestTimeoutError && options)
        options.timedOut = new RequestTimeoutError(e.timeoutMs, clientRequestId(context));
      throw e;
    } finally {
      // RetryHandler sends the next attempt with this same context; it must hang off the call, not off this attempt.
      if (parent) fetchOptions.signal = parent;
      else delete fetchOptions.signal;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function optionsOf(context: Context): TimeoutHandlerOptions | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(TimeoutHandlerOptions);
  return option instanceof TimeoutHandlerOptions ? option : undefined;
}

// AbortSignal.any would do this, but it needs Safari 17.4, and Office on a Mac hosts web content in the system's
// WebKit.
function follow(parent: AbortSignal | undefined, child: AbortController): void {
  if (!parent) return;
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener('abort', () => child.abort(parent.reason), { once: true });
}

// TelemetryHandler sets client-request-id on requests to Graph hosts; Graph echoes and logs it (request-id's twin).
function clientRequestId(context: Context): string | undefined {
  const headers = context.options?.headers;
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get('client-request-id') ?? undefined;
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  return entries.find(([k]) => k.toLowerCase() === 'client-request-id')?.[1];
}
