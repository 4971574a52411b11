// Production wiring of the host adapter: the real TeamsJS module and the real window.
// The logic lives in createHostInitializer so unit tests can drive it without loading TeamsJS
// (its import fetches the valid-domains list from the CDN, test-harness.md §1).
import { app, nestedAppAuth } from '@microsoft/teams-js';
import { createHostInitializer } from './createHostInitializer';
import type { HostFailureReason } from './createHostInitializer';

export type HostName = 'Teams' | 'Outlook' | 'Office' | 'Other';
export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostedSession {
  kind: 'hosted';
  hostName: HostName;
  clientType: string;
  theme: HostTheme;
  locale: string;
  frameContext: string;
  user: {
    id?: string;
    userPrincipalName?: string;
    loginHint?: string;
    tenantId?: string;
    displayName?: string;
  };
  meetingId?: string;
  chatId?: string;
  /** The team's Microsoft 365 group id (the id Graph's /teams and /groups take), not the 19:… thread id. */
  teamId?: string;
  channelId?: string;
  isNAAChannelRecommended: boolean;
}

export interface StandaloneSession {
  kind: 'standalone';
  theme: HostTheme;
  locale: string;
  reason: 'notFramed' | 'initTimeout' | 'initFailed';
}

export type HostSession = HostedSession | StandaloneSession;

export interface Host {
  session: HostSession;
  /** Subscribes to theme changes; returns the unsubscribe function. */
  onThemeChange(cb: (t: HostTheme) => void): () => void;
  /** Tells the host the app is ready (hides its loading screen). Idempotent; no-op standalone. */
  notifySuccess(): void;
  /** Tells the host the app could not start. Only the first of notifySuccess/notifyFailure counts. */
  notifyFailure(reason: 'authFailed' | 'timeout' | 'other', message: string): void;
}

const failedReasons: Record<HostFailureReason, app.FailedReason> = {
  AuthFailed: app.FailedReason.AuthFailed,
  Timeout: app.FailedReason.Timeout,
  Other: app.FailedReason.Other,
};

export function initializeHost(opts?: {
  timeoutMs?: number;
  validMessageOrigins?: readonly string[];
}): Promise<Host> {
  const init = createHostInitializer({
    win: window,
    teams: {
      initialize: (origins) => app.initialize(origins),
      getContext: () => app.getContext(),
      notifyAppLoaded: () => app.notifyAppLoaded(),
      notifySuccess: () => app.notifySuccess(),
      notifyFailure: (reason, message) => app.notifyFailure({ reason: failedReasons[reason], message }),
      registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
      isNAAChannelRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
    },
  });
  return init(opts);
}
