// Thrown when a request to Microsoft 365 got no complete answer in time. Named 'TimeoutError' like the DOMException
// of AbortSignal.timeout, because the SDK re-wraps whatever a middleware throws into a GraphError that keeps only the
// error's name (as `code`) and message (GraphErrorHandler.constructError); toFailure recognises it by that name.
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';

  constructor(
    readonly timeoutMs: number,
    /** The client-request-id the attempt went out with, when it had one: Graph logs requests under it. */
    readonly requestId?: string,
  ) {
    super(`Microsoft 365 did not answer within ${formatSeconds(timeoutMs)}.`);
  }
}

function formatSeconds(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  return `${s} ${s === 1 ? 'second' : 'seconds'}`;
}
