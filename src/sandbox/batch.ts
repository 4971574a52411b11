// POST /$batch (GD concepts/json-batching.md). A malformed batch fails whole with 400: not JSON, no `requests`,
// more than 20, a duplicate id (ids compare case-insensitively), a missing id/method/url, an absolute url, a body
// without a Content-Type header, a dependsOn naming an unknown id or forming a cycle. Otherwise the answer is 200
// and each inner request runs through the same pipeline as a top-level one (same Authorization, own faults, own
// log entry); a request whose dependency answered non-2xx gets 424 without running. Independent requests run
// concurrently (see runBatch).
import { badRequest } from './errors';
import type { GraphResponse, InnerRequest, Route, RouteContext } from './router';

export const BATCH_LIMIT = 20;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

interface InnerSpec {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
  readonly dependsOn: readonly string[];
}

export const batchRoutes: readonly Route[] = [{ method: 'POST', path: '$batch', handle: runBatch }];

/*
 * Independent requests run side by side, as Graph may run them ("requests in a batch can be evaluated in any order",
 * GD concepts/json-batching.md): each starts as soon as its dependsOn requests have answered, so a batch costs the
 * time of its longest chain, not the sum of its requests. Outlook runs at most 4 at once per mailbox (GD
 * concepts/throttling-limits.md, PF §6), so requests to one mailbox queue for one of 4 slots. Answers come back in
 * request order (README "$batch").
 */
async function runBatch(ctx: RouteContext): Promise<GraphResponse> {
  const specs = parseBatch(ctx.req.body);
  executionOrder(specs); // refuses a cycle before anything runs
  const byId = new Map(specs.map((s) => [s.id.toLowerCase(), s]));
  const started = new Map<string, Promise<GraphResponse>>();
  const slots = new Map<string, Slots>();
  const slotsFor = (key: string): Slots => {
    let s = slots.get(key);
    if (!s) slots.set(key, (s = new Slots(OUTLOOK_PARALLEL)));
    return s;
  };
  const run = (spec: InnerSpec): Promise<GraphResponse> => {
    const key = spec.id.toLowerCase();
    const existing = started.get(key);
    if (existing) return existing;
    const promise = (async (): Promise<GraphResponse> => {
      const answers = await Promise.all(
        spec.dependsOn.map((d) => {
          const dep = byId.get(d.toLowerCase());
          return dep ? run(dep) : Promise.resolve<GraphResponse>({ status: 0 });
        }),
      );
      const failed = spec.dependsOn.find((_, i) => {
        const status = answers[i]?.status ?? 0;
        return status < 200 || status > 299;
      });
      if (failed !== undefined) return failedDependency(spec.id, failed);
      const mailbox = mailboxOf(spec.url, ctx.caller.user.id);
      const inner = toInner(spec, ctx);
      return mailbox === undefined ? ctx.dispatch(inner) : slotsFor(mailbox).use(() => ctx.dispatch(inner));
    })();
    started.set(key, promise);
    return promise;
  };
  const results = await Promise.all(specs.map(run));
  return {
    status: 200,
    body: {
      responses: specs.map((s, i) => {
        const r = results[i];
        return {
          id: s.id,
          status: r?.status ?? 500,
          headers: r?.headers ?? {},
          ...(r?.body !== undefined ? { body: r.body } : {}),
        };
      }),
    },
  };
}

function failedDependency(id: string, failed: string): GraphResponse {
  return {
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: {
      error: {
        code: 'FailedDependency',
        message: `Request '${id}' depends on request '${failed}', which failed.`,
      },
    },
  };
}

const OUTLOOK_PARALLEL = 4;
const OUTLOOK_SEGMENTS =
  /^(events|calendar|calendars|calendarview|calendargroups|messages|mailfolders|contacts)$/i;

// The mailbox an Outlook request reads or writes (`me/events…`, `users/{id}/calendarView…`); undefined for others.
function mailboxOf(url: string, callerId: string): string | undefined {
  const segments = url.replace(/^\/+/, '').split('?')[0]?.split('/') ?? [];
  const [first, second, third] = segments;
  if (first?.toLowerCase() === 'me' && second !== undefined && OUTLOOK_SEGMENTS.test(second)) return callerId;
  if (
    first?.toLowerCase() === 'users' &&
    second !== undefined &&
    third !== undefined &&
    OUTLOOK_SEGMENTS.test(third)
  )
    return decodeURIComponent(second).toLowerCase();
  return undefined;
}

/** At most `limit` tasks at once; the rest wait in arrival order. */
class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    this.#free = limit;
  }

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free -= 1;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free += 1;
    }
  }
}

// Inner URLs are relative to the version root: "/me" and "me" both mean /v1.0/me.
function toInner(spec: InnerSpec, ctx: RouteContext): InnerRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers)) headers[k.toLowerCase()] = v;
  // The outer request's credentials and correlation id apply to every inner request.
  delete headers['authorization'];
  const auth = ctx.req.headers['authorization'];
  if (auth !== undefined) headers['authorization'] = auth;
  const correlation = ctx.req.headers['client-request-id'];
  if (correlation !== undefined && headers['client-request-id'] === undefined)
    headers['client-request-id'] = correlation;
  return { method: spec.method, url: `/v1.0/${spec.url.replace(/^\/+/, '')}`, headers, body: spec.body };
}

function parseBatch(raw: Buffer | undefined): InnerSpec[] {
  let payload: unknown;
  try {
    payload = JSON.parse(raw?.toString('utf8') ?? '');
  } catch {
    throw badRequest('Invalid batch payload format: the body is not JSON.');
  }
  const requests = isRecord(payload) ? payload.requests : undefined;
  if (!Array.isArray(requests))
    throw badRequest("Invalid batch payload format: 'requests' must be an array.");
  if (requests.length === 0) throw badRequest('Invalid batch payload format: the batch has no requests.');
  if (requests.length > BATCH_LIMIT) {
    throw badRequest(`The batch has ${requests.length} requests; a JSON batch is limited to ${BATCH_LIMIT}.`);
  }
  const specs = requests.map((r: unknown, i) => parseRequest(r, i));
  const seen = new Set<string>();
  for (const s of specs) {
    const key = s.id.toLowerCase();
    if (seen.has(key))
      throw badRequest(`Batch request ids must be unique; '${s.id}' appears more than once.`);
    seen.add(key);
  }
  for (const s of specs) {
    for (const d of s.dependsOn) {
      if (!seen.has(d.toLowerCase()) || d.toLowerCase() === s.id.toLowerCase()) {
        throw badRequest(`Request '${s.id}' depends on '${d}', which is not another request of this batch.`);
      }
    }
  }
  return specs;
}

function parseRequest(r: unknown, index: number): InnerSpec {
  if (!isRecord(r)) throw badRequest(`Batch request #${index + 1} is not an object.`);
  const { id, method, url, headers, body, dependsOn } = r;
  if (typeof id !== 'string' || id === '')
    throw badRequest(`Batch request #${index + 1} needs a string 'id'.`);
  if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase())) {
    throw badRequest(`Batch request '${id}' has an invalid 'method'.`);
  }
  if (typeof url !== 'string' || url === '') throw badRequest(`Batch request '${id}' needs a 'url'.`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    throw badRequest(`Batch request '${id}': the url must be relative to the version root, e.g. "/me".`);
  }
  const headerMap: Record<string, string> = {};
  if (headers !== undefined) {
    if (!isRecord(headers)) throw badRequest(`Batch request '${id}': 'headers' must be an object.`);
    for (const [k, v] of Object.entries(headers)) headerMap[k] = String(v);
  }
  if (
    dependsOn !== undefined &&
    !(Array.isArray(dependsOn) && dependsOn.every((d) => typeof d === 'string'))
  ) {
    throw badRequest(`Batch request '${id}': 'dependsOn' must be an array of request ids.`);
  }
  const contentType = Object.entries(headerMap).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  let bytes: Buffer | undefined;
  if (body !== undefined) {
    // "When a body is included with the request, the headers object must contain a value for Content-Type."
    if (contentType === undefined)
      throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    bytes = /json/i.test(contentType)
      ? Buffer.from(JSON.stringify(body))
      : Buffer.from(
          typeof body === 'string' ? body : JSON.stringify(body),
          typeof body === 'string' ? 'base64' : 'utf8',
        );
  }
  return {
    id,
    method: method.toUpperCase(),
    url,
    headers: headerMap,
    body: bytes,
    dependsOn: (dependsOn as string[] | undefined) ?? [],
  };
}

// Requests in array order, each after its dependencies; a cycle is a malformed batch.
function executionOrder(specs: readonly InnerSpec[]): InnerSpec[] {
  const done = new Set<string>();
  const order: InnerSpec[] = [];
  while (order.length < specs.length) {
    const ready = specs.find(
      (s) => !done.has(s.id.toLowerCase()) && s.dependsOn.every((d) => done.has(d.toLowerCase())),
    );
    if (!ready) throw badRequest('The dependsOn chains of this batch form a cycle.');
    done.add(ready.id.toLowerCase());
    order.push(ready);
  }
  return order;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
