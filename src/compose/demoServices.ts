// The demo adapters: the sandbox tenant's token provider and the same Graph modules as production, pointed at
// the sandbox. Loaded lazily like productionServices (zod and the Graph client stay out of the first chunk).
import type { AppServices } from '../app/AppServices';
import type { DemoUser } from '../app/DemoCapability';
import { createDemoTokenProvider } from '../auth/createDemoTokenProvider';
import { fetchDemoTenant } from '../auth/fetchDemoTenant';
import { createMeetingSource } from '../graph/calendar/createMeetingSource';
import { createGraphClient } from '../graph/core/createGraphClient';
import { GRAPH_SCOPES } from '../graph/scopes';

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
    scopes: [GRAPH_SCOPES.calendarRead],
  });
  return { meetings: createMeetingSource(client) };
}
