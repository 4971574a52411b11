// A stand-in for the Microsoft identity platform's authorization-code flow with PKCE, for the browser tests of the
// Outlook task pane's dialog sign-in: the real dialog page runs real MSAL (redirect flow) against it. It speaks the
// documented endpoints and shapes (learn: "Microsoft identity platform and OAuth 2.0 authorization code flow",
// "OpenID Connect on the Microsoft identity platform"): /authorize answers with a redirect carrying code and state
// in the response_mode MSAL asked for; /token checks the code, the redirect_uri and the PKCE verifier (S256), and
// returns the sandbox's access token, an id token with the request's nonce, and client_info.
// What it does not do: show a sign-in or consent page (every request is granted as the given user), or sign the id
// token (MSAL.js does not check id token signatures). Declined consent is a test option: access_denied/AADSTS65004.
import { createHash, randomUUID } from 'node:crypto';
import type { BrowserContext, Route } from 'playwright-core';
import type { Sandbox } from '../../../src/sandbox/server';
import { mintHostToken, type TenantUser } from './openInHost';

const HOST = 'https://login.microsoftonline.com';

export interface FakeEntraLog {
  readonly authorize: string[];
  readonly token: string[];
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const cors = (origin: string | undefined) => ({
  'access-control-allow-origin': origin ?? '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
});

export async function routeFakeEntra(
  context: BrowserContext,
  opts: { readonly sandbox: Sandbox; readonly user: TenantUser; readonly declineConsent?: boolean },
): Promise<FakeEntraLog> {
  const log: FakeEntraLog = { authorize: [], token: [] };
  const codes = new Map<
    string,
    { clientId: string; redirectUri: string; scope: string; nonce: string; challenge: string }
  >();
  // The sandbox's tokens name the tenant; the fake issues for the same one.
  const probe = mintHostToken(opts.sandbox, opts.user, ['User.Read'], {
    method: 'GetToken',
    clientId: '',
    scope: '',
  });
  const tid = probe.ok ? probe.account.tenantId : '';
  const oid = probe.ok ? probe.account.localAccountId : opts.user.id;

  await context.route(`${HOST}/**`, async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const origin = request.headers()['origin'];
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors(origin) });
    const json = (status: number, body: object) =>
      route.fulfill({
        status,
        contentType: 'application/json',
        headers: cors(origin),
        body: JSON.stringify(body),
      });
    const tenant = url.pathname.split('/')[1] ?? 'organizations';

    if (url.pathname.endsWith('/discovery/instance'))
      return json(200, {
        tenant_discovery_endpoint: `${HOST}/${tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'],
          },
        ],
      });
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration'))
      return json(200, {
        issuer: `${HOST}/{tenantid}/v2.0`,
        authorization_endpoint: `${HOST}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${HOST}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${HOST}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${HOST}/${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
      });

    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      log.authorize.push(url.href);
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      const state = q.get('state') ?? '';
      const answer = new URLSearchParams(
        opts.declineConsent
          ? {
              error: 'access_denied',
              error_description: 'AADSTS65004: User declined to consent to access the app.',
              state,
            }
          : {
              code: (() => {
                const code = randomUUID();
                codes.set(code, {
                  clientId: q.get('client_id') ?? '',
                  redirectUri,
                  scope: q.get('scope') ?? '',
                  nonce: q.get('nonce') ?? '',
                  challenge: q.get('code_challenge') ?? '',
                });
                return code;
              })(),
              state,
              client_info: base64url({ uid: oid, utid: tid }),
            },
      );
      const separator = q.get('response_mode') === 'query' ? '?' : '#';
      // Entra answers with a 302. Playwright does not route the request a fulfilled redirect leads to (it would go
      // to the real network and fail), so the stand-in sends the browser on with a meta refresh to the same URL.
      const target = `${redirectUri}${separator}${answer}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><meta http-equiv="refresh" content="0;url=${target}"><title>Signing in</title>`,
      });
    }

    if (url.pathname.endsWith('/oauth2/v2.0/token') && request.method() === 'POST') {
      const form = new URLSearchParams(request.postData() ?? '');
      log.token.push(form.get('grant_type') ?? '');
      const grant = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        !grant ||
        grant.clientId !== form.get('client_id') ||
        grant.redirectUri !== form.get('redirect_uri') ||
        grant.challenge !== challenge
      )
        return json(400, {
          error: 'invalid_grant',
          error_description: 'AADSTS70008: The provided authorization code or refresh token is invalid.',
        });
      codes.delete(form.get('code') ?? '');
      const minted = mintHostToken(opts.sandbox, opts.user, undefined, {
        method: 'GetToken',
        clientId: grant.clientId,
        scope: grant.scope,
      });
      if (!minted.ok) return json(400, { error: 'invalid_request', error_description: 'sandbox refused' });
      const now = Math.floor(Date.now() / 1000);
      const idToken = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
        aud: grant.clientId,
        iss: `${HOST}/${tid}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        nonce: grant.nonce,
        oid,
        sub: oid,
        tid,
        preferred_username: opts.user.userPrincipalName,
        name: opts.user.displayName,
        ver: '2.0',
      })}.e2e`;
      return json(200, {
        token_type: 'Bearer',
        scope: (minted.token.scope ?? '')
          .split(' ')
          .map((s) => `https://graph.microsoft.com/${s}`)
          .join(' '),
        expires_in: minted.token.expires_in,
        ext_expires_in: minted.token.expires_in,
        access_token: minted.token.access_token,
        id_token: idToken,
        client_info: base64url({ uid: oid, utid: tid }),
      });
    }
    return route.abort('blockedbyclient');
  });
  return log;
}
