import { RequestTimeoutError } from './RequestTimeoutError';
import type { Timers } from './Timers';

/**
 * Settles as `work()` does, unless `ms` pass first: then `controller` is aborted with a RequestTimeoutError, so a real
 * fetch (and its body stream) stops too, and the result rejects with that error at once, whether or not `work`
 * heeds the signal. With no time left, `work` is not started.
 */
export function raceTimeout<T>(
  work: () => Promise<T>,
  ms: number,
  timers: Timers,
  controller: AbortController,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const expire = (): void => {
      const error = new RequestTimeoutError(ms);
      controller.abort(error);
      reject(error);
    };
    if (ms <= 0) return expire();
    const handle = timers.setTimeout(expire, ms);
    const settle = (): void => timers.clearTimeout(handle);
    let running: Promise<T>;
    try {
      running = work();
    } catch (error) {
      settle();
      return reject(error);
    }
    running.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}
