import { GraphError } from '@microsoft/microsoft-graph-client';
import { RequestTimeoutError } from '../../../../src/graph/core/RequestTimeoutError';
import { failureFromHttp, parseRetryAfter, toFailure } from '../../../../src/graph/core/toFailure';
import { TokenError } from '../../../../src/usecases/ports';
import accessDenied from '../../../fixtures/graph/forbidden.ErrorAccessDenied.json';
import driveAccessDenied from '../../../fixtures/graph/forbidden.drive.accessDenied.json';
import noScpClaim from '../../../fixtures/graph/forbidden.noScpClaim.json';

describe('failureFromHttp', () => {
  it.each([
    [400, 'badRequest'],
    [401, 'unauthorized'],
    [404, 'notFound'],
    [409, 'preconditionFailed'],
    [412, 'preconditionFailed'],
    [429, 'throttled'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ])('maps %i to %s', (status, kind) => {
    expect(failureFromHttp(status, {}, undefined).kind).toBe(kind);
  });

  // These answers name no scope: a guest querying /users, a mailbox the user may not read and a token without the
  // scope all get them, so they are forbidden; a token lacking a scope is caught by the token provider instead.
  it('treats the 403s that name no scope as forbidden, keeping code and request-id', () => {
    expect(failureFromHttp(403, {}, accessDenied)).toEqual({
      kind: 'forbidden',
      status: 403,
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
      requestId: '94fb3b52-452a-4535-a601-69e0a90e3aa2',
    });
    const directory = {
      error: {
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      },
    };
    expect(failureFromHttp(403, {}, directory).kind).toBe('forbidden');
  });

  it('treats a 403 that names the scopes as consentRequired, with the scopes this app asks for', () => {
    const teams = {
      error: {
        code: 'Forbidden',
        message:
          "Missing scope permissions on the request. API requires one of 'Team.ReadBasic.All, TeamSettings.Read.All'. Scopes on the request 'User.Read'",
      },
    };
    expect(failureFromHttp(403, {}, teams)).toMatchObject({
      kind: 'consentRequired',
      scopes: ['Team.ReadBasic.All'],
    });
  });

  it('treats a claims challenge as consentRequired, whatever the body says', () => {
    const challenge =
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="';
    const body = { error: { code: 'AccessDenied', message: 'Access denied.' } };
    expect(failureFromHttp(403, { 'www-authenticate': challenge }, body).kind).toBe('consentRequired');
    expect(failureFromHttp(403, {}, body).kind).toBe('forbidden');
  });

  it('treats other 403s as forbidden', () => {
    const body = { error: { code: 'Forbidden', message: 'User is not a member of the group.' } };
    expect(failureFromHttp(403, {}, body).kind).toBe('forbidden');
  });

  // SharePoint's documented answer for a drive the user can't reach (GD concepts/errors.md, accessDenied). It says
  // "permission", yet consenting can't fix it: it is forbidden, not consentRequired (platform-facts §11).
  it('treats SharePoint’s accessDenied “doesn’t have permission” 403 as forbidden, keeping code and request-id', () => {
    expect(failureFromHttp(403, {}, driveAccessDenied)).toEqual({
      kind: 'forbidden',
      status: 403,
      code: 'accessDenied',
      message: "The caller doesn't have permission to perform the action.",
      requestId: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    });
    // The same answer as reported from the service (microsoft-graph-docs-contrib#6608).
    const reported = {
      error: { code: 'accessDenied', message: 'The caller does not have permission to perform the action.' },
    };
    expect(failureFromHttp(403, {}, reported).kind).toBe('forbidden');
    // A file locked for editing has been answered with accessDenied too, as 423 (onedrive-api-docs#912, #1199).
    const locked = {
      error: {
        code: 'accessDenied',
        message: 'The file is currently checked out or locked for editing by another user.',
      },
    };
    expect(failureFromHttp(423, {}, locked).kind).not.toBe('consentRequired');
  });

  it('reads the same 403 from the SDK’s GraphError as forbidden', () => {
    const e = new GraphError(403, driveAccessDenied.error.message);
    e.code = driveAccessDenied.error.code;
    e.body = JSON.stringify(driveAccessDenied.error);
    expect(toFailure(e)).toMatchObject({ kind: 'forbidden', code: 'accessDenied' });
  });

  it('treats the scope-naming shapes as consentRequired', () => {
    // A token with no scopes at all names the claim (microsoft-graph-docs#7766).
    expect(failureFromHttp(403, {}, noScpClaim).kind).toBe('consentRequired');
    // Planner names the scopes too.
    const planner = {
      error: {
        code: 'Forbidden',
        message:
          "Missing scope permissions on the request. API requires one of 'Tasks.ReadWrite, Group.ReadWrite.All'. Scopes on the request 'User.Read'",
      },
    };
    expect(failureFromHttp(403, {}, planner)).toMatchObject({
      kind: 'consentRequired',
      scopes: ['Tasks.ReadWrite'],
    });
    // SharePoint doesn't: a token without Files scopes gets the generic accessDenied (contrib#6608).
    const drive = {
      error: { code: 'accessDenied', message: "The caller doesn't have permission to perform the action." },
    };
    expect(failureFromHttp(403, {}, drive).kind).toBe('forbidden');
  });

  it('falls back to the request-id header and reads Retry-After', () => {
    expect(failureFromHttp(429, { 'request-id': 'h-1', 'retry-after': '2' }, 'not json')).toEqual({
      kind: 'throttled',
      status: 429,
      requestId: 'h-1',
      retryAfterMs: 2000,
    });
  });

  it("reads an HTTP-date Retry-After against the caller's clock", () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    const headers = { 'retry-after': 'Wed, 01 Jan 2025 00:02:00 GMT' };
    expect(failureFromHttp(503, headers, undefined, now).retryAfterMs).toBe(120_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('garbage', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('toFailure', () => {
  it('keeps a TokenError kind and its scopes', () => {
    expect(toFailure(new TokenError('unauthorized', 'expired'))).toEqual({
      kind: 'unauthorized',
      message: 'expired',
    });
    expect(toFailure(new TokenError('network', 'offline', ['User.Read']))).toEqual({
      kind: 'network',
      message: 'offline',
      scopes: ['User.Read'],
    });
  });

  it('maps an SDK GraphError, with the serialised inner error as body', () => {
    const e = new GraphError(404, 'The specified object was not found in the store.');
    e.code = 'ErrorItemNotFound';
    e.requestId = 'r-9';
    e.body = JSON.stringify({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
    });
    expect(toFailure(e)).toEqual({
      kind: 'notFound',
      status: 404,
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.',
      requestId: 'r-9',
    });
  });

  it('maps a GraphError without a status (rejected fetch) and a TypeError to network', () => {
    expect(toFailure(new GraphError(-1, 'fetch failed')).kind).toBe('network');
    expect(toFailure(new TypeError('fetch failed')).kind).toBe('network');
  });

  it('maps a timed-out attempt to timeout, however it arrives, keeping its client-request-id', () => {
    expect(toFailure(new RequestTimeoutError(20_000, 'c-1'))).toEqual({
      kind: 'timeout',
      code: 'TimeoutError',
      message: 'Microsoft 365 did not answer within 20 seconds.',
      requestId: 'c-1',
    });
    // Re-wrapped by the SDK (GraphErrorHandler.constructError keeps the name as code), or from AbortSignal.timeout.
    const wrapped = new GraphError(-1, 'Microsoft 365 did not answer within 2.5 seconds.');
    wrapped.code = 'TimeoutError';
    expect(toFailure(wrapped)).toEqual({
      kind: 'timeout',
      code: 'TimeoutError',
      message: 'Microsoft 365 did not answer within 2.5 seconds.',
    });
    expect(toFailure(new DOMException('signal timed out', 'TimeoutError')).kind).toBe('timeout');
    expect(toFailure(new DOMException('aborted', 'AbortError')).kind).toBe('network');
  });

  it('rethrows what is not an expected failure (a bug)', () => {
    expect(() => toFailure(new RangeError('bug'))).toThrow('bug');
  });
});
