// Roles by consent (issue #16), in the demo build, as different people through "View as": asking for someone's turn
// changes nothing until they accept; accepting changes that one meeting only; a decline is shown to the requester;
// the organizer's override is a separate, labelled control that also changes only its meeting. Each test file gets
// its own sandbox, so the series starts unlinked and nobody has swapped anything.
import type { Locator, Page } from 'playwright-core';
import { meetingItems, seriousAxeViolations } from './helpers/meetings';
import { openStandalone } from './helpers/openStandalone';
import type { StandalonePage } from './helpers/openStandalone';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { openStep } from './helpers/steps';
import { fetchTenant } from './host/openInHost';

jest.setTimeout(180_000);

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
  const preview = page.getByRole('table', { name: 'Preview next 4' });
  // The organizer's first visit links the series (the document that holds the requests).
  await Promise.race([link.waitFor(), preview.waitFor(), page.getByRole('tab', { name: 'Roles' }).waitFor()]);
  if (await link.isVisible()) await link.click();
  await openStep(page, 'Roles');
  const roles = page.getByRole('region', { name: 'Roles' });
  await roles.getByRole('table', { name: 'Preview next 4' }).waitFor();
  await roles.getByRole('list', { name: 'Roles in this meeting' }).getByRole('listitem').first().waitFor();
  return roles;
}

/**
 * Opens the demo afresh as another person ("View as" on a new page, before any meeting is opened: the app shares its
 * "who am I" answer for 30 s, so switching person inside an open page would show the previous one as "you"), who
 * opens the same meeting from their own calendar once their list has replaced the default user's.
 */
async function openAs(displayName: string, organizer: string): Promise<{ page: Page; roles: Locator }> {
  await demo?.close();
  demo = await openStandalone(env);
  const { page } = demo;
  await meetingItems(page).filter({ hasText: SERIES }).first().waitFor();
  await page.getByRole('combobox', { name: 'View as' }).selectOption({ label: displayName });
  const whose = displayName === organizer ? /Organizer: You(?![a-z])/ : `Organizer: ${organizer}`;
  await meetingItems(page).filter({ hasText: SERIES }).filter({ hasText: whose }).first().waitFor();
  return { page, roles: await openWeekly(page) };
}

/** Every preview row's cells: [date, …holders per role, skipped]; row 0 is this meeting. */
async function previewRows(roles: Locator): Promise<string[][]> {
  const rows = roles.getByRole('table', { name: 'Preview next 4' }).getByRole('row');
  const out: string[][] = [];
  const n = await rows.count();
  for (let i = 1; i < n; i++) out.push(await rows.nth(i).locator('th, td').allInnerTexts());
  return out;
}

/** The holder item of one role in this meeting. */
const roleItem = (roles: Locator, roleLabel: string) =>
  roles
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('listitem')
    .filter({ hasText: `${roleLabel}:` });

async function organizerName(): Promise<string> {
  const tenant = await fetchTenant(env.sandbox);
  const me = tenant.users.find((u) => u.userPrincipalName.toLowerCase() === tenant.defaultUser.toLowerCase());
  if (!me) throw new Error('the demo tenant has no default user');
  return me.displayName;
}

/** A role in this meeting held by someone else, that the user may ask for: its label and holder. */
async function askable(roles: Locator): Promise<{ role: string; holder: string; item: Locator }> {
  const items = roles.getByRole('list', { name: 'Roles in this meeting' }).getByRole('listitem');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const ask = item.getByRole('button', { name: /^Ask .+ for this turn$/ });
    if ((await ask.count()) === 0) continue;
    const label = (await item.getAttribute('aria-label')) ?? '';
    const [role, holder] = label.split(': ');
    if (!role || !holder) throw new Error(`unexpected holder item label: ${label}`);
    return { role, holder, item };
  }
  throw new Error('no role in this meeting can be asked for');
}

test('asking changes nothing until the holder accepts; accepting changes that one meeting only', async () => {
  const me = await organizerName();
  demo = await openStandalone(env);
  let { page } = demo;
  let roles = await openWeekly(page);
  const before = await previewRows(roles);
  expect(before.length).toBeGreaterThanOrEqual(3);
  const { role, holder, item } = await askable(roles);
  const column = (await roles.getByRole('columnheader').allInnerTexts()).indexOf(role);
  expect(column).toBeGreaterThan(0);

  await item.getByRole('button', { name: `Ask ${holder} for this turn` }).click();
  await roleItem(roles, role).getByText(`Waiting for ${holder} to answer.`).waitFor();
  // Nothing changed: the holder is still the holder, here and in every meeting.
  expect(await roleItem(roles, role).getAttribute('aria-label')).toBe(`${role}: ${holder}`);
  expect(await previewRows(roles)).toEqual(before);
  expect(await seriousAxeViolations(page)).toEqual([]);
  // The holder is sent a Teams notification (delivery is tested in a Teams host, nudges.test.ts). The demo opened in a
  // plain browser has no consent for it, and says whom it couldn't tell.
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`(Notified in Teams: .*|Couldn’t notify |Couldn't notify )${holder}`) })
    .waitFor();

  // The holder opens the meeting: the request waits for them, with Accept and Decline.
  ({ page, roles } = await openAs(holder, me));
  const request = roles.getByRole('group', { name: `${me} asks to take your turn as ${role}.` });
  await request.waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await request.getByRole('button', { name: `Accept ${me}’s request` }).click();

  const changed = roles
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('listitem', { name: `${role}: ${me}` });
  await changed.waitFor();
  await changed.getByText(`Swap: ${holder} accepted ${me}’s request`).waitFor();
  await request.waitFor({ state: 'detached' });
  const after = await previewRows(roles);
  // This meeting: only that role changed hands. Every other meeting: exactly as before (no reshuffle).
  expect(after[0]?.[column]).toBe(me);
  expect(after[0]?.filter((_, i) => i !== column)).toEqual(before[0]?.filter((_, i) => i !== column));
  expect(after.slice(1)).toEqual(before.slice(1));

  // The requester sees the same, with the swap logged.
  ({ page, roles } = await openAs(me, me));
  await roles
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('listitem', { name: `${role}: ${me}` })
    .getByText(`Swap: ${holder} accepted ${me}’s request`)
    .waitFor();
  expect((await previewRows(roles)).slice(1)).toEqual(before.slice(1));
});

test('a declined request is shown to the requester and changes nothing; a waiting one can be withdrawn', async () => {
  const me = await organizerName();
  demo = await openStandalone(env);
  let { page } = demo;
  let roles = await openWeekly(page);
  const before = await previewRows(roles);
  const { role, holder, item } = await askable(roles);

  // Asked, then withdrawn: the request is gone and can be made again.
  await item.getByRole('button', { name: `Ask ${holder} for this turn` }).click();
  const waiting = roleItem(roles, role).getByText(`Waiting for ${holder} to answer.`);
  await waiting.waitFor();
  await roleItem(roles, role).getByRole('button', { name: 'Withdraw request' }).click();
  await waiting.waitFor({ state: 'detached' });
  await roleItem(roles, role)
    .getByRole('button', { name: `Ask ${holder} for this turn` })
    .click();
  await waiting.waitFor();

  ({ page, roles } = await openAs(holder, me));
  const request = roles.getByRole('group', { name: `${me} asks to take your turn as ${role}.` });
  await request.getByRole('button', { name: `Decline ${me}’s request` }).click();
  await request.waitFor({ state: 'detached' });
  expect(await roleItem(roles, role).getAttribute('aria-label')).toBe(`${role}: ${holder}`);

  ({ page, roles } = await openAs(me, me));
  await roleItem(roles, role).getByText(`${holder} declined your request.`).waitFor();
  expect(await roleItem(roles, role).getAttribute('aria-label')).toBe(`${role}: ${holder}`);
  expect(await previewRows(roles)).toEqual(before);
});

test('the organizer’s override is its own labelled control, logged as such, and changes only its meeting', async () => {
  const me = await organizerName();
  demo = await openStandalone(env);
  const { page } = demo;
  const roles = await openWeekly(page);
  const before = await previewRows(roles);
  const headers = await roles.getByRole('columnheader').allInnerTexts();
  // Assign this meeting's first role to someone who doesn't hold it.
  const [role] = headers.slice(1);
  if (!role) throw new Error(`no roles in the preview: ${headers.join(' | ')}`);
  const control = roles.getByRole('combobox', { name: `Assign as organizer: ${role}` });
  expect(await control.locator('option').first().innerText()).toBe('Assign as organizer…');
  const options = (await control.locator('option').allInnerTexts()).slice(1);
  const current = before[0]?.[1]?.replace(/ \(.*\)$/, '');
  const other = options.find((o) => o !== current && o !== me) ?? options.find((o) => o !== current);
  if (!other) throw new Error(`nobody else to assign: ${options.join(', ')}`);
  await control.selectOption({ label: other });

  const assigned = roles
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('listitem', { name: `${role}: ${other}` });
  await assigned.waitFor();
  await assigned.getByText(`Organizer override: assigned by ${me}`).waitFor();
  const after = await previewRows(roles);
  expect(after[0]?.[1]?.replace(/ \(.*\)$/, '')).toBe(other);
  expect(after.slice(1)).toEqual(before.slice(1));

  // Only an explicit re-plan may recompute the meetings after this one; this meeting keeps its roles.
  // Asked first: Cancel changes nothing, and focus goes back to the button.
  const replan = roles.getByRole('button', { name: 'Re-plan the rest of the series…' });
  await replan.click();
  const dialog = page.getByRole('dialog', { name: 'Re-plan the rest of the series?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement !== document.body);
  expect(await replan.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await roles.getByText(/^Re-planned:/).count()).toBe(0);
  await replan.click();
  await dialog.getByRole('button', { name: 'Re-plan', exact: true }).click();
  await roles
    .getByText('Re-planned: the meetings after this one count the swaps and assignments made so far.')
    .waitFor();
  await assigned.waitFor();
  expect((await previewRows(roles))[0]).toEqual(after[0]);
  expect(await seriousAxeViolations(page)).toEqual([]);
});
