// Issue #16's page figures, in the demo build at 1280 px: the tab stops a keyboard user meets in a linked meeting with
// 8 topics (real Tab presses, arrow-key groups counted once) and the page's height, for each of the meeting's steps.
// The meeting opens on Prepare (voting open), where the 8 topics are; the target applies to every step.
import { openStandalone } from '../../tests/e2e/helpers/openStandalone';
import { seriesAs } from '../../tests/e2e/helpers/seriesAs';
import { startE2eEnv } from '../../tests/e2e/helpers/startE2eEnv';
import { openStep, type StepName } from '../../tests/e2e/helpers/steps';
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
        const steps: readonly StepName[] = ['Prepare', 'Agenda', 'Run', 'Actions', 'Roles'];
        const rows: BenchRow[] = [];
        const data: Record<string, { tabStops: number; heightPx: number }> = {};
        for (const step of steps) {
          await openStep(page, step);
          await page.getByRole('tabpanel', { name: step }).waitFor();
          if (step === 'Roles')
            await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
          if (step === 'Run') await page.getByRole('group', { name: 'Now' }).waitFor();
          const stops = (await tabStops(page)).length;
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          data[step] = { tabStops: stops, heightPx: height };
          rows.push(
            {
              metric: `tab stops, step ${step} (a linked meeting with 8 topics)`,
              value: stops,
              target: `≤ ${TAB_STOP_TARGET}`,
              met: stops <= TAB_STOP_TARGET,
            },
            { metric: `page height at 1280 px, step ${step}`, value: height, unit: 'px' },
          );
        }
        return { rows, data };
      } finally {
        await demo.close();
      }
    } finally {
      await env.close();
    }
  },
};
