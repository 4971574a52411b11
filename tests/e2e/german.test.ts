// A German host gets Roundtable in German (issue #16: "a second language (de-DE) chosen from the host's locale, to
// prove the catalogue is complete"). Teams reports 'de-de' while the browser says English, so the host's locale is
// what decides. The organizer walks My meetings and every step of a linked meeting with topics, votes and an action
// item; on every screen no English message of the catalogue shows, neither as text nor as an accessible name,
// title or placeholder, and the document says it is German. A rule refusal (a topic without a title) is German too.
import type { FrameLocator, Page } from 'playwright-core';
import { deDE } from '../../src/app/i18n/de-DE/index';
import { catalogueLeaves, englishCatalogue } from '../fixtures/englishCatalogue';
import { meetingMessages } from '../../src/app/i18n/en-US/meeting';
import { shellMessages } from '../../src/app/i18n/en-US/shell';
import { openStandalone } from './helpers/openStandalone';
import { seriesAs } from './helpers/seriesAs';
import { sideways } from './helpers/sideways';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { fetchTenant, openInHost, type HostedTab, type Tenant } from './host/openInHost';

jest.setTimeout(240_000);

let env: E2eEnv;
let tenant: Tenant;
let hosted: HostedTab | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
  tenant = await fetchTenant(env.sandbox);
});
afterAll(async () => {
  await hosted?.close();
  await env?.close();
});

const SERIES = 'Leadership weekly';
const de = deDE;

/** Every fixed English message of the catalogue that is a phrase (two words or more), with where it lives. */
function englishPhrases(): Map<string, string> {
  const phrases = Object.entries(englishCatalogue).flatMap(([area, messages]) =>
    catalogueLeaves(messages, area).flatMap(([path, v]): [string, string][] =>
      typeof v === 'string' && /\p{L}{2,}\s+\p{L}{2,}/u.test(v) ? [[v.trim(), path]] : [],
    ),
  );
  return new Map(phrases);
}

const ENGLISH = englishPhrases();

/**
 * English catalogue phrases the shown screen carries: in its visible text, or in the accessible names, titles and
 * placeholders of its elements (hidden steps excluded, as people neither see nor hear them).
 */
async function englishOn(root: Page | FrameLocator): Promise<string[]> {
  const body = root.locator('body');
  const texts = await body.evaluate((el) => {
    const shown = (e: Element) => !e.closest('[hidden]') && !e.closest('[aria-hidden="true"]');
    const attributes = [...el.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]')]
      .filter(shown)
      .flatMap((e) =>
        ['aria-label', 'title', 'placeholder', 'aria-description'].map((a) => e.getAttribute(a) ?? ''),
      );
    return [(el as HTMLElement).innerText, ...attributes];
  });
  const all = texts.join('\n');
  return [...ENGLISH.entries()]
    .filter(([phrase]) => all.includes(phrase))
    .map(([phrase, path]) => `${path}: ${phrase}`);
}

async function showStep(tab: FrameLocator, label: string) {
  await tab
    .getByRole('tablist', { name: de.meeting.stepsLabel })
    .getByRole('tab', { name: label, exact: true })
    .click();
  await tab.getByRole('tabpanel', { name: label }).waitFor();
}

test('Teams in German: My meetings and every step of a meeting speak German, with no English message left', async () => {
  expect(ENGLISH.size).toBeGreaterThan(300);
  // The organizer's series has three topics with dots on them and an action item, so every step has content.
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [i, title] of ['Hiring plan', 'Offsite venue', 'Budget review'].entries())
    await org.dispatch({
      kind: 'proposeTopic',
      id: `german-${i}`,
      occurrence: org.ctx.occurrence,
      input: { title, why: '', outcome: 'discuss', estimateMinutes: 15 },
    });

  hosted = await openInHost(env, { host: 'Teams', locale: 'de-de', navigatorLanguages: ['en-US'] });
  const { tab } = hosted;
  const frame = await hosted.tabFrame();

  await tab.getByRole('heading', { name: de.shell.myMeetings.title }).waitFor();
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('de');
  expect(await englishOn(tab)).toEqual([]);

  await tab
    .getByRole('button', { name: de.shell.meeting.openAgendaOf(SERIES) })
    .first()
    .click();
  await tab.getByRole('heading', { level: 1, name: SERIES }).waitFor();
  const link = tab.getByRole('button', { name: de.agenda.linkTeam });
  await Promise.race([link.waitFor(), tab.getByRole('tab', { name: de.meeting.steps.actions }).waitFor()]);
  if (await link.isVisible()) await link.click();
  await tab.getByRole('tab', { name: de.meeting.steps.agenda }).waitFor();

  // Prepare: the vote, with a proposal refused for its empty title, in German.
  await showStep(tab, de.meeting.steps.prepare);
  const prepare = tab.getByRole('tabpanel', { name: de.meeting.steps.prepare });
  await prepare.getByText('Hiring plan').first().waitFor();
  // Only spaces: the browser's own "required" check lets it through, Roundtable's rule refuses it.
  await prepare.getByRole('textbox', { name: de.agenda.title }).fill('   ');
  await prepare.getByRole('button', { name: de.agenda.propose, exact: true }).click();
  await prepare.getByText(de.agendaProblems.topicTitleMissing()).waitFor();
  expect(await englishOn(tab)).toEqual([]);

  for (const step of ['agenda', 'run', 'actions', 'roles'] as const) {
    await showStep(tab, de.meeting.steps[step]);
    // Let the step's own content arrive (Roles loads its chart chunk, Run its running agenda) before reading it.
    await tab.getByRole('tabpanel', { name: de.meeting.steps[step] }).getByRole('heading').first().waitFor();
    expect({ step, english: await englishOn(tab) }).toEqual({ step, english: [] });
  }
});

test('the check sees English: the same walk in an English Teams finds English messages on every screen', async () => {
  const english = await openInHost(env, { host: 'Teams', locale: 'en-us', navigatorLanguages: ['de-DE'] });
  try {
    const { tab } = english;
    await tab.getByRole('heading', { name: shellMessages.myMeetings.title }).waitFor();
    expect(await (await english.tabFrame()).evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await englishOn(tab)).length).toBeGreaterThan(0);
    await tab
      .getByRole('button', { name: shellMessages.meeting.openAgendaOf(SERIES) })
      .first()
      .click();
    await tab.getByRole('tab', { name: meetingMessages.steps.roles }).click();
    await tab
      .getByRole('tabpanel', { name: meetingMessages.steps.roles })
      .getByRole('heading')
      .first()
      .waitFor();
    expect(await englishOn(tab)).toEqual(expect.arrayContaining([expect.stringMatching(/^roles\./)]));
  } finally {
    await english.close();
  }
});

test('the demo in a German browser, with no host, is German from its first screen', async () => {
  const demo = await openStandalone(env, { locale: 'de-DE' });
  try {
    await demo.page.getByRole('heading', { name: de.shell.myMeetings.title }).waitFor();
    expect(await demo.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await englishOn(demo.page)).toEqual([]);
  } finally {
    await demo.close();
  }
});

test('German words are longer: at 280 px no German screen scrolls sideways either', async () => {
  const demo = await openStandalone(env, { locale: 'de-DE' });
  try {
    const { page } = demo;
    await page.setViewportSize({ width: 280, height: 900 });
    const open = page.getByRole('button', { name: de.shell.meeting.openAgendaOf(SERIES) }).first();
    await open.waitFor();
    expect(await sideways(page)).toMatchObject({ extra: 0 });
    await open.click();
    const link = page.getByRole('button', { name: de.agenda.linkTeam });
    await Promise.race([link.waitFor(), page.getByRole('tab', { name: de.meeting.steps.roles }).waitFor()]);
    if (await link.isVisible()) await link.click();
    for (const step of ['prepare', 'agenda', 'run', 'actions', 'roles'] as const) {
      const label = de.meeting.steps[step];
      await page
        .getByRole('tablist', { name: de.meeting.stepsLabel })
        .getByRole('tab', { name: label, exact: true })
        .click();
      await page.getByRole('tabpanel', { name: label }).getByRole('heading').first().waitFor();
      expect({ step, ...(await sideways(page)) }).toMatchObject({ step, extra: 0 });
    }
  } finally {
    await demo.close();
  }
});
