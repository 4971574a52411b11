// Notes per agenda item (issue #15), in a real browser in the simulated Teams host, with two people in two browser
// contexts: the note-taker writes notes on an item, and another attendee's open view shows them within 5 s of the save
// being acknowledged, with no reload and no click (the live reads of the series document).
import type { FrameLocator } from 'playwright-core';
import { userId } from '../../src/domain/ids';
import { seriesAs, SERIES } from './helpers/seriesAs';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, openInHost } from './host/openInHost';
import type { HostedTab, Tenant } from './host/openInHost';

jest.setTimeout(180_000);

let env: E2eEnv;
let tenant: Tenant;
const open: HostedTab[] = [];

beforeAll(async () => {
  env = await startE2eEnv();
  tenant = await fetchTenant(env.sandbox);
});
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});
afterAll(async () => {
  await env?.close();
});

const user = (given: string) => {
  const u = tenant.users.find((x) => x.userPrincipalName.startsWith(`${given}.`));
  if (!u) throw new Error(`no ${given} in the demo tenant`);
  return u;
};

async function openWeekly(upn: string): Promise<FrameLocator> {
  const hosted = await openInHost(env, { host: 'Teams', user: upn });
  open.push(hosted);
  const tab = hosted.tab;
  await tab
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .first()
    .click();
  await tab.getByRole('heading', { level: 1, name: SERIES }).waitFor();
  await openStep(tab, 'Actions');
  await tab.getByRole('region', { name: 'Notes', exact: true }).waitFor();
  return tab;
}

const topic = (title: string) => ({ title, why: '', outcome: 'discuss' as const, estimateMinutes: 15 });

test('the note-taker’s notes on an item appear for another attendee', async () => {
  await env.sandbox.reset();
  const dana = user('dana');
  const sam = user('sam');
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  const occurrence = org.ctx.occurrence;
  await org.dispatch({ kind: 'proposeTopic', id: 'hiring', occurrence, input: topic('Hiring plan') });
  await org.dispatch({ kind: 'closeVoting', occurrence, meetingMinutes: 60 });
  await org.dispatch({ kind: 'assignRole', occurrence, roleId: 'noteTaker', holder: userId(dana.id) });

  // Sam, an attendee, reads: no notes yet, and nothing to edit.
  const samTab = await openWeekly(sam.userPrincipalName);
  const samItem = samTab.getByRole('region', { name: 'Notes: Hiring plan' });
  await samItem.getByText('No notes yet.').waitFor();
  expect(await samItem.getByRole('button').count()).toBe(0);

  // Dana takes notes on the item.
  const danaTab = await openWeekly(dana.userPrincipalName);
  const danaItem = danaTab.getByRole('region', { name: 'Notes: Hiring plan' });
  await danaItem.getByRole('button', { name: 'Write notes' }).click();
  await danaItem
    .getByRole('textbox')
    .fill('Agreed to hire two engineers.\n- Dana drafts the job ad\n- <b>Sam</b> asks finance');
  await danaItem.getByRole('button', { name: 'Save notes' }).click();
  await danaItem.getByRole('button', { name: 'Edit notes' }).waitFor();

  // Sam's open view shows them, without a reload or a click: lists as lists and markup as text.
  const reread = samTab.getByRole('region', { name: 'Notes: Hiring plan' });
  await reread.getByText('Agreed to hire two engineers.').waitFor({ timeout: 5_000 });
  expect(await reread.getByRole('listitem').allInnerTexts()).toEqual([
    'Dana drafts the job ad',
    '<b>Sam</b> asks finance',
  ]);
  await reread.getByText(`by ${dana.displayName}`).waitFor();
  expect(await reread.getByRole('button').count()).toBe(0);
});
