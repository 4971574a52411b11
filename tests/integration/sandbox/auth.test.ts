// Auth on every /v1.0 request: 401 InvalidAuthenticationToken variants, 403 per workload, Graph's error envelope
// and correlation headers, and routing errors.
import { UPN, setupSandbox } from './setupSandbox';

const h = setupSandbox();

function tamper(token: string): string {
  const [head, payload, sig] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  claims.upn = 'mallory@northwind.example';
  return `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`;
}

function expectGraphError(json: unknown, code: string): void {
  expect(json).toEqual({
    error: {
      code,
      message: expect.any(String),
      innerError: {
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
        'request-id': expect.any(String),
        'client-request-id': expect.any(String),
      },
    },
  });
}

describe('401 InvalidAuthenticationToken', () => {
  it.each([
    ['no Authorization header', null, 'Access token is empty.'],
    ['a malformed token', 'not-a-jwt', 'not well formed'],
  ])('%s', async (_, token, message) => {
    const r = await h.call('/me', { token });
    expect(r.status).toBe(401);
    expectGraphError(r.json, 'InvalidAuthenticationToken');
    expect(r.json.error.message).toContain(message);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('rejects a non-Bearer scheme', async () => {
    const r = await h.call('/me', { token: null, headers: { Authorization: `Basic ${h.token()}` } });
    expect(r.status).toBe(401);
  });

  it('rejects a token whose payload was altered (bad signature)', async () => {
    const r = await h.call('/me', { token: tamper(h.token()) });
    expect(r.status).toBe(401);
    expect(r.json.error.code).toBe('InvalidAuthenticationToken');
  });

  it('rejects an expired token', async () => {
    const expired = h.sandbox().mintToken({ expiresInSec: -1 });
    const r = await h.call('/me', { token: expired });
    expect(r.status).toBe(401);
    expect(r.json.error.message).toBe('Access token has expired or is not yet valid.');
  });

  it('rejects a token for another audience, accepts both Graph audiences', async () => {
    const foreign = h.sandbox().mintToken({ audience: 'api://roundtable' });
    expect((await h.call('/me', { token: foreign })).json.error.message).toContain('Invalid audience');
    const byAppId = h.sandbox().mintToken({ audience: '00000003-0000-0000-c000-000000000000' });
    expect((await h.call('/me', { token: byAppId })).status).toBe(200);
  });

  it('rejects a token from another sandbox process (different signing secret)', async () => {
    const { startSandbox } = await import('../../../src/sandbox/server');
    const other = await startSandbox({ port: 0 });
    try {
      const r = await h.call('/me', { token: other.mintToken() });
      expect(r.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('403 for a missing scope, per workload, worded as each workload words it', () => {
  it('Outlook: ErrorAccessDenied', async () => {
    const r = await h.call('/me/calendarView?startDateTime=2025-06-01&endDateTime=2025-06-02', {
      token: h.token(undefined, ['User.Read']),
    });
    expect(r.status).toBe(403);
    expectGraphError(r.json, 'ErrorAccessDenied');
    // Outlook's answer names no scope: the same words as for a calendar the user may not read.
    expect(r.json.error.message).toBe('Access is denied. Check credentials and try again.');
  });

  it('directory: Authorization_RequestDenied', async () => {
    const r = await h.call(`/users?$filter=mail eq '${UPN.dana}'`, {
      token: h.token(undefined, ['User.Read']),
    });
    expect(r.status).toBe(403);
    expectGraphError(r.json, 'Authorization_RequestDenied');
    // The directory's answer names no scope either (GD concepts/json-batching.md example).
    expect(r.json.error.message).toBe('Insufficient privileges to complete the operation.');
  });

  it('Teams: Forbidden "Missing scope permissions"', async () => {
    const r = await h.call('/me/joinedTeams', { token: h.token(undefined, ['User.Read', 'Calendars.Read']) });
    expect(r.status).toBe(403);
    expectGraphError(r.json, 'Forbidden');
    expect(r.json.error.message).toMatch(
      /^Missing scope permissions on the request\. API requires one of 'Team\.ReadBasic\.All/,
    );
    expect(r.json.error.message).toContain("Scopes on the request 'User.Read, Calendars.Read'");
  });

  it('/me needs only User.Read; another user needs User.ReadBasic.All', async () => {
    const userRead = h.token(undefined, ['User.Read']);
    expect((await h.call('/me', { token: userRead })).status).toBe(200);
    expect((await h.call(`/users/${UPN.dana}`, { token: userRead })).status).toBe(403);
    expect((await h.call(`/users/${UPN.avery}`, { token: userRead })).status).toBe(200);
  });

  it('scope names compare case-insensitively', async () => {
    expect((await h.call('/me', { token: h.token(undefined, ['user.read']) })).status).toBe(200);
  });
});

describe('correlation headers', () => {
  it('echoes client-request-id and sends a request-id, on success and on errors', async () => {
    const ok = await h.call('/me', { headers: { 'client-request-id': 'abc-123' } });
    expect(ok.headers.get('client-request-id')).toBe('abc-123');
    expect(ok.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await h.call('/me', { token: null, headers: { 'client-request-id': 'abc-456' } });
    expect(bad.headers.get('client-request-id')).toBe('abc-456');
    expect(bad.json.error.innerError['client-request-id']).toBe('abc-456');
    expect(bad.json.error.innerError['request-id']).toBe(bad.headers.get('request-id'));
  });

  it('uses the request-id as client-request-id when the client sends none', async () => {
    const r = await h.call('/me');
    expect(r.headers.get('client-request-id')).toBe(r.headers.get('request-id'));
  });
});

describe('routing', () => {
  it('answers an unknown segment with 400 BadRequest naming it', async () => {
    const r = await h.call('/me/nonsense');
    expect(r.status).toBe(400);
    expectGraphError(r.json, 'BadRequest');
    expect(r.json.error.message).toBe("Resource not found for the segment 'nonsense'.");
  });

  it('answers an unknown top-level resource likewise', async () => {
    expect((await h.call('/widgets')).json.error.message).toBe(
      "Resource not found for the segment 'widgets'.",
    );
  });

  it('answers a known path with the wrong method with 405', async () => {
    const r = await h.call('/me', { method: 'DELETE' });
    expect(r.status).toBe(405);
  });

  it('matches segments case-insensitively, like Graph', async () => {
    expect((await h.call('/ME')).status).toBe(200);
  });

  it('refuses other versions', async () => {
    const res = await fetch(`${h.sandbox().url}/beta/me`);
    expect(res.status).toBe(400);
  });

  it('checks the token before routing', async () => {
    expect((await h.call('/nonsense', { token: null })).status).toBe(401);
  });
});
