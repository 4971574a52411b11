import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import type { BatchRequest } from '../../../../src/graph/core/GraphClient';
import { TokenError } from '../../../../src/usecases/ports';
import type { TokenProvider } from '../../../../src/usecases/ports';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'http://127.0.0.1:4000/v1.0';

function setup(terminal: DummyTerminal, tokenProvider?: TokenProvider) {
  const asked: (readonly string[])[] = [];
  const provider: TokenProvider = tokenProvider ?? {
    getToken: async (scopes) => {
      asked.push(scopes);
      return 'tok-1';
    },
  };
  const client = createGraphClient({
    baseUrl,
    tokenProvider: provider,
    scopes: ['Calendars.Read'],
    retry: { maxRetries: 2, delaySeconds: 0 },
    terminal,
  });
  return { client, asked };
}

describe('createGraphClient: auth and retry chain', () => {
  it('attaches the bearer token to a plain-http base URL and asks for the configured scopes', async () => {
    const terminal = new DummyTerminal().then(() => json(200, { id: 'u1' }));
    const { client, asked } = setup(terminal);

    const res = await client.get('/me', { select: ['id', 'mail'] });

    expect(res).toEqual({ ok: true, value: { id: 'u1' } });
    expect(terminal.seen[0]?.url).toBe(`${baseUrl}/me?$select=id,mail`);
    expect(terminal.seen[0]?.headers.authorization).toBe('Bearer tok-1');
    expect(asked).toEqual([['Calendars.Read']]);
  });

  it('URL-encodes query values', async () => {
    const terminal = new DummyTerminal().then(() => json(200, {}));
    const { client } = setup(terminal);

    await client.get('/me/calendarView', { query: { startDateTime: '2025-01-01T00:00:00+01:00', $top: 5 } });

    expect(terminal.seen[0]?.url).toBe(
      `${baseUrl}/me/calendarView?$top=5&startDateTime=2025-01-01T00%3A00%3A00%2B01%3A00`,
    );
  });

  it('retries 429 through the SDK RetryHandler, honouring Retry-After, then succeeds', async () => {
    const terminal = new DummyTerminal().then(
      () => graphError(429, 'TooManyRequests', 'slow down', { 'retry-after': '0' }),
      () => json(200, { ok: 1 }),
    );
    const { client } = setup(terminal);

    const res = await client.get('/me');

    expect(res.ok).toBe(true);
    expect(terminal.seen).toHaveLength(2);
    expect(terminal.seen[1]?.headers['retry-attempt']).toBe('1');
  });

  it('gives up after maxRetries with a throttled Failure carrying retryAfterMs, code and request-id', async () => {
    const terminal = new DummyTerminal(() =>
      graphError(429, 'TooManyRequests', 'slow down', { 'retry-after': '0' }),
    );
    const { client } = setup(terminal);

    const res = await client.get('/me');

    expect(res).toEqual({
      ok: false,
      failure: {
        kind: 'throttled',
        status: 429,
        code: 'TooManyRequests',
        message: 'slow down',
        requestId: 'req-429',
        retryAfterMs: 0,
      },
    });
    expect(terminal.seen).toHaveLength(3);
  });

  it('surfaces a TokenError as a Failure of the same kind, without touching the network', async () => {
    const terminal = new DummyTerminal();
    const { client } = setup(terminal, {
      getToken: () => Promise.reject(new TokenError('consentRequired', 'consent needed', ['Calendars.Read'])),
    });

    const res = await client.get('/me');

    expect(res).toEqual({
      ok: false,
      failure: { kind: 'consentRequired', message: 'consent needed', scopes: ['Calendars.Read'] },
    });
    expect(terminal.seen).toHaveLength(0);
  });

  it('maps a rejected fetch to a network Failure', async () => {
    const terminal = new DummyTerminal(() => Promise.reject(new TypeError('fetch failed')));
    const { client } = setup(terminal);

    const res = await client.get('/me');

    expect(res.ok ? undefined : res.failure.kind).toBe('network');
  });

  it('repeats a GET and an If-Match write after a dropped connection, never a creating POST', async () => {
    const drop = () => Promise.reject(new TypeError('fetch failed'));
    const terminal = new DummyTerminal(drop).then(drop, () => json(200, { id: 'me' }));
    const { client } = setup(terminal);
    expect((await client.get('/me')).ok).toBe(true);
    expect(terminal.seen).toHaveLength(2);

    const put = new DummyTerminal(drop).then(drop, () => json(200, { id: 'f' }));
    const r = await setup(put).client.request('PUT', '/drives/d/items/i/content', {}, { 'If-Match': '"e1"' });
    expect(r.ok).toBe(true);
    expect(put.seen).toHaveLength(2);

    const post = new DummyTerminal(drop);
    const created = await setup(post).client.request('POST', '/planner/tasks', { planId: 'p' });
    expect(created.ok ? 'ok' : created.failure.kind).toBe('network');
    expect(post.seen).toHaveLength(1);
  });

  it('returns status, lower-cased headers and body from request(), and sends JSON bodies', async () => {
    const terminal = new DummyTerminal().then(() => json(201, { id: 't1' }, { ETag: '"abc"' }));
    const { client } = setup(terminal);

    const res = await client.request(
      'POST',
      '/planner/tasks',
      { title: 'x' },
      { Prefer: 'return=representation' },
    );

    expect(res.ok && res.value).toMatchObject({
      status: 201,
      body: { id: 't1' },
      headers: { etag: '"abc"' },
    });
    expect(terminal.seen[0]).toMatchObject({ method: 'POST', body: { title: 'x' } });
    expect(terminal.seen[0]?.headers.prefer).toBe('return=representation');
    expect(terminal.seen[0]?.headers['content-type']).toBe('application/json');
  });
});

describe('createGraphClient: paging', () => {
  it('follows the whole @odata.nextLink, keeps $skip and resends headers on every page', async () => {
    const terminal = new DummyTerminal().then(
      () =>
        json(200, { value: [1, 2], '@odata.nextLink': `${baseUrl}/me/calendarView?startDateTime=a&$skip=2` }),
      () => json(200, { value: [], '@odata.nextLink': `${baseUrl}/me/calendarView?startDateTime=a&$skip=4` }),
      () => json(200, { value: [3] }),
    );
    const { client } = setup(terminal);

    const res = await client.getAllPages<number>('/me/calendarView', {
      query: { startDateTime: 'a' },
      headers: { Prefer: 'p' },
    });

    expect(res).toEqual({ ok: true, value: [1, 2, 3] });
    expect(terminal.seen.map((r) => r.url)).toEqual([
      `${baseUrl}/me/calendarView?startDateTime=a`,
      `${baseUrl}/me/calendarView?$skip=2&startDateTime=a`,
      `${baseUrl}/me/calendarView?$skip=4&startDateTime=a`,
    ]);
    expect(terminal.seen.every((r) => r.headers.prefer === 'p')).toBe(true);
  });

  it('refuses a nextLink outside the base URL, so the token never leaves for another host', async () => {
    const terminal = new DummyTerminal().then(() =>
      json(200, { value: [1], '@odata.nextLink': 'http://evil.example/v1.0/x' }),
    );
    const { client } = setup(terminal);

    const res = await client.getAllPages('/x');

    expect(res.ok ? undefined : res.failure.code).toBe('ForeignUrl');
    expect(terminal.seen).toHaveLength(1);
  });

  it('rejects a page without a value array as InvalidGraphPayload', async () => {
    const terminal = new DummyTerminal().then(() => json(200, { items: [] }));
    const { client } = setup(terminal);

    const res = await client.getAllPages('/x');

    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'badRequest',
      code: 'InvalidGraphPayload',
    });
  });
});

interface WireBatch {
  readonly requests: readonly {
    readonly id: string;
    readonly url: string;
    readonly dependsOn?: readonly string[];
  }[];
}

const batchOf = (body: unknown): WireBatch => body as WireBatch;

function answerAll(status: (id: string) => number, headers: Record<string, string> = {}) {
  return (req: { body: unknown }) =>
    json(200, {
      responses: batchOf(req.body)
        .requests.map((r) => ({
          id: r.id,
          status: status(r.id),
          headers,
          body: status(r.id) < 400 ? { id: r.id } : { error: { code: 'TooManyRequests', message: 'x' } },
        }))
        .reverse(), // inner responses may come back in any order (json-batching.md)
    });
}

const gets = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, method: 'GET', url: `/users/${i}` }));

describe('createGraphClient: $batch', () => {
  it('splits 25 requests into batches of 20 and 5 and returns every id', async () => {
    const terminal = new DummyTerminal(answerAll(() => 200));
    const { client } = setup(terminal);

    const res = await client.batch(gets(25));

    expect(terminal.seen.map((r) => [r.method, r.url, batchOf(r.body).requests.length])).toEqual([
      ['POST', `${baseUrl}/$batch`, 20],
      ['POST', `${baseUrl}/$batch`, 5],
    ]);
    expect(res.ok && [...res.value.keys()].sort()).toEqual(
      gets(25)
        .map((r) => r.id)
        .sort(),
    );
    expect(res.ok && res.value.get('r7')).toEqual({
      ok: true,
      value: { status: 200, headers: {}, body: { id: 'r7' } },
    });
  });

  it('retries only the inner 429s, after their Retry-After, and merges the answers', async () => {
    const terminal = new DummyTerminal().then(
      answerAll((id) => (id === 'r1' ? 429 : 200), { 'Retry-After': '0' }),
      answerAll(() => 200),
    );
    const { client } = setup(terminal);

    const res = await client.batch(gets(3));

    expect(batchOf(terminal.seen[1]?.body).requests.map((r) => r.id)).toEqual(['r1']);
    expect(res.ok && [...res.value.values()].every((o) => o.ok)).toBe(true);
  });

  it('stops after maxRetries and reports the inner 429 as a throttled Failure', async () => {
    const terminal = new DummyTerminal(answerAll((id) => (id === 'r0' ? 429 : 200), { 'Retry-After': '0' }));
    const { client } = setup(terminal);

    const res = await client.batch(gets(2));

    expect(terminal.seen).toHaveLength(3); // first try + maxRetries (2)
    expect(res.ok && res.value.get('r0')).toEqual({
      ok: false,
      failure: { kind: 'throttled', status: 429, code: 'TooManyRequests', message: 'x', retryAfterMs: 0 },
    });
  });

  it('retries a 424 whose dependency was throttled, and drops dependsOn on settled ids', async () => {
    const requests: BatchRequest[] = [
      { id: 'a', method: 'GET', url: '/a' },
      { id: 'b', method: 'GET', url: '/b' },
      { id: 'c', method: 'GET', url: '/c', dependsOn: ['a', 'b'] },
    ];
    const terminal = new DummyTerminal().then(
      answerAll((id) => (id === 'b' ? 503 : id === 'c' ? 424 : 200), { 'Retry-After': '0' }),
      answerAll(() => 200),
    );
    const { client } = setup(terminal);

    const res = await client.batch(requests);

    expect(batchOf(terminal.seen[1]?.body).requests).toEqual([
      { id: 'b', method: 'GET', url: '/b' },
      { id: 'c', method: 'GET', url: '/c', dependsOn: ['b'] },
    ]);
    expect(res.ok && res.value.get('c')?.ok).toBe(true);
  });

  it('fails the whole call when a $batch POST itself fails', async () => {
    const terminal = new DummyTerminal(() => graphError(401, 'InvalidAuthenticationToken', 'expired'));
    const { client } = setup(terminal);

    const res = await client.batch(gets(1));

    expect(res.ok ? undefined : res.failure.kind).toBe('unauthorized');
  });

  it('throws on duplicate ids: a caller bug, not an expected failure', async () => {
    const { client } = setup(new DummyTerminal());

    await expect(client.batch([...gets(1), ...gets(1)])).rejects.toThrow('Duplicate $batch request id r0');
  });
});

describe('createGraphClient: what a 503 or 504 may repeat', () => {
  // A 503/504 can come after the work was done (GD concepts/errors.md; the sandbox's `when: "after"` faults): sending a
  // creating POST again could create it twice. Only a 429 (not done) is repeated for it.
  it('never repeats a creating POST after a 503 or 504; the failure stands for the caller to reconcile', async () => {
    for (const status of [503, 504]) {
      const terminal = new DummyTerminal().then(
        () => graphError(status, 'serviceNotAvailable', 'try later', { 'retry-after': '0' }),
        () => json(201, { id: 'task-2' }),
      );
      const { client } = setup(terminal);
      const res = await client.request('POST', '/planner/tasks', { title: 'x' });
      expect(res.ok).toBe(false);
      expect(terminal.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
    }
  });

  it('repeats a creating POST after a 429, which Graph answers without doing the work', async () => {
    const terminal = new DummyTerminal().then(
      () => graphError(429, 'TooManyRequests', 'slow down', { 'retry-after': '0' }),
      () => json(201, { id: 'task-1' }),
    );
    const { client } = setup(terminal);
    const res = await client.request('POST', '/planner/tasks', { title: 'x' });
    expect(res.ok).toBe(true);
    expect(terminal.seen).toHaveLength(2);
  });

  it('repeats a GET, an If-Match write and a $batch of GETs after a 503', async () => {
    const again = () =>
      new DummyTerminal().then(
        () => graphError(503, 'serviceNotAvailable', 'try later', { 'retry-after': '0' }),
        () => json(200, { responses: [{ id: '1', status: 200, body: {} }] }),
      );
    const get = again();
    expect((await setup(get).client.get('/me')).ok).toBe(true);
    expect(get.seen).toHaveLength(2);
    const put = again();
    const putRes = await setup(put).client.request('PUT', '/x', '{"a":1}', { 'If-Match': '"1"' });
    expect(putRes.ok).toBe(true);
    expect(put.seen).toHaveLength(2);
    const batch = again();
    expect((await setup(batch).client.batch([{ id: '1', method: 'GET', url: '/me' }])).ok).toBe(true);
    expect(batch.seen).toHaveLength(2);
  });
});

describe('createGraphClient: a locked file (423)', () => {
  const locked = (retryAfter?: string) => () =>
    graphError(
      423,
      'resourceLocked',
      'The resource you are attempting to access is locked',
      retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    );

  it('sends the refused write again after the lock’s Retry-After, and it lands', async () => {
    const terminal = new DummyTerminal().then(locked('0'), locked('0'), () => json(200, { id: 'f' }));
    const { client } = setup(terminal);
    const res = await client.request('PUT', '/drives/d/items/i/content', '{}', { 'If-Match': '"e1"' });
    expect(res.ok).toBe(true);
    expect(terminal.seen.map((r) => r.method)).toEqual(['PUT', 'PUT', 'PUT']);
  });

  it('also repeats an unconditional write: a 423 means nothing was written', async () => {
    const terminal = new DummyTerminal().then(locked(), () => json(201, { id: 'f' }));
    const res = await setup(terminal).client.request('PUT', '/drives/d/root:/a.json:/content', '{}');
    expect(res.ok).toBe(true);
    expect(terminal.seen).toHaveLength(2);
  });

  it('gives up after maxRetries with an unavailable failure that keeps the 423 and its code', async () => {
    const terminal = new DummyTerminal(locked('0'));
    const res = await setup(terminal).client.request('PUT', '/x', '{}', { 'If-Match': '"1"' });
    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'unavailable',
      status: 423,
      code: 'resourceLocked',
    });
    expect(terminal.seen).toHaveLength(3);
  });
});
