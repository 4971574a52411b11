// A stand-in for the Graph sandbox's /_sandbox admin routes, for the demo sign-in tests.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A stand-in for the sandbox's /_sandbox routes on a real socket, recording each request. */
export interface FakeSandbox {
  readonly url: string;
  readonly requests: { method: string; path: string; body: string }[];
  handler: Handler;
  close(): Promise<void>;
}

export async function startSandbox(handler: Handler): Promise<FakeSandbox> {
  const requests: FakeSandbox['requests'] = [];
  const state: { handler: Handler } = { handler };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', body });
      state.handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get handler() {
      return state.handler;
    },
    set handler(h: Handler) {
      state.handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}
