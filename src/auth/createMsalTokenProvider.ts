// The token flow shared by the NAA and popup providers: silent first, then one interactive popup, but only while
// the user has just clicked (a popup outside a gesture is blocked by the browser, and a consent prompt nobody asked
// for is not how Teams apps may behave), with MSAL errors mapped to TokenError (toTokenError). MSAL keeps its own token cache; we only
// coalesce concurrent requests for the same scope set.
import type { AccountInfo } from '@azure/msal-browser';
import type { TokenProvider } from '../usecases/ports';
import { TokenError } from '../usecases/ports';
import { createCoalescer } from './createCoalescer';
import { toTokenError } from './toTokenError';

export interface MsalTokenResult {
  readonly accessToken: string;
  readonly account: AccountInfo | null;
  /** The scopes the token was issued for (MSAL AuthenticationResult.scopes); absent from some test doubles. */
  readonly scopes?: readonly string[];
}

/** The slice of MSAL's IPublicClientApplication the flow uses (both controllers implement it). */
export interface MsalClient {
  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo }): Promise<MsalTokenResult>;
  ssoSilent(request: { scopes: string[]; loginHint?: string }): Promise<MsalTokenResult>;
  acquireTokenPopup(request: {
    scopes: string[];
    loginHint?: string;
    account?: AccountInfo;
  }): Promise<MsalTokenResult>;
  getActiveAccount(): AccountInfo | null;
  getAccount(filter: { loginHint?: string }): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
}

export interface MsalFlowOptions {
  readonly loginHint?: string;
  /**
   * Standard PCA: acquireTokenSilent needs an account, and with none we try ssoSilent with the login hint.
   * NAA: silent works without one, because the host supplies its signed-in account (test-harness.md §3).
   */
  readonly silentNeedsAccount: boolean;
  /**
   * Whether the user is acting right now (a click, a key press): the only moment an interactive sign-in may start.
   * Without one, a request that needs interaction rejects with consentRequired, the app shows its own message and
   * button, and that button's click asks again. The browser providers pass `navigator.userActivation.isActive`
   * (transient activation: html.spec.whatwg.org "user activation"; MSAL's popup needs it, msal-browser docs
   * "login-user.md": call acquireTokenPopup from a click handler).
   */
  readonly userGesture: () => boolean;
}

// Errors after which a popup can still succeed: the server wants interaction or consent, or MSAL
// has no account/tokens yet (standard PCA first run; NAA bridge ACCOUNT_UNAVAILABLE -> no_account_found).
const NEEDS_INTERACTION_CODES = new Set([
  'interaction_required',
  'consent_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'no_account_error',
  'no_account_in_silent_request',
  'no_account_found',
]);

function needsInteraction(error: unknown): boolean {
  if (error instanceof TokenError) return error.kind === 'consentRequired';
  if (typeof error !== 'object' || error === null) return false;
  if ('name' in error && error.name === 'InteractionRequiredAuthError') return true;
  return (
    'errorCode' in error &&
    typeof error.errorCode === 'string' &&
    NEEDS_INTERACTION_CODES.has(error.errorCode)
  );
}

export function createMsalTokenProvider(client: MsalClient, opts: MsalFlowOptions): TokenProvider {
  const coalesce = createCoalescer<string>();
  // Two popups at once fail with interaction_in_progress, so interactive steps run one after another.
  let interactive: Promise<unknown> = Promise.resolve();

  const pickAccount = (): AccountInfo | undefined => {
    const active = client.getActiveAccount();
    if (active) return active;
    if (opts.loginHint) {
      const hinted = client.getAccount({ loginHint: opts.loginHint });
      if (hinted) return hinted;
    }
    const all = client.getAllAccounts();
    // Only an unambiguous cached account is safe to use without asking.
    return all.length === 1 ? all[0] : undefined;
  };

  const remember = (result: MsalTokenResult, scopes: readonly string[]): string => {
    if (result.account && !client.getActiveAccount()) client.setActiveAccount(result.account);
    // Graph's 403s don't say whether a scope is missing (toFailure), so the token's own scopes are checked here,
    // where the answer is certain: a token issued without a scope we asked for needs consent, not a request.
    const missing = missingScopes(result, scopes);
    if (missing.length > 0)
      throw new TokenError(
        'consentRequired',
        `Roundtable needs your consent to access Microsoft 365 on your behalf (${missing.join(', ')}).`,
        missing,
      );
    return result.accessToken;
  };

  const popup = (scopes: string[], account: AccountInfo | undefined): Promise<string> => {
    const run = interactive.then(async () => {
      const request = account
        ? { scopes, account }
        : opts.loginHint
          ? { scopes, loginHint: opts.loginHint }
          : { scopes };
      return remember(await client.acquireTokenPopup(request), scopes);
    });
    interactive = run.catch(() => undefined);
    return run;
  };

  // Scope sets whose last silent attempt needed interaction: a click then goes straight to the popup, so a slow
  // silent retry (a hidden iframe that can take seconds) can't outlast the click's transient activation.
  const needInteraction = new Set<string>();

  const acquire = async (key: string, scopes: string[]): Promise<string> => {
    const account = pickAccount();
    if (needInteraction.has(key) && opts.userGesture()) return interact(key, scopes, account);
    try {
      if (account || !opts.silentNeedsAccount) {
        return remember(await client.acquireTokenSilent(account ? { scopes, account } : { scopes }), scopes);
      }
      if (opts.loginHint)
        return remember(await client.ssoSilent({ scopes, loginHint: opts.loginHint }), scopes);
    } catch (error) {
      if (!needsInteraction(error)) throw toTokenError(error, scopes);
      needInteraction.add(key);
      if (!opts.userGesture()) throw withoutGesture(error, scopes);
      return interact(key, scopes, account);
    }
    // Standard PCA with no account and no login hint: nothing silent to try, only a sign-in.
    needInteraction.add(key);
    if (!opts.userGesture()) throw withoutGesture(undefined, scopes);
    return interact(key, scopes, account);
  };

  const interact = async (
    key: string,
    scopes: string[],
    account: AccountInfo | undefined,
  ): Promise<string> => {
    try {
      const result = await popup(scopes, account);
      needInteraction.delete(key);
      return result;
    } catch (error) {
      throw toTokenError(error, scopes);
    }
  };

  return {
    getToken(scopes) {
      const unique = [...new Set(scopes)];
      // Scope names are case-insensitive in Entra ID, so 'User.Read' and 'user.read' share a request.
      const key = unique
        .map((s) => s.toLowerCase())
        .sort()
        .join(' ');
      return coalesce(key, () => acquire(key, unique));
    },
  };
}

/**
 * What a request that needs interaction rejects with when nobody clicked: consentRequired, which the app shows with
 * its own button (and tells the host it loaded), keeping the scopes a consent error or a short token named.
 */
function withoutGesture(error: unknown, scopes: readonly string[]): TokenError {
  const mapped = toTokenError(error, scopes);
  if (mapped.kind === 'consentRequired') return mapped;
  return new TokenError(
    'consentRequired',
    'Roundtable needs you to sign in to Microsoft 365 and accept its permissions. Select Try again to sign in.',
    scopes,
  );
}

// OpenID scopes are not Graph's, and `.default` stands for whatever was consented.
const NOT_CHECKED = new Set(['openid', 'profile', 'email', 'offline_access']);
const GRAPH_RESOURCE = /^https:\/\/graph\.microsoft\.com\//i;

/** The requested Graph scopes the token was not issued for; [] when MSAL didn't say (scope names ignore case). */
export function missingScopes(result: MsalTokenResult, requested: readonly string[]): readonly string[] {
  if (!result.scopes || result.scopes.length === 0) return [];
  const granted = new Set(result.scopes.map((s) => s.replace(GRAPH_RESOURCE, '').toLowerCase()));
  return requested.filter((s) => {
    const name = s.replace(GRAPH_RESOURCE, '').toLowerCase();
    return !NOT_CHECKED.has(name) && !name.endsWith('.default') && !granted.has(name);
  });
}

/** The browser's transient user activation: true for a few seconds after a click or key press, false elsewhere. */
export function browserUserGesture(): boolean {
  return typeof navigator !== 'undefined' && navigator.userActivation?.isActive === true;
}
