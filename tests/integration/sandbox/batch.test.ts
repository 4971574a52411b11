// POST /$batch per concepts/json-batching.md: whole-batch 400s, dependsOn with 424, inner failures inside an
// outer 200, inner throttling from faults, and inner requests in the log.
import { UPN, setupSandbox } from './setupSandbox';

const h = setupSandbox();

const batch = (requests: unknown[], token?: string | null) =>
  h.call('/$batch', { method: 'POST', body: { requests }, token });

const get = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'GET',
  url,
  ...extra,
});

describe('malformed batches fail whole with 400', () => {
  it('more than 20 requests', async () => {
    const twentyOne = Array.from({ length: 21 }, (_, i) => get(String(i + 1), '/me'));
    const r = await batch(twentyOne);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('BadRequest');
    expect((await batch(twentyOne.slice(0, 20))).status).toBe(200);
  });

  it('duplicate ids (compared case-insensitively)', async () => {
    expect((await batch([get('1', '/me'), get('1', '/me')])).status).toBe(400);
    expect((await batch([get('a', '/me'), get('A', '/me')])).status).toBe(400);
  });

  it('not JSON, no requests, missing fields, absolute urls, bodies without Content-Type, bad dependsOn', async () => {
    expect((await h.call('/$batch', { method: 'POST', body: '{nope' })).status).toBe(400);
    expect((await h.call('/$batch', { method: 'POST', body: { calls: [] } })).status).toBe(400);
    expect((await batch([{ id: '1', url: '/me' }])).status).toBe(400);
    expect((await batch([get('1', 'https://graph.microsoft.com/v1.0/me')])).status).toBe(400);
    expect((await batch([{ id: '1', method: 'POST', url: '/me', body: {} }])).status).toBe(400);
    expect((await batch([get('1', '/me', { dependsOn: ['9'] })])).status).toBe(400);
    expect(
      (await batch([get('1', '/me', { dependsOn: ['2'] }), get('2', '/me', { dependsOn: ['1'] })])).status,
    ).toBe(400);
  });

  it('needs a valid token itself', async () => {
    expect((await batch([get('1', '/me')], null)).status).toBe(401);
  });
});

describe('execution', () => {
  it('answers 200 with one response per request, even when some fail', async () => {
    const r = await batch([
      get('1', '/me'),
      get('2', '/users/nobody@northwind.example'),
      get('3', 'me/joinedTeams'),
    ]);
    expect(r.status).toBe(200);
    const byId = Object.fromEntries((r.json.responses as { id: string }[]).map((x) => [x.id, x]));
    expect(byId['1']).toMatchObject({ status: 200, body: { displayName: 'Avery Chen' } });
    expect(byId['2']).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
    expect(byId['3']).toMatchObject({ status: 200 });
    expect(byId['1']).toHaveProperty(['headers', 'Content-Type']);
  });

  it('runs inner requests with the outer token', async () => {
    const r = await batch([get('1', '/me')], h.token(UPN.farah));
    expect(r.json.responses[0].body.displayName).toBe('Farah Haddad');
  });

  it('honours dependsOn and answers 424 when a dependency failed, transitively', async () => {
    const r = await batch([
      get('1', '/users/nobody@northwind.example'),
      get('2', '/me', { dependsOn: ['1'] }),
      get('3', '/me', { dependsOn: ['2'] }),
      get('4', '/me'),
    ]);
    const status = Object.fromEntries(
      (r.json.responses as { id: string; status: number }[]).map((x) => [x.id, x.status]),
    );
    expect(status).toEqual({ '1': 404, '2': 424, '3': 424, '4': 200 });
    expect(r.json.responses[1].body.error.code).toBe('FailedDependency');
  });

  it('runs a dependent request after its dependency', async () => {
    h.sandbox().clearRequestLog();
    await batch([get('late', '/me/joinedTeams', { dependsOn: ['early'] }), get('early', '/me')]);
    const inner = h
      .sandbox()
      .requestLog()
      .filter((l) => l.batchInner);
    expect(inner.map((l) => l.url)).toEqual(['/v1.0/me', '/v1.0/me/joinedTeams']);
  });

  it('an inner 429 from a fault rule, with Retry-After, inside an outer 200', async () => {
    await h.admin('/_sandbox/faults', 'POST', { status: 429, retryAfter: 2, count: 1, path: '/joinedTeams' });
    const r = await batch([get('1', '/me'), get('2', '/me/joinedTeams')]);
    expect(r.status).toBe(200);
    expect(r.json.responses[0].status).toBe(200);
    expect(r.json.responses[1]).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '2' },
      body: { error: { code: 'TooManyRequests' } },
    });
    // count 1: the retry goes through.
    expect((await batch([get('2', '/me/joinedTeams')])).json.responses[0].status).toBe(200);
  });

  it('a path-less count fault hits the first inner request, not the outer $batch', async () => {
    await h.admin('/_sandbox/faults', 'POST', { status: 503, count: 1 });
    const r = await batch([get('1', '/me'), get('2', '/me')]);
    expect(r.status).toBe(200);
    expect(r.json.responses.map((x: { status: number }) => x.status)).toEqual([503, 200]);
  });

  it('logs the outer request and each inner one with batchInner', async () => {
    h.sandbox().clearRequestLog();
    await batch([get('1', '/me'), get('2', "users?$filter=mail eq 'dana.okafor@northwind.example'")]);
    const log = h.sandbox().requestLog();
    expect(log.map((l) => [l.method, l.url, l.status, l.batchInner ?? false])).toEqual([
      ['GET', '/v1.0/me', 200, true],
      ['GET', "/v1.0/users?$filter=mail eq 'dana.okafor@northwind.example'", 200, true],
      ['POST', '/v1.0/$batch', 200, false],
    ]);
    expect(log.every((l) => l.user === UPN.avery)).toBe(true);
  });

  it('refuses a $batch inside a $batch', async () => {
    const r = await batch([
      {
        id: '1',
        method: 'POST',
        url: '/$batch',
        headers: { 'Content-Type': 'application/json' },
        body: { requests: [] },
      },
    ]);
    expect(r.json.responses[0].status).toBe(400);
  });

  it('passes inner headers such as Prefer through', async () => {
    const r = await batch([
      get('1', `/me/calendarView?startDateTime=2025-06-17T15:00:00Z&endDateTime=2025-06-17T18:00:00Z`, {
        headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
      }),
    ]);
    expect(r.json.responses[0].headers['Preference-Applied']).toBe(
      'outlook.timezone="Pacific Standard Time"',
    );
    expect(r.json.responses[0].body.value[0].start.timeZone).toBe('Pacific Standard Time');
  });
});
