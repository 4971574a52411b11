// A last-writer-wins register. Shared fields of the series document use it (DESIGN.md "Concurrency").
//
// "Last" is causal, not wall-clock: every register carries a hybrid-logical-clock stamp (stamp.ts), and a writer's new
// stamp is greater than every stamp in the version it wrote over. So a write only ever loses to a write that saw it.
// The order is total — (at, c, by), then the canonical JSON of the value — so the pick never depends on the order in
// which two replicas meet.
import { compareStamps, type Stamp } from './stamp';

export interface Lww<T> extends Stamp {
  readonly value: T;
}

export const stamped = <T>(value: T, stamp: Stamp): Lww<T> => ({
  value,
  at: stamp.at,
  c: stamp.c,
  by: stamp.by,
});

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
  const byStamp = compareStamps(a, b);
  if (byStamp !== 0) return byStamp;
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
  if (a === b) return sortKeys(a);
  const out: Record<string, V> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const existing = out[k];
    out[k] = existing === undefined ? v : existing === v ? v : mergeValue(existing, v);
  }
  return sortKeys(out);
}

/** Key order is part of the JSON we store; sorting keeps merged documents byte-identical across replicas. */
export function sortKeys<V>(r: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] as V;
  return out;
}
