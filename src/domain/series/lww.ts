// A last-writer-wins register. Shared fields of the series document use it (DESIGN.md "Concurrency").
//
// Why a total order and not just `at`: two clients can write in the same millisecond. If the merge picked
// "the left one" on equal timestamps it would stop being commutative, and two replicas could disagree
// forever. Ordering by (at, by, canonical JSON of the value) makes the pick independent of argument order.
import type { UserId } from '../ids';

export interface Lww<T> {
  readonly value: T;
  /** Milliseconds since the epoch, from the writer's clock. */
  readonly at: number;
  readonly by: UserId;
}

export const lww = <T>(value: T, at: number, by: UserId): Lww<T> => ({ value, at, by });

/**
 * A write that replaces `previous` on this replica. Its `at` is bumped past the previous one: a writer whose clock
 * lags, or who writes twice in one millisecond, would otherwise lose to the value it just replaced (the merge
 * would keep the register with the larger `at`, or break the tie on the value).
 */
export const overwrite = <T>(previous: Lww<T> | undefined, value: T, now: number, by: UserId): Lww<T> =>
  lww(value, Math.max(now, (previous?.at ?? Number.NEGATIVE_INFINITY) + 1), by);

/** JSON with sorted keys, so equal values always serialise the same way. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export function compareLww<T>(a: Lww<T>, b: Lww<T>): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.by !== b.by) return a.by < b.by ? -1 : 1;
  const ja = canonicalJson(a.value);
  const jb = canonicalJson(b.value);
  return ja === jb ? 0 : ja < jb ? -1 : 1;
}

export function pickLww<T>(a: Lww<T>, b: Lww<T>): Lww<T> {
  return compareLww(a, b) >= 0 ? a : b;
}

export function pickOptionalLww<T>(a: Lww<T> | undefined, b: Lww<T> | undefined): Lww<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return pickLww(a, b);
}

/** Merges two records key by key with `mergeValue`; keys present on one side are kept. */
export function mergeRecords<V>(
  a: Readonly<Record<string, V>>,
  b: Readonly<Record<string, V>>,
  mergeValue: (x: V, y: V) => V,
): Record<string, V> {
  const out: Record<string, V> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const existing = out[k];
    out[k] = existing === undefined ? v : mergeValue(existing, v);
  }
  return sortKeys(out);
}

/** Key order is part of the JSON we store; sorting keeps merged documents byte-identical across replicas. */
export function sortKeys<V>(r: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] as V;
  return out;
}
