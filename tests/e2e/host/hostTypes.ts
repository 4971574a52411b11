// Shapes shared by the Node side of the simulated host (openInHost.ts) and the script that runs inside the
// host page (runHost.ts). Wire shapes follow shared/reference/test-harness.md §2–3 (teams-js 2.58,
// msal-browser 5.29 `types/naa/*.d.ts`).

export type HostName = 'Teams' | 'Outlook' | 'Office';
export type HostTheme = 'default' | 'dark' | 'contrast';
export type FrameContext =
  'content' | 'settings' | 'remove' | 'task' | 'sidePanel' | 'stage' | 'meetingStage' | 'authentication';

/** TeamsJS runtime (IRuntimeV4) as the host advertises it in the `initialize` reply. */
export interface HostRuntime {
  readonly apiVersion: 4;
  readonly isNAAChannelRecommended: boolean;
  readonly isLegacyTeams: boolean;
  readonly hostVersionsInfo?: {
    readonly adaptiveCardSchemaVersion?: { majorVersion: number; minorVersion: number };
  };
  readonly supports: Readonly<Record<string, unknown>>;
}

/** The flat "legacy" context TeamsJS maps onto `app.getContext()` (transformLegacyContextToAppContext). */
export type LegacyContext = Readonly<Record<string, string | boolean | number | undefined>>;

export interface HostPageConfig {
  readonly hostName: HostName;
  readonly hostClientType: 'web' | 'desktop';
  readonly frameContext: FrameContext;
  readonly sdkVersion: string;
  readonly runtime: HostRuntime;
  readonly context: LegacyContext;
  readonly tabUrl: string;
  readonly tabOrigin: string;
  /** Same-origin path the page POSTs token requests to; the Node side mints them with the sandbox. */
  readonly tokenPath: string;
  /** The meeting lets this app share to the stage (meeting.getAppContentStageSharingCapabilities). */
  readonly stageSharing?: boolean;
  /** A slow host: how long it waits before answering TeamsJS's `initialize`. */
  readonly initializeDelayMs?: number;
  /** The tab iframe's width in px (the meeting side panel's is 280 inside a 320 px panel); full width if absent. */
  readonly frameWidth?: number;
}

/** msal-browser `InitContext`. */
export interface NaaInitContext {
  readonly sdkName: string;
  readonly sdkVersion: string;
  readonly capabilities?: { readonly queryAccount?: boolean };
  readonly accountContext?: {
    readonly homeAccountId: string;
    readonly environment: string;
    readonly tenantId: string;
  };
}

/** msal-browser `TokenResponse`. */
export interface NaaTokenResponse {
  readonly access_token: string;
  readonly id_token: string;
  readonly expires_in: number;
  readonly scope?: string;
  readonly authority?: string;
  readonly properties: Readonly<Record<string, string>> | null;
}

/** msal-browser `AccountInfo` (bridge flavour). */
export interface NaaAccountInfo {
  readonly homeAccountId?: string;
  readonly environment: string;
  readonly tenantId?: string;
  readonly username: string;
  readonly localAccountId?: string;
  readonly name?: string;
  readonly loginHint?: string;
}

/** msal-browser `BridgeError`. */
export interface NaaBridgeError {
  readonly status:
    | 'USER_INTERACTION_REQUIRED'
    | 'USER_CANCEL'
    | 'NO_NETWORK'
    | 'TRANSIENT_ERROR'
    | 'PERSISTENT_ERROR'
    | 'DISABLED'
    | 'ACCOUNT_UNAVAILABLE'
    | 'NESTED_APP_AUTH_UNAVAILABLE';
  readonly code?: string;
  readonly description?: string;
}

/** What the page's token endpoint (served by Node) answers to a GetToken/GetTokenPopup request. */
export type HostTokenResult =
  | { readonly ok: true; readonly token: NaaTokenResponse; readonly account: NaaAccountInfo }
  | { readonly ok: false; readonly error: NaaBridgeError };

/** What the page POSTs to its token endpoint. */
export interface HostTokenRequest {
  readonly method: 'GetToken' | 'GetTokenPopup';
  readonly clientId: string;
  readonly scope: string;
}

/** One line of `window.__hostLog`: every message the host received or sent. */
export interface HostLogEntry {
  readonly direction: 'fromTab' | 'toTab';
  readonly func?: string;
  readonly id?: number;
  readonly args?: readonly unknown[];
  /** For nestedAppAuth.execute: the parsed bridge envelope's method (GetInitContext, GetToken, …). */
  readonly naaMethod?: string;
  readonly note?: string;
}

/** The test-facing API the host page exposes as `window.__host`. */
export interface HostPageApi {
  sendTheme(theme: HostTheme): void;
  sendContextChange(context: LegacyContext): void;
  /** App caching: the host is about to suspend the cached tab ('beforeUnload'); the tab answers 'readyToUnload'. */
  sendBeforeUnload(): void;
  /** The user selected Save on the configuration page ('settings.save'). */
  sendSave(): void;
  sendBackButton(): void;
  /** App caching: the host resumes the cached tab ('load' with the tab's entity id and content URL). */
  sendLoad(context: { readonly entityId: string; readonly contentUrl: string }): void;
}
