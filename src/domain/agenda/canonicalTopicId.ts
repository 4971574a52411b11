import type { SeriesDocument } from '../series/seriesDocument';

/** Follows "merged into" links to the surviving topic. Cycles (possible under concurrent merges) stop at the smallest id. */
export function canonicalTopicId(doc: SeriesDocument, id: string): string {
  const seen: string[] = [];
  let cur = id;
  for (;;) {
    const target = doc.proposals[cur]?.mergedInto?.value;
    if (target === undefined || target === null || !doc.proposals[target]) return cur;
    if (seen.includes(cur)) return [...seen].sort()[0] ?? cur;
    seen.push(cur);
    cur = target;
  }
}
