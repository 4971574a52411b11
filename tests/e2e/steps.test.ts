// A meeting has steps, not a scroll (issue #16): the view opens on the step that matters now, each step shows each
// topic once, and the meeting and its step are in the URL, so Back, Forward, reload and a copied link all work, in
// a plain browser and inside Teams (where the deep link's subEntityId names the step). Axe finds nothing serious in
// any step, in light, dark and high contrast, at 1280 and 280 px.
import type { FrameLocator, Page } from 'playwright-core';
import { encodeRoute } from '../../src/app/navigation/meetingRoute';
import { openedMeetingOf } from '../../src/app/hooks/resolveOpenMeeting';
import { seriousAxeViolations } from './helpers/meetings';
import { openStandalone, type StandalonePage } from './helpers/openStandalone';
import { seriesAs, weeklyOccurrence } from './helpers/seriesAs';
import { openStep, type StepName } from './helpers/steps';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, openInHost, type Tenant } from './host/openInHost';

jest.setTimeout(240_000);

let env: E2eEnv;
let tenant: Tenant;
const closing: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  env = await startE2eEnv();
  tenant = await fetchTenant(env.sandbox);
});
afterAll(async () => {
  for (const c of closing) await c.close();
  await env?.close();
});

const STEPS: readonly StepName[] = ['Prepare', 'Agenda', 'Run', 'Actions', 'Roles'];

/** The step whose tab is selected. */
const selectedStep = (root: Page | FrameLocator) =>
  root
    .getByRole('tablist', { name: 'Steps of this meeting' })
    .getByRole('tab', { selected: true })
    .innerText();

async function standalone(): Promise<StandalonePage> {
  const demo = await openStandalone(env);
  closing.push(demo);
  return demo;
}

test('a meeting opens on Prepare while voting is open; steps, Back, Forward, reload and a copied link', async () => {
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [i, title] of ['Hiring plan', 'Offsite venue', 'Budget review'].entries())
    await org.dispatch({
      kind: 'proposeTopic',
      id: `steps-${i}`,
      occurrence: org.ctx.occurrence,
      input: { title, why: '', outcome: 'discuss', estimateMinutes: 15 },
    });
  const { page } = await standalone();
  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await page.getByRole('list', { name: 'Topics' }).getByText('Hiring plan').waitFor();
  expect(await selectedStep(page)).toBe('Prepare');
  // The header says when, and where the meeting stands for this person.
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  await header.getByText(/^Voting open until .+ · you have 3 of 3 dots left$/).waitFor();
  expect(await header.locator('time').innerText()).toMatch(/\d/);
  expect(new URL(page.url()).searchParams.get('open')).toBeTruthy();

  // Only the shown step is in the page's reading and tab order: Roles' content is not, until chosen.
  expect(await page.getByRole('heading', { name: 'How leadership is shared' }).count()).toBe(0);
  await openStep(page, 'Roles');
  await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await page.getByRole('region', { name: 'Propose a topic' }).count()).toBe(0);
  expect(new URL(page.url()).searchParams.get('step')).toBe('roles');
  await openStep(page, 'Actions');
  await page.getByRole('heading', { name: 'Action items' }).waitFor();

  // Back walks the steps, then out to My meetings; Forward walks in again.
  await page.goBack();
  expect(await selectedStep(page)).toBe('Roles');
  await page.goBack();
  expect(await selectedStep(page)).toBe('Prepare');
  await page.goBack();
  await page
    .getByRole('heading', { name: 'My meetings' })
    .or(page.getByRole('button', { name: /^Open agenda/ }).first())
    .first()
    .waitFor();
  expect(await page.getByRole('tablist', { name: 'Steps of this meeting' }).count()).toBe(0);
  await page.goForward();
  await page.getByRole('tablist', { name: 'Steps of this meeting' }).waitFor();
  expect(await selectedStep(page)).toBe('Prepare');
  await page.goForward();
  expect(await selectedStep(page)).toBe('Roles');

  // A reload, and the address pasted into another person's browser, open the same meeting at the same step.
  await page.reload();
  await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await selectedStep(page)).toBe('Roles');
  const copied = page.url();
  const other = await env.browser.newContext();
  closing.push(other);
  const second = await other.newPage();
  await second.goto(copied);
  await second.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await selectedStep(second)).toBe('Roles');
  expect(await second.getByRole('heading', { level: 1 }).innerText()).toBe('Leadership weekly');
});

test('after voting closes, Prepare and Agenda each list every topic once; the meeting opens on Agenda', async () => {
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  await org.dispatch({ kind: 'closeVoting', occurrence: org.ctx.occurrence, meetingMinutes: 60 });
  const { page } = await standalone();
  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await page.getByRole('heading', { name: 'Boulders' }).waitFor();
  expect(await selectedStep(page)).toBe('Agenda');
  for (const step of ['Agenda', 'Prepare', 'Actions'] as const) {
    await openStep(page, step);
    const panel = page.getByRole('tabpanel', { name: step });
    if (step === 'Actions') await panel.getByRole('region', { name: 'Notes', exact: true }).waitFor();
    // Listed text only: the capture form's "From topic" choice names the topics as options of a select.
    for (const title of ['Hiring plan', 'Offsite venue', 'Budget review'])
      expect([
        step,
        title,
        await panel.getByText(title, { exact: true }).and(page.locator(':not(option)')).count(),
      ]).toEqual([step, title, 1]);
  }
  // Run shows the current item and the next one, each once, and no list of notes beside them.
  await openStep(page, 'Run');
  const run = page.getByRole('tabpanel', { name: 'Run' });
  await run.getByRole('group', { name: 'Now' }).waitFor();
  for (const title of ['Hiring plan', 'Offsite venue', 'Budget review'])
    expect(await run.getByText(title, { exact: true }).count()).toBeLessThanOrEqual(1);
  expect(await run.getByRole('region', { name: 'Notes', exact: true }).count()).toBe(0);
  // Arrow keys move between the steps (one tab stop for the list); Enter is not needed.
  await page.getByRole('tab', { name: 'Prepare' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('meeting-step-agenda');
});

test('a meeting under way opens on Run; one that is over opens on Actions', async () => {
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  await org.dispatch({
    kind: 'runAgenda',
    occurrence: org.ctx.occurrence,
    command: 'start',
    meetingMinutes: 60,
  });
  const { page } = await standalone();
  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await page.getByRole('group', { name: 'Now' }).waitFor();
  expect(await selectedStep(page)).toBe('Run');
  await org.dispatch({
    kind: 'runAgenda',
    occurrence: org.ctx.occurrence,
    command: 'finish',
    meetingMinutes: 60,
  });
  await page.reload();
  // The URL names no step (none was chosen), so the reload opens on the step that matters now.
  await page.getByRole('heading', { name: 'Action items' }).waitFor();
  expect(await selectedStep(page)).toBe('Actions');
});

test('inside Teams: a deep link’s subEntityId opens the meeting at its step; Back and Forward work in the tab', async () => {
  const second = await weeklyOccurrence(env.sandbox, tenant.defaultUser, 1);
  const hosted = await openInHost(env, {
    host: 'Teams',
    user: tenant.defaultUser,
    subEntityId: encodeRoute(openedMeetingOf(second), 'roles'),
  });
  closing.push(hosted);
  const { tab, page } = hosted;
  await tab.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await selectedStep(tab)).toBe('Roles');
  await openStep(tab, 'Actions');
  await tab.getByRole('heading', { name: 'Action items' }).waitFor();
  // Teams on the web: the tab's frame shares the window's history, so the browser's Back walks the tab's steps.
  const browserBack = () => page.evaluate(() => window.history.back());
  await browserBack();
  await tab.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await selectedStep(tab)).toBe('Roles');
  await page.evaluate(() => window.history.forward());
  await tab.getByRole('heading', { name: 'Action items' }).waitFor();
  expect(await selectedStep(tab)).toBe('Actions');
  await tab.getByRole('button', { name: 'Back to My meetings' }).click();
  await tab
    .getByRole('button', { name: /^Open agenda/ })
    .first()
    .waitFor();
  await browserBack();
  await tab.getByRole('heading', { name: 'Action items' }).waitFor();
  expect(await selectedStep(tab)).toBe('Actions');
  // Teams mobile's own back button (pages.backStack) walks the same entries: Actions → Roles, the deep link's start.
  await hosted.pressBackButton();
  await tab.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  expect(await selectedStep(tab)).toBe('Roles');
  const navigateBack = async () =>
    (await hosted.hostLog()).filter((e) => e.direction === 'fromTab' && e.func === 'navigateBack').length;
  expect(await navigateBack()).toBe(0);
  // With none of the app's own entries behind it, the press is the host's: TeamsJS asks it to navigate back.
  await hosted.pressBackButton();
  for (let i = 0; i < 50 && (await navigateBack()) === 0; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await navigateBack()).toBe(1);
  expect(await selectedStep(tab)).toBe('Roles');
});

test('every step: no serious axe violations in light, dark and high contrast, at 1280 and 280 px', async () => {
  const found: Record<string, string[]> = {};
  for (const theme of ['default', 'dark', 'contrast'] as const)
    for (const width of [1280, 280]) {
      const hosted = await openInHost(env, {
        host: 'Teams',
        theme,
        user: tenant.defaultUser,
        viewport: { width: Math.max(width, 320), height: 900 },
        frameWidth: width,
      });
      try {
        await hosted.tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).nth(1).click();
        for (const step of STEPS) {
          await openStep(hosted.tab, step);
          await hosted.tab.getByRole('tabpanel', { name: step }).waitFor();
          if (step === 'Roles')
            await hosted.tab.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
          found[`${step}, ${theme}, ${width}px`] = await seriousAxeViolations(hosted.page);
        }
      } finally {
        await hosted.close();
      }
    }
  expect(Object.entries(found).filter(([, v]) => v.length > 0)).toEqual([]);
  expect(Object.keys(found)).toHaveLength(30);
});
