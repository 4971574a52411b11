// Graph requests and sequential Graph round trips from a cold start until the first meeting is on screen,
// counted where they land: at the sandbox. The tab runs in Chromium under the simulated Teams host (NAA tokens,
// Graph routed to the sandbox), and the demo runs standalone; each in a fresh browser context (cold caches).
import { performance } from 'node:perf_hooks';
import type { FrameLocator, Page } from 'playwright-core';
import { meetingItems } from '../../tests/e2e/helpers/meetings';
import { openStandalone } from '../../tests/e2e/helpers/openStandalone';
import { startE2eEnv } from '../../tests/e2e/helpers/startE2eEnv';
import type { E2eEnv, Sandbox } from '../../tests/e2e/helpers/startE2eEnv';
import { openInHost } from '../../tests/e2e/host/openInHost';
import type { BenchRow, BenchSection } from './benchTypes';
import { longestSequentialChain } from './longestSequentialChain';

const ROUND_TRIP_TARGET = 2;
/**
 * Added to every sandbox answer while measuring. The in-process sandbox answers in well under a millisecond
 * and Node serves one request at a time, so two requests the browser sent in parallel could otherwise look
 * back-to-back at the sandbox. With a fixed delay, parallel requests visibly overlap and sequential ones don't.
 */
const LATENCY_MS = 150;

type LogEntry = ReturnType<Sandbox['requestLog']>[number];

interface Scenario {
  readonly name: string;
  open(
    env: E2eEnv,
    clearLog: () => void,
  ): Promise<{ root: Page | FrameLocator; tokenFetches(): Promise<number>; close(): Promise<void> }>;
}

const scenarios: readonly Scenario[] = [
  {
    name: 'Teams host, tab.html (NAA)',
    async open(env, clearLog) {
      const hosted = await openInHost(env, { host: 'Teams', beforeNavigate: clearLog });
      return {
        root: hosted.tab,
        // NAA tokens never touch the network: count the bridge's token requests at the host instead.
        tokenFetches: async () =>
          (await hosted.hostLog()).filter(
            (e) =>
              e.direction === 'fromTab' && (e.naaMethod === 'GetToken' || e.naaMethod === 'GetTokenPopup'),
          ).length,
        close: () => hosted.close(),
      };
    },
  },
  {
    name: 'standalone demo, index.html',
    async open(env, clearLog) {
      const demo = await openStandalone(env, { beforeNavigate: clearLog });
      return {
        root: demo.page,
        // Counted in the browser: the sandbox's request log holds Graph requests only, not /_sandbox/token.
        tokenFetches: async () =>
          demo.requestedUrls.filter((u) => new URL(u).pathname.startsWith('/_sandbox/token')).length,
        close: () => demo.close(),
      };
    },
  },
];

function pathOf(entry: LogEntry): string {
  return new URL(entry.url, 'http://sandbox').pathname;
}

/** The sandbox logs a $batch's inner requests as their own entries (batchInner), inside the outer one's interval. */
function innerCount(batch: LogEntry, log: readonly LogEntry[]): number {
  return log.filter(
    (r) => r.batchInner === true && r.startedAt >= batch.startedAt && r.endedAt <= batch.endedAt,
  ).length;
}

async function setLatency(env: E2eEnv, latencyMs: number | undefined): Promise<boolean> {
  const url = `${env.sandbox.url}/_sandbox/faults`;
  if (latencyMs === undefined) return (await fetch(url, { method: 'DELETE' })).ok;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs, path: '/v1.0/' }),
  });
  return response.ok;
}

export const graphRoundTripsSection: BenchSection = {
  id: 'graph-round-trips',
  title: `Graph traffic from a cold start to the first listed meeting (sandbox, +${LATENCY_MS} ms per answer)`,
  async run() {
    const env = await startE2eEnv();
    const rows: BenchRow[] = [];
    const data: Record<string, unknown> = {};
    try {
      const latencyApplied = await setLatency(env, LATENCY_MS);
      data['latencyApplied'] = latencyApplied;
      if (!latencyApplied) {
        rows.push({
          metric: 'note',
          value: 'the sandbox refused added latency; overlap detection is less reliable',
        });
      }
      for (const scenario of scenarios) {
        const opened = await scenario.open(env, () => env.sandbox.clearRequestLog());
        try {
          await meetingItems(opened.root).first().waitFor({ timeout: 60_000 });
          // The sandbox runs in this process and stamps requests with performance.now(): same clock.
          const listShownAt = performance.now();
          const log = env.sandbox.requestLog();
          // Only what started before the list showed (later requests, e.g. prefetches, are not on the path).
          const graph = log.filter(
            (r) => r.startedAt <= listShownAt && r.batchInner !== true && pathOf(r).startsWith('/v1.0/'),
          );
          const batches = graph.filter((r) => pathOf(r) === '/v1.0/$batch');
          const chain = longestSequentialChain(graph);
          const tokens = await opened.tokenFetches();
          const met = chain.length <= ROUND_TRIP_TARGET;
          rows.push(
            {
              metric: `${scenario.name}: sequential Graph round trips`,
              value: chain.length,
              target: `≤ ${ROUND_TRIP_TARGET}`,
              met,
            },
            { metric: `${scenario.name}: Graph requests`, value: graph.length },
            {
              metric: `${scenario.name}: of which $batch (inner requests)`,
              value: `${batches.length} (${batches.reduce((n, b) => n + innerCount(b, log), 0)})`,
            },
            { metric: `${scenario.name}: token fetches (not Graph)`, value: tokens },
          );
          data[scenario.name] = {
            sequentialRoundTrips: chain.length,
            chain: chain.map((r) => `${r.method} ${r.url} → ${r.status}`),
            requests: graph.map((r) => ({
              method: r.method,
              url: r.url,
              status: r.status,
              innerRequests: pathOf(r) === '/v1.0/$batch' ? innerCount(r, log) : 0,
            })),
            tokenFetches: tokens,
          };
        } finally {
          await opened.close();
        }
      }
    } finally {
      await setLatency(env, undefined).catch(() => false);
      await env.close();
    }
    return { rows, data };
  },
};
