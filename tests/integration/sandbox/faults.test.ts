// Faults on demand through /_sandbox/faults: status with Retry-After, counts, paths, latency, seeded rates and
// dropped connections; the admin routes are never faulted.
import { setupSandbox } from './setupSandbox';

const h = setupSandbox();

const addFault = async (rule: unknown) => {
  const r = await h.admin('/_sandbox/faults', 'POST', rule);
  expect(r.status).toBe(200);
  return r;
};

describe('status faults', () => {
  it('makes exactly the next Graph request answer 429 with Retry-After', async () => {
    await addFault({ status: 429, retryAfter: 2, count: 1 });
    const first = await h.call('/me');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(first.json.error.code).toBe('TooManyRequests');
    expect(first.json.error.innerError['request-id']).toBe(first.headers.get('request-id'));
    expect((await h.call('/me')).status).toBe(200);
  });

  it('503 ServiceUnavailable, for a given number of requests', async () => {
    await addFault({ status: 503, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await h.call('/me')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('sends Retry-After: 1 on a 429 when none was configured', async () => {
    await addFault({ status: 429, count: 1 });
    expect((await h.call('/me')).headers.get('retry-after')).toBe('1');
  });

  it('limits a rule to URLs containing its path', async () => {
    await addFault({ status: 429, path: '/calendarView' });
    expect((await h.call('/me')).status).toBe(200);
    expect((await h.call('/me/calendarView?startDateTime=2025-06-01&endDateTime=2025-06-02')).status).toBe(
      429,
    );
    expect((await h.call('/me/calendarView?startDateTime=2025-06-01&endDateTime=2025-06-02')).status).toBe(
      429,
    );
  });

  it('applies before auth: an unauthenticated request is throttled too', async () => {
    await addFault({ status: 429, count: 1 });
    expect((await h.call('/me', { token: null })).status).toBe(429);
  });

  it('keeps several rules; DELETE clears them all', async () => {
    await addFault({ status: 429, path: '/me/joinedTeams' });
    await addFault({ status: 503, path: '/users' });
    expect((await h.call('/me/joinedTeams')).status).toBe(429);
    expect((await h.call('/users')).status).toBe(503);
    expect((await h.admin('/_sandbox/faults')).json.rules).toHaveLength(2);
    await h.admin('/_sandbox/faults', 'DELETE');
    expect((await h.call('/me/joinedTeams')).status).toBe(200);
    expect((await h.call('/users')).status).toBe(200);
  });

  it('with a rate, fires for about that share of requests, the same way for the same seed', async () => {
    const run = async () => {
      await h.admin('/_sandbox/faults', 'DELETE');
      await addFault({ status: 503, rate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await h.call('/me')).status);
      return statuses;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    const failed = a.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
  });

  it('never touches /_sandbox routes', async () => {
    await addFault({ status: 503, latencyMs: 500 });
    const started = performance.now();
    expect((await h.admin('/_sandbox/health')).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('refuses malformed rules', async () => {
    expect((await h.admin('/_sandbox/faults', 'POST', { status: 418 })).status).toBe(400);
    expect((await h.admin('/_sandbox/faults', 'POST', { count: 1 })).status).toBe(400);
    expect((await h.admin('/_sandbox/faults', 'POST', { status: 429, rate: 2 })).status).toBe(400);
    expect((await h.admin('/_sandbox/faults', 'POST', { status: 429, colour: 'red' })).status).toBe(400);
  });
});

describe('latency', () => {
  it('delays responses', async () => {
    await addFault({ latencyMs: 150 });
    const started = performance.now();
    expect((await h.call('/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const [entry] = h.sandbox().requestLog().slice(-1);
    expect((entry?.endedAt ?? 0) - (entry?.startedAt ?? 0)).toBeGreaterThanOrEqual(140);
  });

  it('with a path, delays only matching requests', async () => {
    await addFault({ latencyMs: 300, path: '/joinedTeams' });
    const started = performance.now();
    await h.call('/me');
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('dropped connections', () => {
  it('processes the request, then destroys the socket: the client sees a network error', async () => {
    await addFault({ drop: true, count: 1 });
    h.sandbox().clearRequestLog();
    await expect(
      fetch(`${h.sandbox().url}/v1.0/me`, { headers: { Authorization: `Bearer ${h.token()}` } }),
    ).rejects.toThrow();
    expect(h.sandbox().requestLog()).toEqual([expect.objectContaining({ url: '/v1.0/me', status: 200 })]);
    expect((await h.call('/me')).status).toBe(200);
  });
});
