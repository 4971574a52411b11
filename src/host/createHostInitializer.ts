// The host adapter's logic, with TeamsJS and the window passed in. initializeHost wires the real ones;
// unit tests pass plain objects, so there is no jest.mock and no test-only branch here.
import type { Host, HostedSession, HostSession, HostTheme, StandaloneSession } from './hostTypes';
import { toHostName } from './toHostName';
import { toHostTheme } from './toHostTheme';

export type HostFailureReason = 'AuthFailed' | 'Timeout' | 'Other';

/** The slice of TeamsJS `app.Context` we read (platform-facts.md §7). */
export interface HostContext {
  readonly app: {
    readonly locale: string;
    readonly theme: string;
    readonly host: { readonly name: string; readonly clientType: string };
    /** The app's id as installed (TeamsJS AppId: an object whose toString() is the id); absent in older hosts. */
    readonly appId?: { toString(): string };
  };
  readonly page: { readonly frameContext: string; readonly subPageId?: string };
  readonly user?: {
    readonly id?: string;
    readonly displayName?: string;
    readonly loginHint?: string;
    readonly userPrincipalName?: string;
    readonly tenant?: { readonly id: string };
  };
  readonly meeting?: { readonly id: string };
  readonly chat?: { readonly id: string };
  readonly team?: { readonly groupId?: string };
  readonly channel?: { readonly id: string };
}

/** The slice of TeamsJS we call. */
export interface TeamsApi {
  initialize(validMessageOrigins?: string[]): Promise<void>;
  getContext(): Promise<HostContext>;
  notifyAppLoaded(): void;
  notifySuccess(): Promise<unknown>;
  notifyFailure(reason: HostFailureReason, message: string): void;
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  isNAAChannelRecommended(): boolean;
}

export interface HostMediaQueryList {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/** The slice of `window` we read. */
export interface HostWindow {
  readonly self: unknown;
  readonly top: unknown;
  readonly opener: unknown;
  readonly navigator: { readonly language: string };
  matchMedia(query: string): HostMediaQueryList;
}

export interface HostInitializerDeps {
  readonly teams: TeamsApi;
  readonly win: HostWindow;
}

export interface HostInitOptions {
  /**
   * Upper bound on waiting for a framing page to answer TeamsJS. Absent (production): as long as TeamsJS itself
   * waits, 60 s, after which app.initialize rejects with "SDK initialization timed out." (teams-js 2.58
   * src/internal/appHelpers.ts: runWithTimeout(…, 60000, …)). A real host may be slow (a cold Teams desktop, a
   * busy machine), and a framed tab that gave up early would render standalone, never call notifySuccess, and leave
   * Teams on its own timeout screen. The demo, which anyone may frame, passes a short bound.
   */
  readonly timeoutMs?: number;
  /** Bound on getContext once initialize answered; default 15 s. The host is then told (notifyFailure Timeout). */
  readonly contextTimeoutMs?: number;
  /** Extra origins trusted to speak the TeamsJS protocol (e.g. a dev host on http://localhost). */
  readonly validMessageOrigins?: readonly string[];
}

const DEFAULT_CONTEXT_TIMEOUT_MS = 15_000;
const DARK_QUERY = '(prefers-color-scheme: dark)';
const FORCED_COLORS_QUERY = '(forced-colors: active)';

type Settled<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'timeout' };

/**
 * Whether the host caches (suspends) the tab in this frame context. learn.microsoft.com, "App caching for your tab
 * app" (tabs/how-to/app-caching): personal, chat, channel and meeting tabs (frame context content) and, in a
 * meeting, only the side panel ("side panel is the only supported frameContext for app caching in meetings");
 * not the meeting stage.
 */
export function supportsAppCaching(frameContext: string): boolean {
  return frameContext === 'content' || frameContext === 'sidePanel';
}

/**
 * What a resumed tab does with TeamsJS's ResumeContext: the host may bring the cached webview back for another tab
 * instance (another contentUrl), which must load that page; the same page only refreshes its data.
 */
export function resumeAction(currentUrl: string, contentUrl: string): 'refresh' | 'navigate' {
  const here = new URL(currentUrl);
  const there = new URL(contentUrl, currentUrl);
  return here.origin === there.origin && here.pathname === there.pathname && here.search === there.search
    ? 'refresh'
    : 'navigate';
}

/** Whether this page may have a host: framed, opened by another window, or inside a native Teams client. */
export function isPossiblyHosted(win: HostWindow): boolean {
  return win.self !== win.top || Boolean(win.opener) || 'nativeInterface' in win;
}

export function createHostInitializer(deps: HostInitializerDeps): (opts?: HostInitOptions) => Promise<Host> {
  const { teams, win } = deps;

  return async (opts = {}) => {
    // test-harness.md §1: with no parent, no opener and no native interface, app.initialize() can only
    // reject, so don't call it at all and render at once. This is the only way to standalone in production.
    if (!isPossiblyHosted(win)) return standaloneHost(win, 'notFramed');

    // We never retry: TeamsJS keeps returning the first initialize promise.
    const init = await settle(
      teams.initialize(opts.validMessageOrigins ? [...opts.validMessageOrigins] : undefined),
      opts.timeoutMs,
    );
    // Nobody answered (TeamsJS's own 60 s, or the demo's bound): there is no host to tell anything.
    if (init.kind !== 'value')
      return standaloneHost(win, init.kind === 'timeout' ? 'initTimeout' : 'initFailed');

    // Hides the host's loading spinner early; notifySuccess still follows once data shows (platform-facts.md §10).
    teams.notifyAppLoaded();
    const context = await settle(teams.getContext(), opts.contextTimeoutMs ?? DEFAULT_CONTEXT_TIMEOUT_MS);
    if (context.kind === 'value') return hostedHost(teams, toHostedSession(context.value, teams));

    // The host answered initialize but not getContext: tell it, or it shows a spinner and then its own
    // timeout screen after 30 s (platform-facts.md §10).
    // i18n-ignore: TeamsJS failure reasons and a diagnostic for the host's log; Teams shows its own screen
    teams.notifyFailure(
      // i18n-ignore: TeamsJS FailedReason values
      context.kind === 'timeout' ? 'Timeout' : 'Other',
      // i18n-ignore: a diagnostic for the host's log, never shown
      context.kind === 'timeout' ? 'getContext timed out' : describe(context.error),
    );
    return standaloneHost(win, context.kind === 'timeout' ? 'initTimeout' : 'initFailed');
  };
}

/** The promise's outcome, or 'timeout' after `ms` (no bound when ms is undefined). */
async function settle<T>(promise: Promise<T>, ms: number | undefined): Promise<Settled<T>> {
  const outcome = promise.then(
    (value): Settled<T> => ({ kind: 'value', value }),
    (error: unknown): Settled<T> => ({ kind: 'error', error }),
  );
  if (ms === undefined) return outcome;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
  });
  const result = await Promise.race([outcome, deadline]);
  clearTimeout(timer);
  return result;
}

function toHostedSession(context: HostContext, teams: TeamsApi): HostedSession {
  return {
    kind: 'hosted',
    hostName: toHostName(context.app.host.name),
    clientType: context.app.host.clientType,
    theme: toHostTheme(context.app.theme),
    locale: context.app.locale,
    frameContext: context.page.frameContext,
    ...appIdOf(context),
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
    user: {
      id: context.user?.id,
      userPrincipalName: context.user?.userPrincipalName,
      loginHint: context.user?.loginHint,
      tenantId: context.user?.tenant?.id,
      displayName: context.user?.displayName,
    },
    meetingId: context.meeting?.id,
    chatId: context.chat?.id,
    teamId: context.team?.groupId,
    channelId: context.channel?.id,
    isNAAChannelRecommended: naaRecommended(teams),
  };
}

// The id this installation runs under: an app uploaded to the org catalog gets a new id there (msteams-docs,
// deep-link-application), so deep links built from the package's id would open nothing.
function appIdOf(context: HostContext): { appId?: string } {
  const id = context.app.appId?.toString().trim();
  return id ? { appId: id } : {};
}

// platform-facts.md §8: initialize TeamsJS first, then ask. It reads the runtime the host sent; a host
// that sent none (legacy Teams) makes it false, and the composition root then picks the popup provider.
function naaRecommended(teams: TeamsApi): boolean {
  try {
    return teams.isNAAChannelRecommended();
  } catch {
    return false;
  }
}

function hostedHost(teams: TeamsApi, session: HostedSession): Host {
  const listeners = new Set<(t: HostTheme) => void>();
  let registered = false;
  let notified = false;
  return {
    session,
    onThemeChange(cb) {
      listeners.add(cb);
      // TeamsJS keeps one theme handler at a time (platform-facts.md §7), so register once and fan out.
      if (!registered) {
        registered = true;
        teams.registerOnThemeChangeHandler((theme) => {
          const mapped = toHostTheme(theme);
          for (const listener of [...listeners]) listener(mapped);
        });
      }
      return () => {
        listeners.delete(cb);
      };
    },
    notifySuccess() {
      if (notified) return;
      notified = true;
      // notifySuccess may wait for the host's acknowledgement (test-harness.md §2); nothing to do with it.
      teams.notifySuccess().catch(() => undefined);
    },
    notifyFailure(reason, message) {
      if (notified) return;
      notified = true;
      teams.notifyFailure(
        // i18n-ignore: TeamsJS FailedReason values
        reason === 'authFailed' ? 'AuthFailed' : reason === 'timeout' ? 'Timeout' : 'Other',
        message,
      );
    },
  };
}

function standaloneHost(win: HostWindow, reason: StandaloneSession['reason']): Host {
  const session: HostSession = {
    kind: 'standalone',
    theme: systemTheme(win),
    locale: win.navigator.language || 'en-US',
    reason,
  };
  return {
    session,
    onThemeChange(cb) {
      const queries = [win.matchMedia(FORCED_COLORS_QUERY), win.matchMedia(DARK_QUERY)];
      const listener = (): void => cb(systemTheme(win));
      for (const q of queries) q.addEventListener('change', listener);
      return () => {
        for (const q of queries) q.removeEventListener('change', listener);
      };
    },
    notifySuccess() {},
    notifyFailure() {},
  };
}

// Outside a host the OS decides: forced colors (Windows high contrast) wins over a dark preference.
function systemTheme(win: HostWindow): HostTheme {
  if (win.matchMedia(FORCED_COLORS_QUERY).matches) return 'contrast';
  return win.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
