// The token flow shared by the NAA and popup providers: silent first, then one interactive popup,
// with MSAL errors mapped to TokenError (toTokenError). MSAL keeps its own token cache; we only
// coalesce concurrent requests for the same scope set.
import type { AccountInfo } from '@azure/msal-browser';
import type { TokenProvider } from '../usecases/ports';
import { createCoalescer } from './createCoalescer';
import { toTokenError } from './toTokenError';

export interface MsalTokenResult {
  readonly accessToken: string;
  readonly account: AccountInfo | null;
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

  const remember = (result: MsalTokenResult): string => {
    if (result.account && !client.getActiveAccount()) client.setActiveAccount(result.account);
    return result.accessToken;
  };

  const popup = (scopes: string[], account: AccountInfo | undefined): Promise<string> => {
    const run = interactive.then(async () => {
      const request = account
        ? { scopes, account }
        : opts.loginHint
          ? { scopes, loginHint: opts.loginHint }
          : { scopes };
      return remember(await client.acquireTokenPopup(request));
    });
    interactive = run.catch(() => undefined);
    return run;
  };

  const acquire = async (scopes: string[]): Promise<string> => {
    const account = pickAccount();
    try {
      if (account || !opts.silentNeedsAccount) {
        return remember(await client.acquireTokenSilent(account ? { scopes, account } : { scopes }));
      }
      if (opts.loginHint) return remember(await client.ssoSilent({ scopes, loginHint: opts.loginHint }));
    } catch (error) {
      if (!needsInteraction(error)) throw toTokenError(error, scopes);
    }
    try {
      return await popup(scopes, account);
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
      return coalesce(key, () => acquire(unique));
    },
  };
}
