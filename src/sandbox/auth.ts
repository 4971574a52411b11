// Bearer tokens: HS256 JWTs signed with a per-process secret, carrying the claims a delegated Entra token for
// Microsoft Graph carries (aud, iss, tid, oid, upn, name, scp, iat, nbf, exp). Graph answers 401
// InvalidAuthenticationToken for a missing, malformed, forged, expired or foreign-audience token, and 403 when the
// token lacks the scope the API needs; the messages below are Graph's own wording (see README "Auth").
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphError } from './errors';
import type { TenantRecord, UserRecord } from './store';

/** Every scope the Roundtable app registers; a token minted with no scopes list gets them all. */
export const APP_SCOPES: readonly string[] = [
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
];

export const GRAPH_AUDIENCES: readonly string[] = [
  'https://graph.microsoft.com',
  '00000003-0000-0000-c000-000000000000',
];

// Entra backdates iat/nbf by five minutes; doing the same keeps a token valid across small clock differences.
const BACKDATE_SEC = 300;
const DEFAULT_LIFETIME_SEC = 3600;

export interface TokenClaims {
  readonly aud: string;
  readonly iss: string;
  readonly tid: string;
  readonly oid: string;
  readonly upn: string;
  readonly name: string;
  readonly scp: string;
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
}

export interface MintOptions {
  readonly scopes?: readonly string[] | undefined;
  readonly expiresInSec?: number | undefined;
  readonly audience?: string | undefined;
}

export interface Caller {
  readonly user: UserRecord;
  /** Lower-cased scp entries. */
  readonly scopes: ReadonlySet<string>;
  /** The scp claim as sent. */
  readonly scp: string;
}

export class TokenAuthority {
  readonly #secret = randomBytes(32);

  mint(
    tenant: TenantRecord,
    user: UserRecord,
    nowMs: number,
    opts: MintOptions = {},
  ): { token: string; claims: TokenClaims } {
    const now = Math.floor(nowMs / 1000);
    const claims: TokenClaims = {
      aud: opts.audience ?? GRAPH_AUDIENCES[0] ?? '',
      iss: `https://sts.windows.net/${tenant.id}/`,
      tid: tenant.id,
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      scp: (opts.scopes ?? APP_SCOPES).join(' '),
      iat: now - BACKDATE_SEC,
      nbf: now - BACKDATE_SEC,
      exp: now + (opts.expiresInSec ?? DEFAULT_LIFETIME_SEC),
    };
    const header = b64json({ typ: 'JWT', alg: 'HS256' });
    const payload = b64json({
      ...claims,
      ver: '1.0',
      appid: 'roundtable-sandbox',
      unique_name: user.userPrincipalName,
    });
    return { token: `${header}.${payload}.${this.#sign(`${header}.${payload}`)}`, claims };
  }

  /** The caller, or a GraphError 401 InvalidAuthenticationToken. */
  authenticate(
    authorization: string | undefined,
    nowMs: number,
    tenant: TenantRecord,
    findUser: (oid: string) => UserRecord | undefined,
  ): Caller {
    if (authorization === undefined || authorization.trim() === '')
      throw invalidToken('Access token is empty.');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!m?.[1]) throw invalidToken('IDX14100: JWT is not well formed, there are no dots (.).');
    const parts = m[1].split('.');
    const [header, payload, signature] = parts;
    if (parts.length !== 3 || !header || !payload || signature === undefined) {
      throw invalidToken('IDX14100: JWT is not well formed, there are no dots (.).');
    }
    const head = parseJson(header);
    if (!head || head.alg !== 'HS256')
      throw invalidToken('Access token validation failure. Unsupported signing algorithm.');
    if (!this.#verify(`${header}.${payload}`, signature))
      throw invalidToken('Access token validation failure. Invalid signature.');
    const claims = parseJson(payload);
    if (!claims) throw invalidToken('CompactToken parsing failed with error code: 80049217');
    if (typeof claims.aud !== 'string' || !GRAPH_AUDIENCES.includes(claims.aud)) {
      throw invalidToken('Access token validation failure. Invalid audience.');
    }
    const now = Math.floor(nowMs / 1000);
    if (
      typeof claims.exp !== 'number' ||
      typeof claims.nbf !== 'number' ||
      now >= claims.exp ||
      now < claims.nbf
    ) {
      throw invalidToken('Access token has expired or is not yet valid.');
    }
    if (claims.tid !== tenant.id) throw invalidToken('Access token validation failure. Invalid issuer.');
    const user = typeof claims.oid === 'string' ? findUser(claims.oid) : undefined;
    if (!user) throw invalidToken('Access token validation failure. The user does not exist in the tenant.');
    const scp = typeof claims.scp === 'string' ? claims.scp : '';
    return {
      user,
      scp,
      scopes: new Set(
        scp
          .split(' ')
          .filter(Boolean)
          .map((s) => s.toLowerCase()),
      ),
    };
  }

  #sign(input: string): string {
    return createHmac('sha256', this.#secret).update(input).digest('base64url');
  }

  #verify(input: string, signature: string): boolean {
    const expected = Buffer.from(this.#sign(input));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

const b64json = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function parseJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

// Graph adds a WWW-Authenticate challenge to its 401s.
const CHALLENGE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

const invalidToken = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': CHALLENGE });

/*
 * Which workload answers decides the 403's shape, worded as the service words it: the directory says
 * Authorization_RequestDenied "Insufficient privileges to complete the operation." (GD concepts/json-batching.md),
 * Outlook ErrorAccessDenied "Access is denied. Check credentials and try again.", SharePoint accessDenied "The caller
 * doesn't have permission to perform the action." (GD concepts/errors.md), and only Teams and Planner name the scopes
 * ("Missing scope permissions on the request. API requires one of …"). The first three are the very answers a guest,
 * a policy or a resource the user can't reach get too: a client can't tell missing consent from missing access by
 * them, and the sandbox doesn't help it to (issue threads cited in the README).
 */
export type Workload = 'directory' | 'outlook' | 'teams' | 'drive';

export interface ScopeRule {
  readonly workload: Workload;
  /** Least privileged first; any one of them is enough. */
  readonly anyOf: readonly string[];
}

export function requireScope(rule: ScopeRule, caller: Caller): void {
  if (rule.anyOf.some((s) => caller.scopes.has(s.toLowerCase()))) return;
  const needed = rule.anyOf.join(', ');
  switch (rule.workload) {
    case 'directory':
      throw new GraphError(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    case 'outlook':
      throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    case 'drive':
      throw new GraphError(403, 'accessDenied', "The caller doesn't have permission to perform the action.");
    case 'teams':
      throw new GraphError(
        403,
        'Forbidden',
        `Missing scope permissions on the request. API requires one of '${needed}'. Scopes on the request '${caller.scp.split(' ').filter(Boolean).join(', ')}'`,
      );
  }
}
