// Failure paths in the Teams host: a throttled tenant recovers by itself; missing consent is explained.
import { meetingItems } from './helpers/meetings';
import { startE2eEnv } from './helpers/startE2eEnv';
import type { E2eEnv } from './helpers/startE2eEnv';
import { openInHost } from './host/openInHost';
import type { HostedTab } from './host/openInHost';

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
  await fetch(`${env.sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
});

test('a 429 on the first calendarView is retried and still ends in the list', async () => {
  const fault = await fetch(`${env.sandbox.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 429, retryAfter: 1, count: 1, path: 'calendarView' }),
  });
  expect(fault.ok).toBe(true);
  env.sandbox.clearRequestLog();

  hosted = await openInHost(env, { host: 'Teams' });
  await meetingItems(hosted.tab).filter({ hasText: 'Leadership weekly' }).first().waitFor();

  const calendarViews = env.sandbox.requestLog().filter((r) => r.url.includes('calendarView'));
  expect(calendarViews.map((r) => r.status)).toEqual(expect.arrayContaining([429, 200]));
});

test('a token without a calendar scope shows a clear consent message, not a list', async () => {
  hosted = await openInHost(env, { host: 'Teams', scopes: ['User.Read'] });
  const message = hosted.tab.getByText(/consent/i).first();
  await message.waitFor();
  await hosted.tab
    .getByText(/Calendars/)
    .first()
    .waitFor();
  expect(await meetingItems(hosted.tab).count()).toBe(0);
  // The app's own Try again is on screen, and the host was told the app loaded (notifyFailure would have replaced
  // this screen with the host's error page).
  await hosted.tab.getByRole('button', { name: 'Try again' }).first().waitFor();
  const fromTab = (await hosted.hostLog()).filter((e) => e.direction === 'fromTab').map((e) => e.func);
  expect(fromTab).toContain('appInitialization.success');
  expect(fromTab).not.toContain('appInitialization.failure');
});
