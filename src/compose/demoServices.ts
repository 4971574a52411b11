// The demo adapters: the sandbox tenant's token provider and the same Graph modules as production, pointed at
// the sandbox. Loaded lazily like productionServices (zod and the Graph client stay out of the first chunk).
import './zodWithoutEval';
import type { AppServices } from '../app/AppServices';
import { encodeOpenedMeeting } from '../app/hooks/meetingDeepLink';
import type { DemoUser } from '../app/DemoCapability';
import { createDemoTokenProvider } from '../auth/createDemoTokenProvider';
import { fetchDemoTenant } from '../auth/fetchDemoTenant';
import { createInviteWriter } from '../graph/calendar/createInviteWriter';
import { createMeetingSource } from '../graph/calendar/createMeetingSource';
import { createGraphClient } from '../graph/core/createGraphClient';
import { createAgendaPorts } from '../graph/createGraphServices';
import { createTaskTracker } from '../graph/planner/createTaskTracker';
import { createChatSource } from '../graph/teams/createChatSource';
import { createRecapSender } from '../graph/teams/createRecapSender';
import { createActivityNotifier } from '../graph/teams/createActivityNotifier';
import {
  AGENDA_SCOPES,
  NUDGE_SCOPES,
  PUBLISH_SCOPES,
  RECAP_CHAT_SCOPES,
  RECAP_MAIL_SCOPES,
} from './agendaScopes';

export interface DemoTenantInfo {
  readonly tenantName: string;
  readonly users: readonly DemoUser[];
  readonly defaultUser: string;
}

export async function loadDemoTenant(sandboxUrl: string): Promise<DemoTenantInfo> {
  const tenant = await fetchDemoTenant(sandboxUrl);
  return {
    tenantName: tenant.displayName,
    users: tenant.users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
    })),
    defaultUser: tenant.defaultUser,
  };
}

export function createDemoServices(opts: {
  readonly sandboxUrl: string;
  readonly user: () => string | undefined;
}): AppServices {
  const tokenProvider = createDemoTokenProvider({ sandboxUrl: opts.sandboxUrl, user: opts.user });
  const client = createGraphClient({
    baseUrl: `${opts.sandboxUrl}/v1.0`,
    tokenProvider,
    scopes: AGENDA_SCOPES,
  });
  const publishClient = createGraphClient({
    baseUrl: `${opts.sandboxUrl}/v1.0`,
    tokenProvider,
    scopes: PUBLISH_SCOPES,
  });
  const nudgeClient = createGraphClient({
    baseUrl: `${opts.sandboxUrl}/v1.0`,
    tokenProvider,
    scopes: NUDGE_SCOPES,
  });
  const meetings = createMeetingSource(client);
  return {
    meetings,
    agenda: createAgendaPorts(client, meetings, opts.user),
    tasks: createTaskTracker(client),
    chats: createChatSource(client),
    invites: createInviteWriter(publishClient),
    // No retries of its own: a recap POST is never re-sent blindly; sendRecap reconciles by listing the chat.
    recaps: createRecapSender(
      createGraphClient({
        baseUrl: `${opts.sandboxUrl}/v1.0`,
        tokenProvider,
        scopes: RECAP_CHAT_SCOPES,
        retry: { maxRetries: 0 },
      }),
      createGraphClient({
        baseUrl: `${opts.sandboxUrl}/v1.0`,
        tokenProvider,
        scopes: RECAP_MAIL_SCOPES,
        retry: { maxRetries: 0 },
      }),
    ),
    // The sandbox tenant's tasks don't exist in Planner on the web: no link rather than a dead one.
    plannerTaskUrl: () => null,
    nudges: createActivityNotifier(nudgeClient, { provider: tokenProvider, scopes: NUDGE_SCOPES }),
    appLink: (meeting) => {
      const url = new URL('./', window.location.href);
      url.searchParams.set('open', encodeOpenedMeeting(meeting));
      return url.href;
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
}
