// The production adapters: MSAL (NAA or popup) and the Graph client. Loaded as a separate chunk, in parallel
// with the shell, so the first render never waits for MSAL to download (DESIGN.md "What good looks like").
import type { AppServices } from '../app/AppServices';
import { createNaaTokenProvider } from '../auth/createNaaTokenProvider';
import { createPopupTokenProvider } from '../auth/createPopupTokenProvider';
import { createMeetingSource } from '../graph/calendar/createMeetingSource';
import { createGraphClient } from '../graph/core/createGraphClient';
import { GRAPH_SCOPES } from '../graph/scopes';
import type { HostSession } from '../host/initializeHost';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

// Least privilege for what ships: the meeting list reads the calendar and nothing else.
const SCOPES = [GRAPH_SCOPES.calendarRead] as const;

export async function createProductionServices(opts: {
  readonly clientId: string;
  readonly session: HostSession;
  /** The page MSAL's popup returns to; it runs completeAuthRedirect. */
  readonly redirectUri: string;
}): Promise<AppServices> {
  const { session } = opts;
  const loginHint = session.kind === 'hosted' ? session.user.loginHint : undefined;
  // platform-facts.md §8: ask only after TeamsJS initialized; hosts that don't offer NAA get the popup flow.
  const tokenProvider =
    session.kind === 'hosted' && session.isNAAChannelRecommended
      ? await createNaaTokenProvider({ clientId: opts.clientId, ...(loginHint ? { loginHint } : {}) })
      : await createPopupTokenProvider({
          clientId: opts.clientId,
          redirectUri: opts.redirectUri,
          ...(loginHint ? { loginHint } : {}),
        });
  const client = createGraphClient({ baseUrl: GRAPH_BASE_URL, tokenProvider, scopes: SCOPES });
  return { meetings: createMeetingSource(client) };
}
