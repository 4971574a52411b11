// Attaches `Authorization: Bearer` to every request of this client. The SDK's AuthenticationHandler only does so
// for https Graph hosts (GraphRequestUtil.isValidEndpoint; test-harness.md §6), and the composition root, not this
// handler, decides which base URL is Graph (DESIGN.md, "Note: the Graph SDK attaches the bearer token…").
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../usecases/ports';
import { TokenError } from '../../usecases/ports';
import { BearerTokenHandlerOptions } from './BearerTokenHandlerOptions';
import { setRequestHeader } from './setRequestHeader';

export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: TokenProvider,
    private readonly scopes: readonly string[],
  ) {}

  async execute(context: Context): Promise<void> {
    const options = optionsOf(context);
    let token: string;
    try {
      token = await this.tokenProvider.getToken(options?.scopes ?? this.scopes);
    } catch (e) {
      if (e instanceof TokenError && options) options.tokenError = e;
      throw e;
    }
    setRequestHeader(context, 'Authorization', `Bearer ${token}`);
    if (!this.next) throw new Error('BearerTokenHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function optionsOf(context: Context): BearerTokenHandlerOptions | undefined {
  // Looked up by class, as the SDK's own handlers do (MiddlewareControl.getMiddlewareOptions).
  const option = context.middlewareControl?.getMiddlewareOptions(BearerTokenHandlerOptions);
  return option instanceof BearerTokenHandlerOptions ? option : undefined;
}
