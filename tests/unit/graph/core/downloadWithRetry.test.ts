// The content download is SharePoint's, throttled and dropped like any SharePoint request; it must be repeated like a
// Graph GET, within the call's deadline, and must fail at once when the service asks for a wait past it.
import { downloadWithRetry } from '../../../../src/graph/core/downloadWithRetry';
import { systemTimers } from '../../../../src/graph/core/Timers';

type Answer = Response | 'drop';

function fakeFetch(answers: Answer[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const f = (async () => {
    const a = answers[Math.min(calls, answers.length - 1)];
    calls += 1;
    if (a === 'drop' || a === undefined) throw new TypeError('fetch failed');
    return a.clone();
  }) as typeof fetch;
  return { fetch: f, calls: () => calls };
}

const json503 = (retryAfter?: string) =>
  new Response(JSON.stringify({ error: { code: 'serviceNotAvailable', message: 'Try later' } }), {
    status: 503,
    headers: { 'content-type': 'application/json', ...(retryAfter ? { 'Retry-After': retryAfter } : {}) },
  });

describe('downloadWithRetry', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const opts = (f: typeof fetch) => ({
    fetch: f,
    timers: systemTimers,
    attemptMs: 10_000,
    deadlineMs: 30_000,
  });

  it('repeats a 503 after its Retry-After and returns the content', async () => {
    const f = fakeFetch([json503('2'), new Response('{"ok":true}', { status: 200 })]);
    const pending = downloadWithRetry('https://tenant.sharepoint.com/download?x', opts(f.fetch));
    await jest.advanceTimersByTimeAsync(1_999);
    expect(f.calls()).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: true, value: '{"ok":true}' });
    expect(f.calls()).toBe(2);
  });

  it('repeats a dropped connection', async () => {
    const f = fakeFetch(['drop', new Response('x', { status: 200 })]);
    const pending = downloadWithRetry('https://d', opts(f.fetch));
    await jest.advanceTimersByTimeAsync(500);
    expect(await pending).toEqual({ ok: true, value: 'x' });
  });

  it('fails at once when the Retry-After would outlast the deadline, keeping it', async () => {
    const f = fakeFetch([json503('120')]);
    const r = await downloadWithRetry('https://d', opts(f.fetch));
    expect(f.calls()).toBe(1);
    expect(r.ok ? undefined : r.failure).toMatchObject({
      kind: 'unavailable',
      status: 503,
      retryAfterMs: 120_000,
    });
  });

  it('never repeats an answer that repeating cannot change (404, 403)', async () => {
    for (const status of [404, 403]) {
      const f = fakeFetch([new Response('{}', { status })]);
      const r = await downloadWithRetry('https://d', opts(f.fetch));
      expect(f.calls()).toBe(1);
      expect(r.ok).toBe(false);
    }
  });

  it('gives up after its retries', async () => {
    const f = fakeFetch([json503('1')]);
    const pending = downloadWithRetry('https://d', { ...opts(f.fetch), maxRetries: 2 });
    await jest.advanceTimersByTimeAsync(5_000);
    const r = await pending;
    expect(f.calls()).toBe(3);
    expect(r.ok ? undefined : r.failure).toMatchObject({ kind: 'unavailable' });
  });
});
