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
  /** Upper bound on waiting for a host; default 5000 ms. TeamsJS's own limit is 60 s (test-harness.md §1). */
  readonly timeoutMs?: number;
  /** Extra origins trusted to speak the TeamsJS protocol (e.g. a dev host on http://localhost). */
  readonly validMessageOrigins?: readonly string[];
}

const DEFAULT_TIMEOUT_MS = 5000;
const DARK_QUERY = '(prefers-color-scheme: dark)';
const FORCED_COLORS_QUERY = '(forced-colors: active)';

type BootOutcome =
  | { readonly kind: 'context'; readonly context: HostContext }
  | { readonly kind: 'error'; readonly error: unknown }
  | { readonly kind: 'timeout' };

export function createHostInitializer(deps: HostInitializerDeps): (opts?: HostInitOptions) => Promise<Host> {
  const { teams, win } = deps;

  return async (opts = {}) => {
    // test-harness.md §1: with no parent, no opener and no native interface, app.initialize() can only
    // reject, so don't call it at all and render at once.
    const maybeHosted = win.self !== win.top || Boolean(win.opener) || 'nativeInterface' in win;
    if (!maybeHosted) return standaloneHost(win, 'notFramed');

    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let initialized = false;
    const boot = (async (): Promise<HostContext> => {
      await teams.initialize(opts.validMessageOrigins ? [...opts.validMessageOrigins] : undefined);
      initialized = true;
      // Hides the host's loading spinner early; notifySuccess still follows once data shows (platform-facts.md §10).
      teams.notifyAppLoaded();
      return teams.getContext();
    })();

    // A non-host parent never answers, and TeamsJS would wait 60 s (test-harness.md §1). We never retry:
    // TeamsJS keeps returning the first initialize promise.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<BootOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    });
    const outcome = await Promise.race([
      boot.then(
        (context): BootOutcome => ({ kind: 'context', context }),
        (error: unknown): BootOutcome => ({ kind: 'error', error }),
      ),
      deadline,
    ]);
    clearTimeout(timer);

    if (outcome.kind === 'context') return hostedHost(teams, toHostedSession(outcome.context, teams));

    const reason = outcome.kind === 'timeout' ? 'initTimeout' : 'initFailed';
    if (initialized) {
      // The host answered initialize but not getContext: tell it, or it shows a spinner and then its own
      // timeout screen after 30 s (platform-facts.md §10).
      teams.notifyFailure(
        outcome.kind === 'timeout' ? 'Timeout' : 'Other',
        outcome.kind === 'timeout' ? 'getContext timed out' : describe(outcome.error),
      );
    }
    return standaloneHost(win, reason);
  };
}

function toHostedSession(context: HostContext, teams: TeamsApi): HostedSession {
  return {
    kind: 'hosted',
    hostName: toHostName(context.app.host.name),
    clientType: context.app.host.clientType,
    theme: toHostTheme(context.app.theme),
    locale: context.app.locale,
    frameContext: context.page.frameContext,
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
