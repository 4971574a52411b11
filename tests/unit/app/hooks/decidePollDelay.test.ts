import {
  decidePollDelay,
  FAST_POLL_MS,
  IDLE_AFTER_MS,
  IDLE_POLL_MS,
  MAX_BACKOFF_MS,
  pollFailureWorthShowing,
  VISIBLE_POLL_MS,
  type PollSituation,
} from '../../../../src/app/hooks/decidePollDelay';

const base: PollSituation = { visible: true, focused: false, running: false, quietForMs: 0, failures: 0 };

describe('decidePollDelay', () => {
  it('stops while the page is hidden, running meeting or not', () => {
    expect(decidePollDelay({ ...base, visible: false })).toEqual({ kind: 'stopped' });
    expect(decidePollDelay({ ...base, visible: false, running: true, focused: true })).toEqual({
      kind: 'stopped',
    });
  });

  it('is fast while the meeting runs or the viewer is in the view', () => {
    expect(decidePollDelay({ ...base, running: true, quietForMs: IDLE_AFTER_MS * 10 })).toEqual({
      kind: 'wait',
      ms: FAST_POLL_MS,
      pace: 'fast',
    });
    expect(decidePollDelay({ ...base, focused: true })).toMatchObject({ ms: FAST_POLL_MS });
  });

  it('a visible, unfocused view still follows within 5 s; after a quiet spell it slows down', () => {
    expect(decidePollDelay(base)).toEqual({ kind: 'wait', ms: VISIBLE_POLL_MS, pace: 'visible' });
    expect(VISIBLE_POLL_MS).toBeLessThan(5_000);
    expect(FAST_POLL_MS).toBeLessThan(5_000);
    expect(decidePollDelay({ ...base, quietForMs: IDLE_AFTER_MS })).toEqual({
      kind: 'wait',
      ms: IDLE_POLL_MS,
      pace: 'idle',
    });
  });

  it('backs off after failures, capped, and never sooner than Retry-After asked', () => {
    const throttled = { kind: 'throttled', status: 429, retryAfterMs: 120_000 } as const;
    expect(decidePollDelay({ ...base, running: true, failures: 1 })).toMatchObject({ ms: FAST_POLL_MS * 2 });
    expect(decidePollDelay({ ...base, running: true, failures: 2 })).toMatchObject({ ms: FAST_POLL_MS * 4 });
    expect(decidePollDelay({ ...base, running: true, failures: 50 })).toMatchObject({ ms: MAX_BACKOFF_MS });
    expect(decidePollDelay({ ...base, running: true, failures: 1, lastFailure: throttled })).toMatchObject({
      ms: 120_000,
    });
    expect(
      decidePollDelay({ ...base, failures: 1, lastFailure: { kind: 'throttled', retryAfterMs: 1_000 } }),
    ).toMatchObject({ ms: VISIBLE_POLL_MS * 2 });
  });
});

describe('pollFailureWorthShowing', () => {
  it('keeps a throttled, unavailable or dropped poll quiet until it keeps happening', () => {
    for (const kind of ['throttled', 'unavailable', 'network'] as const) {
      expect(pollFailureWorthShowing({ kind }, 1)).toBe(false);
      expect(pollFailureWorthShowing({ kind }, 2)).toBe(false);
      expect(pollFailureWorthShowing({ kind }, 3)).toBe(true);
    }
  });

  it('shows at once what waiting won’t fix', () => {
    for (const kind of ['consentRequired', 'forbidden', 'notFound', 'unauthorized'] as const)
      expect(pollFailureWorthShowing({ kind }, 1)).toBe(true);
  });
});
