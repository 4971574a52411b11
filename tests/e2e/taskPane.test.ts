// The Outlook add-in's task pane (issue #6) in a simulated Office host: office.js from the CDN is replaced by a
// stub with the open appointment, the client's requirement sets, Outlook's nested app authentication bridge and the
// Office dialog API. An attendee opens the pane on the Leadership weekly and sees its agenda, roles and their own
// votes: signed in through NAA where the client has NestedAppAuth 1.1, through the Office dialog (the real
// auth-dialog.html running MSAL's redirect flow against a stand-in for Entra) where it doesn't (issue #13), and a
// client with neither is told what to use instead.
import { linkedWeeklyMeeting } from './helpers/inMeeting';
import { seriousAxeViolations } from './helpers/meetings';
import { openStep } from './helpers/steps';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { officeStubScript } from './host/officeStub';
import { blockOtherHttps, fetchTenant, findUser, mintHostToken, proxy } from './host/openInHost';
import type { TenantUser } from './host/openInHost';
import type { HostTokenRequest } from './host/hostTypes';
import { routeFakeEntra } from './host/fakeEntra';
import type { BrowserContext } from 'playwright-core';
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

/** Dana's Leadership weekly as Office.js shows it (EWS id), and a browser context serving the task pane. */
async function taskPaneContext(requirementSets?: Readonly<Record<string, string>>): Promise<{
  context: BrowserContext;
  blocked: string[];
  user: TenantUser;
}> {
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
        ...(requirementSets ? { requirementSets } : {}),
      }),
    }),
  );
  return { context, blocked, user };
}

test('an attendee opens the task pane on a meeting: its agenda, roles and their own votes', async () => {
  const { context, blocked } = await taskPaneContext();
  try {
    const page = await context.newPage();
    await page.goto(`${TAB}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'Leadership weekly' }).waitFor({ timeout: 60_000 });
    // The agenda and the user's own voting.
    const vote = page.getByRole('region', { name: 'Vote' });
    await vote.getByRole('button', { name: 'Add a dot to Hiring plan for Q3' }).click();
    await vote.getByRole('button', { name: 'Save my votes' }).click();
    await vote.getByText('Dots left: 2 of 3').waitFor();
    // Roles.
    await openStep(page, 'Roles');
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

// Classic Outlook on Windows 2307–2408: unified-manifest add-ins load, NestedAppAuth 1.1 is missing, DialogApi is there.
const CLASSIC_OUTLOOK_2408 = { Mailbox: '1.13', DialogApi: '1.2', DialogOrigin: '1.1' };

test('Outlook without NestedAppAuth 1.1: Sign in opens the Office dialog, MSAL signs in there, the agenda loads', async () => {
  const { context, blocked, user } = await taskPaneContext(CLASSIC_OUTLOOK_2408);
  const entra = await routeFakeEntra(context, { sandbox: env.sandbox, user });
  try {
    const page = await context.newPage();
    await page.goto(`${TAB}/taskpane.html`);
    await page.getByRole('heading', { name: 'Sign in to Roundtable' }).waitFor({ timeout: 60_000 });
    // Nothing opened a dialog or asked Entra before the click: a dialog without a gesture is a blocked pop-up.
    expect(entra.authorize).toEqual([]);
    const dialogOpened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const dialog = await dialogOpened;
    expect(new URL(dialog.url()).pathname).toBe('/auth-dialog.html');
    await page.getByRole('heading', { level: 1, name: 'Leadership weekly' }).waitFor({ timeout: 60_000 });
    // The dialog ran the authorization-code flow (one authorize, one code redemption) and was closed by the pane.
    expect(entra.authorize).toHaveLength(1);
    const authorize = new URL(entra.authorize[0] ?? '');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${TAB}/auth-dialog.html`);
    expect(authorize.searchParams.get('login_hint')).toBe(DANA);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(entra.token).toEqual(['authorization_code']);
    if (!dialog.isClosed()) await dialog.waitForEvent('close', { timeout: 10_000 });
    // The agenda and roles load with the dialog's token (calendar, the team's document, users).
    await page.getByRole('region', { name: 'Vote' }).getByRole('button', { name: 'Save my votes' }).waitFor();
    await openStep(page, 'Roles');
    await page.getByRole('region', { name: 'Roles' }).getByRole('heading', { name: 'Roles' }).waitFor();
    const log = await page.evaluate(() => (window as unknown as { __officeLog: string[] }).__officeLog);
    expect(log).toEqual(['displayDialogAsync']);
    // No NAA bridge in this client, and nothing else reached for the internet.
    expect(await page.evaluate(() => 'nestedAppAuthBridge' in window)).toBe(false);
    expect(blocked).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});

test('Outlook without NestedAppAuth: declined consent and a closed dialog keep the Sign in button and say why', async () => {
  const { context, user } = await taskPaneContext(CLASSIC_OUTLOOK_2408);
  await routeFakeEntra(context, { sandbox: env.sandbox, user, declineConsent: true });
  try {
    const page = await context.newPage();
    await page.goto(`${TAB}/taskpane.html`);
    const signIn = page.getByRole('button', { name: 'Sign in' });
    await signIn.waitFor({ timeout: 60_000 });
    await signIn.click();
    await page.getByText(/needs your consent/).waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The user closes the next dialog with its X before signing in: cancelled, and Sign in is offered again.
    const dialogOpened = context.waitForEvent('page');
    await signIn.click();
    const dialog = await dialogOpened;
    await dialog.close();
    await page.getByText(/cancelled: the sign-in window was closed/).waitFor({ timeout: 30_000 });
    await signIn.waitFor();
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});

test('an Outlook with neither NestedAppAuth nor the dialog API: a plain message saying what to use instead', async () => {
  const { context, blocked } = await taskPaneContext({ Mailbox: '1.8' });
  try {
    const page = await context.newPage();
    await page.goto(`${TAB}/taskpane.html`);
    await page.getByText(/can’t sign you in to Roundtable/).waitFor({ timeout: 60_000 });
    expect(await page.locator('#root').innerText()).toMatch(
      /Update Outlook.*Outlook on the web.*Microsoft Teams/s,
    );
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(blocked).toEqual([]);
  } finally {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});
