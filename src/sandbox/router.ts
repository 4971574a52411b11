// The Graph route table. A route is a method, a path template relative to /v1.0 ("users/{user}/calendarView"),
// the scopes it needs and a handler; feature modules export arrays of routes and server.ts adds them, so a new
// area (drive, planner) is one new file. `/me/...` is rewritten to `/users/{caller id}/...` before matching, and
// path segments match case-insensitively, as in Graph.
import type { Caller, ScopeRule } from './auth';
import { GraphError, methodNotAllowed, segmentNotFound } from './errors';
import type { Query } from './odata';
import type { Store } from './store';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GraphRequest {
  readonly method: string;
  /** Path and query as received, /v1.0 included: what the request log shows. */
  readonly url: string;
  /** The path part of `url`, undecoded, /v1.0 included (nextLinks are built on it). */
  readonly path: string;
  /** Path segments after /v1.0, percent-decoded, OData key syntax `users('x')` split into `users`, `x`. */
  readonly segments: readonly string[];
  readonly query: Query;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
  /** Scheme and authority the client used, e.g. "http://127.0.0.1:4000": nextLinks and @odata.context use it. */
  readonly origin: string;
  readonly batchInner: boolean;
}

export interface GraphResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON value, or undefined for no body. */
  readonly body?: unknown;
}

/** One request of a $batch, already made absolute to /v1.0. */
export interface InnerRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
}

export interface RouteContext {
  readonly req: GraphRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly caller: Caller;
  readonly store: Store;
  readonly now: Date;
  /** e.g. "http://127.0.0.1:4000/v1.0" */
  readonly graphBase: string;
  /** Runs one request through the whole pipeline (auth, faults, log), for $batch. */
  readonly dispatch: (inner: InnerRequest) => Promise<GraphResponse>;
}

export interface Route {
  readonly method: HttpMethod;
  readonly path: string;
  /** Omitted: any valid token will do. A function can pick the rule from the target (e.g. self vs other users). */
  readonly scopes?:
    ScopeRule | ((params: Readonly<Record<string, string>>, caller: Caller, store: Store) => ScopeRule);
  readonly handle: (ctx: RouteContext) => GraphResponse | Promise<GraphResponse>;
}

interface Compiled {
  readonly route: Route;
  readonly parts: readonly string[];
}

export class Router {
  readonly #routes: Compiled[] = [];

  add(routes: readonly Route[]): this {
    for (const route of routes) this.#routes.push({ route, parts: route.path.split('/').filter(Boolean) });
    return this;
  }

  /** The route and its parameters, or 400 "Resource not found for the segment" / 405, as Graph answers. */
  resolve(method: string, segments: readonly string[]): { route: Route; params: Record<string, string> } {
    const candidates = this.#routes
      .map((c) => ({ c, params: match(c.parts, segments) }))
      .filter((x): x is { c: Compiled; params: Record<string, string> } => x.params !== undefined)
      // Literal segments beat parameters: users/delta before users/{user}.
      .sort((a, b) => literalCount(b.c.parts) - literalCount(a.c.parts));
    if (candidates.length === 0) throw segmentNotFound(segments[this.#matchedDepth(segments)] ?? '');
    const hit = candidates.find((x) => x.c.route.method === method.toUpperCase());
    if (!hit) throw methodNotAllowed();
    return { route: hit.c.route, params: hit.params };
  }

  // How many leading segments some route accepts: the next one is the segment Graph names in its 400.
  #matchedDepth(segments: readonly string[]): number {
    let best = 0;
    for (const { parts } of this.#routes) {
      let i = 0;
      while (i < parts.length && i < segments.length && segmentMatches(parts[i] ?? '', segments[i] ?? ''))
        i++;
      best = Math.max(best, i);
    }
    return best;
  }
}

const isParam = (part: string) => part.startsWith('{') && part.endsWith('}');
const segmentMatches = (part: string, segment: string) =>
  isParam(part) || part.toLowerCase() === segment.toLowerCase();
const literalCount = (parts: readonly string[]) => parts.filter((p) => !isParam(p)).length;

function match(parts: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const segment = segments[i] ?? '';
    if (isParam(part)) params[part.slice(1, -1)] = segment;
    else if (part.toLowerCase() !== segment.toLowerCase()) return undefined;
  }
  return params;
}

/**
 * Raw path (after /v1.0) -> decoded segments. `users('$x@y.com')` is the OData key form Graph documents for UPNs
 * starting with "$" (GD user-get.md); `%23` decodes to "#" for guest UPNs.
 */
export function toSegments(rawPath: string): string[] {
  const out: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new GraphError(400, 'BadRequest', `The request URI is not valid: malformed escape in '${raw}'.`);
    }
    const key = /^([A-Za-z]+)\('(.*)'\)$/.exec(segment);
    if (key?.[1] !== undefined && key[2] !== undefined) out.push(key[1], key[2].replace(/''/g, "'"));
    else out.push(segment);
  }
  return joinDrivePath(out);
}

/**
 * Drive path addressing (GD concepts/onedrive-sharepoint-paths, driveitem-get.md "root:/path/to/file"): the
 * segments between `root:` and the segment that ends with `:` are one path, so `root:/a/b.json:/content` routes
 * as ['root:', 'a/b.json', 'content'] and `root:/a/b.json` as ['root:', 'a/b.json'].
 */
function joinDrivePath(segments: readonly string[]): string[] {
  const i = segments.findIndex((s) => s.toLowerCase() === 'root:');
  if (i < 0) return [...segments];
  let end = i + 1;
  while (end < segments.length && !(segments[end] ?? '').endsWith(':')) end++;
  const closed = end < segments.length;
  const parts = segments.slice(i + 1, closed ? end + 1 : end);
  const path = parts.join('/').replace(/:$/, '');
  return [...segments.slice(0, i), 'root:', path, ...segments.slice(closed ? end + 1 : end)];
}
