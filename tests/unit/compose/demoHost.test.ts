// The demo opened at top level never loads TeamsJS (whose import fetches from Microsoft's CDN); a framed or
// opened demo gets the tab's own host adapter.
import { initializeDemoHost } from '../../../src/compose/demoHost';
import type { HostMediaQueryList, HostWindow } from '../../../src/host/createHostInitializer';
import type { Host } from '../../../src/host/hostTypes';

const query: HostMediaQueryList = {
  matches: false,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
};

function fakeWindow(o: { framed?: boolean; opener?: boolean; nativeInterface?: boolean } = {}): HostWindow {
  const win: Record<string, unknown> = {
    top: null,
    opener: o.opener ? {} : null,
    navigator: { language: 'en-GB' },
    matchMedia: () => query,
  };
  win['self'] = o.framed ? {} : null;
  if (o.nativeInterface) win['nativeInterface'] = {};
  return win as unknown as HostWindow;
}

const hostedHost: Host = {
  session: {
    kind: 'hosted',
    hostName: 'Teams',
    clientType: 'web',
    theme: 'light',
    locale: 'en-us',
    frameContext: 'content',
    user: {},
    isNAAChannelRecommended: true,
  },
  onThemeChange: () => () => undefined,
  notifySuccess: () => undefined,
  notifyFailure: () => undefined,
};

test('at top level: standalone at once, and the TeamsJS adapter is never loaded', async () => {
  const loadHostAdapter = jest.fn(async () => async () => hostedHost);
  const host = await initializeDemoHost({ win: fakeWindow(), loadHostAdapter });
  expect(loadHostAdapter).not.toHaveBeenCalled();
  expect(host.session).toEqual({ kind: 'standalone', theme: 'light', locale: 'en-GB', reason: 'notFramed' });
});

test.each([
  ['framed', { framed: true }],
  ['opened by another window', { opener: true }],
  ['inside a native client', { nativeInterface: true }],
])('%s: the tab’s own host adapter decides', async (_name, options) => {
  const loadHostAdapter = jest.fn(async () => async () => hostedHost);
  const host = await initializeDemoHost({ win: fakeWindow(options), loadHostAdapter });
  expect(loadHostAdapter).toHaveBeenCalledTimes(1);
  expect(host).toBe(hostedHost);
});
