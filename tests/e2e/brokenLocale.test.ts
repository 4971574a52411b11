// The tab must survive whatever locale string it is handed. Chromium started under LANG=C.UTF-8 reports
// navigator.language 'en-US@posix', which Intl rejects with "RangeError: Invalid language tag"; a host could
// as well send a POSIX-style locale in its context. Here both are broken on purpose, whatever browser runs the
// test, and the meeting view must still open, with dates formatted in the repaired locale (en-US).
import { meetingItems } from './helpers/meetings';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { openInHost } from './host/openInHost';
import type { HostedTab } from './host/openInHost';

jest.setTimeout(120_000);

let env: E2eEnv;
let hosted: HostedTab | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => {
  await hosted?.close();
  await env?.close();
});

const SERIES = 'Leadership weekly';

test('Teams: a POSIX locale from the browser and the host still opens the meeting view', async () => {
  hosted = await openInHost(env, {
    host: 'Teams',
    locale: 'en-US@posix',
    navigatorLanguages: ['en-US@posix', 'C.UTF-8'],
  });
  const errors: string[] = [];
  hosted.page.on('pageerror', (error) => errors.push(error.message));
  hosted.page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const { tab } = hosted;

  // The override reached the tab: this is the string that used to crash it.
  const frame = await hosted.tabFrame();
  expect(await frame.evaluate(() => [navigator.language, ...navigator.languages])).toEqual([
    'en-US@posix',
    'en-US@posix',
    'C.UTF-8',
  ]);

  // My meetings (the host's context locale).
  await meetingItems(tab).filter({ hasText: SERIES }).first().waitFor();

  // The meeting view, with its roles (the browser's locale).
  await tab
    .getByRole('button', { name: `Open agenda: ${SERIES}` })
    .first()
    .click();
  await tab.getByRole('heading', { level: 1, name: SERIES }).waitFor();
  const link = tab.getByRole('button', { name: 'Link this series to a team' });
  const preview = tab.getByRole('region', { name: 'Roles' }).getByRole('table', { name: 'Preview next 4' });
  await Promise.race([link.waitFor(), tab.getByRole('tab', { name: 'Actions' }).waitFor()]);
  if (await link.isVisible()) await link.click();
  await openStep(tab, 'Roles');
  await preview.waitFor();

  // Row 0 is the header; row 1 is this meeting, dated in en-US: "Thu, Mar 13 (this meeting)".
  const thisMeeting = await preview.getByRole('row').nth(1).locator('th, td').first().innerText();
  expect(thisMeeting).toMatch(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/,
  );
  expect(errors.filter((e) => /language tag|RangeError/i.test(e))).toEqual([]);
});
