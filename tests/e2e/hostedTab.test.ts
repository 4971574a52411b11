// The production tab (dist/tab.html) inside the simulated Teams, Outlook and Microsoft 365 hosts, with tokens
// from the nested-app-auth bridge and Graph routed to the sandbox.
import { meetingItems, seriousAxeViolations, themedRoot } from './helpers/meetings';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { openInHost } from './host/openInHost';
import type { HostedTab } from './host/openInHost';
import type { HostName } from './host/hostTypes';

// jest.config.cjs sets testTimeout on the e2e project, which jest ignores for projects; browser tests need more
// than the 5 s default on this 2-core machine.
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

test('Teams: lists the meetings with NAA tokens and tells the host it is ready', async () => {
  hosted = await openInHost(env, { host: 'Teams', theme: 'default' });
  await meetingItems(hosted.tab).filter({ hasText: 'Leadership weekly' }).first().waitFor();

  const log = await hosted.hostLog();
  const fromTab = log.filter((e) => e.direction === 'fromTab');
  expect(fromTab.map((e) => e.func)).toContain('appInitialization.success');
  // The token came over the NAA bridge, not from a network login.
  expect(
    fromTab.filter((e) => e.naaMethod === 'GetToken' || e.naaMethod === 'GetTokenPopup').length,
  ).toBeGreaterThan(0);
  // Nothing else reached for the internet (login.microsoftonline.com would mean a non-NAA path). TeamsJS's
  // valid-domains prefetch is expected and falls back to its bundled list (test-harness.md §1).
  expect(hosted.blockedRequests.filter((u) => !u.startsWith('https://res.cdn.office.net/teams-js/'))).toEqual(
    [],
  );
});

test('Teams: follows the host theme to dark and to high contrast', async () => {
  hosted = await openInHost(env, { host: 'Teams', theme: 'default' });
  await meetingItems(hosted.tab).first().waitFor();
  const light = await themedRoot(hosted.tab);
  expect(light.theme).toBe('light');

  await hosted.sendTheme('dark');
  await hosted.tab.locator('[data-theme="dark"]').first().waitFor();
  const dark = await themedRoot(hosted.tab);
  expect(dark.background).not.toBe(light.background);

  await hosted.sendTheme('contrast');
  await hosted.tab.locator('[data-theme="contrast"]').first().waitFor();
  const contrast = await themedRoot(hosted.tab);
  expect(contrast.background).not.toBe(light.background);
  expect(contrast.background).not.toBe(dark.background);
});

test('Teams: starts in the dark theme when the host context says dark', async () => {
  hosted = await openInHost(env, { host: 'Teams', theme: 'dark' });
  await meetingItems(hosted.tab).first().waitFor();
  expect((await themedRoot(hosted.tab)).theme).toBe('dark');
});

test.each<HostName>(['Outlook', 'Office'])('%s: lists the meetings', async (host) => {
  hosted = await openInHost(env, { host });
  await meetingItems(hosted.tab).filter({ hasText: 'Leadership weekly' }).first().waitFor();
  const log = await hosted.hostLog();
  expect(log.some((e) => e.direction === 'toTab' && e.func === 'getContext')).toBe(true);
  expect(log.some((e) => e.func === 'appInitialization.success')).toBe(true);
});

test('Teams: the meetings view has no serious or critical axe violations', async () => {
  hosted = await openInHost(env, { host: 'Teams' });
  await meetingItems(hosted.tab).first().waitFor();
  expect(await seriousAxeViolations(hosted.page)).toEqual([]);
});
