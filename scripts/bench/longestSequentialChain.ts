// Sequential Graph round trips = the longest chain of requests in which each one starts only after the previous
// one has ended. Requests in such a chain cannot have overlapped, so the user waited for each of them in turn;
// requests that overlap were issued in parallel and cost one round trip between them.
//
// The intervals form an interval order (a DAG: i -> j when i.endedAt <= j.startedAt), so the answer is the
// longest path in it. Sort by start (then end); every predecessor of j then sorts before j, so one pass of
// dynamic programming over the sorted list gives the longest path. n is tiny (tens), so O(n²) is fine.
// Walking the start-sorted list greedily is wrong: one long early request would hide two short sequential ones.

export interface TimedRequest {
  readonly startedAt: number;
  readonly endedAt: number;
}

export function longestSequentialChain<T extends TimedRequest>(requests: readonly T[]): T[] {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt || a.endedAt - b.endedAt);
  const length: number[] = [];
  const previous: number[] = [];
  let best = -1;
  sorted.forEach((current, j) => {
    length[j] = 1;
    previous[j] = -1;
    for (let i = 0; i < j; i += 1) {
      const candidate = sorted[i];
      const candidateLength = length[i] ?? 0;
      if (
        candidate !== undefined &&
        candidate.endedAt <= current.startedAt &&
        candidateLength + 1 > (length[j] ?? 0)
      ) {
        length[j] = candidateLength + 1;
        previous[j] = i;
      }
    }
    if (best === -1 || (length[j] ?? 0) > (length[best] ?? 0)) best = j;
  });
  const chain: T[] = [];
  for (let k = best; k !== -1; k = previous[k] ?? -1) {
    const item = sorted[k];
    if (item !== undefined) chain.unshift(item);
  }
  return chain;
}
