// The pre-authenticated download of a drive file's content (`@microsoft.graph.downloadUrl`). It is SharePoint, not
// Graph: no bearer token goes with it, so it can't run through the Graph client's chain (which attaches one). It is
// throttled and fails like any SharePoint request, though (429/503 with Retry-After; dropped connections), so it gets
// the same treatment as a Graph GET, written once here: each attempt is time-limited, 429/503/504 and dropped
// connections are repeated (a GET repeats safely) after Retry-After or a back-off, and only while the call's deadline
// leaves time for the wait and the attempt after it. Otherwise the failure stands at once, its Retry-After kept.
// Sources: SharePoint "Avoid getting throttled or blocked" (429/503, Retry-After); GD driveitem-get-content.md.
import { err, ok } from '../../domain/result';
import type { Outcome } from '../../usecases/ports';
import { Deadline } from './Deadline';
import { raceTimeout } from './raceTimeout';
import type { Timers } from './Timers';
import { failureFromHttp, headersToRecord, parseRetryAfter, toFailure } from './toFailure';

export interface DownloadOptions {
  readonly fetch: typeof fetch;
  readonly timers: Timers;
  /** Each attempt: the answer and its body together. */
  readonly attemptMs: number;
  /** All attempts and the waits between them. */
  readonly deadlineMs: number;
  readonly maxRetries?: number;
}

const RETRY_STATUSES = new Set([429, 503, 504]);
const DEFAULT_MAX_RETRIES = 3;

export async function downloadWithRetry(url: string, opts: DownloadOptions): Promise<Outcome<string>> {
  const deadline = new Deadline(opts.deadlineMs, opts.timers);
  deadline.start();
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  for (let attempt = 0; ; attempt++) {
    const call = new AbortController();
    let waitMs: number;
    let failure;
    try {
      const { res, text } = await raceTimeout(
        async () => {
          const res = await opts.fetch(url, {
            method: 'GET',
            cache: 'no-store',
            redirect: 'follow',
            signal: call.signal,
          });
          return { res, text: await res.text() };
        },
        Math.min(opts.attemptMs, Math.max(1, deadline.remainingMs())),
        opts.timers,
        call,
      );
      if (res.ok) return ok(text);
      failure = failureFromHttp(res.status, headersToRecord(res.headers), text, opts.timers.now());
      if (!RETRY_STATUSES.has(res.status)) return err(failure);
      waitMs =
        parseRetryAfter(res.headers.get('Retry-After') ?? undefined, opts.timers.now()) ?? backoffMs(attempt);
    } catch (e) {
      // No answer at all (a dropped connection, or the attempt ran out of time): a GET may simply be sent again.
      failure = toFailure(e);
      waitMs = backoffMs(attempt);
    }
    if (attempt >= maxRetries || !deadline.allowsWait(waitMs)) return err(failure);
    await new Promise<void>((resolve) => opts.timers.setTimeout(resolve, waitMs));
  }
}

/** 0.5 s, 1 s, 2 s… */
function backoffMs(attempt: number): number {
  return 500 * 2 ** attempt;
}
