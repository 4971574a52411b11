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

// Ambiguous failures (DESIGN.md: "a 503 or 504 can arrive after the write happened"): `when: "after"` carries the
// request out in full, then answers with the fault or drops the connection; `when: "before"` never runs it.
describe('faults before and after the request is carried out', () => {
  const leadership = async (): Promise<string> => {
    const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
    const g = groups.find((x) => x.displayName === 'Leadership Team');
    if (!g) throw new Error('no Leadership Team');
    return g.id;
  };
  const put = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${h.sandbox().url}/v1.0${path}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${h.token()}`, 'Content-Type': 'application/json', ...headers },
      body,
    });
  const file = (gid: string, name: string) => `/groups/${gid}/drive/root:/Roundtable/${name}`;

  it('a status rule without `when` answers before: the write never happens', async () => {
    const gid = await leadership();
    await addFault({ status: 503, count: 1, path: '/drive/' });
    expect((await put(`${file(gid, 'a.json')}:/content`, '{}')).status).toBe(503);
    expect((await h.call(file(gid, 'a.json'))).status).toBe(404);
  });

  it.each([
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
    [429, 'TooManyRequests'],
  ])('with when "after", a %i arrives although the write happened', async (status, code) => {
    const gid = await leadership();
    await addFault({ status, when: 'after', count: 1, path: '/drive/', method: 'PUT' });
    h.sandbox().clearRequestLog();
    const res = await put(`${file(gid, 'b.json')}:/content`, '{"v":1}');
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe(code);
    expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
    if (status === 429) expect(res.headers.get('retry-after')).toBe('1');
    expect(h.sandbox().requestLog()).toEqual([
      expect.objectContaining({ method: 'PUT', status, handledStatus: 201 }),
    ]);
    const stored = await h.call(file(gid, 'b.json'));
    expect(stored.status).toBe(200);
    expect(stored.json.size).toBe(7);
  });

  it('an If-Match write answered 504 after the fact has bumped the eTag: repeating it gets 412', async () => {
    const gid = await leadership();
    await put(`${file(gid, 'c.json')}:/content`, '{"v":1}');
    const before = await h.call(file(gid, 'c.json'));
    await addFault({ status: 504, when: 'after', count: 1, path: '/content', method: 'PUT' });
    const byId = `/groups/${gid}/drive/items/${String(before.json.id)}/content`;
    expect((await put(byId, '{"v":2}', { 'If-Match': String(before.json.eTag) })).status).toBe(504);
    const after = await h.call(file(gid, 'c.json'));
    expect(after.json.eTag).not.toBe(before.json.eTag);
    expect((await put(byId, '{"v":2}', { 'If-Match': String(before.json.eTag) })).status).toBe(412);
  });

  it('drop with when "after" carries the request out, with "before" it never runs', async () => {
    const gid = await leadership();
    await addFault({ drop: true, when: 'after', count: 1, path: 'after.json' });
    await addFault({ drop: true, when: 'before', count: 1, path: 'before.json' });
    h.sandbox().clearRequestLog();
    await expect(put(`${file(gid, 'after.json')}:/content`, '{}')).rejects.toThrow();
    await expect(put(`${file(gid, 'before.json')}:/content`, '{}')).rejects.toThrow();
    expect(h.sandbox().requestLog()).toEqual([
      expect.objectContaining({ status: 201, dropped: 'after' }),
      expect.objectContaining({ status: 0, dropped: 'before' }),
    ]);
    expect((await h.call(file(gid, 'after.json'))).status).toBe(200);
    expect((await h.call(file(gid, 'before.json'))).status).toBe(404);
  });

  it('a drop without `when` still carries the request out first', async () => {
    await addFault({ drop: true, count: 1 });
    const rules = (await h.admin('/_sandbox/faults')).json.rules as unknown[];
    expect(rules).toEqual([expect.not.objectContaining({ when: expect.anything() })]);
    const gid = await leadership();
    await expect(put(`${file(gid, 'd.json')}:/content`, '{}')).rejects.toThrow();
    expect((await h.call(file(gid, 'd.json'))).status).toBe(200);
  });

  it('inside a $batch: the inner request runs, and its inner answer is the fault', async () => {
    const gid = await leadership();
    await addFault({ status: 503, when: 'after', count: 1, path: 'inner.json' });
    const r = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          {
            id: '1',
            method: 'PUT',
            url: `${file(gid, 'inner.json')}:/content`,
            headers: { 'Content-Type': 'application/json' },
            body: { v: 1 },
          },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.json.responses[0]).toMatchObject({
      status: 503,
      body: { error: { code: 'ServiceUnavailable' } },
    });
    expect((await h.call(file(gid, 'inner.json'))).status).toBe(200);
  });

  it('on the outer $batch when its path names $batch: every inner request runs, the outer answer is the fault', async () => {
    const gid = await leadership();
    await addFault({ status: 504, when: 'after', count: 1, path: '$batch' });
    h.sandbox().clearRequestLog();
    const r = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: ['x.json', 'y.json'].map((name, i) => ({
          id: String(i + 1),
          method: 'PUT',
          url: `${file(gid, name)}:/content`,
          headers: { 'Content-Type': 'application/json' },
          body: { name },
        })),
      },
    });
    expect(r.status).toBe(504);
    expect(r.json.error.code).toBe('GatewayTimeout');
    const log = h.sandbox().requestLog();
    expect(log.map((l) => [l.url, l.status, l.handledStatus])).toEqual([
      [`/v1.0${file(gid, 'x.json')}:/content`, 201, undefined],
      [`/v1.0${file(gid, 'y.json')}:/content`, 201, undefined],
      ['/v1.0/$batch', 504, 200],
    ]);
    expect((await h.call(file(gid, 'x.json'))).status).toBe(200);
    expect((await h.call(file(gid, 'y.json'))).status).toBe(200);
  });

  it('a drop before the outer $batch runs none of its requests', async () => {
    const gid = await leadership();
    await addFault({ drop: true, when: 'before', count: 1, path: '$batch' });
    await expect(
      fetch(`${h.sandbox().url}/v1.0/$batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${h.token()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          requests: [
            {
              id: '1',
              method: 'PUT',
              url: `${file(gid, 'z.json')}:/content`,
              headers: { 'Content-Type': 'application/json' },
              body: {},
            },
          ],
        }),
      }),
    ).rejects.toThrow();
    expect((await h.call(file(gid, 'z.json'))).status).toBe(404);
  });

  it('limits a rule to a method', async () => {
    await addFault({ status: 503, method: 'put' });
    expect((await h.call('/me')).status).toBe(200);
    expect((await h.admin('/_sandbox/faults')).json.rules[0].method).toBe('PUT');
  });

  it('refuses a malformed `when` or `method`', async () => {
    expect((await h.admin('/_sandbox/faults', 'POST', { status: 503, when: 'later' })).status).toBe(400);
    expect((await h.admin('/_sandbox/faults', 'POST', { latencyMs: 10, when: 'after' })).status).toBe(400);
    expect((await h.admin('/_sandbox/faults', 'POST', { status: 503, method: 'BREW' })).status).toBe(400);
  });
});

// Content downloads come from SharePoint through the pre-authenticated @microsoft.graph.downloadUrl, and fail like
// SharePoint does: 429 or 503 with Retry-After, or a reset connection.
describe('faults on content downloads', () => {
  const downloadUrl = async (): Promise<string> => {
    const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
    const gid = groups.find((x) => x.displayName === 'Leadership Team')?.id ?? '';
    const path = `/groups/${gid}/drive/root:/Roundtable/dl.json`;
    const put = await fetch(`${h.sandbox().url}/v1.0${path}:/content`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${h.token()}`, 'Content-Type': 'application/json' },
      body: '{"hello":"world"}',
    });
    expect(put.status).toBe(201);
    const meta = await h.call(`${path}?$select=id,@microsoft.graph.downloadUrl`);
    return String(meta.json['@microsoft.graph.downloadUrl']);
  };

  it('a rule whose path names /_download/ answers the download with its status and Retry-After', async () => {
    const url = await downloadUrl();
    await addFault({ status: 503, retryAfter: 2, count: 1, path: '/_download/' });
    const failed = await fetch(url, { headers: { Origin: 'https://tab.example' } });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('2');
    expect(failed.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe('ServiceUnavailable');
    const retried = await fetch(url);
    expect(retried.status).toBe(200);
    expect(await retried.text()).toBe('{"hello":"world"}');
  });

  it('429 with Retry-After: 1 by default, and before/after alike (a download changes nothing)', async () => {
    const url = await downloadUrl();
    await addFault({ status: 429, when: 'after', count: 1, path: '/_download/' });
    const throttled = await fetch(url);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
  });

  it('path-less rules stand for Graph and leave downloads alone', async () => {
    const url = await downloadUrl();
    await addFault({ status: 503 });
    expect((await h.call('/me')).status).toBe(503);
    expect((await fetch(url)).status).toBe(200);
  });

  it('drops and delays downloads', async () => {
    const url = await downloadUrl();
    await addFault({ drop: true, count: 1, path: '/_download/' });
    await expect(fetch(url)).rejects.toThrow();
    await addFault({ latencyMs: 150, count: 1, path: '/_download/' });
    const started = performance.now();
    expect((await fetch(url)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});
