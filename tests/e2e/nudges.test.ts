// Nudges in Teams (issue #15), from the clicks that make them due: closing voting tells the role holders, reopening
// it tells every attendee, and nobody is told twice when voting is closed again. A person for whom the app isn't
// installed is refused by Teams, and the person who acted is told so. The organizer's override and a request to take
// someone's turn (issue #16) tell the person concerned. The sandbox records each user's feed.
import { linkedWeeklyMeeting, ORGANIZER } from './helpers/inMeeting';
import { openStep } from './helpers/steps';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { openInHost, type HostedTab } from './host/openInHost';

jest.setTimeout(150_000);

let env: E2eEnv;
const opened: HostedTab[] = [];
const DANA = 'dana.okafor@northwind.example';

interface Recorded {
  readonly recipientId: string;
  readonly senderId: string;
  readonly activityType: string;
  readonly text: string;
}

beforeAll(async () => {
  env = await startE2eEnv();
  await linkedWeeklyMeeting(env.sandbox, ['Hiring plan for Q3', 'Offsite venue']);
});
afterAll(async () => {
  for (const h of opened) await h.close();
  await env?.close();
});

async function feed(): Promise<readonly Recorded[]> {
  const r = await fetch(`${env.sandbox.url}/_sandbox/notifications`);
  return ((await r.json()) as { notifications: Recorded[] }).notifications;
}

async function idOf(upn: string): Promise<string> {
  const r = await fetch(`${env.sandbox.url}/v1.0/users/${encodeURIComponent(upn)}`, {
    headers: { Authorization: `Bearer ${env.sandbox.mintToken({ user: ORGANIZER })}` },
  });
  return ((await r.json()) as { id: string }).id;
}

const count = (xs: readonly Recorded[], type: string) => xs.filter((n) => n.activityType === type).length;

test('closing voting tells the role holders once; reopening tells the attendees; refusals are reported', async () => {
  const hosted = await openInHost(env, { host: 'Teams', theme: 'default', user: ORGANIZER });
  opened.push(hosted);
  const tab = hosted.tab;
  await tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await tab.getByRole('region', { name: 'Propose a topic' }).waitFor();
  const organizerId = await idOf(ORGANIZER);
  const danaId = await idOf(DANA);
  expect(await feed()).toEqual([]);

  await tab.getByRole('button', { name: 'Close voting', exact: true }).click();
  const notice = tab.getByRole('status').filter({ hasText: /Notified in Teams|Couldn't notify/ });
  await notice.waitFor();
  const afterClose = await feed();
  const roleNext = afterClose.filter((n) => n.activityType === 'roleNext');
  // Every role holder but the organizer (Teams refuses a notification to oneself), one each, sent by the organizer.
  expect(roleNext.length).toBeGreaterThan(0);
  expect(new Set(roleNext.map((n) => n.recipientId)).size).toBe(roleNext.length);
  expect(roleNext.every((n) => n.senderId === organizerId && n.recipientId !== organizerId)).toBe(true);
  expect(roleNext[0]?.text).toMatch(/^You are the (Facilitator|Timekeeper|Note-taker) of the next /);
  expect(afterClose.length).toBe(roleNext.length);
  await expect(notice.innerText()).resolves.toMatch(/^Notified in Teams: .+\.$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();

  // Dana's Teams doesn't have the app: Teams refuses her notification (403), and the organizer reads why.
  await fetch(`${env.sandbox.url}/_sandbox/notifications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ installed: { [DANA]: false } }),
  });
  await tab.getByRole('button', { name: 'Reopen voting…' }).click();
  await tab
    .getByRole('dialog', { name: 'Reopen voting?' })
    .getByRole('button', { name: 'Reopen voting' })
    .click();
  await notice.waitFor();
  await expect(notice.innerText()).resolves.toContain(
    "Couldn't notify Dana Okafor in Teams: Roundtable isn't installed for them, so Teams refused.",
  );
  const afterReopen = await feed();
  const opening = afterReopen.filter((n) => n.activityType === 'votingOpened');
  expect(opening.length).toBeGreaterThan(0);
  expect(opening.some((n) => n.recipientId === danaId || n.recipientId === organizerId)).toBe(false);
  expect(new Set(opening.map((n) => n.recipientId)).size).toBe(opening.length);

  // Closing again: the role holders were told already (the marker in the series document), so nobody is told twice.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await tab.getByRole('button', { name: 'Close voting', exact: true }).click();
  await tab.getByRole('tabpanel', { name: 'Agenda' }).getByText('Voting closed', { exact: true }).waitFor();
  // The claim is a write after the close; give it the time a send would take, then count.
  await new Promise((r) => setTimeout(r, 2_000));
  const afterSecondClose = await feed();
  expect(count(afterSecondClose, 'roleNext')).toBe(roleNext.length);
  expect(afterSecondClose.length).toBe(afterReopen.length);
});

test('the organizer’s override ("Assign as organizer…") tells the person given the role in Teams, once', async () => {
  // The first test uninstalled the app for Dana; she has it again.
  await fetch(`${env.sandbox.url}/_sandbox/notifications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ installed: { [DANA]: true } }),
  });
  const hosted = await openInHost(env, { host: 'Teams', theme: 'default', user: ORGANIZER });
  opened.push(hosted);
  const tab = hosted.tab;
  await tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).nth(1).click();
  await openStep(tab, 'Roles');
  const assign = tab.getByRole('combobox', { name: 'Assign as organizer: Note-taker' });
  await assign.waitFor();
  const danaId = await idOf(DANA);
  const before = (await feed()).filter((n) => n.recipientId === danaId && n.activityType === 'roleNext');
  // Dana is in the rotation; pick her for the role unless she holds it already.
  const options = await assign.locator('option').allInnerTexts();
  const dana = options.find((o) => o.startsWith('Dana'));
  if (!dana) throw new Error(`Dana is not among ${options.join(', ')}`);
  await assign.selectOption({ label: dana });
  await tab
    .getByRole('status')
    .filter({ hasText: /Notified in Teams: .*Dana/ })
    .waitFor();
  const after = (await feed()).filter((n) => n.recipientId === danaId && n.activityType === 'roleNext');
  expect(after.length).toBe(before.length + 1);
  expect(after.at(-1)?.text).toMatch(/^You are the Note-taker of the next /);
});

test('asking someone for their turn tells that person in Teams, once', async () => {
  const hosted = await openInHost(env, { host: 'Teams', theme: 'default', user: ORGANIZER });
  opened.push(hosted);
  const tab = hosted.tab;
  await tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).nth(1).click();
  await openStep(tab, 'Roles');
  const ask = tab
    .getByRole('list', { name: 'Roles in this meeting' })
    .getByRole('button', { name: /^Ask .+ for this turn$/ })
    .first();
  await ask.waitFor();
  const holder = /^Ask (.+) for this turn$/.exec(await ask.innerText())?.[1];
  if (!holder) throw new Error('no holder to ask');
  const before = (await feed()).filter((n) => n.activityType === 'roleRequested');
  await ask.click();
  await tab
    .getByRole('status')
    .filter({ hasText: new RegExp(`Notified in Teams: .*${holder}`) })
    .waitFor();
  const after = (await feed()).filter((n) => n.activityType === 'roleRequested');
  expect(after.length).toBe(before.length + 1);
  expect(after.at(-1)?.text).toMatch(/ asks to take your turn as .+ in Leadership weekly$/);
});
