// The app in Outlook (issue #6): an attendee opens the personal app in the simulated Outlook host, opens the
// meeting, reads the agenda (linked and seeded by the organizer) and votes; the vote is in the series document.
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { linkedWeeklyMeeting } from './helpers/inMeeting';
import { seriousAxeViolations } from './helpers/meetings';
import { openInHost, type HostedTab } from './host/openInHost';

jest.setTimeout(150_000);

let env: E2eEnv;
let hosted: HostedTab | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
  await linkedWeeklyMeeting(env.sandbox, ['Hiring plan for Q3', 'Offsite venue']);
});
afterAll(async () => {
  await hosted?.close();
  await env?.close();
});

test('Outlook: an attendee opens the meeting, reads the agenda and votes', async () => {
  hosted = await openInHost(env, { host: 'Outlook', user: 'dana.okafor@northwind.example' });
  const tab = hosted.tab;
  await tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await tab.getByRole('heading', { level: 1, name: 'Leadership weekly' }).waitFor();
  const section = tab.getByRole('region', { name: 'Vote' });
  const add = section.getByRole('button', { name: 'Add a dot to Hiring plan for Q3' });
  await add.waitFor();
  await add.click();
  await add.click();
  await section.getByRole('button', { name: 'Save my votes' }).click();
  await section.getByText('Dots left: 1 of 3').waitFor();
  // The write has landed once nothing is pending any more (no "Saving…", no "Unsaved changes").
  await section.getByRole('button', { name: 'Save my votes' }).waitFor();
  await section.getByText('Unsaved changes', { exact: false }).waitFor({ state: 'hidden' });
  // Read back as another client would: reload the tab and find the dots still there.
  await hosted.page.reload();
  await tab.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
  await tab.getByRole('region', { name: 'Vote' }).getByText('Dots left: 1 of 3').waitFor();
  expect(await seriousAxeViolations(hosted.page)).toEqual([]);
  expect(hosted.blockedRequests.filter((u) => !u.includes('res.cdn.office.net'))).toEqual([]);
});
