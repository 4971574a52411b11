// Issue #7's figure: sequential Graph round trips from the side panel's cold start (the tab page loads inside the
// simulated Teams host, frame context sidePanel) to showing the current agenda item. Counted from the sandbox's
// request log with latency added to every answer, so parallel requests visibly overlap.
import { performance } from 'node:perf_hooks';
import { linkedWeeklyMeeting } from '../../tests/e2e/helpers/inMeeting';
import { startE2eEnv } from '../../tests/e2e/helpers/startE2eEnv';
import { openInHost } from '../../tests/e2e/host/openInHost';
import type { BenchRow, BenchSection } from './benchTypes';
import { longestSequentialChain } from './longestSequentialChain';

const LATENCY_MS = 150;

export const inMeetingSection: BenchSection = {
  id: 'in-meeting',
  title: `In-meeting side panel: cold start to the current item (sandbox, +${LATENCY_MS} ms per answer)`,
  async run() {
    const env = await startE2eEnv();
    try {
      const meeting = await linkedWeeklyMeeting(env.sandbox, ['Hiring plan', 'Offsite venue']);
      await fetch(`${env.sandbox.url}/_sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ latencyMs: LATENCY_MS, path: '/v1.0/' }),
      });
      const hosted = await openInHost(env, {
        host: 'Teams',
        user: 'dana.okafor@northwind.example',
        frameContext: 'sidePanel',
        meetingContext: { chatId: meeting.chatId, meetingId: meeting.meetingId },
        viewport: { width: 320, height: 900 },
        beforeNavigate: () => env.sandbox.clearRequestLog(),
      });
      try {
        await hosted.tab
          .getByRole('group', { name: 'Now' })
          .getByRole('heading')
          .waitFor({ timeout: 60_000 });
        const shownAt = performance.now();
        const graph = env.sandbox
          .requestLog()
          .filter((r) => r.startedAt <= shownAt && r.batchInner !== true && r.url.includes('/v1.0/'));
        const chain = longestSequentialChain(graph);
        const path = (u: string) =>
          new URL(u, 'http://x').pathname
            .replace('/v1.0', '')
            .replace(/\/(chats|events|items|drives|groups)\/[^/]+/g, '/$1/{id}');
        const rows: BenchRow[] = [
          {
            metric: 'side panel cold start → current item: sequential Graph round trips',
            value: chain.length,
            target: '≤ 2 (issue #15)',
            met: chain.length <= 2,
          },
          { metric: 'side panel cold start → current item: Graph requests', value: graph.length },
          { metric: '  chain', value: chain.map((r) => `${r.method} ${path(r.url)}`).join(' → ') },
        ];
        return { rows, data: { roundTrips: chain.length, requests: graph.length } };
      } finally {
        await hosted.close();
      }
    } finally {
      await env.close();
    }
  },
};
