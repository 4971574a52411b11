// The paths a tab takes when the host is not the happy Teams host: a host that does not offer nested app auth
// (the tab falls back to MSAL's popup, which can't reach Entra here) and a page framed by something that never
// answers TeamsJS (the tab must go standalone after its bounded wait, not hang for TeamsJS's 60 s).
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { blockOtherHttps, openInHost } from './host/openInHost';
import type { HostedTab } from './host/openInHost';

jest.setTimeout(90_000);

let env: E2eEnv;
let hosted: HostedTab | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
});
afterAll(async () => {
  await env?.close();
});
afterEach(async () => {
  await hosted?.close();
  hosted = undefined;
});

test('a host without nested app auth: the tab takes the popup fallback and explains the failure', async () => {
  hosted = await openInHost(env, { host: 'Teams', theme: 'default', advertiseNaa: false });
  const alert = hosted.tab.getByRole('button', { name: 'Try again' });
  await alert.waitFor();
  const text = await hosted.tab.locator('main').innerText();
  // Entra is unreachable here, so the popup fallback fails as a network problem, and says so.
  expect(text).toMatch(/couldn.t reach Microsoft 365/i);
  // No Graph call was made without a token, and nothing but Entra's login was attempted outside the harness.
  expect(
    hosted.blockedRequests.every(
      (u) => u.includes('login.microsoftonline.com') || u.includes('res.cdn.office.net'),
    ),
  ).toBe(true);
  const log = await hosted.hostLog();
  expect(log.some((e) => e.direction === 'fromTab' && e.func === 'nestedAppAuth.execute')).toBe(false);
});

test('a slow host that answers TeamsJS after 8 s: the tab waits, framed, showing that it waits, and reports success', async () => {
  hosted = await openInHost(env, { host: 'Teams', initializeDelayMs: 8000 });
  // Meanwhile: the app's loading state, not a standalone list or a blank frame.
  await hosted.tab.getByText('Connecting to Microsoft Teams…').waitFor({ timeout: 5000 });
  await new Promise((r) => setTimeout(r, 6000));
  expect(await hosted.tab.getByText('Connecting to Microsoft Teams…').count()).toBe(1);
  expect(await hosted.tab.getByRole('region', { name: 'My meetings' }).count()).toBe(0);

  // Then the hosted tab: its tokens came over the host's NAA bridge, and the host heard success.
  await hosted.tab
    .getByRole('region', { name: 'My meetings' })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: 30_000 });
  const fromTab = (await hosted.hostLog()).filter((e) => e.direction === 'fromTab');
  expect(fromTab.some((e) => e.func === 'nestedAppAuth.execute')).toBe(true);
  expect(fromTab.map((e) => e.func)).toContain('appInitialization.success');
  expect(fromTab.map((e) => e.func)).not.toContain('appInitialization.failure');
});

test('a channel meeting (no chat id) says plainly that it is not supported yet, and the host hears success', async () => {
  hosted = await openInHost(env, {
    host: 'Teams',
    frameContext: 'sidePanel',
    meetingContext: { meetingId: 'MCMjMCMjY2hhbm5lbA==', channelId: '19:general@thread.tacv2' },
    viewport: { width: 320, height: 900 },
    frameWidth: 280,
  });
  await hosted.tab.getByText('Channel meetings aren’t supported yet').waitFor();
  const fromTab = (await hosted.hostLog()).filter((e) => e.direction === 'fromTab').map((e) => e.func);
  expect(fromTab).toContain('appInitialization.success');
});

test('framed by a page that never answers TeamsJS: standalone after the bounded wait, not 60 s, and says so', async () => {
  const context = await env.browser.newContext();
  const blocked: string[] = [];
  await blockOtherHttps(context, blocked);
  const page = await context.newPage();
  // A plain page on the dist server's origin frames the demo; it never answers the TeamsJS handshake.
  await page.route(`${env.distUrl}/_silent-host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>not a host</title><iframe id="tab" title="tab" src="${env.distUrl}/index.html" style="width:1000px;height:800px"></iframe>`,
    }),
  );
  await page.goto(`${env.distUrl}/_silent-host.html`);
  const tab = page.frameLocator('#tab');
  await tab
    .getByRole('region', { name: 'My meetings' })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: 30_000 });
  // It says so: running on its own inside another page is not the personal tab.
  await tab.getByText('Not connected to Teams').waitFor();
  await tab.getByRole('button', { name: 'Reload' }).waitFor();
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
});
