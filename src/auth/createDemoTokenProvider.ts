// The demo tenant's token source: the Graph sandbox mints tokens at /_sandbox/token (DESIGN.md "Faults on
// demand"). Only the demo composition root uses it; the Graph modules see an ordinary TokenProvider.
import * as z from 'zod';
import { TokenError } from '../usecases/ports';
import type { TokenProvider } from '../usecases/ports';
import { createCoalescer } from './createCoalescer';

// The response also names the user; the provider needs only the token and its lifetime.
const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

// Refresh a minute early so a token never expires between getToken and the Graph call using it.
const EXPIRY_MARGIN_MS = 60_000;

interface CachedToken {
  readonly accessToken: string;
  readonly refreshAfter: number;
}

export function createDemoTokenProvider(opts: {
  sandboxUrl: string;
  /** The demo user (UPN or id) to act as; undefined = the sandbox's default user. Read on every call. */
  user: () => string | undefined;
  /** Clock, injectable like every other source of time (CONVENTIONS.md §3). */
  now?: () => number;
}): TokenProvider {
  const now = opts.now ?? Date.now;
  const base = opts.sandboxUrl.replace(/\/+$/, '');
  const cache = new Map<string, CachedToken>();
  const coalesce = createCoalescer<string>();

  const mint = async (user: string | undefined, key: string): Promise<string> => {
    let response: Response;
    try {
      // No `scopes` field: the sandbox then grants every scope the app registers, like a consented tenant.
      response = await fetch(`${base}/_sandbox/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user === undefined ? {} : { user }),
      });
    } catch (error) {
      throw new TokenError('network', `The demo sandbox at ${base} is unreachable (${describe(error)}).`);
    }
    if (response.status === 404) {
      throw new TokenError('unauthorized', `Unknown demo user "${user ?? '(default)'}".`);
    }
    if (!response.ok) {
      const kind = response.status >= 500 ? 'network' : 'unauthorized';
      throw new TokenError(kind, `The demo sandbox refused a token (HTTP ${response.status}).`);
    }
    const parsed = tokenResponse.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw new TokenError('unauthorized', 'The demo sandbox returned a malformed token response.');
    const issuedAt = now();
    cache.set(key, {
      accessToken: parsed.data.access_token,
      refreshAfter: issuedAt + parsed.data.expires_in * 1000 - EXPIRY_MARGIN_MS,
    });
    return parsed.data.access_token;
  };

  return {
    // Scopes are ignored: every demo token carries all app scopes (see the request above).
    getToken() {
      const user = opts.user();
      const key = user ?? '';
      const cached = cache.get(key);
      if (cached && now() < cached.refreshAfter) return Promise.resolve(cached.accessToken);
      return coalesce(key, () => mint(user, key));
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
