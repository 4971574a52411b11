// Issue #16's page figures, in the demo build at 1280 px: the tab stops a keyboard user meets in a linked meeting with
// 8 topics (real Tab presses, arrow-key groups counted once), and how tall the meeting page is. The meeting view is
// still one page, not steps: its height is reported as that one figure.
import { openStandalone } from '../../tests/e2e/helpers/openStandalone';
import { seriesAs } from '../../tests/e2e/helpers/seriesAs';
import { startE2eEnv } from '../../tests/e2e/helpers/startE2eEnv';
import { tabStops } from '../../tests/e2e/helpers/tabStops';
import { fetchTenant } from '../../tests/e2e/host/openInHost';
import type { BenchRow, BenchSection } from './benchTypes';

const TAB_STOP_TARGET = 40;

export const meetingPageSection: BenchSection = {
  id: 'meetingPage',
  title: 'The meeting page: tab stops and height (demo build, 1280 × 900, a linked meeting with 8 topics)',
  async run() {
    const env = await startE2eEnv();
    try {
      const tenant = await fetchTenant(env.sandbox);
      const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
      for (let i = 1; i <= 8; i++)
        await org.dispatch({
          kind: 'proposeTopic',
          id: `bench-${i}`,
          occurrence: org.ctx.occurrence,
          input: { title: `Topic ${i}`, why: 'Why it matters', outcome: 'discuss', estimateMinutes: 10 },
        });
      const demo = await openStandalone(env);
      try {
        const { page } = demo;
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
        await page.getByRole('list', { name: 'Topics' }).getByText('Topic 8', { exact: true }).waitFor();
        await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
        const stops = await tabStops(page);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const rows: BenchRow[] = [
          {
            metric: 'tab stops in a linked meeting with 8 topics',
            value: stops.length,
            target: `≤ ${TAB_STOP_TARGET}`,
            met: stops.length <= TAB_STOP_TARGET,
          },
          {
            metric: 'meeting page height at 1280 px (one page: the steps of issue #16 are not built)',
            value: height,
            unit: 'px',
          },
        ];
        return { rows, data: { tabStops: stops, heightPx: height } };
      } finally {
        await demo.close();
      }
    } finally {
      await env.close();
    }
  },
};
