// Concurrent callers asking for the same thing share one in-flight promise, so a page that fires ten
// Graph calls at start asks the token source once (and opens at most one popup).
export function createCoalescer<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const inflight = new Map<string, Promise<T>>();
  return (key, run) => {
    const existing = inflight.get(key);
    if (existing) return existing;
    const started = (async () => run())().finally(() => inflight.delete(key));
    inflight.set(key, started);
    return started;
  };
}
