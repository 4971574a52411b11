// Invite deep links into the personal tab, built from the app id this installation runs under.
import type { HostSession } from '../host/hostTypes';
import { BUILD_IDENTITY } from './buildIdentity';

/**
 * The Teams app id deep links name: the one the host reports at run time (an org-catalog upload gets its own id,
 * msteams-docs deep-link-application), else the id this build's package was made with.
 */
export function teamsAppIdFor(session: HostSession, fallback: string = BUILD_IDENTITY.teamsAppId): string {
  return session.kind === 'hosted' && session.appId ? session.appId : fallback;
}

/** Teams deep link to the personal tab; subEntityId names the meeting (learn: deep links to an app's tab). */
export function teamsAppLink(appId: string, subEntityId: string): string {
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/myMeetings?context=${encodeURIComponent(
    JSON.stringify({ subEntityId }),
  )}`;
}
