// Production wiring of the host adapter: the real TeamsJS module and the real window.
// The logic lives in createHostInitializer so unit tests can drive it without loading TeamsJS
// (its import fetches the valid-domains list from the CDN, test-harness.md §1).
import { app, meeting, nestedAppAuth, pages } from '@microsoft/teams-js';
import { createHostInitializer, resumeAction, supportsAppCaching } from './createHostInitializer';
import type { HostFailureReason } from './createHostInitializer';
import type { Host, InMeetingHost } from './hostTypes';

function teamsInMeeting(frameContext: string): InMeetingHost {
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
      // Not on the meeting stage: the host doesn't cache it, and registering opts a stage into nothing but a
      // beforeSuspend round trip (supportsAppCaching).
      if (!supportsAppCaching(frameContext)) return;
      try {
        app.lifecycle.registerBeforeSuspendOrTerminateHandler(beforeSuspend);
        app.lifecycle.registerOnResumeHandler((context) => {
          // The resume context names the page the host wants: route there, then tell it (app-caching docs).
          if (resumeAction(window.location.href, context.contentUrl.toString()) === 'navigate') {
            window.location.assign(context.contentUrl.toString());
            return;
          }
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
    host.session.kind === 'hosted'
      ? { ...host, inMeeting: teamsInMeeting(host.session.frameContext), onBackButton: teamsBackButton }
      : host,
  );
}

/** learn: "Navigate within a tab app", back button: an app with its own navigation stack handles the press. */
function teamsBackButton(handler: () => boolean): void {
  try {
    if (pages.backStack.isSupported()) pages.backStack.registerBackButtonHandler(handler);
  } catch {
    // A host without a back stack: its back button is its own business.
  }
}
