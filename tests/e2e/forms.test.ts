// Keyboard and numbers in the Propose form (issue #16 "Keyboard and focus"): after a proposal is stored, focus lands on
// the empty title for the next one (document.activeElement), never on <body>; an estimate typed as "abc" stays "abc"
// beside a message that says what is wrong, never "NaN", and nothing typed is lost.
import type { Page } from 'playwright-core';
import { openStandalone, type StandalonePage } from './helpers/openStandalone';
import { openStep } from './helpers/steps';
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

async function openWeekly(page: Page) {
  await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  const link = page.getByRole('button', { name: 'Link this series to a team' });
  const form = page.getByRole('region', { name: 'Propose a topic' });
  await Promise.race([link.waitFor(), form.waitFor()]);
  if (await link.isVisible()) await link.click();
  await form.getByRole('textbox', { name: /^Title/ }).waitFor();
  return form;
}

const isFocused = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => el === document.activeElement);

test('after Propose, focus is on the empty title; an estimate of "abc" shows "abc" and a message, never NaN', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  const form = await openWeekly(page);
  // The header names the day (Dec 8 and Dec 15 look different) and where the meeting stands for this person.
  const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
  expect(await header.locator('time').innerText()).toMatch(
    /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, /,
  );
  await header.getByText(/^Voting open until .+ · you have 3 of 3 dots left$/).waitFor();
  const title = form.getByRole('textbox', { name: /^Title/ });
  const estimate = form.getByRole('spinbutton', { name: /Estimate/ });

  await title.fill('Quarterly pricing review');
  await estimate.fill('abc');
  await estimate.press('Tab');
  expect(await estimate.inputValue()).toBe('abc');
  await form.getByRole('button', { name: 'Propose', exact: true }).click();
  await form.getByText('The estimate must be a whole number of minutes from 1 to 240.').waitFor();
  expect(await estimate.inputValue()).toBe('abc');
  expect(await title.inputValue()).toBe('Quarterly pricing review');
  expect(await page.locator('body').innerText()).not.toContain('NaN');

  // Corrected by keyboard, proposed with Enter from the title: stored, and focus waits on the empty title.
  await estimate.fill('20');
  await title.press('Enter');
  await form.getByText('Proposed “Quarterly pricing review”.').waitFor();
  expect(await title.inputValue()).toBe('');
  // Focus moves on the next frame after the answer.
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  expect(await isFocused(title)).toBe(true);

  // "+" by keyboard up to the topic's cap: the button turns off but keeps focus (aria-disabled), so the next Tab
  // goes on from there instead of from the top of the page.
  const plus = page.getByRole('button', { name: 'Add a dot to Quarterly pricing review' });
  await plus.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page
    .getByText(/^2 dots$/)
    .first()
    .waitFor();
  expect(await plus.getAttribute('aria-disabled')).toBe('true');
  expect(await isFocused(plus)).toBe(true);
});

test('publishing while voting is open: the organizer is warned, and the invite lists proposals unranked', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  const form = await openWeekly(page);
  const title = form.getByRole('textbox', { name: /^Title/ });
  for (const t of ['Offsite venue', 'Budget review']) {
    await title.fill(t);
    await form.getByRole('button', { name: 'Propose', exact: true }).click();
    await form.getByText(`Proposed “${t}”.`).waitFor();
  }
  await openStep(page, 'Agenda');
  await page.getByRole('button', { name: 'Publish to invite…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish to invite' });
  await dialog.getByText('Voting is still open', { exact: true }).waitFor();
  await dialog.getByText(/without dots, ranking or time boxes/).waitFor();
  const preview = dialog.frameLocator('iframe[title="Preview of the agenda block"]');
  await preview.getByText('Proposed topics', { exact: true }).waitFor();
  await preview.getByText(/^Voting is open until .+\. The agenda is set when voting closes/).waitFor();
  expect(await preview.getByText('Agenda', { exact: true }).count()).toBe(0);
  const html = await preview.locator('body').innerHTML();
  // In the order they were proposed (the first test's topic first), with no rank numbers or minutes.
  const order = ['Quarterly pricing review', 'Offsite venue', 'Budget review'].map((t) => html.indexOf(t));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  expect(html).not.toMatch(/\d&nbsp;min/);
  await dialog.getByRole('radio', { name: 'This occurrence only' }).check();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await dialog.getByText('Published. Attendees receive the updated invitation in Outlook.').waitFor();
  // Closed with Escape: focus is back on the button that opened it, not on <body>.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const opener = page.getByRole('button', { name: 'Publish to invite…' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  expect(await isFocused(opener)).toBe(true);

  // The same for the agenda's settings, closed with Escape before anything was saved.
  await openStep(page, 'Prepare');
  const settings = page.getByRole('button', { name: 'Settings' });
  await settings.click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  expect(await isFocused(settings)).toBe(true);
});

test('capturing an action: the title counts its characters as you type, and a half-typed owner address is named', async () => {
  await demo?.close();
  demo = await openStandalone(env);
  const { page } = demo;
  await openWeekly(page);
  await openStep(page, 'Actions');
  const form = page
    .getByRole('region', { name: 'Action items' })
    .getByRole('form', { name: 'Capture an action item' });
  const title = form.getByRole('textbox', { name: /^What needs to be done/ });
  await title.fill('Draft the hiring plan');
  await form.getByText('21 of 255 characters').waitFor();
  await title.fill('x'.repeat(260));
  await form.getByText('Keep the action to 255 characters.').waitFor();

  const owners = form.getByRole('combobox', { name: 'Owner' });
  await owners.click();
  // A click opens the suggestions, and nothing is laid over the page while they are open: Fluent's portal layer
  // once carried the app's full-height background and swallowed the click's mouseup on a short page.
  expect(await owners.getAttribute('aria-expanded')).toBe('true');
  const covered = await owners.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== el;
  });
  expect(covered).toBe(false);
  // Fluent's portal layer holds only the absolutely placed list: it takes no room of its own over the page.
  const portalHeights = await page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-portal-node]')).map((n) => n.getBoundingClientRect().height),
  );
  expect(portalHeights.length).toBeGreaterThan(0);
  expect(portalHeights.every((h) => h === 0)).toBe(true);
  await owners.fill('kim@fabrikam');
  await form.getByText(/“kim@fabrikam” isn’t a complete e-mail address yet/).waitFor();
  await owners.fill('kim@fabrikam.example');
  await expect(form.getByText(/isn’t a complete e-mail address yet/).count()).resolves.toBe(0);
});
