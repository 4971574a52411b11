// Terminal handler with an injected fetch. The SDK's HTTPMessageHandler always calls the global fetch; this one lets
// the composition root (or a test) choose the transport while every other handler in the chain stays the SDK's.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options as RequestInit);
  }
}
