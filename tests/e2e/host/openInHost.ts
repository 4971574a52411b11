// Opens the production tab (dist/tab.html) inside the simulated Teams / Outlook / Microsoft 365 host.
//
// Routing (shared/reference/test-harness.md, "Recommended harness design"):
// - https://<host origin>/_e2e/host serves the host page (runHost.ts); /_e2e/token mints NAA tokens with the
//   sandbox, so the access token is one the sandbox accepts for this user and these scopes;
// - https://tab.e2e.test/** is proxied to the dist server: a genuine cross-origin, https tab that TeamsJS's
//   built-in allow-list accepts for the host origins below;
// - https://graph.microsoft.com/** is proxied to the sandbox, so the production Graph base URL stays;
// - every other https request is aborted (TeamsJS's CDN valid-domains fetch, login.microsoftonline.com), so an
//   accidental non-NAA path fails fast and shows up in `blockedRequests`.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Frame, FrameLocator, Page, Route } from 'playwright-core';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import type { E2eEnv, Sandbox } from '../helpers/startE2eEnv';
import { hostPageHtml } from './hostPageHtml';
import type {
  FrameContext,
  HostLogEntry,
  HostName,
  HostPageConfig,
  HostRuntime,
  HostTheme,
  HostTokenRequest,
  HostTokenResult,
  LegacyContext,
} from './hostTypes';

export const TAB_ORIGIN = 'https://tab.e2e.test';
const GRAPH_ORIGIN = 'https://graph.microsoft.com';
const AUTHORITY_HOST = 'login.microsoftonline.com';

const HOST_ORIGINS: Readonly<Record<HostName, string>> = {
  Teams: 'https://teams.microsoft.com',
  Outlook: 'https://outlook.office.com',
  Office: 'https://www.microsoft365.com',
};

export interface OpenInHostOptions {
  readonly host: HostName;
  readonly theme?: HostTheme;
  /** UPN or object id of a sandbox user; the tenant's default user when omitted. */
  readonly user?: string;
  /**
   * The scopes the user has consented to. Tokens carry exactly these. When omitted, every token carries the
   * Graph scopes the tab asked for (full consent).
   */
  readonly scopes?: readonly string[];
  readonly frameContext?: FrameContext;
  /** A meeting; a channel meeting has a channel id and no chat id. */
  readonly meetingContext?: {
    readonly chatId?: string;
    readonly meetingId: string;
    readonly channelId?: string;
  };
  /** A slow host: milliseconds before it answers TeamsJS's initialize. */
  readonly initializeDelayMs?: number;
  /** The tab iframe's width (280 px in the meeting side panel). */
  readonly frameWidth?: number;
  /** A deep link's subEntityId (context.page.subPageId). */
  readonly subEntityId?: string;
  /** false: the host does not advertise nestedAppAuth, so the tab must take its fallback path. */
  readonly advertiseNaa?: boolean;
  /** Path of the tab page inside dist/. */
  readonly tabPath?: string;
  /** The meeting allows sharing this app to the stage. */
  readonly stageSharing?: boolean;
  /** The window size, e.g. 320 px wide for the meeting side panel. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Runs right before the host page navigates, e.g. to clear the sandbox request log for a cold-start count. */
  readonly beforeNavigate?: () => void | Promise<void>;
  /** The locale the host reports in its context (app.locale); Teams sends e.g. 'en-us'. */
  readonly locale?: string;
  /**
   * What navigator.language / navigator.languages report in every frame, host and tab alike, e.g. the
   * 'en-US@posix' Chromium reports when started under LANG=C.UTF-8. The browser's own when omitted.
   */
  readonly navigatorLanguages?: readonly [string, ...string[]];
  /** How far this browser's clock is off (ms; negative = behind): a laptop whose clock is wrong. Time still flows. */
  readonly clockOffsetMs?: number;
}

export interface HostedTab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Locator root for the tab's content. */
  readonly tab: FrameLocator;
  /** The tab's Frame (for axe and evaluate); resolves once the iframe has navigated. */
  tabFrame(): Promise<Frame>;
  hostLog(): Promise<HostLogEntry[]>;
  sendTheme(theme: HostTheme): Promise<void>;
  /** App caching: suspend the tab (it gets 'beforeUnload' and must answer 'readyToUnload'), then resume it. */
  suspend(): Promise<void>;
  /** Presses the host's own back button (Teams mobile). */
  pressBackButton(): Promise<void>;
  /** Presses the host's Save button on a configuration page. */
  save(): Promise<void>;
  resume(): Promise<void>;
  /** https URLs the harness aborted (anything not host, tab or Graph). */
  readonly blockedRequests: readonly string[];
  close(): Promise<void>;
}

export interface TenantUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail?: string;
}

export interface Tenant {
  readonly displayName: string;
  readonly defaultUser: string;
  readonly users: readonly TenantUser[];
  readonly groups: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly memberIds: readonly string[];
  }[];
}

export async function fetchTenant(sandbox: Sandbox): Promise<Tenant> {
  const response = await fetch(`${sandbox.url}/_sandbox/tenant`);
  if (!response.ok) throw new Error(`GET /_sandbox/tenant answered ${response.status}`);
  return (await response.json()) as Tenant;
}

export function findUser(tenant: Tenant, wanted: string | undefined): TenantUser {
  const key = (wanted ?? tenant.defaultUser).toLowerCase();
  const user = tenant.users.find(
    (u) => u.userPrincipalName.toLowerCase() === key || u.id.toLowerCase() === key,
  );
  if (user === undefined) throw new Error(`no sandbox user ${key}`);
  return user;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1];
  if (payload === undefined) throw new Error('the sandbox minted a token that is not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/** "https://graph.microsoft.com/Calendars.Read openid" → ["Calendars.Read"]; ".default" → every app scope. */
function requestedGraphScopes(scope: string): string[] {
  const scopes = scope
    .split(' ')
    .filter((s) => s.length > 0 && !OIDC_SCOPES.has(s.toLowerCase()))
    .map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, ''));
  return scopes.includes('.default') ? Object.values(GRAPH_SCOPES) : scopes;
}

function runtimeFor(advertiseNaa: boolean): HostRuntime {
  const supports: Record<string, unknown> = {
    appEntity: {},
    pages: { config: {}, tabs: {}, appButton: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
    logs: {},
  };
  if (advertiseNaa) supports['nestedAppAuth'] = {};
  return { apiVersion: 4, isNAAChannelRecommended: advertiseNaa, isLegacyTeams: false, supports };
}

export function mintHostToken(
  sandbox: Sandbox,
  user: TenantUser,
  consented: readonly string[] | undefined,
  request: HostTokenRequest,
): HostTokenResult {
  const scopes = consented ?? requestedGraphScopes(request.scope);
  const expiresIn = 3600;
  const accessToken = sandbox.mintToken({
    user: user.userPrincipalName,
    scopes: [...scopes],
    expiresInSec: expiresIn,
  });
  const claims = jwtClaims(accessToken);
  const tid = String(claims['tid'] ?? '');
  const oid = String(claims['oid'] ?? user.id);
  const now = Math.floor(Date.now() / 1000);
  // MSAL decodes the id token but does not check its signature (NestedAppAuthAdapter.fromNaaTokenResponse).
  const idToken = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
    aud: request.clientId,
    iss: `https://${AUTHORITY_HOST}/${tid}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + expiresIn,
    oid,
    sub: oid,
    tid,
    preferred_username: user.userPrincipalName,
    name: user.displayName,
    ver: '2.0',
  })}.e2e`;
  return {
    ok: true,
    token: {
      access_token: accessToken,
      id_token: idToken,
      expires_in: expiresIn,
      scope: scopes.join(' '),
      authority: `https://${AUTHORITY_HOST}/${tid}`,
      properties: null,
    },
    account: {
      homeAccountId: `${oid}.${tid}`,
      environment: AUTHORITY_HOST,
      tenantId: tid,
      username: user.userPrincipalName,
      localAccountId: oid,
      name: user.displayName,
      loginHint: user.userPrincipalName,
    },
  };
}

function withoutHost(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'host'));
}

/**
 * Forwards a routed request to `target` (same path, query, method, headers and body) and fulfils with its answer.
 * `publicOrigin` is the origin the page believes it talks to; the sandbox builds @odata.nextLink from
 * X-Forwarded-Proto/Host, so paging links stay on https://graph.microsoft.com (and keep their bearer token).
 */
export async function proxy(route: Route, target: string, publicOrigin?: string): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  const forwarded: Record<string, string> =
    publicOrigin === undefined
      ? {}
      : { 'x-forwarded-proto': 'https', 'x-forwarded-host': new URL(publicOrigin).host };
  try {
    const response = await route.fetch({
      url: `${target}${url.pathname}${url.search}`,
      headers: { ...withoutHost(await request.allHeaders()), ...forwarded },
      maxRedirects: 0,
    });
    await route.fulfill({ response });
  } catch (error: unknown) {
    // The page or its context closed while the request was in flight (e.g. the badge pass that starts after the
    // list): nothing to fulfil any more.
    if (!/closed|disposed/i.test(String(error))) throw error;
  }
}

/** Blocks every https request that no later route claims (Playwright tries the newest route first). */
export async function blockOtherHttps(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route(/^https:\/\//, async (route) => {
    blocked.push(route.request().url());
    await route.abort('blockedbyclient');
  });
}

export async function openInHost(env: E2eEnv, options: OpenInHostOptions): Promise<HostedTab> {
  const tenant = await fetchTenant(env.sandbox);
  const user = findUser(tenant, options.user);
  const theme = options.theme ?? 'default';
  const frameContext = options.frameContext ?? 'content';
  const hostOrigin = HOST_ORIGINS[options.host];
  const tokenPath = '/_e2e/token';
  // The tenant id comes from the sandbox's own tokens, so the context and the tokens agree.
  const tid = String(
    jwtClaims(env.sandbox.mintToken({ user: user.userPrincipalName, scopes: ['User.Read'] }))['tid'],
  );

  const context: LegacyContext = {
    locale: options.locale ?? 'en-us',
    theme,
    entityId: 'roundtable-meetings',
    userObjectId: user.id,
    userPrincipalName: user.userPrincipalName,
    userDisplayName: user.displayName,
    loginHint: user.userPrincipalName,
    tid,
    hostName: options.host,
    hostClientType: 'web',
    frameContext,
    appSessionId: randomUUID(),
    chatId: options.meetingContext?.chatId,
    meetingId: options.meetingContext?.meetingId,
    ...(options.meetingContext?.channelId ? { channelId: options.meetingContext.channelId } : {}),
    ...(options.subEntityId ? { subEntityId: options.subEntityId } : {}),
  };
  const config: HostPageConfig = {
    hostName: options.host,
    hostClientType: 'web',
    frameContext,
    sdkVersion: '2.58.0',
    runtime: runtimeFor(options.advertiseNaa ?? true),
    context,
    tabUrl: `${TAB_ORIGIN}${options.tabPath ?? '/tab.html'}`,
    tabOrigin: TAB_ORIGIN,
    tokenPath,
    ...(options.stageSharing ? { stageSharing: true } : {}),
    ...(options.initializeDelayMs ? { initializeDelayMs: options.initializeDelayMs } : {}),
    ...(options.frameWidth ? { frameWidth: options.frameWidth } : {}),
  };

  const browserContext = await env.browser.newContext(
    options.viewport ? { viewport: { ...options.viewport } } : {},
  );
  if (options.navigatorLanguages) {
    await browserContext.addInitScript((languages: readonly string[]) => {
      const nav = Object.getPrototypeOf(navigator) as Navigator;
      Object.defineProperty(nav, 'language', { get: () => languages[0], configurable: true });
      Object.defineProperty(nav, 'languages', {
        get: () => Object.freeze([...languages]),
        configurable: true,
      });
    }, options.navigatorLanguages);
  }
  if (options.clockOffsetMs !== undefined)
    await browserContext.clock.install({ time: Date.now() + options.clockOffsetMs });
  const blockedRequests: string[] = [];
  await blockOtherHttps(browserContext, blockedRequests);
  await browserContext.route(`${TAB_ORIGIN}/**`, (route) => proxy(route, env.distUrl));
  await browserContext.route(`${GRAPH_ORIGIN}/**`, (route) => proxy(route, env.sandbox.url, GRAPH_ORIGIN));
  await browserContext.route(`${hostOrigin}/_e2e/**`, async (route) => {
    const request = route.request();
    if (new URL(request.url()).pathname === tokenPath && request.method() === 'POST') {
      const body = JSON.parse(request.postData() ?? '{}') as HostTokenRequest;
      const result = mintHostToken(env.sandbox, user, options.scopes, body);
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(result) });
      return;
    }
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPageHtml(config) });
  });

  let closing: Promise<void> | undefined;
  const page = await browserContext.newPage();
  await options.beforeNavigate?.();
  await page.goto(`${hostOrigin}/_e2e/host`);
  const tab = page.frameLocator('#tab');

  return {
    context: browserContext,
    page,
    tab,
    async tabFrame() {
      const handle = await page.waitForSelector('#tab', { state: 'attached' });
      const frame = await handle.contentFrame();
      if (frame === null) throw new Error('the tab iframe has no frame');
      return frame;
    },
    hostLog: () => page.evaluate(() => window.__hostLog),
    sendTheme: (next) => page.evaluate((t) => window.__host.sendTheme(t), next),
    suspend: () => page.evaluate(() => window.__host.sendBeforeUnload()),
    save: () => page.evaluate(() => window.__host.sendSave()),
    pressBackButton: () => page.evaluate(() => window.__host.sendBackButton()),
    resume: () =>
      page.evaluate(
        (url) => window.__host.sendLoad({ entityId: 'roundtable-meeting', contentUrl: url }),
        config.tabUrl,
      ),
    blockedRequests,
    // Idempotent: a test may close early and the suite's cleanup close again.
    close: () =>
      (closing ??= (async () => {
        await browserContext.unrouteAll({ behavior: 'ignoreErrors' });
        await browserContext.close();
      })()),
  };
}
