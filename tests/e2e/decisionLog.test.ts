// The decision log (issue #15), in a real browser in the simulated Teams host: decisions recorded in two meetings of
// the series, one of them moved to the archive file, both show; search and the person filter narrow the list; the
// Markdown and CSV downloads hold the rows, escaped.
import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from 'playwright-core';
import { planArchive } from '../../src/domain/series/planArchive';
import { depsFor, seriesAs, SERIES } from './helpers/seriesAs';
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
const topic = (title: string) => ({ title, why: '', outcome: 'decide' as const, estimateMinutes: 15 });

async function downloaded(page: Page, tab: FrameLocator, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tab.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
}

test('decisions of two meetings, one archived, show; search and person narrow; exports hold them', async () => {
  await env.sandbox.reset();
  const organizer = tenant.defaultUser;
  const org = await seriesAs(env.sandbox, organizer, 0);
  const next = (await seriesAs(env.sandbox, organizer, 1)).ctx.occurrence;
  const first = org.ctx.occurrence;
  const sam = user('sam');

  await org.dispatch({ kind: 'proposeTopic', id: 'hiring', occurrence: first, input: topic('Hiring plan') });
  await org.dispatch({ kind: 'castBallot', occurrence: first, dots: { hiring: 2 } });
  await org.dispatch({ kind: 'closeVoting', occurrence: first, meetingMinutes: 60 });
  await org.dispatch({
    kind: 'recordDecision',
    occurrence: first,
    topicId: 'hiring',
    decision: { text: 'Hire two engineers | one in Q2', holder: 'Priya Patel' },
  });
  await org.dispatch({
    kind: 'captureAction',
    input: {
      id: 'e2e-action-1',
      occurrence: first,
      topicId: 'hiring',
      title: 'Open the requisitions',
      owner: { email: sam.userPrincipalName, name: sam.displayName },
      due: '2030-01-15',
      how: 'assigned',
    },
  });
  await org.dispatch({ kind: 'proposeTopic', id: 'budget', occurrence: next, input: topic('Budget review') });
  await org.dispatch({ kind: 'castBallot', occurrence: next, dots: { budget: 2 } });
  await org.dispatch({ kind: 'closeVoting', occurrence: next, meetingMinutes: 60 });
  const latest = await org.dispatch({
    kind: 'recordDecision',
    occurrence: next,
    topicId: 'budget',
    decision: { text: '=SUM(A1) cut travel, 10%', holder: 'Jonas Berg' },
  });

  // Move the first meeting to the archive file as the organizer's client would once it is 90 days old.
  const part = planArchive(latest.doc, Date.parse(next) + 100 * 86_400_000);
  expect(part && Object.keys(part.doc.occurrences)).toEqual([first]);
  if (!part) return;
  const archived = await depsFor(env.sandbox, organizer).agenda.store.archive(latest.location, part.doc);
  if (!archived.ok) throw new Error(JSON.stringify(archived.failure));
  const after = await org.dispatch({ kind: 'archive', part, file: archived.value.file });
  expect(after.doc.occurrences[first]).toBeUndefined();

  const hosted = await openInHost(env, { host: 'Teams', user: organizer });
  open.push(hosted);
  const tab = hosted.tab;
  await tab
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .nth(1)
    .click();
  await tab.getByRole('heading', { level: 1, name: SERIES }).waitFor();
  await tab.getByRole('button', { name: /^Decision log/ }).click();
  const table = tab.getByRole('table', { name: 'Decisions' });
  const status = tab.getByRole('status').filter({ hasText: 'decision' });
  await status.getByText('2 of 2 decisions, archived meetings included').waitFor();
  const rows = table.getByRole('row');
  expect(await rows.count()).toBe(3);
  const body = (await table.innerText()).replace(/\s+/g, ' ');
  expect(body).toContain('Hire two engineers | one in Q2');
  expect(body).toContain('archived');
  expect(body).toContain(`Open the requisitions (${sam.displayName}), due 2030-01-15`);
  expect(body).toContain('=SUM(A1) cut travel, 10%');

  // Search narrows to the archived meeting's decision; clearing it brings both back.
  const search = tab.getByRole('searchbox');
  await search.fill('requisitions');
  await status.getByText('1 of 2 decisions', { exact: false }).waitFor();
  expect(await table.innerText()).toContain('Hiring plan');
  expect(await table.innerText()).not.toContain('Budget review');
  await search.fill('');
  await status.getByText('2 of 2 decisions', { exact: false }).waitFor();

  // The person filter: Jonas holds the budget decision only.
  await tab.getByRole('combobox', { name: 'Person' }).click();
  await tab.getByRole('listbox', { name: 'Person' }).getByRole('option', { name: 'Jonas Berg' }).click();
  await status.getByText('1 of 2 decisions', { exact: false }).waitFor();
  expect(await table.innerText()).toContain('Budget review');
  expect(await table.innerText()).not.toContain('Hiring plan');

  // Exports hold what is shown, escaped: the formula neutralised and quoted in CSV, the pipe escaped in Markdown.
  const csv = await downloaded(hosted.page, tab, 'Download CSV');
  expect(csv.split('\r\n')).toEqual([
    'Date,Topic,Decision,Held by,Action items',
    expect.stringMatching(/^\d{4}-\d\d-\d\d,Budget review,"'=SUM\(A1\) cut travel, 10%",Jonas Berg,$/),
    '',
  ]);
  await tab.getByRole('combobox', { name: 'Person' }).click();
  await tab.getByRole('listbox', { name: 'Person' }).getByRole('option', { name: 'Everyone' }).click();
  await status.getByText('2 of 2 decisions', { exact: false }).waitFor();
  const md = await downloaded(hosted.page, tab, 'Download Markdown');
  expect(md).toContain('| Hiring plan | Hire two engineers \\| one in Q2 | Priya Patel |');
  expect(md).toContain('| Budget review | =SUM(A1) cut travel, 10% | Jonas Berg |  |');
});
