import type { HostSession } from '../host/hostTypes';
import type { DemoTenantInfo } from './demoServices';

/**
 * Whose calendar the demo shows first: the host's signed-in user when the demo runs framed and that user exists
 * in the demo tenant (the simulated host signs in as one of them), otherwise the tenant's default user.
 */
export function pickDemoUser(
  tenant: Pick<DemoTenantInfo, 'users' | 'defaultUser'>,
  session: HostSession,
): string {
  const hostUpn = session.kind === 'hosted' ? session.user.userPrincipalName?.toLowerCase() : undefined;
  const match = hostUpn ? tenant.users.find((u) => u.userPrincipalName.toLowerCase() === hostUpn) : undefined;
  return match?.userPrincipalName ?? tenant.defaultUser;
}
