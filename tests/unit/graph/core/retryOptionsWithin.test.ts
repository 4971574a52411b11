import { Deadline } from '../../../../src/graph/core/Deadline';
import { predictedWaitMs, retryOptionsWithin } from '../../../../src/graph/core/retryOptionsWithin';
import type { Timers } from '../../../../src/graph/core/Timers';

const now = Date.parse('2025-01-01T00:00:00Z');

function clock(start: number): Timers & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    setTimeout: () => undefined,
    clearTimeout: () => undefined,
    advance: (ms) => {
      t += ms;
    },
  };
}

const answer = (headers: Record<string, string> = {}) => new Response(null, { status: 429, headers });

describe('predictedWaitMs (the SDK RetryHandler.getDelay at its longest)', () => {
  it('takes Retry-After in seconds or as an HTTP-date', () => {
    expect(predictedWaitMs(answer({ 'Retry-After': '7' }), 1, 3, now)).toBe(7_000);
    expect(predictedWaitMs(answer({ 'Retry-After': 'Wed, 01 Jan 2025 00:02:00 GMT' }), 1, 3, now)).toBe(
      120_000,
    );
  });

  it('without Retry-After: delay plus 1 s of jitter, then exponential back-off from the second retry', () => {
    expect(predictedWaitMs(answer(), 1, 3, now)).toBe(4_000);
    expect(predictedWaitMs(answer(), 2, 3, now)).toBe(6_000); // round(1.5) + 3 + 1
    expect(predictedWaitMs(answer(), 3, 3, now)).toBe(8_000); // round(3.5) + 3 + 1
  });
});

describe('retryOptionsWithin', () => {
  it('lets RetryHandler wait only when the wait ends before the deadline', () => {
    const timers = clock(now);
    const deadline = new Deadline(60_000, timers);
    deadline.start();
    const options = retryOptionsWithin(deadline, 3, 3, timers);
    const ask = (res: Response) => options.shouldRetry(3, 0, 'http://x', undefined, res);

    expect(ask(answer({ 'Retry-After': '59' }))).toBe(true);
    expect(ask(answer({ 'Retry-After': '60' }))).toBe(false);
    timers.advance(30_000);
    expect(ask(answer({ 'Retry-After': '1' }))).toBe(true);
    expect(ask(answer({ 'Retry-After': '120' }))).toBe(false);
    expect(options.maxRetries).toBe(3);
    expect(options.delay).toBe(3);
  });

  it('declines a Retry-After beyond the 180 s the SDK will sleep, however long the deadline', () => {
    const timers = clock(now);
    const options = retryOptionsWithin(new Deadline(600_000, timers), 3, 3, timers);
    expect(options.shouldRetry(3, 0, 'http://x', undefined, answer({ 'Retry-After': '181' }))).toBe(false);
    expect(options.shouldRetry(3, 0, 'http://x', undefined, answer({ 'Retry-After': '180' }))).toBe(true);
  });
});
