// One accountable owner (issue #16) in the demo build: an item captured with an owner and a helper becomes a Planner
// task with exactly one assignee and the helper named in its description; an external owner is flagged at capture,
// and both of the flag's choices work: pick an internal owner (the item then records), or keep the item off Planner
// (it is shown so, never recorded, and the choice can be undone).
import type { Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/meetings';
import { openStandalone, type StandalonePage } from './helpers/openStandalone';
import { openStep } from './helpers/steps';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, type Tenant } from './host/openInHost';

jest.setTimeout(150_000);

let env: E2eEnv;
let tenant: Tenant;
let demo: StandalonePage | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
  tenant = await fetchTenant(env.sandbox);
});
afterAll(async () => {
  await demo?.close();
  await env?.close();
});

const SERIES = 'Leadership weekly';
const GUEST = 'kim@fabrikam.example';

async function openWeekly(page: Page): Promise<Locator> {
  await page
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .first()
    .click();
  const link = page.getByRole('button', { name: 'Link this series to a team' });
  const area = page.getByRole('region', { name: 'Action items' });
  await Promise.race([link.waitFor(), page.getByRole('tab', { name: 'Actions' }).waitFor()]);
  if (await link.isVisible()) await link.click();
  await openStep(page, 'Actions');
  await area.waitFor();
  return area;
}

async function pick(
  form: Locator,
  page: Page,
  box: 'Owner' | 'Helpers (optional)',
  text: string,
  option: string,
) {
  const input = form.getByRole('combobox', { name: box });
  await input.click();
  await input.fill(text);
  await page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

interface WireTask {
  id: string;
  title: string;
  assignments: Record<string, unknown>;
}

async function graph<T>(path: string): Promise<T> {
  const res = await fetch(`${env.sandbox.url}/v1.0${path}`, {
    headers: { Authorization: `Bearer ${env.sandbox.mintToken({ user: tenant.defaultUser })}` },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Every task of the Leadership Team's plans titled `title`, once Planner's listings have caught up (≤ 2 s). */
async function tasksTitled(title: string): Promise<WireTask[]> {
  const team = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  const plans = await graph<{ value: { id: string }[] }>(`/groups/${team?.id ?? ''}/planner/plans`);
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  const lists = await Promise.all(
    plans.value.map((p) => graph<{ value: WireTask[] }>(`/planner/plans/${p.id}/tasks`)),
  );
  return lists.flatMap((l) => l.value).filter((t) => t.title === title);
}

/** How far the page scrolls sideways (wide tables scroll in their own regions), as narrow.test.ts measures. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const de = document.documentElement;
    const over = (el: Element | null) => (el ? el.getBoundingClientRect().right > de.clientWidth + 1 : false);
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => over(el) && !over(el.parentElement) && getComputedStyle(el).position !== 'fixed')
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 40)}”`);
    return { extra: de.scrollWidth - de.clientWidth, culprits };
  });

/** Pairs of the matched elements whose boxes overlap (an element never overlaps one it contains). */
const overlaps = (elements: Locator) =>
  elements.evaluateAll((els) => {
    const out: string[] = [];
    const name = (el: Element) => (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30);
    for (const [i, a] of els.entries())
      for (const b of els.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const r = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const w = Math.min(r.right, q.right) - Math.max(r.left, q.left);
        const h = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
        if (w > 1 && h > 1) out.push(`${name(a)} × ${name(b)}`);
      }
    return out;
  });

function members() {
  const team = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  const people = tenant.users.filter(
    (u) =>
      (team?.memberIds ?? []).includes(u.id) &&
      u.userPrincipalName.toLowerCase() !== tenant.defaultUser.toLowerCase() &&
      !u.userPrincipalName.includes('#EXT#'),
  );
  const [owner, helper] = people;
  if (!owner || !helper) throw new Error('the Leadership Team needs two members besides the organizer');
  return { owner, helper };
}

test('an owner and a helper: the task has the owner as its only assignee and the helper in its description', async () => {
  const { owner, helper } = members();
  demo = await openStandalone(env);
  const { page } = demo;
  const area = await openWeekly(page);
  const form = area.getByRole('form', { name: 'Capture an action item' });

  await form.getByRole('textbox', { name: 'What needs to be done' }).fill('Prepare the board pack');
  await pick(form, page, 'Owner', owner.displayName.split(' ')[0] ?? owner.displayName, owner.displayName);
  // The owner box holds one person: picking another replaces the first (the item below names only the last).
  await pick(form, page, 'Owner', helper.displayName.split(' ')[0] ?? helper.displayName, helper.displayName);
  await pick(form, page, 'Owner', owner.displayName.split(' ')[0] ?? owner.displayName, owner.displayName);
  await pick(
    form,
    page,
    'Helpers (optional)',
    helper.displayName.split(' ')[0] ?? helper.displayName,
    helper.displayName,
  );
  // A member of the organization: nothing to flag.
  expect(await form.getByRole('group', { name: 'Planner can’t assign this owner' }).count()).toBe(0);
  await form.getByRole('button', { name: 'Add action' }).click();

  const item = area.getByRole('listitem', { name: 'Prepare the board pack' });
  await item.getByText(`Owner: ${owner.displayName} · Helpers: ${helper.displayName}`).waitFor();
  await area.getByRole('button', { name: 'Record 1 to Planner' }).click();
  await item.getByText('In Planner', { exact: true }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const [task, ...more] = await tasksTitled('Prepare the board pack');
  expect(more).toEqual([]);
  expect(Object.keys(task?.assignments ?? {})).toEqual([owner.id]);
  const details = await graph<{ description: string }>(`/planner/tasks/${task?.id ?? ''}/details`);
  expect(details.description).toContain(`Owner: ${owner.displayName} (${owner.userPrincipalName}).`);
  expect(details.description).toContain(`Helpers: ${helper.displayName} (${helper.userPrincipalName}).`);
});

test('an external owner is flagged at capture; picking an internal owner records it, keeping it off Planner does not', async () => {
  const { owner } = members();
  // A fresh page: a reload would reopen the meeting it shows (its address names it).
  await demo?.close();
  demo = await openStandalone(env);
  const { page } = demo;
  const area = await openWeekly(page);
  const form = area.getByRole('form', { name: 'Capture an action item' });
  const title = form.getByRole('textbox', { name: 'What needs to be done' });
  const flag = form.getByRole('group', { name: 'Planner can’t assign this owner' });

  // 1. Pick an internal owner instead: the flag goes, what was typed stays, and the item records.
  await title.fill('Send the partnership brief');
  await pick(form, page, 'Owner', GUEST, `Add ${GUEST}`);
  await flag.getByText(`${GUEST} has no account in your organization`, { exact: false }).waitFor();
  await flag.getByRole('button', { name: 'Pick an internal owner' }).click();
  await flag.waitFor({ state: 'detached' });
  expect(await title.inputValue()).toBe('Send the partnership brief');
  await pick(form, page, 'Owner', owner.displayName.split(' ')[0] ?? owner.displayName, owner.displayName);
  await form.getByRole('button', { name: 'Add action' }).click();
  const internal = area.getByRole('listitem', { name: 'Send the partnership brief' });
  await internal.waitFor();

  // 2. Keep it off Planner: said so at capture, on the item, and by the Record button; never recorded.
  await title.fill('Invite Fabrikam to the offsite');
  await pick(form, page, 'Owner', GUEST, `Add ${GUEST}`);
  // At the side panel's 280 px the flag, its choices and the item rows neither overflow nor overlap.
  await page.setViewportSize({ width: 280, height: 900 });
  await flag.getByRole('button', { name: 'Keep off Planner' }).scrollIntoViewIfNeeded();
  expect(await sideways(page)).toMatchObject({ extra: 0 });
  expect(await overlaps(flag.getByRole('button'))).toEqual([]);
  await internal.getByRole('button', { name: 'Change owner or helpers' }).click();
  // Reassigning flags such an owner too, before anything is saved.
  const newOwner = internal.getByRole('combobox', { name: 'New owner' });
  await newOwner.click();
  await newOwner.fill(GUEST);
  await page
    .getByRole('listbox')
    .getByRole('option', { name: `Add ${GUEST}` })
    .click();
  await page.keyboard.press('Escape');
  await internal.getByText(`${GUEST} has no account in your organization`, { exact: false }).waitFor();
  expect(await sideways(page)).toMatchObject({ extra: 0 });
  expect(
    await overlaps(internal.locator('button, input, [role="combobox"], .fui-Badge, .fui-Caption1')),
  ).toEqual([]);
  await internal.getByRole('button', { name: 'Cancel' }).click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await flag.getByRole('button', { name: 'Keep off Planner' }).click();
  const kept = form.getByRole('group', { name: 'Kept off Planner' });
  await kept.getByText(`Kept off Planner: ${GUEST} owns it here`, { exact: false }).waitFor();
  await form.getByRole('button', { name: 'Add action' }).click();
  const offItem = area.getByRole('listitem', { name: 'Invite Fabrikam to the offsite' });
  await offItem.getByText('Kept off Planner by choice').waitFor();
  await area.getByText('1 item is kept off Planner by choice.').waitFor();

  // Only the internal one is recordable, and only it reaches Planner.
  await area.getByRole('button', { name: 'Record 1 to Planner' }).click();
  await internal.getByText('In Planner', { exact: true }).waitFor();
  const nothingMore = area.getByRole('button', { name: 'Nothing more to record' });
  await nothingMore.waitFor();
  expect(await nothingMore.getAttribute('aria-disabled')).toBe('true');
  // Kept off by choice is not waiting for an owner.
  expect(await area.getByText('wait for an owner', { exact: false }).count()).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await tasksTitled('Send the partnership brief')).toHaveLength(1);
  expect(await tasksTitled('Invite Fabrikam to the offsite')).toEqual([]);

  // The choice can be undone: the item counts as recordable again.
  await offItem.getByRole('button', { name: 'Undo: record it to Planner' }).click();
  await offItem.getByText('Not in Planner yet').waitFor();
  await area.getByRole('button', { name: 'Record 1 to Planner' }).waitFor();
});
