// The recap in the meeting chat (issue #15), from the browser: the organizer double-clicks Send while the note-taker,
// in another browser context, sends the same recap at the same moment. The sandbox's chat then holds exactly one
// message, with the decision and who holds it, and the action item with its owner and due date. Both people are told
// what happened; nobody is told it failed when it was sent.
import { userId } from '../../src/domain/ids';
import { teamsThreadId } from '../../src/sandbox/ids';
import { linkSeriesToTeam } from '../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda } from '../../src/usecases/agenda/openAgenda';
import { depsFor, seriesAs, SERIES } from './helpers/seriesAs';
import { openStep } from './helpers/steps';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, openInHost, type HostedTab, type Tenant } from './host/openInHost';
import type { FrameLocator } from 'playwright-core';

jest.setTimeout(180_000);

let env: E2eEnv;
let tenant: Tenant;
const open: HostedTab[] = [];

beforeAll(async () => {
  env = await startE2eEnv();
  tenant = await fetchTenant(env.sandbox);
});
afterAll(async () => {
  for (const t of open.splice(0)) await t.close();
  await env?.close();
});

const user = (given: string) => {
  const u = tenant.users.find((x) => x.userPrincipalName.startsWith(`${given}.`));
  if (!u) throw new Error(`no ${given} in the demo tenant`);
  return u;
};

interface ChatMessage {
  readonly chatId: string;
  readonly contentType: string;
  readonly content: string;
  readonly from: { readonly displayName: string };
}

async function chatMessages(): Promise<readonly ChatMessage[]> {
  const r = await fetch(`${env.sandbox.url}/_sandbox/chats`);
  const { chats } = (await r.json()) as { chats: Record<string, readonly ChatMessage[]> };
  return Object.values(chats).flat();
}

async function openRecap(upn: string): Promise<FrameLocator> {
  const hosted = await openInHost(env, { host: 'Teams', user: upn });
  open.push(hosted);
  const tab = hosted.tab;
  await tab
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .first()
    .click();
  await openStep(tab, 'Actions');
  const section = tab.getByRole('region', { name: 'Recap' });
  // Enabled once the roles say who may send (the note-taker's capacity comes from the role plan).
  const button = section.getByRole('button', { name: 'Send recap…' });
  await button.and(tab.locator(':enabled')).waitFor({ timeout: 20_000 });
  await button.click();
  await tab
    .getByRole('dialog', { name: 'Send recap' })
    .getByText('It goes to the meeting chat as one message.')
    .waitFor();
  return tab;
}

test('a double-clicked Send and a second sender at once: the chat holds exactly one recap, with decisions and owners', async () => {
  const dana = user('dana');
  const sam = user('sam');
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  const occurrence = org.ctx.occurrence;
  const topic = { title: 'Hiring plan', why: '', outcome: 'decide' as const, estimateMinutes: 15 };
  await org.dispatch({ kind: 'proposeTopic', id: 'hiring', occurrence, input: topic });
  await org.dispatch({ kind: 'closeVoting', occurrence, meetingMinutes: 60 });
  await org.dispatch({ kind: 'assignRole', occurrence, roleId: 'noteTaker', holder: userId(dana.id) });
  await org.dispatch({
    kind: 'recordDecision',
    occurrence,
    topicId: 'hiring',
    decision: { text: 'Hire two engineers in Q3 <now>', holder: 'Avery Chen' },
  });
  await org.dispatch({
    kind: 'captureAction',
    input: {
      id: 'job-ad',
      occurrence,
      topicId: 'hiring',
      title: 'Draft the job ad',
      owner: { email: sam.userPrincipalName, name: sam.displayName },
      how: 'assigned',
      due: '2030-01-15',
    },
  });
  expect(await chatMessages()).toEqual([]);

  const avery = await openRecap(tenant.defaultUser);
  const danaTab = await openRecap(dana.userPrincipalName);
  const send = (tab: FrameLocator) =>
    tab.getByRole('dialog', { name: 'Send recap' }).getByRole('button', { name: 'Send', exact: true });
  await Promise.all([send(avery).dblclick(), send(danaTab).click()]);

  const outcome = (tab: FrameLocator) =>
    tab
      .getByRole('dialog', { name: 'Send recap' })
      .getByText(
        /^(Sent to the meeting chat\.|The recap was already sent.*|Someone is sending this recap.*)$/,
      )
      .innerText({ timeout: 20_000 });
  const said = await Promise.all([outcome(avery), outcome(danaTab)]);
  expect(said).toContain('Sent to the meeting chat.');

  // Give a duplicate every chance to land before counting.
  await new Promise((r) => setTimeout(r, 2_000));
  const messages = await chatMessages();
  expect(messages).toHaveLength(1);
  const [recap] = messages;
  expect(recap?.contentType).toBe('html');
  expect(recap?.content).toContain('Hire two engineers in Q3 &lt;now&gt;');
  expect(recap?.content).toContain('Avery Chen');
  expect(recap?.content).toContain('Draft the job ad');
  expect(recap?.content).toContain(sam.displayName);
  expect(recap?.content).toContain('2030-01-15');
  expect(recap?.content).not.toContain('<now>');

  // Both views now say the recap went out (the live reads pick up the other's write).
  for (const tab of [avery, danaTab]) {
    await tab.getByRole('dialog', { name: 'Send recap' }).getByRole('button', { name: 'Close' }).click();
    await tab
      .getByRole('region', { name: 'Recap' })
      .getByRole('button', { name: 'Recap sent: view it' })
      .waitFor({ timeout: 10_000 });
  }
});

test('a meeting whose invite has Teams’ short link: from its tab in the meeting the recap goes to its chat; from the personal tab the dialog says why it would go by e-mail', async () => {
  await env.sandbox.reset();
  const subject = 'Product roadmap sync';
  const deps = depsFor(env.sandbox, tenant.defaultUser);
  const now = new Date();
  const listed = await deps.meetings.listMeetings(
    { start: now, end: new Date(now.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
  const meeting = listed.value.find((m) => m.subject === subject);
  if (!meeting?.joinUrl?.includes('/meet/')) throw new Error(`${subject} should carry a short join link`);
  const opened = await openAgenda(deps.agenda, meeting);
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  const team = opened.value.teams[0];
  if (!team) throw new Error('the organizer is in no team');
  const linked = await linkSeriesToTeam(deps.agenda.store, opened.value, team);
  if (!linked.ok) throw new Error(JSON.stringify(linked.failure));

  // The personal tab can't tell the chat from the short link: it says so, and how to post to the chat instead.
  const personal = await openInHost(env, { host: 'Teams', user: tenant.defaultUser });
  open.push(personal);
  await personal.tab
    .getByRole('button', { name: `Open agenda: ${subject}` })
    .first()
    .click();
  await openStep(personal.tab, 'Actions');
  await personal.tab
    .getByRole('region', { name: 'Recap' })
    .getByRole('button', { name: 'Send recap…' })
    .click();
  await personal.tab
    .getByRole('dialog', { name: 'Send recap' })
    .getByText(/doesn't say which chat is its own.*send it from Roundtable's tab in the meeting/)
    .waitFor();

  // In the meeting's own tab Teams names the chat: the recap is posted there, once.
  const chatId = teamsThreadId('product-roadmap-sync');
  const inMeeting = await openInHost(env, {
    host: 'Teams',
    user: tenant.defaultUser,
    frameContext: 'content',
    meetingContext: { chatId, meetingId: Buffer.from(`0#${chatId}#0`).toString('base64') },
  });
  open.push(inMeeting);
  await openStep(inMeeting.tab, 'Actions');
  await inMeeting.tab
    .getByRole('region', { name: 'Recap' })
    .getByRole('button', { name: 'Send recap…' })
    .click();
  const dialog = inMeeting.tab.getByRole('dialog', { name: 'Send recap' });
  await dialog.getByText('It goes to the meeting chat as one message.').waitFor();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await dialog.getByText('Sent to the meeting chat.').waitFor();
  const r = await fetch(`${env.sandbox.url}/_sandbox/chats`);
  const { chats } = (await r.json()) as { chats: Record<string, readonly ChatMessage[]> };
  // Thread ids compare without case (the sandbox keys its chats lower-cased).
  const entries = Object.entries(chats);
  expect(entries.map(([id]) => id.toLowerCase())).toEqual([chatId.toLowerCase()]);
  expect(entries[0]?.[1]).toHaveLength(1);
  expect(entries[0]?.[1][0]?.content).toContain(subject);
});
