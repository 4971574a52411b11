// No request waits forever (issue "The record can be trusted"): per-attempt limits, one deadline per logical call,
// and a Retry-After that would outlast the deadline answered at once. Fake timers throughout: no real waiting.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import type { CreateGraphClientOptions } from '../../../../src/graph/core/createGraphClient';
import type { BatchRequest } from '../../../../src/graph/core/GraphClient';
import { RequestTimeoutError } from '../../../../src/graph/core/RequestTimeoutError';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'http://127.0.0.1:4000/v1.0';

function setup(
  terminal: Middleware,
  overrides: Partial<Omit<CreateGraphClientOptions, 'scopes' | 'terminal'>> = {},
) {
  return createGraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => 'tok' },
    scopes: ['Calendars.Read'],
    retry: { maxRetries: 2, delaySeconds: 0 },
    timeouts: { attemptMs: 20_000, deadlineMs: 60_000 },
    terminal,
    ...overrides,
  });
}

/** Lets a test see whether a call has settled without awaiting it. */
function track<T>(promise: Promise<T>): { settled: boolean; value: T | undefined } {
  const state: { settled: boolean; value: T | undefined } = { settled: false, value: undefined };
  void promise.then((value) => {
    state.settled = true;
    state.value = value;
  });
  return state;
}

const never = (): Promise<Response> => new Promise<Response>(() => undefined);
const after = (ms: number, res: () => Response) => (): Promise<Response> =>
  new Promise((resolve) => setTimeout(() => resolve(res()), ms));

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('createGraphClient: per-attempt timeout', () => {
  it('cuts an attempt that never answers at the limit, as a timeout Failure, and leaves no timer behind', async () => {
    const terminal = new DummyTerminal(never);
    const call = track(setup(terminal).request('POST', '/planner/tasks', { title: 'x' }));

    await jest.advanceTimersByTimeAsync(19_999);
    expect(call.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);

    expect(call.value).toEqual({
      ok: false,
      failure: {
        kind: 'timeout',
        code: 'TimeoutError',
        message: 'Microsoft 365 did not answer within 20 seconds.',
      },
    });
    expect(terminal.seen).toHaveLength(1); // a creating POST is never repeated blindly
    expect(jest.getTimerCount()).toBe(0);
  });

  it('aborts the fetch of the timed-out attempt, so the connection is not left open', async () => {
    const signals: AbortSignal[] = [];
    const fakeFetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        if (!signal) return;
        signals.push(signal);
        signal.addEventListener('abort', () => reject(signal.reason));
      })) as typeof fetch;
    const client = createGraphClient({
      baseUrl,
      tokenProvider: { getToken: async () => 'tok' },
      scopes: [],
      retry: { maxRetries: 0 },
      timeouts: { attemptMs: 20_000 },
      fetch: fakeFetch,
    });
    const call = track(client.get('/me'));

    await jest.advanceTimersByTimeAsync(20_000);

    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[0]?.reason).toBeInstanceOf(RequestTimeoutError);
    expect(call.value).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it('keeps the client-request-id that TelemetryHandler gave the attempt as the support reference', async () => {
    // TelemetryHandler adds client-request-id only on Graph hosts, and strips it elsewhere.
    const terminal = new DummyTerminal(never);
    const client = setup(terminal, { baseUrl: 'https://graph.microsoft.com/v1.0' });
    const call = track(client.request('POST', '/planner/tasks', {}));

    await jest.advanceTimersByTimeAsync(20_000);

    const sent = terminal.seen[0]?.headers['client-request-id'];
    expect(sent).toMatch(/^[0-9a-f-]{36}$/);
    expect(call.value).toMatchObject({ ok: false, failure: { kind: 'timeout', requestId: sent } });
  });

  it('cuts a body that stalls after the headers arrived', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: () => undefined }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const call = track(setup(new DummyTerminal(stalled)).request('POST', '/x', {}));

    await jest.advanceTimersByTimeAsync(19_999);
    expect(call.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);

    expect(call.value).toMatchObject({ ok: false, failure: { kind: 'timeout', code: 'TimeoutError' } });
  });

  it('repeats a timed-out GET only while the deadline lasts: the last attempt gets what is left', async () => {
    const terminal = new DummyTerminal(never);
    const call = track(setup(terminal, { timeouts: { attemptMs: 20_000, deadlineMs: 50_000 } }).get('/me'));

    await jest.advanceTimersByTimeAsync(40_000);
    expect(terminal.seen).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(9_999);
    expect(call.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);

    expect(call.value).toMatchObject({
      ok: false,
      failure: { kind: 'timeout', message: 'Microsoft 365 did not answer within 10 seconds.' },
    });
    expect(terminal.seen).toHaveLength(3);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('answers in time as before: a slow but finished answer is not a timeout', async () => {
    const terminal = new DummyTerminal(after(19_000, () => json(200, { id: 'me' })));
    const call = track(setup(terminal).get('/me'));

    await jest.advanceTimersByTimeAsync(19_000);

    expect(call.value).toEqual({ ok: true, value: { id: 'me' } });
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('createGraphClient: Retry-After against the deadline', () => {
  const throttled = (retryAfter: string) => () =>
    graphError(429, 'TooManyRequests', 'slow down', { 'retry-after': retryAfter });

  it('fails at once with retryAfterMs when Retry-After (120 s) is longer than the 30 s left, without sleeping', async () => {
    // The first answer takes 30 s of the 60 s deadline.
    const terminal = new DummyTerminal().then(after(30_000, throttled('120')), () => json(200, {}));
    const call = track(setup(terminal, { timeouts: { attemptMs: 40_000, deadlineMs: 60_000 } }).get('/me'));

    await jest.advanceTimersByTimeAsync(30_000);

    expect(call.value).toEqual({
      ok: false,
      failure: {
        kind: 'throttled',
        status: 429,
        code: 'TooManyRequests',
        message: 'slow down',
        requestId: 'req-429',
        retryAfterMs: 120_000,
      },
    });
    expect(terminal.seen).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('reads an HTTP-date Retry-After the same way, and a 503 stands as unavailable', async () => {
    jest.setSystemTime(new Date('2025-03-03T10:00:00Z'));
    const terminal = new DummyTerminal(() =>
      graphError(503, 'ServiceUnavailable', 'later', { 'retry-after': 'Mon, 03 Mar 2025 10:02:00 GMT' }),
    );
    const call = track(setup(terminal).get('/me'));

    await jest.advanceTimersByTimeAsync(0);

    expect(call.value).toMatchObject({
      ok: false,
      failure: { kind: 'unavailable', status: 503, retryAfterMs: 120_000 },
    });
    expect(terminal.seen).toHaveLength(1);
  });

  it('still retries after a short Retry-After (1 s), through the SDK RetryHandler', async () => {
    const terminal = new DummyTerminal().then(throttled('1'), () => json(200, { id: 'me' }));
    const call = track(setup(terminal).get('/me'));

    await jest.advanceTimersByTimeAsync(999);
    expect(terminal.seen).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);

    expect(call.value).toEqual({ ok: true, value: { id: 'me' } });
    expect(terminal.seen[1]?.headers['retry-attempt']).toBe('1');
  });

  it('does not start a back-off (no Retry-After) that would outlast the deadline', async () => {
    const terminal = new DummyTerminal(() => graphError(504, 'GatewayTimeout', 'slow'));
    const client = setup(terminal, {
      retry: { maxRetries: 3, delaySeconds: 3 },
      timeouts: { attemptMs: 2_000, deadlineMs: 3_000 },
    });
    const call = track(client.get('/me'));

    await jest.advanceTimersByTimeAsync(0);

    expect(call.value).toMatchObject({ ok: false, failure: { kind: 'unavailable', status: 504 } });
    expect(terminal.seen).toHaveLength(1);
  });

  it('starts the deadline when the request leaves, not while the token is fetched (a consent prompt may be open)', async () => {
    const terminal = new DummyTerminal().then(throttled('1'), () => json(200, { id: 'me' }));
    const client = setup(terminal, {
      tokenProvider: { getToken: () => new Promise((resolve) => setTimeout(() => resolve('tok'), 90_000)) },
    });
    const call = track(client.get('/me'));

    await jest.advanceTimersByTimeAsync(91_000);

    expect(call.value).toEqual({ ok: true, value: { id: 'me' } });
  });
});

interface WireBatch {
  readonly requests: readonly { readonly id: string }[];
}

function answerAll(status: (id: string) => number, headers: Record<string, string> = {}) {
  return (req: { body: unknown }) =>
    json(200, {
      responses: (req.body as WireBatch).requests.map((r) => ({
        id: r.id,
        status: status(r.id),
        headers,
        body:
          status(r.id) < 400
            ? { id: r.id }
            : { error: { code: 'TooManyRequests', message: 'inner slow down' } },
      })),
    });
}

const gets = (n: number): BatchRequest[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, method: 'GET', url: `/users/${i}` }));

describe('createGraphClient: $batch against the deadline', () => {
  it('fails an inner 429 at once when its Retry-After (120 s) outlasts the deadline; the others stand', async () => {
    const terminal = new DummyTerminal().then(
      answerAll((id) => (id === 'r0' ? 429 : 200), { 'Retry-After': '120' }),
      answerAll(() => 200),
    );
    const call = track(setup(terminal).batch(gets(2)));

    await jest.advanceTimersByTimeAsync(0);

    expect(call.settled).toBe(true);
    const res = call.value;
    expect(res?.ok && res.value.get('r0')).toEqual({
      ok: false,
      failure: {
        kind: 'throttled',
        status: 429,
        code: 'TooManyRequests',
        message: 'inner slow down',
        retryAfterMs: 120_000,
      },
    });
    expect(res?.ok && res.value.get('r1')?.ok).toBe(true);
    expect(terminal.seen).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('shares one deadline across rounds: retries while the wait fits, then lets the 429 stand', async () => {
    const terminal = new DummyTerminal(answerAll(() => 429, { 'Retry-After': '2' }));
    const client = setup(terminal, {
      retry: { maxRetries: 3, delaySeconds: 0 },
      timeouts: { attemptMs: 1_000, deadlineMs: 5_000 },
    });
    const call = track(client.batch(gets(1)));

    // Rounds at 0 s and 2 s; at 4 s only 1 s is left, so the third 2 s wait is not taken.
    await jest.advanceTimersByTimeAsync(4_000);

    expect(terminal.seen).toHaveLength(3);
    expect(call.value?.ok && call.value.value.get('r0')).toMatchObject({
      ok: false,
      failure: { kind: 'throttled', retryAfterMs: 2_000 },
    });
    expect(jest.getTimerCount()).toBe(0);
  });

  it('still retries an inner 429 after a short Retry-After (1 s)', async () => {
    const terminal = new DummyTerminal().then(
      answerAll((id) => (id === 'r0' ? 429 : 200), { 'Retry-After': '1' }),
      answerAll(() => 200),
    );
    const call = track(setup(terminal).batch(gets(2)));

    await jest.advanceTimersByTimeAsync(1_000);

    expect(terminal.seen).toHaveLength(2);
    expect(call.value?.ok && [...call.value.value.values()].every((o) => o.ok)).toBe(true);
  });

  it('cuts a $batch POST that never answers, failing the whole call as a timeout', async () => {
    const call = track(setup(new DummyTerminal(never), { retry: { maxRetries: 0 } }).batch(gets(2)));

    await jest.advanceTimersByTimeAsync(20_000);

    expect(call.value).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });
});

describe('TimeoutHandler', () => {
  it('refuses to be the last middleware', async () => {
    const { TimeoutHandler } = await import('../../../../src/graph/core/TimeoutHandler');
    const handler = new TimeoutHandler();
    const context: Context = { request: 'http://x', options: {} };
    await expect(handler.execute(context)).rejects.toThrow('must not be the last middleware');
  });
});
