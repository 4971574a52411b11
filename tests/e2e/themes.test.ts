// A linked meeting in the Teams host, in Teams' dark and high-contrast themes, at 1280 px and in a 280 px frame: axe
// finds nothing serious (issue #16 "Contrast"). High contrast found the roles preview's current row drawn in the
// selection colour with ordinary text, too faint to read; it now uses the selection's own foreground.
import { seriousAxeViolations } from './helpers/meetings';
import { seriesAs } from './helpers/seriesAs';
import { openStep } from './helpers/steps';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, openInHost } from './host/openInHost';

jest.setTimeout(180_000);

let env: E2eEnv;

beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => {
  await env?.close();
});

test('dark and high contrast, at 1280 and 280 px, voting open and running: no serious axe violations', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [i, title] of ['Hiring plan', 'Offsite venue'].entries())
    await org.dispatch({
      kind: 'proposeTopic',
      id: `theme-${i}`,
      occurrence: org.ctx.occurrence,
      input: { title, why: 'Why it matters', outcome: 'decide', estimateMinutes: 15 },
    });
  const found: Record<string, string[]> = {};
  const check = async (
    step: string,
    more: (tab: Awaited<ReturnType<typeof openInHost>>['tab']) => Promise<void>,
  ) => {
    for (const theme of ['dark', 'contrast'] as const)
      for (const width of [1280, 280]) {
        const hosted = await openInHost(env, {
          host: 'Teams',
          theme,
          user: tenant.defaultUser,
          viewport: { width: Math.max(width, 320), height: 900 },
          frameWidth: width,
        });
        try {
          await hosted.tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
          await hosted.tab.getByRole('tablist', { name: 'Steps of this meeting' }).waitFor();
          await more(hosted.tab);
          found[`${step}, ${theme}, ${width}px`] = await seriousAxeViolations(hosted.page);
        } finally {
          await hosted.close();
        }
      }
  };
  await check('voting open', async (tab) => {
    await tab.getByRole('list', { name: 'Topics' }).getByText('Offsite venue').waitFor();
  });
  // Voting closed (the agreed agenda, the parking lot), with the running agenda open and started.
  await org.dispatch({ kind: 'closeVoting', occurrence: org.ctx.occurrence, meetingMinutes: 60 });
  await check('agreed agenda', async (tab) => {
    await openStep(tab, 'Agenda');
    await tab
      .getByRole('list', { name: 'Parking lot' })
      .or(tab.getByRole('list', { name: 'Boulders' }))
      .first()
      .waitFor();
  });
  await check('running', async (tab) => {
    await openStep(tab, 'Run');
    await tab.getByRole('group', { name: 'Now' }).waitFor();
  });
  // Every step, theme and width checked, and each with nothing serious (the failure names which).
  expect(Object.keys(found)).toHaveLength(12);
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
});
