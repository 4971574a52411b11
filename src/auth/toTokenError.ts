// One mapping from whatever MSAL (standard or nested) throws to the port's TokenError, shared by the NAA
// and popup providers. It reads MSAL's `errorCode` / `subError` / `errorMessage` strings rather than using
// instanceof, so it also works when MSAL errors cross a bundle or realm boundary.
import { TokenError } from '../usecases/ports';

interface MsalLikeError {
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly errorMessage?: unknown;
  readonly errorNo?: unknown;
  readonly message?: unknown;
}

// AADSTS65001: the user or admin has not consented; AADSTS65004: the user declined consent.
const CONSENT_AADSTS = /AADSTS6500[14]\b/;

// The user closed the popup or cancelled in the host's NAA prompt. MSAL spells it both ways:
// BrowserAuthErrorCodes.userCancelled and ClientAuthErrorCodes.userCanceled (NAA bridge USER_CANCEL).
const CANCELLED = new Set(['user_cancelled', 'user_canceled']);

// The browser blocked the popup because getToken ran outside a click. A click on "Sign in" fixes it,
// which is the recovery the app offers for consentRequired.
const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);

const NETWORK = new Set([
  'no_network_connectivity',
  'network_error',
  'post_request_failed',
  'get_request_failed',
  'endpoints_resolution_error',
  // Hidden-iframe silent flows end this way when login.microsoftonline.com is unreachable (test-harness.md §3).
  'timed_out',
  'monitor_window_timeout',
]);

export function toTokenError(error: unknown, scopes: readonly string[]): TokenError {
  if (error instanceof TokenError) return error;
  const e: MsalLikeError = typeof error === 'object' && error !== null ? error : {};
  const code = str(e.errorCode);
  const subError = str(e.subError);
  const text = `${str(e.errorMessage)} ${str(e.message)}`;
  const wanted = scopes.length > 0 ? ` (${scopes.join(', ')})` : '';

  if (
    code === 'consent_required' ||
    subError === 'consent_required' ||
    str(e.errorNo) === '65001' ||
    CONSENT_AADSTS.test(text)
  ) {
    return new TokenError(
      'consentRequired',
      `Roundtable needs your consent to access Microsoft 365 on your behalf${wanted}.`,
      scopes,
    );
  }
  if (CANCELLED.has(code)) {
    return new TokenError(
      'consentRequired',
      'Sign-in was cancelled. Sign in and accept the permissions to continue.',
      scopes,
    );
  }
  if (POPUP_BLOCKED.has(code)) {
    return new TokenError(
      'consentRequired',
      'The sign-in window was blocked. Select "Sign in" to open it.',
      scopes,
    );
  }
  if (NETWORK.has(code) || error instanceof TypeError) {
    return new TokenError(
      'network',
      'Could not reach the Microsoft sign-in service. Check your connection and try again.',
      scopes,
    );
  }
  const detail = error instanceof Error ? error.message : code || String(error);
  return new TokenError('unauthorized', `Sign-in failed (${detail}).`, scopes);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
