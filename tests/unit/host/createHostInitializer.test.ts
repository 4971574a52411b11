import {
  createHostInitializer,
  resumeAction,
  supportsAppCaching,
} from '../../../src/host/createHostInitializer';
import type {
  HostContext,
  HostMediaQueryList,
  HostWindow,
  TeamsApi,
} from '../../../src/host/createHostInitializer';
import type { HostTheme } from '../../../src/host/hostTypes';

class FakeMediaQuery implements HostMediaQueryList {
  readonly listeners = new Set<() => void>();
  constructor(public matches: boolean) {}
  addEventListener(_type: 'change', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'change', listener: () => void): void {
    this.listeners.delete(listener);
  }
  set(matches: boolean): void {
    this.matches = matches;
    for (const l of [...this.listeners]) l();
  }
}

interface WindowOptions {
  framed?: boolean;
  opener?: boolean;
  nativeInterface?: boolean;
  dark?: boolean;
  forcedColors?: boolean;
  language?: string;
}

function fakeWindow(o: WindowOptions = {}): HostWindow & { dark: FakeMediaQuery; forced: FakeMediaQuery } {
  const dark = new FakeMediaQuery(o.dark ?? false);
  const forced = new FakeMediaQuery(o.forcedColors ?? false);
  const win = {
    dark,
    forced,
    top: null as unknown,
    self: null as unknown,
    opener: o.opener ? {} : null,
    navigator: { language: o.language ?? 'nl-NL' },
    matchMedia(query: string): HostMediaQueryList {
      if (query === '(prefers-color-scheme: dark)') return dark;
      if (query === '(forced-colors: active)') return forced;
      throw new Error(`unexpected media query ${query}`);
    },
  };
  win.self = win;
  win.top = o.framed ? {} : win;
  return o.nativeInterface ? Object.assign(win, { nativeInterface: {} }) : win;
}

function aContext(overrides: Partial<HostContext> = {}): HostContext {
  return {
    app: { locale: 'en-GB', theme: 'dark', host: { name: 'TeamsModern', clientType: 'web' } },
    page: { frameContext: 'sidePanel' },
    user: {
      id: '00000000-0000-0000-0000-0000000000a1',
      displayName: 'Adele Vance',
      loginHint: 'adele@contoso.example',
      userPrincipalName: 'adele@contoso.example',
      tenant: { id: 'tenant-1' },
    },
    meeting: { id: 'meeting-1' },
    chat: { id: '19:meeting_abc@thread.v2' },
    team: { groupId: 'group-1' },
    channel: { id: '19:channel@thread.tacv2' },
    ...overrides,
  };
}

interface FakeTeams extends TeamsApi {
  readonly calls: string[];
  readonly themeHandlers: ((theme: string) => void)[];
  readonly failures: { reason: string; message: string }[];
}

function fakeTeams(behaviour: {
  initialize?: () => Promise<void>;
  getContext?: () => Promise<HostContext>;
  naa?: () => boolean;
}): FakeTeams {
  const calls: string[] = [];
  const themeHandlers: ((theme: string) => void)[] = [];
  const failures: { reason: string; message: string }[] = [];
  return {
    calls,
    themeHandlers,
    failures,
    initialize(origins) {
      calls.push(`initialize:${JSON.stringify(origins ?? null)}`);
      return (behaviour.initialize ?? (() => Promise.resolve()))();
    },
    getContext() {
      calls.push('getContext');
      return (behaviour.getContext ?? (() => Promise.resolve(aContext())))();
    },
    notifyAppLoaded() {
      calls.push('notifyAppLoaded');
    },
    notifySuccess() {
      calls.push('notifySuccess');
      return Promise.resolve({ hasFinishedSuccessfully: true });
    },
    notifyFailure(reason, message) {
      calls.push('notifyFailure');
      failures.push({ reason, message });
    },
    registerOnThemeChangeHandler(handler) {
      calls.push('registerOnThemeChangeHandler');
      themeHandlers.push(handler);
    },
    isNAAChannelRecommended() {
      calls.push('isNAAChannelRecommended');
      return (behaviour.naa ?? (() => true))();
    },
  };
}

const never = (): Promise<never> => new Promise<never>(() => undefined);

afterEach(() => {
  jest.useRealTimers();
});

describe('standalone detection', () => {
  it('goes standalone at once, without touching TeamsJS, when not framed and with no opener', async () => {
    const teams = fakeTeams({});
    const host = await createHostInitializer({ teams, win: fakeWindow({ dark: true, language: 'de-DE' }) })();

    expect(host.session).toEqual({ kind: 'standalone', reason: 'notFramed', theme: 'dark', locale: 'de-DE' });
    expect(teams.calls).toEqual([]);
  });

  it('waits for a host when there is an opener or a native interface', async () => {
    for (const win of [fakeWindow({ opener: true }), fakeWindow({ nativeInterface: true })]) {
      const teams = fakeTeams({});
      const host = await createHostInitializer({ teams, win })();
      expect(host.session.kind).toBe('hosted');
      expect(teams.calls[0]).toBe('initialize:null');
    }
  });

  it('waits for a slow host as long as TeamsJS does: a host answering after 8 s gets a hosted tab', async () => {
    jest.useFakeTimers();
    const teams = fakeTeams({ initialize: () => new Promise((resolve) => setTimeout(resolve, 8000)) });
    let settled = false;
    const pending = createHostInitializer({ teams, win: fakeWindow({ framed: true }) })().then((h) => {
      settled = true;
      return h;
    });

    await jest.advanceTimersByTimeAsync(7999);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ session: { kind: 'hosted', hostName: 'Teams' } });
  });

  it('never gives up on a framing page before TeamsJS does (its 60 s), and is not standalone meanwhile', async () => {
    jest.useFakeTimers();
    const teams = fakeTeams({ initialize: never });
    let settled = false;
    void createHostInitializer({ teams, win: fakeWindow({ framed: true }) })().then(() => {
      settled = true;
    });
    await jest.advanceTimersByTimeAsync(120_000);
    expect(settled).toBe(false);
    expect(teams.calls).toEqual(['initialize:null']);
  });

  it('goes standalone once TeamsJS itself times out: no host answered, so nothing to tell', async () => {
    const teams = fakeTeams({ initialize: () => Promise.reject(new Error('SDK initialization timed out.')) });
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();

    expect(host.session).toEqual({
      kind: 'standalone',
      reason: 'initFailed',
      theme: 'light',
      locale: 'nl-NL',
    });
    expect(teams.calls).toEqual(['initialize:null']);
  });

  it('honours the demo’s own bound on a framing page that never answers, with reason initTimeout', async () => {
    jest.useFakeTimers();
    const teams = fakeTeams({ initialize: never });
    const pending = createHostInitializer({ teams, win: fakeWindow({ framed: true }) })({ timeoutMs: 5000 });
    await jest.advanceTimersByTimeAsync(5000);
    await expect(pending).resolves.toMatchObject({ session: { kind: 'standalone', reason: 'initTimeout' } });
    // Nothing to tell a host that never answered, and initialize is not retried.
    expect(teams.calls).toEqual(['initialize:null']);
  });

  it('honours a shorter timeout', async () => {
    jest.useFakeTimers();
    const pending = createHostInitializer({
      teams: fakeTeams({ initialize: never }),
      win: fakeWindow({ framed: true }),
    })({
      timeoutMs: 1000,
    });
    await jest.advanceTimersByTimeAsync(1000);
    await expect(pending).resolves.toMatchObject({ session: { kind: 'standalone', reason: 'initTimeout' } });
  });

  it('goes standalone with reason initFailed when initialize rejects', async () => {
    const teams = fakeTeams({
      initialize: () => Promise.reject(new Error('Initialization Failed. No Parent window found.')),
    });
    const host = await createHostInitializer({
      teams,
      win: fakeWindow({ framed: true, forcedColors: true }),
    })();

    expect(host.session).toEqual({
      kind: 'standalone',
      reason: 'initFailed',
      theme: 'contrast',
      locale: 'nl-NL',
    });
    expect(teams.failures).toEqual([]);
  });

  it('tells a host that answered initialize but not getContext, then goes standalone', async () => {
    jest.useFakeTimers();
    const teams = fakeTeams({ getContext: never });
    const pending = createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
    await jest.advanceTimersByTimeAsync(15_000);

    await expect(pending).resolves.toMatchObject({ session: { kind: 'standalone', reason: 'initTimeout' } });
    expect(teams.failures).toEqual([{ reason: 'Timeout', message: 'getContext timed out' }]);
  });
});

describe('hosted session', () => {
  it('reads the context, notifies app loaded right after initialize, and asks about NAA', async () => {
    const teams = fakeTeams({});
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })({
      validMessageOrigins: ['http://localhost:4002'],
    });

    expect(host.session).toEqual({
      kind: 'hosted',
      hostName: 'Teams',
      clientType: 'web',
      theme: 'dark',
      locale: 'en-GB',
      frameContext: 'sidePanel',
      user: {
        id: '00000000-0000-0000-0000-0000000000a1',
        userPrincipalName: 'adele@contoso.example',
        loginHint: 'adele@contoso.example',
        tenantId: 'tenant-1',
        displayName: 'Adele Vance',
      },
      meetingId: 'meeting-1',
      chatId: '19:meeting_abc@thread.v2',
      teamId: 'group-1',
      channelId: '19:channel@thread.tacv2',
      isNAAChannelRecommended: true,
    });
    expect(teams.calls).toEqual([
      'initialize:["http://localhost:4002"]',
      'notifyAppLoaded',
      'getContext',
      'isNAAChannelRecommended',
    ]);
  });

  it('maps the host name and theme of an Outlook context with no meeting or team', async () => {
    const context = aContext({
      app: { locale: 'fr-FR', theme: 'glass', host: { name: 'OutlookWin32', clientType: 'desktop' } },
      meeting: undefined,
      chat: undefined,
      team: undefined,
      channel: undefined,
    });
    const teams = fakeTeams({ getContext: () => Promise.resolve(context), naa: () => false });
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();

    expect(host.session).toMatchObject({
      kind: 'hosted',
      hostName: 'Outlook',
      theme: 'light',
      isNAAChannelRecommended: false,
    });
    expect(host.session.kind === 'hosted' && host.session.meetingId).toBeUndefined();
  });

  it('carries the app id the host reports (the org catalog’s id once uploaded there)', async () => {
    const appId = { toString: () => '9c1e6c1b-0000-4000-8000-00000000ca7a' };
    const base = aContext();
    const teams = fakeTeams({ getContext: () => Promise.resolve({ ...base, app: { ...base.app, appId } }) });
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
    expect(host.session).toMatchObject({ kind: 'hosted', appId: '9c1e6c1b-0000-4000-8000-00000000ca7a' });
  });

  it('treats a throwing isNAAChannelRecommended as "not recommended"', async () => {
    const teams = fakeTeams({
      naa: () => {
        throw new Error('Received an error while calling an API before initialization');
      },
    });
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
    expect(host.session).toMatchObject({ kind: 'hosted', isNAAChannelRecommended: false });
  });

  it('registers one TeamsJS theme handler and fans mapped themes out to every subscriber', async () => {
    const teams = fakeTeams({});
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
    const a: HostTheme[] = [];
    const b: HostTheme[] = [];
    const stopA = host.onThemeChange((t) => a.push(t));
    host.onThemeChange((t) => b.push(t));

    expect(teams.themeHandlers).toHaveLength(1);
    const emit = teams.themeHandlers[0];
    if (!emit) throw new Error('no theme handler registered');
    emit('contrast');
    stopA();
    emit('default');

    expect(a).toEqual(['contrast']);
    expect(b).toEqual(['contrast', 'light']);
  });

  it('notifies success once, and ignores a failure after it', async () => {
    const teams = fakeTeams({});
    const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
    host.notifySuccess();
    host.notifySuccess();
    host.notifyFailure('other', 'late');

    expect(teams.calls.filter((c) => c === 'notifySuccess')).toHaveLength(1);
    expect(teams.failures).toEqual([]);
  });

  it('maps notifyFailure reasons to TeamsJS FailedReason values', async () => {
    const cases = [
      ['authFailed', 'AuthFailed'],
      ['timeout', 'Timeout'],
      ['other', 'Other'],
    ] as const;
    for (const [reason, teamsReason] of cases) {
      const teams = fakeTeams({});
      const host = await createHostInitializer({ teams, win: fakeWindow({ framed: true }) })();
      host.notifyFailure(reason, 'consent missing');
      host.notifySuccess();
      expect(teams.failures).toEqual([{ reason: teamsReason, message: 'consent missing' }]);
      expect(teams.calls).not.toContain('notifySuccess');
    }
  });
});

describe('standalone host', () => {
  it('follows prefers-color-scheme and forced-colors, until unsubscribed', async () => {
    const win = fakeWindow();
    const host = await createHostInitializer({ teams: fakeTeams({}), win })();
    const seen: HostTheme[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));

    win.dark.set(true);
    win.forced.matches = true;
    win.forced.set(true);
    stop();
    win.dark.set(false);

    expect(seen).toEqual(['dark', 'contrast']);
    expect(win.dark.listeners.size).toBe(0);
    expect(win.forced.listeners.size).toBe(0);
  });

  it('makes notifySuccess and notifyFailure no-ops', async () => {
    const teams = fakeTeams({});
    const host = await createHostInitializer({ teams, win: fakeWindow() })();
    host.notifySuccess();
    host.notifyFailure('authFailed', 'x');
    expect(teams.calls).toEqual([]);
  });
});

describe('app caching', () => {
  it('is registered in tabs and the meeting side panel, never on the meeting stage', () => {
    expect(supportsAppCaching('content')).toBe(true);
    expect(supportsAppCaching('sidePanel')).toBe(true);
    expect(supportsAppCaching('meetingStage')).toBe(false);
    expect(supportsAppCaching('stage')).toBe(false);
    expect(supportsAppCaching('settings')).toBe(false);
  });

  it('a resume for the same page refreshes; a resume naming another page navigates there', () => {
    const here = 'https://tab.example/tab.html?x=1#frag';
    expect(resumeAction(here, 'https://tab.example/tab.html?x=1')).toBe('refresh');
    expect(resumeAction(here, 'https://tab.example/tab.html?x=2')).toBe('navigate');
    expect(resumeAction(here, 'https://other.example/tab.html?x=1')).toBe('navigate');
  });
});
