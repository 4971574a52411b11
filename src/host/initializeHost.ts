// Production wiring of the host adapter: the real TeamsJS module and the real window.
// The logic lives in createHostInitializer so unit tests can drive it without loading TeamsJS
// (its import fetches the valid-domains list from the CDN, test-harness.md §1).
import { app, meeting, nestedAppAuth } from '@microsoft/teams-js';
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
  /** A deep link's subEntityId: which meeting to open (see app/hooks/meetingDeepLink). */
  subPageId?: string;
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
  /** Teams meeting capabilities; absent outside a host. */
  readonly inMeeting?: InMeetingHost;
}

export interface InMeetingHost {
  /** Whether this user may share the app to the meeting stage here (false where the host can't). */
  canShareToStage(): Promise<boolean>;
  shareToStage(url: string): Promise<void>;
  /**
   * App caching (platform-facts: the side panel stays cached 20 minutes): `beforeSuspend` runs before Teams
   * suspends the cached tab; `resume` when it brings it back, after which the host is told the app is ready.
   */
  onSuspendAndResume(handlers: {
    readonly beforeSuspend: () => Promise<void>;
    readonly resume: () => void;
  }): void;
}

function teamsInMeeting(): InMeetingHost {
  return {
    canShareToStage: () =>
      new Promise<boolean>((resolve) => {
        try {
          meeting.getAppContentStageSharingCapabilities((error, result) =>
            resolve(!error && result?.doesAppHaveSharePermission === true),
          );
        } catch {
          // Outside sidePanel / meetingStage, or a host without the meeting capability.
          resolve(false);
        }
      }),
    shareToStage: (url) =>
      new Promise<void>((resolve, reject) => {
        meeting.shareAppContentToStage((error) => {
          if (error) reject(new Error(error.message ?? `Sharing to the stage failed (${error.errorCode})`));
          else resolve();
        }, url);
      }),
    onSuspendAndResume({ beforeSuspend, resume }) {
      try {
        app.lifecycle.registerBeforeSuspendOrTerminateHandler(beforeSuspend);
        app.lifecycle.registerOnResumeHandler(() => {
          resume();
          void app.notifySuccess().catch(() => undefined);
        });
      } catch {
        // A host without app caching: the tab is simply reloaded next time.
      }
    },
  };
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
  return init(opts).then((host) =>
    host.session.kind === 'hosted' ? { ...host, inMeeting: teamsInMeeting() } : host,
  );
}
