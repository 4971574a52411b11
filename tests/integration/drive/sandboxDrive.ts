// Helpers shared by the drive tests that run against the Graph sandbox: Graph clients per user through the real SDK
// chain, raw file access that bypasses the store (another client writing, a damaged file), fault rules.
import type { SeriesKey } from '../../../src/domain/ids';
import { groupId } from '../../../src/domain/ids';
import type { Team } from '../../../src/domain/meetings/meeting';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import type { GraphClient } from '../../../src/graph/core/GraphClient';
import { SERIES_FOLDER, seriesFileName } from '../../../src/graph/drive/seriesFileName';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import type { Sandbox } from '../../../src/sandbox/server';

export const allScopes = Object.values(GRAPH_SCOPES);

export interface TenantView {
  readonly users: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly userPrincipalName: string;
  }[];
  readonly groups: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly memberIds: readonly string[];
  }[];
}

export async function tenantOf(sb: Sandbox): Promise<TenantView> {
  return (await (await fetch(`${sb.url}/_sandbox/tenant`)).json()) as TenantView;
}

export function teamOf(tenant: TenantView, name: string): Team {
  const g = tenant.groups.find((x) => x.displayName === name);
  if (!g) throw new Error(`no group ${name} in the sandbox tenant`);
  return { id: groupId(g.id), displayName: g.displayName };
}

export interface ClientOptions {
  readonly maxRetries?: number;
}

/** One Graph client for one signed-in user, as each attendee's tab would have. */
export function clientFor(sb: Sandbox, upn: string, opts: ClientOptions = {}): GraphClient {
  return createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ user: upn, scopes: allScopes }) },
    scopes: allScopes,
    // Retry-After from the sandbox is 0 s in the fault tests; without one, the SDK's own back-off applies.
    retry: { maxRetries: opts.maxRetries ?? 3, delaySeconds: 0 },
  });
}

function filePath(team: Team, file: string): string {
  return `/groups/${team.id}/drive/root:/${SERIES_FOLDER}/${file}`;
}

/** Writes raw text over (or as) the series file, with no If-Match: another client, or damage. */
export async function plantRaw(
  sb: Sandbox,
  upn: string,
  team: Team,
  key: SeriesKey,
  text: string,
): Promise<void> {
  const res = await fetch(`${sb.url}/v1.0${filePath(team, await seriesFileName(key))}:/content`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${sb.mintToken({ user: upn })}`, 'Content-Type': 'application/json' },
    body: text,
  });
  if (!res.ok) throw new Error(`plantRaw: ${res.status} ${await res.text()}`);
}

/** The file's bytes as stored (following the 302 to its download URL), or null when it does not exist. */
export async function readRaw(sb: Sandbox, upn: string, team: Team, key: SeriesKey): Promise<string | null> {
  const res = await fetch(`${sb.url}/v1.0${filePath(team, await seriesFileName(key))}:/content`, {
    headers: { Authorization: `Bearer ${sb.mintToken({ user: upn })}` },
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`readRaw: ${res.status} ${await res.text()}`);
  return res.text();
}

export async function addFault(sb: Sandbox, rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rule),
  });
  if (!res.ok) throw new Error(`fault rule refused: ${res.status} ${await res.text()}`);
}

export async function clearFaults(sb: Sandbox): Promise<void> {
  await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
}
