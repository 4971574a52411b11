// The Graph sandbox's HTTP server (plain node:http): CORS, the /_sandbox admin routes, the pre-authenticated
// download URLs, and the Graph pipeline every /v1.0 request (and every request inside a $batch) goes through:
// faults before -> auth -> route -> scopes -> handler -> faults after, with Graph's request-id headers, error
// envelope and a request log.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { UnknownUserError, handleAdmin } from './admin';
import type { AdminDeps } from './admin';
import { requireScope, TokenAuthority } from './auth';
import { batchRoutes } from './batch';
import { ChangeKeyRotation } from './changeKeyRotation';
import { GraphError, badRequest, errorBody } from './errors';
import type { RequestIds } from './errors';
import { FaultInjector } from './faults';
import type { FaultEffects } from './faults';
import { Query } from './odata';
import { Router, toSegments } from './router';
import type { GraphRequest, GraphResponse, InnerRequest } from './router';
import { calendarRoutes } from './routes/calendarRoutes';
import { chatMessageRoutes } from './routes/chatMessageRoutes';
import { chatRoutes } from './routes/chatRoutes';
import { mailRoutes } from './routes/mailRoutes';
import { activityRoutes } from './routes/activityRoutes';
import { ActivityFeed, type RecordedNotification } from './activityFeed';
import { driveRoutes } from './routes/driveRoutes';
import { plannerRoutes } from './routes/plannerRoutes';
import { PlannerStore, type ReadLag } from './plannerStore';
import { DriveStore } from './driveStore';
import { eventResponseRoutes } from './routes/eventResponseRoutes';
import { eventUpdateRoutes } from './routes/eventUpdateRoutes';
import { teamRoutes } from './routes/teamRoutes';
import { userRoutes } from './routes/userRoutes';
import { seedDemoTenant } from './seed';
import { Store } from './store';

export interface SandboxOptions {
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  now?: () => Date;
  /**
   * How long after its upload a new file's eTag changes on its own (SharePoint's post-processing; README "Drive").
   * Default 2000 ms; 0 makes the change happen before the file can be read again. Also `POST /_sandbox/drive`.
   */
  drivePostProcessingMs?: number;
  /**
   * How long after a write the organizer's calendar item gets a new changeKey on its own (Exchange's background
   * processing; README "changeKey rotation"). Default 2000 ms; 0 = before it can be read again. Also
   * `POST /_sandbox/calendar`.
   */
  calendarChangeKeyRotationMs?: number;
  /**
   * How long a new Planner task stays out of listings and its details answer 404 (README "Planner", read lag): a
   * random time from minMs to maxMs per task. Default 300 to 2000 ms; {minMs: 0, maxMs: 0} turns it off. Also
   * `POST /_sandbox/planner`.
   */
  plannerReadLag?: ReadLag;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as received, e.g. /v1.0/me/calendarView?... */
  url: string;
  status: number;
  /** performance.now() ms */
  startedAt: number;
  endedAt: number;
  /** The token's UPN, when the token was valid. */
  user?: string;
  batchInner?: boolean;
  /**
   * The status the request was handled with when a fault with `when: "after"` answered instead (`status` is the
   * fault's): the write happened although the client was told it failed.
   */
  handledStatus?: number;
  /** The connection was destroyed instead of answering: before (nothing ran, `status` 0) or after the request ran. */
  dropped?: 'before' | 'after';
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:4000 (no trailing slash); Graph lives at `${url}/v1.0`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Re-seeds the tenant (relative to now()), clears fault rules and the request log. */
  reset(): void;
  mintToken(opts?: {
    user?: string;
    scopes?: readonly string[];
    expiresInSec?: number;
    audience?: string;
  }): string;
  requestLog(): readonly LoggedRequest[];
  clearRequestLog(): void;
}

const VERSION_ROOT = '/v1.0';
const ADMIN_ROOT = '/_sandbox';
const DOWNLOAD_ROOT = '/_download/';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

// Browser code reads these (DESIGN.md "CORS"); ETag and Retry-After are invisible to JS unless exposed.
const EXPOSED_HEADERS =
  'ETag, Retry-After, Location, request-id, client-request-id, Preference-Applied, WWW-Authenticate';
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, If-Match, If-None-Match, Prefer, client-request-id, return-client-request-id, ConsistencyLevel, SdkVersion, Retry-Attempt, x-client-SKU, x-client-VER, x-client-OS, x-client-CPU, x-ms-client-request-id';

interface RawGraphRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
  readonly origin: string;
  readonly batchInner: boolean;
}

interface Handled {
  readonly response: GraphResponse;
  readonly effects: FaultEffects;
  readonly user: string | undefined;
  /** The handler's own status, when a fault rule with `when: "after"` replaced its answer. */
  readonly handledStatus?: number;
}

const NO_EFFECTS: FaultEffects = { latencyMs: 0 };

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const now = opts.now ?? (() => new Date());
  const host = opts.host ?? '127.0.0.1';
  const store = new Store(() => seedDemoTenant(now()));
  const tokens = new TokenAuthority();
  const faults = new FaultInjector();
  const drives = new DriveStore(
    opts.drivePostProcessingMs !== undefined ? { postProcessingMs: opts.drivePostProcessingMs } : {},
  );
  const planner = new PlannerStore(opts.plannerReadLag ? { readLag: opts.plannerReadLag } : {});
  const rotation = new ChangeKeyRotation(
    opts.calendarChangeKeyRotationMs !== undefined ? { rotationMs: opts.calendarChangeKeyRotationMs } : {},
  );
  rotation.observe(store);
  const feed = new ActivityFeed();
  feed.reset(store);
  const router = new Router()
    .add(userRoutes)
    .add(calendarRoutes)
    .add(eventResponseRoutes)
    .add(eventUpdateRoutes)
    .add(teamRoutes)
    .add(chatRoutes)
    .add(chatMessageRoutes)
    .add(mailRoutes)
    .add(activityRoutes(feed))
    .add(driveRoutes(drives))
    .add(plannerRoutes(planner))
    .add(batchRoutes);
  let log: LoggedRequest[] = [];

  const reset = () => {
    store.reset();
    rotation.reset();
    rotation.observe(store);
    drives.reset();
    planner.reset();
    faults.clear();
    feed.reset(store);
    log = [];
  };

  const mint: AdminDeps['mint'] = (req) => {
    const user = req.user === undefined ? store.defaultUser : store.findUser(req.user);
    if (!user) throw new UnknownUserError(req.user ?? '');
    const { token, claims } = tokens.mint(store.tenant, user, now().getTime(), req);
    return {
      token,
      expiresInSec: claims.exp - Math.floor(now().getTime() / 1000),
      scopes: claims.scp.split(' ').filter(Boolean),
      user,
    };
  };

  /* The Graph pipeline, shared by top-level and $batch-inner requests. */
  async function runGraph(raw: RawGraphRequest): Promise<Handled> {
    const requestId = randomUUID();
    const ids: RequestIds = { requestId, clientRequestId: raw.headers['client-request-id'] ?? requestId };
    let effects = NO_EFFECTS;
    let user: string | undefined;
    let response: GraphResponse;
    try {
      const q = raw.url.indexOf('?');
      const path = q < 0 ? raw.url : raw.url.slice(0, q);
      const segments = toSegments(path.slice(VERSION_ROOT.length));
      const isBatch = segments.length === 1 && segments[0] === '$batch';
      effects = faults.evaluate(raw.url, { method: raw.method, outerBatch: isBatch && !raw.batchInner });
      if (effects.status?.when === 'before') throw faultError(effects.status);
      // The connection is lost before the request reaches the service: nothing is carried out. A dropped
      // connection is the outer request's; a rule that fires on a request inside a $batch can't drop it alone.
      if (effects.drop === 'before' && !raw.batchInner)
        return { response: { status: 0 }, effects, user: undefined };
      const caller = tokens.authenticate(raw.headers['authorization'], now().getTime(), store.tenant, (id) =>
        store.findUser(id),
      );
      user = caller.user.userPrincipalName;
      if (isBatch && raw.batchInner) {
        throw badRequest('A $batch request cannot contain another $batch request.');
      }
      const req: GraphRequest = {
        method: raw.method,
        url: raw.url,
        path,
        segments,
        query: Query.parse(q < 0 ? '' : raw.url.slice(q + 1)),
        headers: raw.headers,
        body: raw.body,
        origin: raw.origin,
        batchInner: raw.batchInner,
      };
      // /me is the signed-in user (GD user-get.md).
      const routed =
        segments[0]?.toLowerCase() === 'me' ? ['users', caller.user.id, ...segments.slice(1)] : segments;
      const { route, params } = router.resolve(raw.method, routed);
      const rule = typeof route.scopes === 'function' ? route.scopes(params, caller, store) : route.scopes;
      if (rule) requireScope(rule, caller);
      // Background changeKey changes that are due happen before the request reads the calendar.
      rotation.observe(store);
      response = await route.handle({
        req,
        params,
        caller,
        store,
        now: now(),
        graphBase: `${raw.origin}${VERSION_ROOT}`,
        dispatch: (inner) => runInner(inner, raw),
      });
    } catch (e) {
      response = toErrorResponse(e, ids, now());
    }
    // Whatever this request wrote to an organizer's item is processed again in the background, later.
    rotation.observe(store);
    // An ambiguous failure: the request was carried out in full (any write happened), and the answer is lost to a
    // 503/504/429 (DESIGN.md: "a 503 or 504 can arrive after the write happened").
    let handledStatus: number | undefined;
    if (effects.status?.when === 'after') {
      handledStatus = response.status;
      response = toErrorResponse(faultError(effects.status), ids, now());
    }
    const headers: Record<string, string> = {
      ...(response.body !== undefined
        ? { 'Content-Type': isError(response.body) ? 'application/json' : ODATA_JSON }
        : {}),
      ...response.headers,
      'request-id': ids.requestId,
      'client-request-id': ids.clientRequestId,
    };
    return {
      response: { ...response, headers },
      effects,
      user,
      ...(handledStatus !== undefined ? { handledStatus } : {}),
    };
  }

  async function runInner(inner: InnerRequest, outer: RawGraphRequest): Promise<GraphResponse> {
    const startedAt = performance.now();
    const handled = await runGraph({ ...inner, origin: outer.origin, batchInner: true });
    if (handled.effects.latencyMs > 0) await sleep(handled.effects.latencyMs);
    record(inner.method, inner.url, handled, startedAt, true);
    return handled.response;
  }

  function record(
    method: string,
    url: string,
    handled: Handled,
    startedAt: number,
    batchInner: boolean,
  ): void {
    log.push({
      method,
      url,
      status: handled.response.status,
      startedAt,
      endedAt: performance.now(),
      ...(handled.user !== undefined ? { user: handled.user } : {}),
      ...(batchInner ? { batchInner: true } : {}),
      ...(handled.handledStatus !== undefined ? { handledStatus: handled.handledStatus } : {}),
      ...(!batchInner && handled.effects.drop !== undefined ? { dropped: handled.effects.drop } : {}),
    });
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    setCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, {
        error: { code: 'RequestEntityTooLarge', message: `Bodies over ${MAX_BODY_BYTES} bytes are refused.` },
      });
      return;
    }
    if (path === `${ADMIN_ROOT}/notifications`) {
      const answer = notificationsAdmin(method, url, body, feed, store);
      sendJson(res, answer.status, answer.body);
      return;
    }
    if (path === ADMIN_ROOT || path.startsWith(`${ADMIN_ROOT}/`)) {
      const answer = handleAdmin(method, path, body, {
        store,
        faults,
        drives,
        rotation,
        planner,
        log: () => log,
        reset,
        clearLog: () => (log = []),
        mint,
      });
      sendJson(res, answer.status, answer.body);
      return;
    }
    if (path.startsWith(DOWNLOAD_ROOT) && (method === 'GET' || method === 'HEAD')) {
      await download(req, res, url, path, method);
      return;
    }
    if (path === '/') {
      sendJson(res, 200, {
        service: 'Graph sandbox',
        graph: `${originOf(req, host)}${VERSION_ROOT}`,
        admin: `${ADMIN_ROOT}/health`,
      });
      return;
    }
    if (path !== VERSION_ROOT && !path.startsWith(`${VERSION_ROOT}/`)) {
      const version = path.split('/')[1] ?? '';
      const message = `Invalid version: ${version}. The Graph sandbox serves ${VERSION_ROOT} only.`;
      sendJson(res, 400, errorBody('BadRequest', message, freshIds(req), now()));
      return;
    }
    const handled = await runGraph({
      method,
      url,
      headers: lowerHeaders(req),
      body,
      origin: originOf(req, host),
      batchInner: false,
    });
    if (handled.effects.latencyMs > 0) await sleep(handled.effects.latencyMs);
    record(method, url, handled, startedAt, false);
    // A dropped connection: the client sees a network error, whether or not the request was carried out.
    if (handled.effects.drop !== undefined) {
      req.socket.destroy();
      return;
    }
    const { status, headers = {}, body: payload } = handled.response;
    res.writeHead(status, headers);
    res.end(payload === undefined ? undefined : JSON.stringify(payload));
  }

  /*
   * A pre-authenticated download URL (driveitem-get-content.md): no Authorization needed, short-lived, and outside
   * /v1.0, so it is not logged as a Graph request. Real downloads come from SharePoint and fail like it (429, 503, a
   * reset connection), so fault rules whose path names the URL ("/_download/") apply to it too.
   */
  async function download(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    path: string,
    method: string,
  ): Promise<void> {
    const effects = faults.evaluate(url, { method, download: true });
    if (effects.latencyMs > 0) await sleep(effects.latencyMs);
    if (effects.drop !== undefined) {
      req.socket.destroy();
      return;
    }
    const item = drives.redeem(path.slice(DOWNLOAD_ROOT.length), now());
    const fault = effects.status;
    if (fault) {
      res.writeHead(fault.status, {
        'Content-Type': 'application/json',
        ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}),
      });
      res.end(JSON.stringify({ error: { code: fault.code, message: fault.message } }));
      return;
    }
    if (!item) {
      sendJson(res, 401, {
        error: { code: 'unauthenticated', message: 'The download URL is invalid or has expired.' },
      });
      return;
    }
    res.writeHead(200, {
      'Content-Type': item.mimeType || 'application/octet-stream',
      'Content-Length': String(item.content.length),
      'Cache-Control': 'no-store',
    });
    res.end(method === 'HEAD' ? undefined : item.content);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      console.error('Graph sandbox: unhandled error', e);
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'InternalServerError', message: String(e) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
    reset,
    mintToken: (o = {}) => mint(o).token,
    requestLog: () => [...log],
    clearRequestLog: () => {
      log = [];
    },
  };
}

function faultError(fault: NonNullable<FaultEffects['status']>): GraphError {
  const { status, code, message, retryAfter } = fault;
  return new GraphError(
    status,
    code,
    message,
    retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {},
  );
}

function toErrorResponse(e: unknown, ids: RequestIds, now: Date): GraphResponse {
  if (e instanceof GraphError)
    return { status: e.status, headers: e.headers, body: errorBody(e.code, e.message, ids, now) };
  console.error('Graph sandbox: handler error', e);
  return { status: 500, body: errorBody('generalException', `Graph sandbox error: ${String(e)}`, ids, now) };
}

const isError = (body: unknown): boolean => typeof body === 'object' && body !== null && 'error' in body;

function freshIds(req: IncomingMessage): RequestIds {
  const requestId = randomUUID();
  const client = req.headers['client-request-id'];
  return { requestId, clientRequestId: typeof client === 'string' ? client : requestId };
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (req.method !== 'OPTIONS') return;
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
  );
  res.setHeader('Access-Control-Max-Age', '600');
  // Chromium's private-network preflight, for pages on a public origin calling this loopback server.
  if (req.headers['access-control-request-private-network'] === 'true') {
    res.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
}

/*
 * The origin the client used, for nextLinks and @odata.context. A proxy in front (e.g. a Playwright route standing in
 * for https://graph.microsoft.com) can say so with X-Forwarded-Host / X-Forwarded-Proto.
 */
function originOf(req: IncomingMessage, listenHost: string): string {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim();
  const proto = first(req.headers['x-forwarded-proto']) ?? 'http';
  const authority =
    first(req.headers['x-forwarded-host']) ??
    req.headers.host ??
    `${listenHost}:${req.socket.localPort ?? ''}`;
  return `${proto}://${authority}`;
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : size === 0 ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/*
 * GET /_sandbox/notifications?user=<id or UPN>: the activity-feed notifications that user received, oldest first
 * (all of them without `user`). POST {"installed": {"<id or UPN>": false}}: whether the app is installed for them.
 */
function notificationsAdmin(
  method: string,
  url: string,
  body: Buffer | undefined,
  feed: ActivityFeed,
  store: Store,
): { status: number; body: unknown } {
  const fail = (status: number, code: string, message: string) => ({
    status,
    body: { error: { code, message } },
  });
  if (method === 'GET') {
    const user = new URL(url, 'http://x').searchParams.get('user');
    if (user === null) return { status: 200, body: { notifications: feed.all() } };
    const found = store.findUser(user);
    if (!found) return fail(404, 'UnknownUser', `No user '${user}' in the sandbox tenant.`);
    const notifications: readonly RecordedNotification[] = feed.notificationsOf(found.id);
    return { status: 200, body: { notifications, installed: feed.isInstalledFor(found.id) } };
  }
  if (method === 'POST') {
    let v: unknown;
    try {
      v = JSON.parse(body?.toString('utf8') || '{}');
    } catch {
      return fail(400, 'BadRequest', 'The body is not valid JSON.');
    }
    const installed = (v as { installed?: unknown }).installed;
    if (typeof installed !== 'object' || installed === null || Array.isArray(installed))
      return fail(400, 'BadRequest', 'Send {"installed": {"<user>": true|false}}.');
    for (const [k, on] of Object.entries(installed as Record<string, unknown>)) {
      const u = store.findUser(k);
      if (!u || typeof on !== 'boolean')
        return fail(400, 'BadRequest', `'${k}': unknown user or not a boolean.`);
      feed.setInstalled(u.id, on);
    }
    return { status: 200, body: { status: 'ok' } };
  }
  return fail(405, 'MethodNotAllowed', `${method} is not supported on /_sandbox/notifications.`);
}
