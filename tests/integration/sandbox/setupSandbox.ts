// One sandbox per test file (random port), reset before each test, plus small helpers for raw Graph calls.
import { startSandbox } from '../../../src/sandbox/server';
import type { Sandbox, SandboxOptions } from '../../../src/sandbox/server';

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // Tests read whatever shape they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

export interface CallOptions {
  readonly token?: string | null;
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface SandboxHandle {
  readonly sandbox: () => Sandbox;
  /** A token for a user (UPN or id; default user when omitted) with all app scopes, or the given ones. */
  readonly token: (user?: string, scopes?: readonly string[]) => string;
  /** `path` is relative to /v1.0 ("/me") or an absolute URL (a nextLink). token: undefined = default user, null = none. */
  readonly call: (path: string, opts?: CallOptions) => Promise<Reply>;
  readonly admin: (path: string, method?: string, body?: unknown) => Promise<Reply>;
}

export const FIXED_NOW = new Date('2025-06-11T15:00:00Z'); // a Wednesday

export function setupSandbox(options: SandboxOptions = { now: () => FIXED_NOW }): SandboxHandle {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => sandbox?.reset());

  const get = (): Sandbox => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
  const token = (user?: string, scopes?: readonly string[]) =>
    get().mintToken({ ...(user !== undefined ? { user } : {}), ...(scopes ? { scopes } : {}) });
  const call = async (path: string, opts: CallOptions = {}): Promise<Reply> => {
    const url = /^https?:/.test(path) ? path : `${get().url}/v1.0${path}`;
    const auth = opts.token === undefined ? token() : opts.token;
    const headers: Record<string, string> = {
      ...(auth !== null ? { Authorization: `Bearer ${auth}` } : {}),
      ...opts.headers,
    };
    if (opts.body !== undefined) headers['Content-Type'] ??= 'application/json';
    const res = await fetch(url, {
      method: opts.method ?? 'GET',
      headers,
      ...(opts.body !== undefined
        ? { body: typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body) }
        : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  };
  const admin = async (path: string, method = 'GET', body?: unknown): Promise<Reply> => {
    const res = await fetch(`${get().url}${path}`, {
      method,
      ...(body !== undefined
        ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
        : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      json: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  };
  return { sandbox: get, token, call, admin };
}

export const UPN = {
  avery: 'avery.chen@northwind.example',
  dana: 'dana.okafor@northwind.example',
  sam: 'sam.rivera@northwind.example',
  priya: 'priya.natarajan@northwind.example',
  jonas: 'jonas.berg@northwind.example',
  mei: 'mei.tanaka@northwind.example',
  luis: 'luis.ortega@northwind.example',
  farah: 'farah.haddad@northwind.example',
  rowan: 'rowan_contoso.example#EXT#@northwind.example',
} as const;

/** A calendarView query for [from, to), ISO instants URL-encoded. */
export function windowQuery(from: Date, to: Date): string {
  return `startDateTime=${encodeURIComponent(from.toISOString())}&endDateTime=${encodeURIComponent(to.toISOString())}`;
}

export const days = (n: number): number => n * 86_400_000;

/** Follows @odata.nextLink to the end; returns every item and the number of pages. */
export async function allPages(
  handle: SandboxHandle,
  firstPath: string,
  opts: CallOptions = {},
): Promise<{ items: Record<string, unknown>[]; pages: number; links: string[] }> {
  const items: Record<string, unknown>[] = [];
  const links: string[] = [];
  let next: string | undefined = firstPath;
  let pages = 0;
  while (next !== undefined) {
    const reply = await handle.call(next, opts);
    expect(reply.status).toBe(200);
    items.push(...(reply.json.value as Record<string, unknown>[]));
    pages++;
    next = reply.json['@odata.nextLink'] as string | undefined;
    if (next) links.push(next);
    if (pages > 50) throw new Error('runaway paging');
  }
  return { items, pages, links };
}
