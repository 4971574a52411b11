// The one Graph client (CONVENTIONS.md §6): the SDK's middleware chain for transport concerns, and paging,
// $batch and failure mapping written once here so no feature module grows its own retry loop.
import {
  Client,
  HTTPMessageHandler,
  ResponseType,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { GraphRequest, Middleware } from '@microsoft/microsoft-graph-client';
import { err, ok } from '../../domain/result';
import type { Failure, Outcome, TokenProvider } from '../../usecases/ports';
import { BearerTokenHandler } from './BearerTokenHandler';
import { BearerTokenHandlerOptions } from './BearerTokenHandlerOptions';
import { Deadline } from './Deadline';
import { FetchHandler } from './FetchHandler';
import type {
  BatchRequest,
  BatchResult,
  GetOptions,
  GraphClient,
  GraphResponse,
  HttpMethod,
} from './GraphClient';
import { raceTimeout } from './raceTimeout';
import { MAX_RETRY_WAIT_MS, retryOptionsWithin } from './retryOptionsWithin';
import { DEFAULT_ATTEMPT_TIMEOUT_MS, TimeoutHandler } from './TimeoutHandler';
import { TimeoutHandlerOptions } from './TimeoutHandlerOptions';
import { systemTimers } from './Timers';
import type { Timers } from './Timers';
import { batchResponseSchema, pageSchema } from './wireSchemas';
import { failureFromHttp, headersToRecord, toFailure } from './toFailure';

export interface CreateGraphClientOptions {
  /** Graph's version root, e.g. 'https://graph.microsoft.com/v1.0' or the sandbox's 'http://127.0.0.1:4000/v1.0'. */
  readonly baseUrl: string;
  readonly tokenProvider: TokenProvider;
  readonly scopes: readonly string[];
  /** Bounds for the SDK RetryHandler and for inner-$batch retries. Defaults are the SDK's: 3 retries, 3 s. */
  readonly retry?: { readonly maxRetries?: number; readonly delaySeconds?: number };
  /**
   * No request waits forever. `attemptMs` limits each HTTP attempt: the wait for its answer, and again the reading of
   * its body. `deadlineMs` limits one logical call (one request() or get(), one page of getAllPages, a whole batch()):
   * all its attempts and the waits between them. Defaults: 30 s and 60 s.
   */
  readonly timeouts?: { readonly attemptMs?: number; readonly deadlineMs?: number };
  /** The clock and timers for those limits and for every wait between retries; defaults to the global ones. */
  readonly timers?: Timers;
  /** Transport for the terminal handler; defaults to the global fetch via the SDK's HTTPMessageHandler. */
  readonly fetch?: typeof fetch;
  /** Replaces the terminal handler altogether (msgraph-style tests use a dummy terminal handler). */
  readonly terminal?: Middleware;
}

// JSON batching allows at most 20 requests (json-batching.md; the SDK's private BatchRequestContent.requestLimit).
const BATCH_LIMIT = 20;
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_DELAY_SECONDS = 3;
// Long enough for the SDK's three retries after short Retry-Afters, short enough that a person is still waiting.
const DEFAULT_DEADLINE_MS = 60_000;
// Outlook runs at most 4 concurrent requests per app per mailbox (platform-facts §6), so at most 4 batches in flight.
const MAX_PARALLEL_BATCHES = 4;
// A guard against a service (or sandbox) that keeps handing out nextLinks; no listing of ours comes near it.
const MAX_PAGES = 1000;

export function createGraphClient(opts: CreateGraphClientOptions): GraphClient {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const cut = base.lastIndexOf('/');
  const host = base.slice(0, cut);
  const version = base.slice(cut + 1);
  const maxRetries = opts.retry?.maxRetries ?? DEFAULT_MAX_RETRIES;
  const delaySeconds = opts.retry?.delaySeconds ?? DEFAULT_DELAY_SECONDS;
  const attemptMs = opts.timeouts?.attemptMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const deadlineMs = opts.timeouts?.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const timers = opts.timers ?? systemTimers;
  const newDeadline = (): Deadline => new Deadline(deadlineMs, timers);
  // Every wait between retries (RetryHandler's, dropped connections', inner-$batch rounds') passes this one test.
  const mayWait = (ms: number, deadline: Deadline): boolean =>
    ms <= MAX_RETRY_WAIT_MS && deadline.allowsWait(ms);
  const sleep = (ms: number): Promise<void> =>
    ms <= 0 ? Promise.resolve() : new Promise((resolve) => timers.setTimeout(resolve, ms));

  const terminal = opts.terminal ?? (opts.fetch ? new FetchHandler(opts.fetch) : new HTTPMessageHandler());
  const client = Client.initWithMiddleware({
    baseUrl: host,
    defaultVersion: version,
    middleware: [
      new BearerTokenHandler(opts.tokenProvider, opts.scopes),
      // Each request passes its own RetryHandlerOptions bound to its deadline (retryOptionsWithin); these are the
      // defaults for a request that doesn't.
      new RetryHandler(new RetryHandlerOptions(delaySeconds, maxRetries)),
      new TelemetryHandler(),
      new TimeoutHandler(attemptMs, timers),
      terminal,
    ],
  });

  // Absolute URLs (nextLinks) must stay under our base URL: the bearer token goes with every request of this client.
  function toRelative(pathOrUrl: string): Outcome<string> {
    if (!/^https?:\/\//i.test(pathOrUrl)) return ok(pathOrUrl);
    if (pathOrUrl.startsWith(`${base}/`)) return ok(pathOrUrl.slice(base.length));
    return err({
      kind: 'badRequest',
      code: 'ForeignUrl',
      message: `Refusing to follow ${pathOrUrl} outside ${base}`,
    });
  }

  /*
   * A dropped connection (no HTTP answer at all) is retried here only when repeating the request can't do anything
   * twice (isSafeToRepeat): a GET, a conditional write (a repeat of a write that did land gets 412 or 409, which the
   * caller already handles), or a $batch made only of such requests. A POST that creates something
   * is never repeated blindly; the feature reconciles instead (exactly-once Planner writes). An attempt that timed
   * out counts as dropped. Every repeat, and every wait before one, fits inside the call's deadline.
   */
  async function send(
    method: HttpMethod,
    pathOrUrl: string,
    body: unknown,
    headers: Readonly<Record<string, string>> | undefined,
    sendOpts: { readonly repeatable?: boolean; readonly deadline?: Deadline } = {},
  ): Promise<Outcome<GraphResponse<unknown>>> {
    const repeatable = sendOpts.repeatable ?? isSafeToRepeat(method, pathOrUrl, headers);
    const deadline = sendOpts.deadline ?? newDeadline();
    let sent = await sendOnce(method, pathOrUrl, body, headers, deadline, repeatable);
    // Not after a failed token request: that is sign-in failing (reported at once), not a dropped connection.
    for (let retry = 0; retry < maxRetries; retry++) {
      const locked = isLocked(sent.res);
      if (!(locked || (repeatable && sent.dropped))) break;
      // A lock is held for a while (an Office session, a check-out): its wait follows Retry-After when given, else
      // the same back-off as throttling. A dropped connection is tried again sooner.
      const lockedWait = locked && !sent.res.ok ? sent.res.failure.retryAfterMs : undefined;
      const waitMs = locked
        ? (lockedWait ?? backoffMs(delaySeconds, retry))
        : backoffMs(Math.min(delaySeconds, 1), retry);
      if (!mayWait(waitMs, deadline)) break;
      await sleep(waitMs);
      sent = await sendOnce(method, pathOrUrl, body, headers, deadline, repeatable);
    }
    return sent.res;
  }

  async function sendOnce(
    method: HttpMethod,
    pathOrUrl: string,
    body: unknown,
    headers: Readonly<Record<string, string>> | undefined,
    deadline: Deadline,
    repeatable: boolean,
  ): Promise<{ readonly res: Outcome<GraphResponse<unknown>>; readonly dropped: boolean }> {
    const path = toRelative(pathOrUrl);
    if (!path.ok) return { res: path, dropped: false };
    const tokenOptions = new BearerTokenHandlerOptions();
    const timeoutOptions = new TimeoutHandlerOptions(deadline);
    // Aborted when the body takes too long; each attempt's own signal (TimeoutHandler) follows it.
    const call = new AbortController();
    const request = client
      .api(path.value)
      .headers({ ...headers })
      .option('signal', call.signal)
      .middlewareOptions([
        tokenOptions,
        timeoutOptions,
        retryOptionsWithin(deadline, delaySeconds, maxRetries, timers, repeatable),
      ])
      .responseType(ResponseType.RAW);
    let raw: Response;
    try {
      raw = (await dispatch(request, method, body)) as Response;
    } catch (e) {
      const failure = toFailure(tokenOptions.tokenError ?? timeoutOptions.timedOut ?? e);
      return { res: err(failure), dropped: !tokenOptions.tokenError && isDropped(failure) };
    }
    // Headers can arrive and the body then stall: reading it is a second wait, with its own attempt-sized limit.
    let parsed: unknown;
    try {
      parsed = await raceTimeout(
        () => readBody(raw),
        Math.min(attemptMs, deadline.remainingMs()),
        timers,
        call,
      );
    } catch (e) {
      const failure = toFailure(e);
      return { res: err(failure), dropped: isDropped(failure) };
    }
    const responseHeaders = headersToRecord(raw.headers);
    // A conditional read (If-None-Match) answered 304 Not Modified is a result, not a failure: the caller's copy is
    // current (GD driveitem-get.md "if-none-match").
    if (!raw.ok && raw.status !== 304)
      return { res: err(failureFromHttp(raw.status, responseHeaders, parsed, timers.now())), dropped: false };
    return { res: ok({ status: raw.status, headers: responseHeaders, body: parsed }), dropped: false };
  }

  async function get<T>(path: string, getOpts?: GetOptions): Promise<Outcome<T>> {
    const res = await send('GET', withQuery(path, getOpts), undefined, getOpts?.headers);
    return res.ok ? ok(res.value.body as T) : res;
  }

  async function getAllPages<T>(path: string, getOpts?: GetOptions): Promise<Outcome<readonly T[]>> {
    const items: T[] = [];
    let next: string | undefined = withQuery(path, getOpts);
    for (let page = 0; next !== undefined; page++) {
      if (page >= MAX_PAGES)
        return err({ kind: 'badRequest', code: 'TooManyPages', message: `More than ${MAX_PAGES} pages` });
      // Headers such as Prefer are not encoded in the nextLink, so they go with every page.
      const res = await send('GET', next, undefined, getOpts?.headers);
      if (!res.ok) return res;
      const envelope = pageSchema.safeParse(res.value.body);
      if (!envelope.success) return err(invalidPayload(`page of ${path}`, envelope.error.message));
      items.push(...(envelope.data.value as T[]));
      // Follow the whole nextLink, $skip/$skiptoken included (platform-facts §1, concepts/paging.md).
      next = envelope.data['@odata.nextLink'] ?? undefined;
    }
    return ok(items);
  }

  async function sendChunk(
    chunk: readonly BatchRequest[],
    deadline: Deadline,
  ): Promise<Outcome<Map<string, GraphResponse<unknown>>>> {
    const res = await send(
      'POST',
      '/$batch',
      { requests: chunk.map(toWire) },
      { 'Content-Type': 'application/json' },
      { repeatable: chunk.every((r) => isSafeToRepeat(r.method, r.url, r.headers)), deadline },
    );
    if (!res.ok) return res;
    const parsed = batchResponseSchema.safeParse(res.value.body);
    if (!parsed.success) return err(invalidPayload('$batch response', parsed.error.message));
    const byId = new Map<string, GraphResponse<unknown>>();
    for (const r of parsed.data.responses) {
      byId.set(r.id, { status: r.status, headers: lowerKeys(r.headers ?? {}), body: r.body });
    }
    const missing = chunk.find((r) => !byId.has(r.id));
    if (missing) return err(invalidPayload('$batch response', `no response for request id ${missing.id}`));
    return ok(byId);
  }

  /*
   * Inner 429/503/504 answers arrive inside an outer 200, so the SDK RetryHandler never sees them
   * (CONVENTIONS.md §6; json-batching.md: "each request is throttled individually"). Each round resends only the
   * retryable requests (a creating POST only after a 429: see mayRepeat) (plus 424s whose dependency is being retried), after the longest Retry-After among them, or
   * an exponential back-off when none is given; after `maxRetries` rounds the last answer stands as a Failure.
   * All rounds share one deadline. A wait that would not end before it is not taken: the inner 429/503/504s stand
   * at once, with their Retry-After as `retryAfterMs`.
   */
  async function batch(requests: readonly BatchRequest[]): Promise<Outcome<BatchResult>> {
    const chunks = chunkRequests(requests, BATCH_LIMIT);
    const results = new Map<string, Outcome<GraphResponse<unknown>>>();
    const deadline = newDeadline();
    const settle = (res: GraphResponse<unknown>): Outcome<GraphResponse<unknown>> =>
      res.status < 400 ? ok(res) : err(failureFromHttp(res.status, res.headers, res.body, timers.now()));
    let pending = chunks;
    for (let round = 0; pending.length > 0; round++) {
      const answers = await mapWithLimit(pending, MAX_PARALLEL_BATCHES, (chunk) =>
        sendChunk(chunk, deadline),
      );
      const retry: { readonly request: BatchRequest; readonly last: GraphResponse<unknown> }[] = [];
      let waitMs = 0;
      for (const [i, answer] of answers.entries()) {
        if (!answer.ok) return answer;
        const chunk = pending[i] ?? [];
        const retryIds = new Set<string>();
        if (round < maxRetries) {
          for (const r of chunk) {
            const res = answer.value.get(r.id);
            if (res && isRetryable(res.status) && mayRepeat(r, res.status)) {
              retryIds.add(r.id);
              const after = failureFromHttp(res.status, res.headers, res.body, timers.now()).retryAfterMs;
              waitMs = Math.max(waitMs, after ?? backoffMs(delaySeconds, round));
            }
          }
          addFailedDependents(chunk, answer.value, retryIds);
        }
        for (const r of chunk) {
          const res = answer.value.get(r.id);
          if (!res) continue; // sendChunk answers every id
          if (retryIds.has(r.id)) retry.push({ request: withoutSettledDependencies(r, retryIds), last: res });
          else results.set(r.id, settle(res));
        }
      }
      if (retry.length === 0) break;
      if (!mayWait(waitMs, deadline)) {
        for (const { request, last } of retry) results.set(request.id, settle(last));
        break;
      }
      await sleep(waitMs);
      pending = chunkRequests(
        retry.map((r) => r.request),
        BATCH_LIMIT,
      );
    }
    return ok(results);
  }

  return {
    get,
    getAllPages,
    batch,
    request: async <T>(
      method: HttpMethod,
      path: string,
      body?: unknown,
      headers?: Readonly<Record<string, string>>,
    ) => (await send(method, path, body, headers)) as Outcome<GraphResponse<T>>,
  };
}

function dispatch(request: GraphRequest, method: HttpMethod, body: unknown): Promise<unknown> {
  switch (method) {
    case 'GET':
      return request.get();
    case 'POST':
      return request.post(body);
    case 'PATCH':
      return request.patch(body);
    case 'PUT':
      return request.put(body);
    case 'DELETE':
      return request.delete();
  }
}

async function readBody(raw: Response): Promise<unknown> {
  if (raw.status === 204 || raw.status === 304) return undefined;
  const text = await raw.text();
  if (text === '') return undefined;
  const type = raw.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function withQuery(path: string, opts: GetOptions | undefined): string {
  const parts: string[] = [];
  if (opts?.select && opts.select.length > 0)
    parts.push(`$select=${opts.select.map(encodeURIComponent).join(',')}`);
  for (const [key, value] of Object.entries(opts?.query ?? {}))
    parts.push(`${key}=${encodeURIComponent(String(value))}`);
  if (parts.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}`;
}

function toWire(r: BatchRequest): Record<string, unknown> {
  return {
    id: r.id,
    method: r.method,
    url: r.url,
    ...(r.headers
      ? { headers: r.headers }
      : r.body !== undefined
        ? { headers: { 'Content-Type': 'application/json' } }
        : {}),
    ...(r.body !== undefined ? { body: r.body } : {}),
    ...(r.dependsOn && r.dependsOn.length > 0 ? { dependsOn: r.dependsOn } : {}),
  };
}

/**
 * A request that can't do anything twice when sent again: a read, a write guarded by If-Match or If-None-Match (a
 * repeat of a write that landed gets 412), or a create-only upload (`@microsoft.graph.conflictBehavior=fail`: a
 * repeat of one that landed gets 409 nameAlreadyExists and writes nothing).
 */
const isSafeToRepeat = (
  method: HttpMethod,
  url: string,
  headers: Readonly<Record<string, string>> | undefined,
): boolean =>
  method === 'GET' ||
  Object.keys(headers ?? {}).some(
    (k) => k.toLowerCase() === 'if-match' || k.toLowerCase() === 'if-none-match',
  ) ||
  /[?&]@microsoft\.graph\.conflictBehavior=fail(&|$)/i.test(url);

const isRetryable = (status: number): boolean => status === 429 || status === 503 || status === 504;

/**
 * An inner request may be sent again after a 429 (Graph throttled it without doing it), and after a 503/504 only if
 * repeating it can't do anything twice (isSafeToRepeat): a 503/504 may come after a POST created
 * its task (GD concepts/errors.md), and the feature reconciles that instead (exactly-once Planner writes).
 */
const mayRepeat = (r: BatchRequest, status: number): boolean =>
  status === 429 || isSafeToRepeat(r.method, r.url, r.headers);

// A 424 answers "your dependency failed"; if that dependency is being retried, so is its dependent.
function addFailedDependents(
  chunk: readonly BatchRequest[],
  answers: ReadonlyMap<string, GraphResponse<unknown>>,
  retryIds: Set<string>,
): void {
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of chunk) {
      if (retryIds.has(r.id) || answers.get(r.id)?.status !== 424) continue;
      if ((r.dependsOn ?? []).some((d) => retryIds.has(d))) {
        retryIds.add(r.id);
        grew = true;
      }
    }
  }
}

// Graph rejects a dependsOn that names an id missing from the same batch (json-batching.md), so drop the ones
// that already succeeded in an earlier round.
function withoutSettledDependencies(r: BatchRequest, retryIds: ReadonlySet<string>): BatchRequest {
  if (!r.dependsOn) return r;
  return { ...r, dependsOn: r.dependsOn.filter((d) => retryIds.has(d)) };
}

// Splits into batches of at most `limit` (platform-facts §6). Ids must be
// unique across the call, and dependsOn may only name requests in the same batch: both are caller bugs, so throw.
export function chunkRequests(requests: readonly BatchRequest[], limit: number): BatchRequest[][] {
  const seen = new Set<string>();
  const chunks: BatchRequest[][] = [];
  for (const r of requests) {
    if (seen.has(r.id)) throw new Error(`Duplicate $batch request id ${r.id}`);
    seen.add(r.id);
    let last = chunks[chunks.length - 1];
    if (!last || last.length >= limit) {
      last = [];
      chunks.push(last);
    }
    last.push(r);
  }
  for (const chunk of chunks) {
    const ids = new Set(chunk.map((r) => r.id));
    for (const r of chunk) {
      const stray = (r.dependsOn ?? []).find((d) => !ids.has(d));
      if (stray !== undefined)
        throw new Error(`$batch request ${r.id} depends on ${stray}, which is not in its batch of 20`);
    }
  }
  return chunks;
}

function backoffMs(delaySeconds: number, round: number): number {
  return Math.round(delaySeconds * 1000 * 2 ** round);
}

/*
 * 423 Locked: SharePoint refused the write because the file is locked, an Office session or a check-out (GD
 * concepts/errors.md; src/sandbox/README.md "Fault rules" cites the threads). Nothing was done, so any request may be
 * sent again, and a short lock usually ends within seconds. The SDK's RetryHandler repeats only 429/503/504.
 */
const isLocked = (res: Outcome<unknown>): boolean => !res.ok && res.failure.status === 423;

// No answer, or none in time: for a request that may be repeated, worth another attempt.
const isDropped = (failure: Failure): boolean => failure.kind === 'network' || failure.kind === 'timeout';

async function mapWithLimit<A, B>(
  items: readonly A[],
  limit: number,
  fn: (a: A) => Promise<B>,
): Promise<B[]> {
  const out: B[] = new Array<B>(items.length);
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < items.length) {
      const i = nextIndex++;
      out[i] = await fn(items[i] as A);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function invalidPayload(what: string, detail: string): Failure {
  return { kind: 'badRequest', code: 'InvalidGraphPayload', message: `Unexpected ${what}: ${detail}` };
}
