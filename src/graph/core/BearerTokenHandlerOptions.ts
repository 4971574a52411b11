// Per-request options for BearerTokenHandler, passed through the SDK's MiddlewareControl (msgraph's per-request
// handler options). It also carries the TokenError back out: the SDK re-wraps anything a middleware throws into a
// GraphError and keeps only the stack (GraphErrorHandler.constructError), which would lose the TokenError's kind.
import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import type { TokenError } from '../../usecases/ports';

export class BearerTokenHandlerOptions implements MiddlewareOptions {
  tokenError: TokenError | undefined = undefined;

  constructor(readonly scopes?: readonly string[]) {}
}
