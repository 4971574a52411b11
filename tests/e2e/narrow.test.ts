// No view scrolls sideways at 280 px (issue #16 "Guests and narrow widths"): My meetings and a linked meeting in the
// standalone view, with voting open and after it closed with the running agenda open. Wide content (the roles preview
// table) scrolls inside its own focusable region; the page itself never does. Axe finds nothing serious at that width.
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/meetings';
import { openStandalone, type StandalonePage } from './helpers/openStandalone';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';

jest.setTimeout(150_000);

let env: E2eEnv;
let demo: StandalonePage | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => {
  await demo?.close();
  await env?.close();
});

/** How far the page scrolls sideways, and the outermost elements that stick out past its right edge. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const de = document.documentElement;
    const over = (el: Element | null) => (el ? el.getBoundingClientRect().right > de.clientWidth + 1 : false);
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => over(el) && !over(el.parentElement) && getComputedStyle(el).position !== 'fixed')
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 40)}”`);
    return { extra: de.scrollWidth - de.clientWidth, culprits };
  });

test('at 280 px nothing scrolls sideways: My meetings, a meeting with voting open, and after it closed', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  await page.setViewportSize({ width: 280, height: 900 });
  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().waitFor();
  expect(await sideways(page)).toMatchObject({ extra: 0 });

  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  const link = page.getByRole('button', { name: 'Link this series to a team' });
  const form = page.getByRole('region', { name: 'Propose a topic' });
  await Promise.race([link.waitFor(), form.waitFor()]);
  if (await link.isVisible()) await link.click();
  await form.waitFor();
  await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();
  const open = await sideways(page);
  expect(open.extra).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page
    .getByRole('region', { name: 'Agenda' })
    .getByRole('button', { name: 'Close voting', exact: true })
    .click();
  await page.getByText('Voting closed', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: 'Run the meeting: current item and timer' }).click();
  await page.getByRole('group', { name: 'Now' }).waitFor();
  expect(await sideways(page)).toMatchObject({ extra: 0 });
  expect(await seriousAxeViolations(page)).toEqual([]);
});
