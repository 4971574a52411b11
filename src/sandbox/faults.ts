// Faults on demand (DESIGN.md "Faults on demand"): throttling and outages with Retry-After, added latency, and
// dropped connections, each rule optionally limited to a URL substring, a method, a number of hits and a probability
// drawn from a seeded PRNG so a flaky run can be replayed. A rule fires either before the request is carried out
// or after it ("a 503 or 504 can arrive after the write happened", DESIGN.md): the ambiguous failure a client must
// survive without knowing whether its write landed.

/** before: the request is never carried out. after: it is carried out in full, then its answer is lost. */
export type FaultWhen = 'before' | 'after';

export interface FaultRuleInput {
  readonly status?: number;
  readonly retryAfter?: number;
  readonly count?: number;
  readonly rate?: number;
  readonly latencyMs?: number;
  readonly path?: string;
  readonly method?: string;
  readonly drop?: boolean;
  readonly when?: FaultWhen;
  readonly seed?: number;
}

export interface FaultRule extends FaultRuleInput {
  readonly id: number;
  /** Hits left; undefined = unlimited. */
  remaining: number | undefined;
}

export interface FaultEffects {
  readonly status?: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly retryAfter?: number;
    readonly when: FaultWhen;
  };
  readonly latencyMs: number;
  /** Destroy the connection instead of answering: before or after carrying the request out. */
  readonly drop?: FaultWhen;
}

/** What a rule is evaluated for: a Graph request (top-level or inside a $batch) or a pre-authenticated download. */
export interface FaultTarget {
  readonly method: string;
  /** The outer POST /$batch itself. */
  readonly outerBatch?: boolean;
  /** A `/_download/…` URL (SharePoint's host in real life): only rules whose path names it apply. */
  readonly download?: boolean;
}

interface KnownStatus {
  readonly code: string;
  readonly message: string;
  /** A status that only ever refuses a request: never sent after the request was carried out. */
  readonly refusal?: true;
}

const STATUS: Readonly<Record<number, KnownStatus>> = {
  // Drive writes that real SharePoint refuses (src/sandbox/README.md "Fault rules"): a change since the caller's read
  // that no If-Match asked about (onedrive-api-docs#1414, #1143), and a file locked by an open Office session
  // (msgraph-sdk-java#365, msgraph-sdk-dotnet#2101; GD concepts/errors.md lists 423 Locked).
  409: {
    code: 'resourceModified',
    message: 'The resource has changed since the caller last read it; usually an eTag mismatch',
    refusal: true,
  },
  423: {
    code: 'resourceLocked',
    message: 'The resource you are attempting to access is locked',
    refusal: true,
  },
  429: {
    code: 'TooManyRequests',
    message: 'Too many requests. Retry after the interval in the Retry-After header.',
  },
  503: {
    code: 'ServiceUnavailable',
    message: 'The service is temporarily unavailable. Retry after a delay.',
  },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a timely response.' },
};

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

// Throttled answers come with Retry-After (GD concepts/throttling.md); 1 s keeps retrying tests fast.
const DEFAULT_RETRY_AFTER_429 = 1;

export class FaultInjector {
  #rules: FaultRule[] = [];
  #nextId = 1;
  readonly #random = new Map<number, () => number>();

  /** Validates every rule, then adds them all; throws a RangeError with a readable message for a bad one. */
  addAll(inputs: readonly unknown[]): FaultRule[] {
    return inputs
      .map((input) => validate(input))
      .map((rule) => {
        const added: FaultRule = { ...rule, id: this.#nextId++, remaining: rule.count };
        this.#random.set(added.id, mulberry32(rule.seed ?? added.id));
        this.#rules.push(added);
        return added;
      });
  }

  clear(): void {
    this.#rules = [];
    this.#random.clear();
  }

  list(): readonly FaultRule[] {
    return this.#rules;
  }

  /*
   * The effects for one logical request. Every matching rule that fires spends one of its hits; the first firing
   * status wins, latencies add up, any firing drop drops (a drop before the request wins over one after it). Status
   * and drop rules skip an outer $batch request unless their path names "$batch": they are meant for the requests
   * inside it (json-batching.md: "requests in a batch are evaluated individually against the applicable throttling
   * limits"). A download is only hit by a rule whose path names it: path-less rules stand for Graph, and the
   * download URL lives on SharePoint's host.
   */
  evaluate(url: string, target: FaultTarget): FaultEffects {
    let status: FaultEffects['status'];
    let latencyMs = 0;
    let drop: FaultWhen | undefined;
    for (const rule of this.#rules) {
      if (rule.path !== undefined && !url.includes(rule.path)) continue;
      if (rule.path === undefined && target.download === true) continue;
      if (rule.method !== undefined && rule.method !== target.method.toUpperCase()) continue;
      const namesBatch = rule.path?.includes('$batch') ?? false;
      if (target.outerBatch === true && !namesBatch && (rule.status !== undefined || rule.drop === true))
        continue;
      if ((rule.rate ?? 1) < 1 && (this.#random.get(rule.id)?.() ?? 0) >= (rule.rate ?? 1)) continue;
      if (rule.remaining !== undefined) rule.remaining--;
      latencyMs += rule.latencyMs ?? 0;
      const when = whenOf(rule);
      if (rule.status !== undefined && status === undefined) {
        const { code, message } = STATUS[rule.status] ?? {
          code: 'ServiceUnavailable',
          message: 'Injected fault.',
        };
        const retryAfter = rule.retryAfter ?? (rule.status === 429 ? DEFAULT_RETRY_AFTER_429 : undefined);
        status = {
          status: rule.status,
          code,
          message,
          when,
          ...(retryAfter !== undefined ? { retryAfter } : {}),
        };
      }
      if (rule.drop === true && drop !== 'before') drop = when;
    }
    this.#rules = this.#rules.filter((r) => r.remaining === undefined || r.remaining > 0);
    return { ...(status ? { status } : {}), latencyMs, ...(drop ? { drop } : {}) };
  }
}

/*
 * A rule without `when` keeps the meaning it always had: a status answers before the request runs, and a drop
 * destroys the connection after the request was carried out (a lost answer, the case exactly-once writes must
 * survive).
 */
function whenOf(rule: FaultRuleInput): FaultWhen {
  return rule.when ?? (rule.status === undefined && rule.drop === true ? 'after' : 'before');
}

function validate(input: unknown): FaultRuleInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new RangeError('A fault rule is a JSON object.');
  const r = input as Record<string, unknown>;
  const known = [
    'status',
    'retryAfter',
    'count',
    'rate',
    'latencyMs',
    'path',
    'method',
    'drop',
    'when',
    'seed',
  ];
  const unknown = Object.keys(r).filter((k) => !known.includes(k));
  if (unknown.length > 0)
    throw new RangeError(`Unknown fault field(s): ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
  const num = (k: string, ok: (n: number) => boolean, what: string): number | undefined => {
    const v = r[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !ok(v)) throw new RangeError(`'${k}' must be ${what}.`);
    return v;
  };
  const status = num('status', (n) => n in STATUS, `one of ${Object.keys(STATUS).join(', ')}`);
  const retryAfter = num('retryAfter', (n) => Number.isInteger(n) && n >= 0, 'a whole number of seconds');
  const count = num('count', (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
  const rate = num('rate', (n) => n >= 0 && n <= 1, 'between 0 and 1');
  const latencyMs = num('latencyMs', (n) => n >= 0 && n <= 120_000, 'between 0 and 120000');
  const seed = num('seed', (n) => Number.isInteger(n), 'an integer');
  if (r.path !== undefined && typeof r.path !== 'string') throw new RangeError("'path' must be a string.");
  if (r.drop !== undefined && typeof r.drop !== 'boolean') throw new RangeError("'drop' must be a boolean.");
  const drop = r.drop === true;
  if (status === undefined && latencyMs === undefined && !drop) {
    throw new RangeError('A fault rule needs at least one of status, latencyMs or drop.');
  }
  if (r.method !== undefined && (typeof r.method !== 'string' || !METHODS.includes(r.method.toUpperCase())))
    throw new RangeError(`'method' must be one of ${METHODS.join(', ')}.`);
  const method = typeof r.method === 'string' ? r.method.toUpperCase() : undefined;
  if (r.when !== undefined && r.when !== 'before' && r.when !== 'after')
    throw new RangeError('\'when\' must be "before" or "after".');
  const when = r.when as FaultWhen | undefined;
  if (when !== undefined && status === undefined && !drop)
    throw new RangeError("'when' needs a status or drop to time.");
  // A 409 or 423 refuses the request; answering it after the write happened would be a state Graph never reports.
  if (when === 'after' && status !== undefined && STATUS[status]?.refusal === true)
    throw new RangeError(
      `Status ${status} refuses a request; it can't arrive after the request was carried out.`,
    );
  return {
    ...(status !== undefined ? { status } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(count !== undefined ? { count } : {}),
    ...(rate !== undefined ? { rate } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(typeof r.path === 'string' ? { path: r.path } : {}),
    ...(method !== undefined ? { method } : {}),
    ...(drop ? { drop } : {}),
    ...(when !== undefined ? { when } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

// mulberry32: a tiny, well-distributed 32-bit PRNG; the same seed gives the same sequence.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
