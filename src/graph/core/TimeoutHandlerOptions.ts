// Per-request options for TimeoutHandler, passed through the SDK's MiddlewareControl like BearerTokenHandlerOptions.
// It carries the call's Deadline in, and the timeout back out: the SDK's re-wrapping into a GraphError would lose
// the client-request-id we keep for support.
import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { Deadline } from './Deadline';
import type { RequestTimeoutError } from './RequestTimeoutError';

export class TimeoutHandlerOptions implements MiddlewareOptions {
  timedOut: RequestTimeoutError | undefined = undefined;

  constructor(readonly deadline: Deadline) {}
}
