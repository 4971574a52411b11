// The page inside the Office sign-in dialog (dist/auth-dialog.html; see createOfficeDialogTokenProvider). It is both
// the dialog's first page and MSAL's redirectUri, so it runs twice:
// 1. opened by the task pane with ?scopes=…&loginHint=…: it sends the dialog to Entra (acquireTokenRedirect);
// 2. back from Entra with the authorization response: MSAL redeems it (handleRedirectPromise), and the page hands
//    the access token, or a structured error, to the task pane with Office.context.ui.messageParent.
// The dialog is a separate browser instance, so MSAL's own cache can't serve the task pane (learn: "Authenticate
// and authorize with the Office dialog API"). MSAL's redirect flow refuses an in-memory cache (BrowserConfigurationAuthError
// in_mem_redirect_unavailable), so the dialog uses sessionStorage, which belongs to the dialog window alone, and
// clears MSAL's cache before answering: once the token has gone to the task pane, no token is left in storage.
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { encodeOfficeDialogMessage } from './officeDialogMessage';

/** The slice of MSAL's PublicClientApplication the dialog uses. */
export interface RedirectClient {
  handleRedirectPromise(options: { navigateToLoginRequestUrl: boolean }): Promise<{
    readonly accessToken: string;
    readonly expiresOn: Date | null;
    readonly scopes: readonly string[];
  } | null>;
  acquireTokenRedirect(request: { scopes: string[]; loginHint?: string }): Promise<void>;
  clearCache(): Promise<void>;
}

export async function createAuthDialogClient(opts: {
  readonly clientId: string;
  readonly authority: string;
  /** This page's own address, without its query: registered as a SPA redirect URI. */
  readonly redirectUri: string;
}): Promise<RedirectClient> {
  return createStandardPublicClientApplication({
    auth: { clientId: opts.clientId, authority: opts.authority, redirectUri: opts.redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
  });
}

export async function runAuthDialog(opts: {
  readonly client: RedirectClient;
  /** location.search of the dialog page. */
  readonly search: string;
  readonly messageParent: (message: string) => void;
}): Promise<'redirecting' | 'answered'> {
  const fail = async (code: string, message: string) => {
    await forget();
    opts.messageParent(encodeOfficeDialogMessage({ kind: 'error', code, message }));
    return 'answered' as const;
  };
  const forget = () => opts.client.clearCache().catch(() => undefined);
  try {
    // Back from Entra: the response is in this page's URL. The page is its own redirect target, so MSAL must not
    // navigate to "the page that started the request" (the same page with its query).
    const result = await opts.client.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (result) {
      await forget();
      opts.messageParent(
        encodeOfficeDialogMessage({
          kind: 'token',
          accessToken: result.accessToken,
          expiresOn: result.expiresOn ? result.expiresOn.getTime() : 0,
          scopes: [...result.scopes],
        }),
      );
      return 'answered';
    }
    const params = new URLSearchParams(opts.search);
    const scopes = (params.get('scopes') ?? '').split(' ').filter((s) => s !== '');
    if (scopes.length === 0)
      return fail('no_scopes', 'The sign-in window was opened without the permissions to ask for.');
    const loginHint = params.get('loginHint');
    await opts.client.acquireTokenRedirect(loginHint ? { scopes, loginHint } : { scopes });
    return 'redirecting';
  } catch (error) {
    const e = (typeof error === 'object' && error !== null ? error : {}) as {
      errorCode?: unknown;
      errorMessage?: unknown;
      message?: unknown;
    };
    const code = typeof e.errorCode === 'string' && e.errorCode !== '' ? e.errorCode : 'unknown_error';
    const message =
      typeof e.errorMessage === 'string' && e.errorMessage !== ''
        ? e.errorMessage
        : typeof e.message === 'string'
          ? e.message
          : String(error);
    return fail(code, message);
  }
}
