// No request waits forever (issue "The record can be trusted"): per-attempt limits within one deadline per logical
// call. Fake timers throughout: no real waiting.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import type { CreateGraphClientOptions } from '../../../../src/graph/core/createGraphClient';
import { RequestTimeoutError } from '../../../../src/graph/core/RequestTimeoutError';
import { DummyTerminal, json } from '../dummyTerminal';

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

describe('TimeoutHandler', () => {
  it('refuses to be the last middleware', async () => {
    const { TimeoutHandler } = await import('../../../../src/graph/core/TimeoutHandler');
    const handler = new TimeoutHandler();
    const context: Context = { request: 'http://x', options: {} };
    await expect(handler.execute(context)).rejects.toThrow('must not be the last middleware');
  });
});
