// The recap in the meeting chat (issue #15), from the browser: the organizer double-clicks Send while the note-taker,
// in another browser context, sends the same recap at the same moment. The sandbox's chat then holds exactly one
// message, with the decision and who holds it, and the action item with its owner and due date. Both people are told
// what happened; nobody is told it failed when it was sent.
import { userId } from '../../src/domain/ids';
import { seriesAs, SERIES } from './helpers/seriesAs';
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
      owners: [{ email: sam.userPrincipalName, name: sam.displayName }],
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
