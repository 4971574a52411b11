// The Outlook add-in's task pane (issue #6) in a simulated Office host: office.js from the CDN is replaced by a
// stub with the open appointment and Outlook's nested app authentication bridge. An attendee opens the pane on
// the Leadership weekly and sees its agenda, roles and their own votes.
import { linkedWeeklyMeeting } from './helpers/inMeeting';
import { seriousAxeViolations } from './helpers/meetings';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { officeStubScript } from './host/officeStub';
import { blockOtherHttps, fetchTenant, findUser, mintHostToken, proxy } from './host/openInHost';
import type { HostTokenRequest } from './host/hostTypes';
import { createMeetingSource } from '../../src/graph/calendar/createMeetingSource';
import { clientFor } from '../integration/drive/sandboxDrive';

jest.setTimeout(150_000);

let env: E2eEnv;
const TAB = 'https://tab.e2e.test';
const DANA = 'dana.okafor@northwind.example';

beforeAll(async () => {
  env = await startE2eEnv();
  await linkedWeeklyMeeting(env.sandbox, ['Hiring plan for Q3', 'Offsite venue']);
});
afterAll(async () => {
  await env?.close();
});

test('an attendee opens the task pane on a meeting: its agenda, roles and their own votes', async () => {
  const tenant = await fetchTenant(env.sandbox);
  const user = findUser(tenant, DANA);
  const list = await createMeetingSource(clientFor(env.sandbox, DANA)).listMeetings(
    { start: new Date(), end: new Date(Date.now() + 14 * 86_400_000) },
    'UTC',
  );
  const meeting = list.ok ? list.value.find((m) => m.subject === 'Leadership weekly') : undefined;
  if (!meeting) throw new Error('Dana has no Leadership weekly');
  // What Office.js hands the add-in: the EWS form of the item id.
  const ewsId = meeting.id.replace(/-/g, '/').replace(/_/g, '+');

  const context = await env.browser.newContext({ viewport: { width: 350, height: 900 } });
  const blocked: string[] = [];
  try {
    await blockOtherHttps(context, blocked);
    await context.route(`${TAB}/**`, (route) => proxy(route, env.distUrl));
    await context.route('https://graph.microsoft.com/**', (route) =>
      proxy(route, env.sandbox.url, 'https://graph.microsoft.com'),
    );
    await context.route(`${TAB}/_e2e/token`, async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as HostTokenRequest;
      const result = mintHostToken(env.sandbox, user, undefined, body);
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(result) });
    });
    await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/office.js', (route) =>
      route.fulfill({
        contentType: 'application/javascript',
        body: officeStubScript({
          itemId: ewsId,
          subject: meeting.subject,
          email: DANA,
          tokenPath: '/_e2e/token',
        }),
      }),
    );
    const page = await context.newPage();
    await page.goto(`${TAB}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'Leadership weekly' }).waitFor({ timeout: 60_000 });
    // The agenda and the user's own voting.
    const vote = page.getByRole('region', { name: 'Vote' });
    await vote.getByRole('button', { name: 'Add a dot to Hiring plan for Q3' }).click();
    await vote.getByRole('button', { name: 'Save my votes' }).click();
    await vote.getByText('Dots left: 2 of 3').waitFor();
    // Roles.
    await page.getByRole('region', { name: 'Roles' }).getByRole('heading', { name: 'Roles' }).waitFor();
    // Signed in through Outlook's bridge, not a popup; nothing reached the real internet.
    const bridge = await page.evaluate(() => (window as unknown as { __officeLog: string[] }).__officeLog);
    expect(bridge).toContain('GetToken');
    expect(blocked).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});
