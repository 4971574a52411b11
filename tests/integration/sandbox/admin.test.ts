// The /_sandbox admin routes, the programmatic Sandbox API, CORS, and the seed built relative to the real clock.
import { startSandbox } from '../../../src/sandbox/server';
import { UPN, days, setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();

describe('admin routes', () => {
  it('GET /_sandbox/health', async () => {
    const r = await h.admin('/_sandbox/health');
    expect(r).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('POST /_sandbox/token with an empty body: the default user with every app scope', async () => {
    const r = await h.admin('/_sandbox/token', 'POST');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      access_token: expect.any(String),
      expires_in: 3600,
      user: {
        displayName: 'Avery Chen',
        userPrincipalName: UPN.avery,
        mail: UPN.avery,
        id: expect.any(String),
      },
    });
    const claims = JSON.parse(
      Buffer.from(String(r.json.access_token).split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', upn: UPN.avery, oid: r.json.user.id });
    expect(String(claims.scp).split(' ').sort()).toEqual(
      [
        'User.Read',
        'User.ReadBasic.All',
        'Calendars.ReadWrite',
        'Team.ReadBasic.All',
        'Files.ReadWrite.All',
        'Tasks.ReadWrite',
        'Chat.ReadBasic',
        'OnlineMeetings.Read',
        'ChatMessage.Send',
        'Chat.Read',
        'Mail.Send',
      ].sort(),
    );
    for (const claim of ['iss', 'tid', 'name', 'iat', 'nbf', 'exp']) expect(claims).toHaveProperty([claim]);
    expect((await h.call('/me', { token: r.json.access_token })).status).toBe(200);
  });

  it('POST /_sandbox/token for a user (UPN or id), scopes and lifetime', async () => {
    const dana = await h.admin('/_sandbox/token', 'POST', {
      user: UPN.dana,
      scopes: ['User.Read'],
      expiresInSec: 120,
    });
    expect(dana.json).toMatchObject({ expires_in: 120, user: { displayName: 'Dana Okafor' } });
    expect((await h.call('/me', { token: dana.json.access_token })).json.displayName).toBe('Dana Okafor');
    expect((await h.call('/me/joinedTeams', { token: dana.json.access_token })).status).toBe(403);
    const byId = await h.admin('/_sandbox/token', 'POST', { user: dana.json.user.id });
    expect(byId.json.user.userPrincipalName).toBe(UPN.dana);
  });

  it('POST /_sandbox/token for an unknown user: 404 JSON', async () => {
    const r = await h.admin('/_sandbox/token', 'POST', { user: 'kim@fabrikam.example' });
    expect(r.status).toBe(404);
    expect(r.json.error.message).toContain('kim@fabrikam.example');
  });

  it('GET /_sandbox/tenant lists the tenant for the "view as" switcher', async () => {
    const r = await h.admin('/_sandbox/tenant');
    expect(r.json).toMatchObject({
      displayName: 'Northwind Leadership (demo)',
      domain: 'northwind.example',
      defaultUser: UPN.avery,
    });
    expect(r.json.tenantId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.json.users.length).toBeGreaterThanOrEqual(8);
    for (const u of r.json.users)
      expect(Object.keys(u)).toEqual(
        expect.arrayContaining(['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle']),
      );
    const leadership = r.json.groups.find(
      (g: { displayName: string }) => g.displayName === 'Leadership Team',
    );
    expect(leadership.plannerPlans[0]).toMatchObject({ title: 'Leadership Team', owner: leadership.id });
    expect(leadership.driveId).toMatch(/^b!/);
  });

  it('GET and DELETE /_sandbox/log', async () => {
    await h.call('/me');
    const log = await h.admin('/_sandbox/log');
    expect(log.json.requests).toEqual([
      {
        method: 'GET',
        url: '/v1.0/me',
        status: 200,
        startedAt: expect.any(Number),
        endedAt: expect.any(Number),
        user: UPN.avery,
      },
    ]);
    await h.admin('/_sandbox/log', 'DELETE');
    expect((await h.admin('/_sandbox/log')).json.requests).toEqual([]);
  });

  it('POST /_sandbox/reset re-seeds and clears faults and the log', async () => {
    await h.admin('/_sandbox/faults', 'POST', { status: 503 });
    await h.call('/me');
    expect((await h.admin('/_sandbox/reset', 'POST')).status).toBe(200);
    expect((await h.admin('/_sandbox/log')).json.requests).toEqual([]);
    expect((await h.call('/me')).status).toBe(200);
  });

  it('answers unknown admin routes with 404 and wrong methods with 405', async () => {
    expect((await h.admin('/_sandbox/nothing')).status).toBe(404);
    expect((await h.admin('/_sandbox/health', 'DELETE')).status).toBe(405);
  });
});

describe('Sandbox API', () => {
  it('mintToken throws for an unknown user; requestLog logs the user and times', async () => {
    expect(() => h.sandbox().mintToken({ user: 'nobody@northwind.example' })).toThrow();
    h.sandbox().clearRequestLog();
    await h.call('/me', { token: h.sandbox().mintToken({ user: UPN.sam }) });
    const [entry] = h.sandbox().requestLog();
    expect(entry).toMatchObject({ method: 'GET', url: '/v1.0/me', status: 200, user: UPN.sam });
    expect(entry?.endedAt).toBeGreaterThanOrEqual(entry?.startedAt ?? Infinity);
  });

  it('url has no trailing slash and names the port', () => {
    expect(h.sandbox().url).toBe(`http://127.0.0.1:${h.sandbox().port}`);
  });
});

describe('CORS', () => {
  it('answers preflights with 204 and the allowed methods and headers', async () => {
    const res = await fetch(`${h.sandbox().url}/v1.0/me/events/x`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://tab.e2e.test',
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,if-match,prefer,client-request-id',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://tab.e2e.test');
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')).toContain('if-match');
  });

  it('lists its allowed headers when the preflight names none', async () => {
    const res = await fetch(`${h.sandbox().url}/v1.0/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://x.example' },
    });
    for (const header of ['Authorization', 'If-Match', 'Prefer', 'ConsistencyLevel', 'client-request-id']) {
      expect(res.headers.get('access-control-allow-headers')).toContain(header);
    }
  });

  it('echoes the origin and exposes ETag, Retry-After, Location, request ids and Preference-Applied', async () => {
    const r = await h.call('/me', { headers: { Origin: 'https://tab.e2e.test' } });
    expect(r.headers.get('access-control-allow-origin')).toBe('https://tab.e2e.test');
    const exposed = r.headers.get('access-control-expose-headers') ?? '';
    for (const header of [
      'ETag',
      'Retry-After',
      'Location',
      'request-id',
      'client-request-id',
      'Preference-Applied',
    ]) {
      expect(exposed).toContain(header);
    }
    const admin = await fetch(`${h.sandbox().url}/_sandbox/tenant`, {
      headers: { Origin: 'https://tab.e2e.test' },
    });
    expect(admin.headers.get('access-control-allow-origin')).toBe('https://tab.e2e.test');
  });
});

describe('the seed on the real clock', () => {
  it('has past and upcoming series occurrences and at least three one-offs in the next 14 days', async () => {
    const live = await startSandbox({ port: 0 });
    try {
      const now = Date.now();
      const token = live.mintToken();
      const fetchAll = async (from: number, to: number) => {
        const res = await fetch(
          `${live.url}/v1.0/me/calendarView?${windowQuery(new Date(from), new Date(to))}&$top=100`,
          {
            headers: { Authorization: `Bearer ${token}` },
          },
        );
        return ((await res.json()) as { value: { subject: string; type: string }[] }).value;
      };
      const past = await fetchAll(now - days(35), now);
      const next = await fetchAll(now, now + days(14));
      const later = await fetchAll(now + days(56), now + days(63));
      expect(past.some((e) => e.subject === 'Leadership weekly')).toBe(true);
      expect(next.some((e) => e.subject === 'Leadership weekly')).toBe(true);
      expect(later.some((e) => e.subject === 'Leadership weekly')).toBe(true);
      expect(next.filter((e) => e.type === 'singleInstance').length).toBeGreaterThanOrEqual(3);
    } finally {
      await live.close();
    }
  });
});
