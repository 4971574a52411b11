// OData query options and paging as Graph applies them (GD concepts/query-parameters.md, concepts/paging.md).
import { GraphError, badRequest, notEmulated } from './errors';
import type { GraphRequest } from './router';

/** The query string with case-insensitive names; keeps the original pairs for rebuilding nextLinks. */
export class Query {
  private constructor(readonly pairs: readonly (readonly [string, string])[]) {}

  /*
   * Decoded the way ASP.NET decodes query strings, '+' included: an unencoded '+' in "…T09:00:00+02:00" arrives as a
   * space, which is why Graph rejects such a value (clients must send %2B).
   */
  static parse(search: string): Query {
    const pairs: [string, string][] = [];
    for (const part of search.replace(/^\?/, '').split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const [k, v] = eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      try {
        pairs.push([decodeURIComponent(k.replace(/\+/g, ' ')), decodeURIComponent(v.replace(/\+/g, ' '))]);
      } catch {
        throw badRequest(`The query string is not valid: malformed escape in '${part}'.`);
      }
    }
    return new Query(pairs);
  }

  get(name: string): string | undefined {
    const n = name.toLowerCase();
    return this.pairs.find(([k]) => k.toLowerCase() === n)?.[1];
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** The $-prefixed option names present, lower-cased. */
  systemOptions(): string[] {
    return this.pairs.map(([k]) => k.toLowerCase()).filter((k) => k.startsWith('$'));
  }
}

const KNOWN_OPTIONS = new Set([
  '$select',
  '$top',
  '$skip',
  '$skiptoken',
  '$orderby',
  '$filter',
  '$expand',
  '$count',
  '$search',
  '$format',
]);

/** 400 for options Graph doesn't know; 501 for real options this route of the sandbox does not emulate. */
export function checkOptions(req: GraphRequest, supported: readonly string[]): void {
  for (const option of req.query.systemOptions()) {
    if (supported.includes(option)) continue;
    if (KNOWN_OPTIONS.has(option)) throw notEmulated(`${option} on this resource`);
    throw badRequest(`Query option '${option}' is not allowed.`);
  }
}

/**
 * $select against the type's property list (case-insensitive, answered in the canonical case). Unknown names get
 * Graph's 400 "Could not find a property named …".
 */
export function parseSelect(
  req: GraphRequest,
  properties: readonly string[],
  typeName: string,
  code: string,
): string[] | undefined {
  const raw = req.query.get('$select');
  if (raw === undefined) return undefined;
  const out: string[] = [];
  for (const name of raw.split(',').map((s) => s.trim())) {
    if (name === '') continue;
    const canonical = properties.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!canonical)
      throw new GraphError(400, code, `Could not find a property named '${name}' on type '${typeName}'.`);
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/** Keeps the selected properties; `always` (id, @odata.etag) are kept whatever the selection. */
export function project(
  entity: Readonly<Record<string, unknown>>,
  select: readonly string[] | undefined,
  always: readonly string[] = ['@odata.etag', 'id'],
  never: readonly string[] = [],
): Record<string, unknown> {
  if (!select) return { ...entity };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) {
    if (always.includes(k) || (select.includes(k) && !never.includes(k))) out[k] = v;
  }
  return out;
}

export function parseNonNegativeInt(req: GraphRequest, option: '$top' | '$skip'): number | undefined {
  const raw = req.query.get(option);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) {
    throw badRequest(
      `Invalid value '${raw}' for ${option} query option found. The ${option} query option requires a non-negative integer value.`,
    );
  }
  return Number(raw.trim());
}

export interface OrderBy {
  readonly key: string;
  readonly descending: boolean;
}

export function parseOrderBy(req: GraphRequest, allowed: readonly string[]): OrderBy[] {
  const raw = req.query.get('$orderby');
  if (raw === undefined) return [];
  return raw.split(',').map((clause) => {
    const [name = '', dir = 'asc', ...rest] = clause.trim().split(/\s+/);
    const key = allowed.find((a) => a.toLowerCase() === name.toLowerCase());
    const direction = dir.toLowerCase();
    if (!key || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
      throw badRequest(`The $orderby expression '${clause.trim()}' is not supported.`);
    }
    return { key, descending: direction === 'desc' };
  });
}

export function sortBy<T>(
  items: readonly T[],
  order: readonly OrderBy[],
  value: (item: T, key: string) => string | number,
): T[] {
  if (order.length === 0) return [...items];
  return [...items].sort((a, b) => {
    for (const o of order) {
      const x = value(a, o.key);
      const y = value(b, o.key);
      const c = x < y ? -1 : x > y ? 1 : 0;
      if (c !== 0) return o.descending ? -c : c;
    }
    return 0;
  });
}

/**
 * One page and, when more remain, an absolute @odata.nextLink on the host the client called, carrying every
 * original query option ($select, $top, $orderby, the window…) plus the position. Outlook collections page with
 * $skip; directory collections with an opaque $skiptoken (GD concepts/paging.md).
 */
export function pageOf<T>(
  req: GraphRequest,
  items: readonly T[],
  position: number,
  size: number,
  style: '$skip' | '$skiptoken',
): { items: T[]; nextLink: string | undefined } {
  const slice = items.slice(position, position + size);
  const next = position + size;
  if (next >= items.length) return { items: slice, nextLink: undefined };
  const token = style === '$skip' ? String(next) : encodeSkipToken(next);
  const kept = req.query.pairs.filter(([k]) => !['$skip', '$skiptoken'].includes(k.toLowerCase()));
  const query = [...kept.map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(v)}`), `${style}=${token}`].join(
    '&',
  );
  return { items: slice, nextLink: `${req.origin}${req.path}?${query}` };
}

// Readable links like Graph's own ("$select=subject,start"); '+' and '&' stay escaped so values survive the trip.
const encodeLoose = (s: string) =>
  encodeURIComponent(s)
    .replace(/%24/g, '$')
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/');

const encodeSkipToken = (offset: number) => Buffer.from(`sandbox-offset:${offset}`).toString('base64url');

export function decodeSkipToken(req: GraphRequest): number {
  const raw = req.query.get('$skiptoken');
  if (raw === undefined) return 0;
  const m = /^sandbox-offset:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m?.[1]) throw badRequest(`Invalid $skiptoken '${raw}'.`, 'Request_BadRequest');
  return Number(m[1]);
}

/** `Prefer` preferences (RFC 7240), several per header or several headers, lower-cased names, unquoted values. */
export function preferences(req: GraphRequest): Map<string, string> {
  const out = new Map<string, string>();
  const raw = req.headers['prefer'];
  if (raw === undefined) return out;
  for (const m of raw.matchAll(/\s*([^=,\s]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,]*))?\s*(?:,|$)/g)) {
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const value = (m[2] ?? '').trim();
    out.set(name, value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value);
  }
  return out;
}
