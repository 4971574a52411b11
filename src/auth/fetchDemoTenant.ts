// The demo's "view as" switcher lists the sandbox tenant's users. It lives in src/auth because only this
// layer (besides src/graph) may call fetch, and /_sandbox/* is the demo's sign-in surface, not Graph.
import * as z from 'zod';
import { TokenError } from '../usecases/ports';

const demoTenant = z.object({
  displayName: z.string(),
  domain: z.string(),
  defaultUser: z.string(),
  users: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      userPrincipalName: z.string(),
      mail: z.string(),
      jobTitle: z.string().optional(),
    }),
  ),
});

export interface DemoTenant {
  displayName: string;
  domain: string;
  /** The UPN the sandbox signs in when no user is named. */
  defaultUser: string;
  users: readonly {
    id: string;
    displayName: string;
    userPrincipalName: string;
    mail: string;
    jobTitle?: string;
  }[];
}

export async function fetchDemoTenant(sandboxUrl: string): Promise<DemoTenant> {
  const base = sandboxUrl.replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${base}/_sandbox/tenant`);
  } catch (error) {
    throw new TokenError(
      'network',
      `The demo sandbox at ${base} is unreachable (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!response.ok)
    throw new TokenError('network', `The demo sandbox did not list its tenant (HTTP ${response.status}).`);
  const parsed = demoTenant.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new TokenError('network', 'The demo sandbox returned a malformed tenant description.');
  return parsed.data;
}
