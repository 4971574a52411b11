// The production adapters: MSAL (NAA or popup) and the Graph client. Loaded as a separate chunk, in parallel
// with the shell, so the first render never waits for MSAL to download (DESIGN.md "What good looks like").
import './zodWithoutEval';
import type { AppServices } from '../app/AppServices';
import { encodeOpenedMeeting } from '../app/hooks/meetingDeepLink';
import { createNaaTokenProvider } from '../auth/createNaaTokenProvider';
import { createPopupTokenProvider } from '../auth/createPopupTokenProvider';
import { createInviteWriter } from '../graph/calendar/createInviteWriter';
import { createMeetingSource } from '../graph/calendar/createMeetingSource';
import { createGraphClient } from '../graph/core/createGraphClient';
import { createAgendaPorts } from '../graph/createGraphServices';
import { createTaskTracker } from '../graph/planner/createTaskTracker';
import { createChatSource } from '../graph/teams/createChatSource';
import { createRecapSender } from '../graph/teams/createRecapSender';
import { plannerTaskUrl } from '../domain/recap/plannerTaskUrl';
import { createActivityNotifier } from '../graph/teams/createActivityNotifier';
import {
  AGENDA_SCOPES,
  NUDGE_SCOPES,
  PUBLISH_SCOPES,
  RECAP_CHAT_SCOPES,
  RECAP_MAIL_SCOPES,
} from './agendaScopes';
import { BUILD_IDENTITY } from './buildIdentity';
import { teamsAppIdFor, teamsAppLink } from './teamsAppLink';
import type { HostSession } from '../host/hostTypes';
import type { TokenProvider } from '../usecases/ports';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

export async function createProductionServices(opts: {
  readonly clientId: string;
  readonly session: HostSession;
  /** The page MSAL's popup returns to; it runs completeAuthRedirect. */
  readonly redirectUri: string;
  /** A sign-in the caller already holds (the Outlook task pane's Office dialog sign-in); else NAA or the popup. */
  readonly tokenProvider?: TokenProvider;
}): Promise<AppServices> {
  const { session } = opts;
  const loginHint = session.kind === 'hosted' ? session.user.loginHint : undefined;
  // platform-facts.md §8: ask only after TeamsJS initialized; hosts that don't offer NAA get the popup flow.
  const tokenProvider = opts.tokenProvider
    ? opts.tokenProvider
    : session.kind === 'hosted' && session.isNAAChannelRecommended
      ? await createNaaTokenProvider({
          clientId: opts.clientId,
          tenantId: BUILD_IDENTITY.tenantId,
          ...(loginHint ? { loginHint } : {}),
        })
      : await createPopupTokenProvider({
          clientId: opts.clientId,
          tenantId: BUILD_IDENTITY.tenantId,
          redirectUri: opts.redirectUri,
          ...(loginHint ? { loginHint } : {}),
        });
  // One scope list for every call, in one order: a second, different token request would mean a second consent
  // prompt mid-task, and NAA's prefetched token only matches the same scopes.
  const client = createGraphClient({ baseUrl: GRAPH_BASE_URL, tokenProvider, scopes: AGENDA_SCOPES });
  const publishClient = createGraphClient({ baseUrl: GRAPH_BASE_URL, tokenProvider, scopes: PUBLISH_SCOPES });
  const nudgeClient = createGraphClient({ baseUrl: GRAPH_BASE_URL, tokenProvider, scopes: NUDGE_SCOPES });
  const meetings = createMeetingSource(client);
  return {
    meetings,
    agenda: createAgendaPorts(client, meetings),
    tasks: createTaskTracker(client),
    chats: createChatSource(client),
    invites: createInviteWriter(publishClient),
    // No retries of its own: a recap POST is never re-sent blindly; sendRecap reconciles by listing the chat.
    recaps: createRecapSender(
      createGraphClient({
        baseUrl: GRAPH_BASE_URL,
        tokenProvider,
        scopes: RECAP_CHAT_SCOPES,
        retry: { maxRetries: 0 },
      }),
      createGraphClient({
        baseUrl: GRAPH_BASE_URL,
        tokenProvider,
        scopes: RECAP_MAIL_SCOPES,
        retry: { maxRetries: 0 },
      }),
    ),
    plannerTaskUrl: (taskId) => plannerTaskUrl(BUILD_IDENTITY.tenantId, taskId),
    nudges: createActivityNotifier(nudgeClient, { provider: tokenProvider, scopes: NUDGE_SCOPES }),
    appLink: (meeting) => teamsAppLink(teamsAppIdFor(session), encodeOpenedMeeting(meeting)),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
}
