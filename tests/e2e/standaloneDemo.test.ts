// The demo build opened directly in a browser: standalone mode against the sandbox's demo tenant.
import type { Page } from 'playwright-core';
import { meetingItems, seriousAxeViolations, upcomingMeetings } from './helpers/meetings';
import type { GraphEventSummary } from './helpers/meetings';
import { openStandalone } from './helpers/openStandalone';
import type { StandalonePage } from './helpers/openStandalone';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant } from './host/openInHost';

// jest.config.cjs sets testTimeout on the e2e project, which jest ignores for projects; browser tests need more
// than the 5 s default on this 2-core machine.
jest.setTimeout(90_000);

let env: E2eEnv;
let demo: StandalonePage | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => {
  await env?.close();
});
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

/** The first single meeting comfortably inside the 14-day window (clear of the window's edges). */
function firstOneOff(events: readonly GraphEventSummary[]): GraphEventSummary {
  const soon = Date.now() + 3600 * 1000;
  const oneOff = events
    .filter((e) => e.type === 'singleInstance' && e.start.getTime() > soon)
    .sort((a, b) => a.start.getTime() - b.start.getTime())[0];
  if (oneOff === undefined) throw new Error('the demo tenant has no one-off meeting in the next 14 days');
  return oneOff;
}

async function chooseViewAs(page: Page, displayName: string): Promise<void> {
  const control = page.getByRole('combobox', { name: 'View as' });
  // The contract allows a native Select or a Fluent Dropdown; drive whichever is rendered.
  if ((await control.evaluate((el) => el.tagName)) === 'SELECT') {
    await control.selectOption({ label: displayName });
  } else {
    await control.click();
    await page.getByRole('option', { name: displayName }).click();
  }
}

test('lists the default user’s meetings under the demo-tenant banner', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const oneOff = firstOneOff(await upcomingMeetings(env.sandbox, tenant.defaultUser));
  demo = await openStandalone(env);
  const { page } = demo;

  const items = meetingItems(page);
  await items.filter({ hasText: 'Leadership weekly' }).first().waitFor();
  await items.filter({ hasText: oneOff.subject }).first().waitFor();
  await page.getByText(`Demo tenant: ${tenant.displayName}`).waitFor();
  expect(await page.getByRole('heading', { name: 'My meetings' }).count()).toBe(1);
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  // The demo opened in a browser never loads TeamsJS, whose import fetches from Microsoft's CDN
  // (src/compose/demoHost.ts): it needs nothing off localhost.
  expect(demo.blockedRequests).toEqual([]);
});

test('"View as" another user shows that user’s calendar, with their own meetings organized by "You"', async () => {
  const tenant = await fetchTenant(env.sandbox);
  // Pick, from the seeded data itself, a user other than the default who organizes an upcoming meeting.
  let chosen: { name: string; subject: string } | undefined;
  for (const user of tenant.users) {
    if (user.userPrincipalName.toLowerCase() === tenant.defaultUser.toLowerCase()) continue;
    const addresses = [user.userPrincipalName.toLowerCase(), (user.mail ?? '').toLowerCase()];
    const own = (await upcomingMeetings(env.sandbox, user.userPrincipalName)).find((e) =>
      addresses.includes(e.organizerAddress),
    );
    if (own !== undefined) {
      chosen = { name: user.displayName, subject: own.subject };
      break;
    }
  }
  if (chosen === undefined)
    throw new Error('no non-default demo user organizes a meeting in the next 14 days');

  demo = await openStandalone(env);
  const { page } = demo;
  const items = meetingItems(page);
  await items.first().waitFor();
  const before = await items.allInnerTexts();

  await chooseViewAs(page, chosen.name);
  const own = items
    .filter({ hasText: chosen.subject })
    // No \b: the row's text runs on ("Organizer: You3 attendees"); the lookahead only rules out "Your".
    .filter({ hasText: /Organizer: You(?![a-z])/ })
    .first();
  await own.waitFor();
  expect(await items.allInnerTexts()).not.toEqual(before);
});

test('the demo meetings view has no serious or critical axe violations', async () => {
  demo = await openStandalone(env);
  await meetingItems(demo.page).first().waitFor();
  expect(await seriousAxeViolations(demo.page)).toEqual([]);
});

test('viewed as the B2B guest: what a guest can and can’t do, no error to retry, no axe violations', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const guest = tenant.users.find((u) => u.userPrincipalName.includes('#EXT#'));
  if (!guest) throw new Error('the demo tenant has no guest');
  demo = await openStandalone(env);
  const { page } = demo;
  await meetingItems(page).first().waitFor();
  await chooseViewAs(page, guest.displayName);
  await page.getByText('Your meetings can’t be listed in this organization').waitFor();
  await page.getByText('What you can do here').waitFor();
  expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  expect(await page.locator('body').innerText()).not.toContain('deleted or moved');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('earlier meetings: the last 4 weeks on request, newest first, and a past meeting opens', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  await meetingItems(page).first().waitFor();
  const upcoming = await meetingItems(page).count();
  const earlier = page.getByRole('region', { name: 'Earlier meetings' });
  await earlier.getByRole('button', { name: 'Show the last 4 weeks' }).click();
  const pastWeekly = earlier.getByRole('button', { name: 'Open agenda: Leadership weekly' });
  await pastWeekly.first().waitFor();
  // Newest first: the day headings run backwards in time.
  const starts = await earlier
    .locator('time')
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
  expect(starts.length).toBeGreaterThan(1);
  expect(starts.every((t, i) => i === 0 || t <= (starts[i - 1] ?? t))).toBe(true);
  expect(starts.every((t) => t <= Date.now())).toBe(true);
  // The upcoming list is as it was.
  expect(await page.getByRole('region', { name: 'My meetings' }).getByRole('listitem').count()).toBe(
    upcoming,
  );

  await pastWeekly.first().click();
  await page.getByRole('heading', { level: 1, name: 'Leadership weekly' }).waitFor();
  await page.getByRole('button', { name: 'Back to My meetings' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
