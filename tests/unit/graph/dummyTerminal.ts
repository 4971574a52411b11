// msgraph-style dummy terminal handler: stands in for the network at the end of the real middleware chain.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

type Answer = (req: SeenRequest) => Response | Promise<Response>;

export class DummyTerminal implements Middleware {
  readonly seen: SeenRequest[] = [];
  private readonly script: Answer[] = [];

  constructor(
    private readonly fallback: Answer = () => json(404, { error: { code: 'NoScript', message: 'none' } }),
  ) {}

  /** Queue answers, used in order; the fallback answers once the queue is empty. */
  then(...answers: Answer[]): this {
    this.script.push(...answers);
    return this;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((context.options?.headers ?? {}) as Record<string, string>)) {
      headers[k.toLowerCase()] = v;
    }
    const raw = context.options?.body;
    const body: unknown = typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : undefined;
    const req = { method: context.options?.method ?? 'GET', url, headers, body };
    this.seen.push(req);
    context.response = await (this.script.shift() ?? this.fallback)(req);
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: { date: '2025-01-01T00:00:00', 'request-id': `req-${status}`, 'client-request-id': 'c' },
      },
    },
    headers,
  );
}
