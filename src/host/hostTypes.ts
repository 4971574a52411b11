// What the app knows of its host (Teams, Outlook, the Microsoft 365 app, or none): types only, so views and the
// composition roots can name them without loading TeamsJS (initializeHost.ts is the one file that does).
export type HostName = 'Teams' | 'Outlook' | 'Office' | 'Other';
export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostedSession {
  kind: 'hosted';
  hostName: HostName;
  clientType: string;
  theme: HostTheme;
  locale: string;
  frameContext: string;
  /** The Teams app id the host runs this app under (the org catalog's id once uploaded there), when it says. */
  appId?: string;
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
  /**
   * The host's own back button (Teams mobile; TeamsJS pages.backStack): the handler answers true when it went back
   * within the app, false to let the host go back. Absent where the host has none.
   */
  readonly onBackButton?: (handler: () => boolean) => void;
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
