// Time limits through the real SDK chain and the real fetch against the sandbox's latency and 429 faults: the
// attempt is really aborted, and a Retry-After longer than the deadline is answered at once. Limits are sub-second.
import { startSandbox } from '../../../src/sandbox/server';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const allScopes = Object.values(GRAPH_SCOPES);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  await sb.reset();
  await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
});

function client(timeouts: { attemptMs: number; deadlineMs: number }) {
  return createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ scopes: [...allScopes] }) },
    scopes: allScopes,
    retry: { maxRetries: 3, delaySeconds: 0 },
    timeouts,
  });
}

async function fault(body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

describe('Graph client time limits against the sandbox', () => {
  it('aborts an attempt the sandbox holds longer than the limit, and reports a timeout', async () => {
    await fault({ latencyMs: 1_000, path: '/me' });
    const started = performance.now();

    const res = await client({ attemptMs: 200, deadlineMs: 500 }).get('/me');

    const took = performance.now() - started;
    expect(res).toMatchObject({ ok: false, failure: { kind: 'timeout', code: 'TimeoutError' } });
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(900); // the GET was repeated within the 500 ms deadline, never past it
  });

  it('answers a 429 whose Retry-After outlasts the deadline at once, with retryAfterMs', async () => {
    await fault({ status: 429, retryAfter: 120, path: '/me' });
    const started = performance.now();

    const res = await client({ attemptMs: 5_000, deadlineMs: 10_000 }).get('/me');

    expect(res).toMatchObject({
      ok: false,
      failure: { kind: 'throttled', status: 429, code: 'TooManyRequests', retryAfterMs: 120_000 },
    });
    expect(res.ok ? undefined : res.failure.requestId).toEqual(expect.any(String));
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still retries a 429 with Retry-After 1 within the deadline', async () => {
    await fault({ status: 429, retryAfter: 1, count: 1, path: '/me' });

    const res = await client({ attemptMs: 5_000, deadlineMs: 10_000 }).get<{ id: string }>('/me');

    expect(res.ok).toBe(true);
  });
});
