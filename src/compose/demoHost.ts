// The demo's host adapter, loaded so that a demo opened at top level never imports TeamsJS: the import alone
// fetches TeamsJS's valid-origins list from Microsoft's CDN (validOrigins.js; test-harness.md §1), and the demo
// must need nothing outside localhost. A page that is framed, opened by another window or inside a native client
// may have a host, so it gets the tab's own initializeHost, loaded on demand.
import { createHostInitializer } from '../host/createHostInitializer';
import type { HostWindow, TeamsApi } from '../host/createHostInitializer';
import type { Host } from '../host/hostTypes';

export interface DemoHostDeps {
  readonly win: HostWindow;
  /** The tab's host adapter (initializeHost), which imports TeamsJS. */
  readonly loadHostAdapter: () => Promise<() => Promise<Host>>;
}

// Never called: createHostInitializer goes standalone without touching TeamsJS when no host can be there.
const teamsNotLoaded = (): never => {
  throw new Error('TeamsJS is not loaded in a demo opened at top level');
};
const noTeams: TeamsApi = {
  initialize: teamsNotLoaded,
  getContext: teamsNotLoaded,
  notifyAppLoaded: teamsNotLoaded,
  notifySuccess: teamsNotLoaded,
  notifyFailure: teamsNotLoaded,
  registerOnThemeChangeHandler: teamsNotLoaded,
  isNAAChannelRecommended: teamsNotLoaded,
};

/** The same test createHostInitializer makes before it calls TeamsJS (test-harness.md §1). */
function mayHaveHost(win: HostWindow): boolean {
  return win.self !== win.top || Boolean(win.opener) || 'nativeInterface' in win;
}

export async function initializeDemoHost(deps: DemoHostDeps): Promise<Host> {
  if (!mayHaveHost(deps.win)) return createHostInitializer({ win: deps.win, teams: noTeams })();
  const initializeHost = await deps.loadHostAdapter();
  return initializeHost();
}
