// The record can be trusted (issue: "writes as intents, causal order, frozen history, nothing acknowledged is lost"),
// in a real browser, in the simulated Teams host:
// - a closed agenda keeps its boulders when the next meeting merges two of the topics it parked;
// - dots clicked and then "Back to My meetings" at once are saved, not dropped with the view;
// - a person whose laptop clock is 10 minutes behind changes their vote, and the change stands.
import type { FrameLocator } from 'playwright-core';
import { seriesAs, SERIES } from './helpers/seriesAs';
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

const upn = (given: string) => {
  const u = tenant.users.find((x) => x.userPrincipalName.startsWith(`${given}.`));
  if (!u) throw new Error(`no ${given} in the demo tenant`);
  return u.userPrincipalName;
};

async function openTab(user: string, clockOffsetMs?: number): Promise<FrameLocator> {
  const hosted = await openInHost(env, {
    host: 'Teams',
    user,
    ...(clockOffsetMs !== undefined ? { clockOffsetMs } : {}),
  });
  open.push(hosted);
  return hosted.tab;
}

/** Opens the `index`-th Leadership weekly of the list (0 = the next one). */
async function openWeekly(tab: FrameLocator, index = 0): Promise<void> {
  await tab
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .nth(index)
    .click();
  await tab.getByRole('heading', { level: 1, name: SERIES }).waitFor();
  // It opens on the step that matters: Prepare (the vote) while voting is open, Agenda once it closed.
  await tab
    .getByRole('region', { name: 'Vote' })
    .or(tab.getByRole('list', { name: 'Boulders' }))
    .waitFor();
}

async function back(tab: FrameLocator): Promise<void> {
  await tab.getByRole('button', { name: 'Back to My meetings' }).click();
  await tab.getByRole('region', { name: 'My meetings' }).waitFor();
}

const boulderTitles = async (tab: FrameLocator) =>
  (await tab.getByRole('list', { name: 'Boulders' }).getByRole('heading').allInnerTexts()).map((t) =>
    t.trim(),
  );

const boulderTimes = (tab: FrameLocator) =>
  tab.getByRole('list', { name: 'Boulders' }).getByRole('listitem').allInnerTexts();

const topic = (title: string) => ({ title, why: '', outcome: 'discuss' as const, estimateMinutes: 15 });

test('a closed agenda keeps A, C, B after the next meeting merges two topics it parked', async () => {
  await env.sandbox.reset();
  const organizer = tenant.defaultUser;
  const org = await seriesAs(env.sandbox, organizer, 0);
  const titles = {
    a: 'Hiring plan',
    b: 'Budget review',
    c: 'Customer churn',
    d: 'Office move',
    e: 'Relocation logistics',
  } as const;
  for (const [id, title] of Object.entries(titles))
    await org.dispatch({ kind: 'proposeTopic', id, occurrence: org.ctx.occurrence, input: topic(title) });
  // Votes: Hiring plan 5, Customer churn 4, Budget review 3, Office move 2, Relocation logistics 2. Merged, the last
  // two would total 4 and push Budget review off the first meeting's agenda if that agenda were still derived.
  const ballots: [string, Record<string, number>][] = [
    ['dana', { a: 2, c: 1 }],
    ['sam', { a: 2, b: 1 }],
    ['priya', { c: 2, d: 1 }],
    ['jonas', { a: 1, c: 1, e: 1 }],
    ['mei', { b: 2, d: 1 }],
    ['farah', { e: 1 }],
  ];
  for (const [who, dots] of ballots) {
    const s = await seriesAs(env.sandbox, upn(who), 0);
    await s.dispatch({ kind: 'castBallot', occurrence: s.ctx.occurrence, dots });
  }

  const tab = await openTab(organizer);
  await openWeekly(tab, 0);
  await tab.getByRole('button', { name: 'Close voting' }).click();
  await tab.getByRole('list', { name: 'Boulders' }).waitFor();
  expect(await boulderTitles(tab)).toEqual([titles.a, titles.c, titles.b]);
  const timesBefore = await boulderTimes(tab);

  // The next meeting: both parked topics carried over; the organizer merges one into the other.
  await back(tab);
  await openWeekly(tab, 1);
  const vote = tab.getByRole('region', { name: 'Vote' });
  await vote.getByRole('button', { name: `Merge ${titles.e} into another topic` }).click();
  const dialog = tab.getByRole('dialog');
  await dialog.getByRole('combobox').selectOption({ label: titles.d });
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await vote.getByText(`merged from “${titles.e}”`).waitFor();

  // The first meeting's agenda is as it was closed: same boulders, same time boxes, both topics still parked.
  await back(tab);
  await openWeekly(tab, 0);
  await tab.getByRole('list', { name: 'Boulders' }).waitFor();
  expect(await boulderTitles(tab)).toEqual([titles.a, titles.c, titles.b]);
  expect(await boulderTimes(tab)).toEqual(timesBefore);
  const parked = (await tab.getByRole('list', { name: 'Parking lot' }).allInnerTexts()).join('\n');
  expect(parked).toContain(titles.d);
  expect(parked).toContain(titles.e);
  await tab.getByText('Voting closed by', { exact: false }).first().waitFor();
});

test('dots clicked and "Back" at once are saved, not dropped with the view', async () => {
  await env.sandbox.reset();
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [id, title] of [
    ['hiring', 'Hiring plan'],
    ['budget', 'Budget review'],
  ] as const)
    await org.dispatch({ kind: 'proposeTopic', id, occurrence: org.ctx.occurrence, input: topic(title) });

  const dana = upn('dana');
  const tab = await openTab(dana);
  await openWeekly(tab, 0);
  const add = tab
    .getByRole('region', { name: 'Vote' })
    .getByRole('button', { name: 'Add a dot to Hiring plan' });
  await add.click();
  await add.click();
  // Well inside the autosave's 1.5 s: the view is left while the dots are still only on screen.
  await back(tab);

  const stored = await seriesAs(env.sandbox, dana, 0);
  expect(stored.ctx.stored.doc.occurrences[stored.ctx.occurrence]?.ballots[stored.actor.id]?.value).toEqual({
    hiring: 2,
  });
  await openWeekly(tab, 0);
  await tab.getByRole('region', { name: 'Vote' }).getByText('Dots left: 1 of 3').waitFor();
});

test('a laptop whose clock is 10 minutes behind changes a vote, and the change stands', async () => {
  await env.sandbox.reset();
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [id, title] of [
    ['hiring', 'Hiring plan'],
    ['budget', 'Budget review'],
  ] as const)
    await org.dispatch({ kind: 'proposeTopic', id, occurrence: org.ctx.occurrence, input: topic(title) });

  // Sam votes from a device whose clock is right…
  const sam = upn('sam');
  const phone = await seriesAs(env.sandbox, sam, 0);
  await phone.dispatch({ kind: 'castBallot', occurrence: phone.ctx.occurrence, dots: { hiring: 2 } });

  // …then changes his mind on a laptop whose clock is 10 minutes behind.
  const tab = await openTab(sam, -10 * 60_000);
  await openWeekly(tab, 0);
  const vote = tab.getByRole('region', { name: 'Vote' });
  await vote.getByText('Dots left: 1 of 3').waitFor();
  const remove = vote.getByRole('button', { name: 'Remove a dot from Hiring plan' });
  await remove.click();
  await remove.click();
  await vote.getByRole('button', { name: 'Add a dot to Budget review' }).click();
  await vote.getByRole('button', { name: 'Save my votes' }).click();
  await vote.getByText('Your dots are saved.').waitFor();
  await vote.getByText('Dots left: 2 of 3').waitFor();

  // What is stored, read back through Graph, and what the tab shows after opening the meeting again.
  const stored = await seriesAs(env.sandbox, sam, 0);
  expect(stored.ctx.stored.doc.occurrences[stored.ctx.occurrence]?.ballots[stored.actor.id]?.value).toEqual({
    budget: 1,
  });
  await back(tab);
  await openWeekly(tab, 0);
  await tab.getByRole('region', { name: 'Vote' }).getByText('Dots left: 2 of 3').waitFor();
});
