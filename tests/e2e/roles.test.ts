// Rotating roles in the demo build: the organizer links the weekly series, sees who holds which role and the next
// four; an attendee who holds a role in the next occurrence declines it through Graph, and the preview moves past
// them (no longer assigned there, listed as declined). Needs the drive routes of the sandbox (series document).
import type { Locator, Page } from 'playwright-core';
import { seriousAxeViolations, upcomingMeetings } from './helpers/meetings';
import { openStandalone } from './helpers/openStandalone';
import type { StandalonePage } from './helpers/openStandalone';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant } from './host/openInHost';

jest.setTimeout(120_000);

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

const SERIES = 'Leadership weekly';

async function openWeekly(page: Page): Promise<Locator> {
  await page
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .first()
    .click();
  const link = page.getByRole('button', { name: 'Link this series to a team' });
  const roles = page.getByRole('region', { name: 'Roles' });
  // First visit: the organizer links the series (the document that holds swaps, opt-outs and responses).
  await Promise.race([link.waitFor(), page.getByRole('tab', { name: 'Actions' }).waitFor()]);
  if (await link.isVisible()) await link.click();
  await openStep(page, 'Roles');
  await roles.getByRole('table', { name: 'Preview next 4' }).waitFor();
  return roles;
}

/** Cells of one preview row: [date, …holders per role, skipped]. Row 0 is the header, row 1 this meeting. */
async function previewRow(roles: Locator, n: number): Promise<string[]> {
  const row = roles.getByRole('table', { name: 'Preview next 4' }).getByRole('row').nth(n);
  return row.locator('th, td').allInnerTexts();
}

test('a decline moves the rotation past the person, who is listed as skipped: declined', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const weekly = (await upcomingMeetings(env.sandbox, tenant.defaultUser))
    .filter((e) => e.subject === SERIES)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const next = weekly[1];
  if (!next) throw new Error('the demo tenant needs two upcoming Leadership weekly occurrences');

  demo = await openStandalone(env);
  const { page } = demo;
  let roles = await openWeekly(page);
  await roles.getByRole('list', { name: 'Roles in this meeting' }).getByRole('listitem').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const before = await previewRow(roles, 2);
  const holders = before.slice(1, -1);
  const organizerName = tenant.users.find(
    (u) => u.userPrincipalName.toLowerCase() === tenant.defaultUser.toLowerCase(),
  )?.displayName;
  // The organizer can't decline their own meeting: pick another holder of the next occurrence.
  const decliner = tenant.users.find(
    (u) => holders.includes(u.displayName) && u.displayName !== organizerName,
  );
  if (!decliner) throw new Error(`no attendee holds a role next time: ${before.join(' | ')}`);

  // The attendee declines that one occurrence from their own calendar (POST /me/events/{id}/decline).
  const token = env.sandbox.mintToken({ user: decliner.userPrincipalName });
  const from = new Date(next.start.getTime() - 3600_000).toISOString();
  const to = new Date(next.start.getTime() + 3600_000).toISOString();
  const listed = await fetch(
    `${env.sandbox.url}/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const theirs = ((await listed.json()) as { value: { id: string; subject: string }[] }).value.find(
    (e) => e.subject === SERIES,
  );
  if (!theirs) throw new Error(`${decliner.displayName} has no copy of the next occurrence`);
  const declined = await fetch(`${env.sandbox.url}/v1.0/me/events/${theirs.id}/decline`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ comment: 'Travelling', sendResponse: true }),
  });
  expect(declined.status).toBe(202);

  // Reopening reads the occurrences' responses again.
  await page.getByRole('button', { name: 'Back to My meetings' }).click();
  roles = await openWeekly(page);
  await roles.getByRole('list', { name: 'Roles in this meeting' }).getByRole('listitem').first().waitFor();
  const after = await previewRow(roles, 2);
  expect(after.slice(1, -1)).not.toContain(decliner.displayName);
  expect(after[after.length - 1]).toContain(decliner.displayName);
  expect(after[after.length - 1]).toMatch(/^Declined: /);
  // Every role is still filled.
  expect(after.slice(1, -1).every((name) => name !== 'Nobody')).toBe(true);
});

test('My meetings shows "You facilitate"-style badges for a linked series on a fresh load', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const me = tenant.users.find((u) => u.userPrincipalName.toLowerCase() === tenant.defaultUser.toLowerCase());
  if (!me) throw new Error('no default user');
  demo = await openStandalone(env);
  const roles = await openWeekly(demo.page);
  // Which listed occurrences the organizer holds a role in, from the preview the meeting view shows.
  const rows = await roles.getByRole('table', { name: 'Preview next 4' }).getByRole('row').allInnerTexts();
  const held = rows.slice(1).filter((r) => r.split('\t').slice(1, -1).includes(me.displayName));
  await demo.close();

  demo = await openStandalone(env);
  const badges = demo.page.getByText(/^You (facilitate|keep time|take notes)$/);
  if (held.length === 0) {
    // Nothing to show: make sure the list rendered and no badge appeared.
    await demo.page
      .getByRole('button', { name: `Open agenda: ${SERIES}` })
      .first()
      .waitFor();
    expect(await badges.count()).toBe(0);
  } else {
    await badges.first().waitFor();
    expect(await badges.count()).toBeGreaterThan(0);
  }
});

test('the organizer adds a custom role, and it joins the rotation with its own reason', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  const roles = await openWeekly(page);
  await roles.getByRole('button', { name: 'Series roles' }).click();
  const dialog = page.getByRole('region', { name: 'Roles in this series' });
  await dialog.getByRole('button', { name: 'Add a role' }).click();
  const count = await dialog.getByRole('textbox', { name: /^Role \d+/ }).count();
  await dialog.getByRole('textbox', { name: `Role ${count}`, exact: true }).fill('Challenger');
  await dialog.getByRole('textbox', { name: /Past tense for “Challenger”/ }).fill('challenged');
  await dialog.getByRole('button', { name: 'Save roles' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const header = roles
    .getByRole('table', { name: 'Preview next 4' })
    .getByRole('columnheader', { name: 'Challenger' });
  await header.waitFor();
  const items = await roles
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('listitem')
    .allInnerTexts();
  expect(items.some((t) => /has had the fewest turns as Challenger/.test(t))).toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
});
