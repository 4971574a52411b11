/**
 * Memoises an async factory, but forgets a rejected attempt so the next call tries again: a dropped chunk
 * download or an unreachable sandbox must be recoverable with "Try again", not a page reload.
 */
export function cacheUntilRejected<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (pending === undefined) {
      const attempt = make();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
