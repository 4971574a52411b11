// Action items in the demo build (issue #5 browser test): the organizer captures 3 items with different owners, one
// of them an external guest, and records them. The sandbox then holds 2 assigned tasks and the guest's item shows
// why it was not recorded. After an owner completes one task in Planner, the next occurrence opens with the review
// of commitments showing each one's live status.
import type { Locator, Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/meetings';
import { openStandalone } from './helpers/openStandalone';
import type { StandalonePage } from './helpers/openStandalone';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant } from './host/openInHost';

jest.setTimeout(150_000);

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
const GUEST = 'kim@fabrikam.example';

async function openOccurrence(page: Page, n: number): Promise<void> {
  await page
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .nth(n)
    .click();
  const link = page.getByRole('button', { name: 'Link this series to a team' });
  const steps = page.getByRole('tab', { name: 'Actions' });
  await Promise.race([link.waitFor(), steps.waitFor()]);
  if (await link.isVisible()) await link.click();
  await openStep(page, 'Actions');
  await page.getByRole('region', { name: 'Action items' }).waitFor();
}

async function addOwner(form: Locator, page: Page, text: string, option: string): Promise<void> {
  const input = form.getByRole('combobox', { name: 'Owner' });
  await input.click();
  await input.fill(text);
  await page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  await page.keyboard.press('Escape');
}

async function graph(path: string, user: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${env.sandbox.url}/v1.0${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${env.sandbox.mintToken({ user })}`,
      'Content-Type': 'application/json',
      ...(init.headers as Record<string, string> | undefined),
    },
  });
}

interface WireTask {
  id: string;
  title: string;
  percentComplete: number;
  assignments: Record<string, unknown>;
  '@odata.etag': string;
}

test('3 items, one owned by a guest: 2 assigned tasks, the guest’s message, and the review at the next occurrence', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const organizer = tenant.defaultUser;
  const leadership = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  if (!leadership) throw new Error('no Leadership Team in the demo tenant');
  const member = tenant.users.find(
    (u) =>
      leadership.memberIds.includes(u.id) &&
      u.userPrincipalName.toLowerCase() !== organizer.toLowerCase() &&
      !u.userPrincipalName.includes('#EXT#'),
  );
  if (!member) throw new Error('no second member in the Leadership Team');

  demo = await openStandalone(env);
  const { page } = demo;
  await openOccurrence(page, 0);
  const area = page.getByRole('region', { name: 'Action items' });
  const form = area.getByRole('form', { name: 'Capture an action item' });
  const title = form.getByRole('textbox', { name: 'What needs to be done' });

  // 1. The organizer claims one.
  await title.fill('Draft the hiring plan');
  await form.getByRole('button', { name: 'I’ll own this' }).click();
  await area.getByRole('listitem', { name: 'Draft the hiring plan' }).waitFor();
  // 2. Assigned to a member, with a due date.
  await title.fill('Book the offsite venue');
  await addOwner(form, page, member.displayName.split(' ')[0] ?? member.displayName, member.displayName);
  await form.getByLabel('Due (optional)').fill('2030-01-31');
  await form.getByRole('button', { name: 'Add action' }).click();
  await area.getByRole('listitem', { name: 'Book the offsite venue' }).waitFor();
  // 3. Assigned to an external guest, typed by e-mail.
  await title.fill('Send the partnership brief');
  await addOwner(form, page, GUEST, `Add ${GUEST}`);
  // Flagged at capture: the directory has no account for the guest, so Planner can't assign them; the choices are
  // offered, and adding the item anyway leaves it waiting for an owner.
  const flag = form.getByRole('group', { name: 'Planner can’t assign this owner' });
  await flag.getByText(`${GUEST} has no account in your organization`, { exact: false }).waitFor();
  await flag.getByRole('button', { name: 'Pick an internal owner' }).waitFor();
  await flag.getByRole('button', { name: 'Keep off Planner' }).waitFor();
  await form.getByRole('button', { name: 'Add action' }).click();
  const guestItem = area.getByRole('listitem', { name: 'Send the partnership brief' });
  await guestItem.waitFor();
  expect(await title.inputValue()).toBe('');

  await area.getByRole('button', { name: 'Record 3 to Planner' }).click();
  await guestItem.getByText('no account in this organization').waitFor();
  // The guest's item can't go to Planner as it is: the button says so instead of offering a recording that can't work.
  const nothingMore = area.getByRole('button', { name: 'Nothing more to record' });
  await nothingMore.waitFor();
  expect(await nothingMore.getAttribute('aria-disabled')).toBe('true');
  await area
    .getByText('1 item waits for an owner from your organization before it can go to Planner.')
    .waitFor();
  expect(await area.getByText('In Planner', { exact: true }).count()).toBe(2);
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The sandbox holds exactly 2 tasks, each assigned, in whichever of the team's plans the app chose. Planner's
  // listings show a new task only after a lag (at most 2 s in the sandbox, README "Planner"): wait it out first.
  const plans = (await (await graph(`/groups/${leadership.id}/planner/plans`, organizer)).json()) as {
    value: { id: string }[];
  };
  const listTasks = async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const lists = await Promise.all(
      plans.value.map(
        async (p) =>
          ((await (await graph(`/planner/plans/${p.id}/tasks`, organizer)).json()) as { value: WireTask[] })
            .value,
      ),
    );
    return lists.flat();
  };
  const ours = (await listTasks()).filter((t) =>
    ['Draft the hiring plan', 'Book the offsite venue', 'Send the partnership brief'].includes(t.title),
  );
  expect(ours.map((t) => t.title).sort()).toEqual(['Book the offsite venue', 'Draft the hiring plan']);
  for (const t of ours) expect(Object.keys(t.assignments)).toHaveLength(1);
  const memberTask = ours.find((t) => t.title === 'Book the offsite venue');
  expect(Object.keys(memberTask?.assignments ?? {})).toEqual([member.id]);

  // Pressing it anyway changes nothing for the two recorded ones.
  await nothingMore.click({ force: true });
  await nothingMore.waitFor();
  expect((await listTasks()).filter((t) => t.title === 'Book the offsite venue')).toHaveLength(1);

  // The member completes their task in Planner (If-Match, as Planner requires).
  const patched = await graph(`/planner/tasks/${memberTask?.id ?? ''}`, member.userPrincipalName, {
    method: 'PATCH',
    headers: { 'If-Match': memberTask?.['@odata.etag'] ?? '' },
    body: JSON.stringify({ percentComplete: 100 }),
  });
  expect(patched.status).toBeLessThan(300);

  // The next occurrence opens with the review of commitments, read live from Planner.
  await page.getByRole('button', { name: 'Back to My meetings' }).click();
  await openOccurrence(page, 1);
  await openStep(page, 'Agenda');
  const review = page.getByRole('region', { name: 'Review of commitments' });
  await review.getByRole('listitem', { name: 'Book the offsite venue: Done' }).waitFor();
  await review.getByRole('listitem', { name: 'Draft the hiring plan: Open' }).waitFor();
  await review.getByRole('listitem', { name: 'Send the partnership brief: Not in Planner' }).waitFor();
  expect(await review.getByText('1 open · 0 overdue · 1 done').count()).toBe(1);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the personal tab (and the demo) can run the meeting too: the running agenda opens on demand', async () => {
  demo = await openStandalone(env);
  const { page } = demo;
  await openOccurrence(page, 0);
  await openStep(page, 'Run');
  const now = page.getByRole('group', { name: 'Now' });
  await now.getByRole('heading').waitFor();
  await now.getByRole('button', { name: 'Start' }).click();
  await now.getByRole('button', { name: 'Pause' }).waitFor();
  expect(await now.getByRole('timer').innerText()).toMatch(/^\d{2}:\d{2}$/);
  // The Run step captures commitments as they are made (one form there; the Actions step has its own).
  expect(await page.getByRole('form', { name: 'Capture an action item' }).count()).toBe(1);
});

test('publish to invite: preview, one update to attendees, and nothing sent when unchanged', async () => {
  const tenant = await fetchTenant(env.sandbox);
  demo = await openStandalone(env);
  const { page } = demo;
  await openOccurrence(page, 0);
  env.sandbox.clearRequestLog();
  await openStep(page, 'Agenda');
  await page.getByRole('button', { name: 'Publish to invite…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish to invite' });
  await dialog.getByText('every attendee receives an update in Outlook', { exact: false }).waitFor();
  const preview = dialog.frameLocator('iframe[title="Preview of the agenda block"]');
  await preview.getByText('Roundtable agenda', { exact: false }).first().waitFor();
  // Voting closed when the previous test started the run: the agreed agenda, and no open-vote warning.
  await preview.getByText('Agenda', { exact: true }).waitFor();
  expect(await dialog.getByText('Voting is still open', { exact: true }).count()).toBe(0);
  await dialog.getByRole('radio', { name: 'This occurrence only' }).check();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await dialog.getByText('Published. Attendees receive the updated invitation in Outlook.').waitFor();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await dialog.getByText('already shows this agenda, so nothing was sent').waitFor();
  const patches = env.sandbox.requestLog().filter((r) => r.method === 'PATCH' && r.url.includes('/events/'));
  expect(patches).toHaveLength(1);

  // The attendee's copy of that occurrence carries the block, and the Teams join details are intact.
  const dana = tenant.users.find((u) => u.userPrincipalName.startsWith('dana.'))?.userPrincipalName ?? '';
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 14 * 86_400_000).toISOString();
  const res = await fetch(
    `${env.sandbox.url}/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,body,start&$orderby=start/dateTime&$top=50`,
    { headers: { Authorization: `Bearer ${env.sandbox.mintToken({ user: dana })}` } },
  );
  const events = ((await res.json()) as { value: { subject: string; body: { content: string } }[] }).value;
  const weekly = events.filter((e) => e.subject === 'Leadership weekly');
  expect(weekly[0]?.body.content).toContain('roundtable:agenda:start');
  expect(weekly[0]?.body.content).toContain('Click here to join the meeting');
  expect(weekly[0]?.body.content).not.toContain('Proposed topics');
  // Only that occurrence: the next one has no block.
  expect(weekly[1]?.body.content ?? '').not.toContain('roundtable:agenda:start');

  // Publishing made that occurrence an exception in Exchange, as Jonas declining another one did in the organizer's
  // calendar; neither moved, so My meetings badges every weekly occurrence "Series" and none "Moved" (the one moved
  // to a Wednesday is further out than the list reaches; the unit tests of groupMeetingsByDay cover it).
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Back to My meetings' }).click();
  const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SERIES }) });
  await items.first().waitFor();
  const texts = await items.allInnerTexts();
  expect(texts.length).toBeGreaterThanOrEqual(2);
  expect(texts.filter((t) => /\bMoved\b/.test(t))).toEqual([]);
  expect(texts.every((t) => /\bSeries\b/.test(t))).toBe(true);
});
