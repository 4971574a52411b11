// The fallback when the host offers no NAA (a browser tab in production, or an older host): a standard
// MSAL public client with popups (platform-facts.md §8 "Fallbacks"). Redirects are avoided because the
// tab may be framed by a host. The redirectUri page must run completeAuthRedirect (msal-browser v5 returns
// popup results over a BroadcastChannel bridge, not by polling the popup's URL).
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { TokenProvider } from '../usecases/ports';
import { createMsalTokenProvider } from './createMsalTokenProvider';

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/common';

export async function createPopupTokenProvider(opts: {
  clientId: string;
  authority?: string;
  redirectUri?: string;
  loginHint?: string;
}): Promise<TokenProvider> {
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: opts.clientId,
      authority: opts.authority ?? DEFAULT_AUTHORITY,
      ...(opts.redirectUri ? { redirectUri: opts.redirectUri } : {}),
    },
    // sessionStorage, never localStorage: tokens die with the tab and are not shared across tabs
    // (platform-facts.md §8), yet a reload does not force another popup.
    cache: { cacheLocation: 'sessionStorage' },
  });
  return createMsalTokenProvider(pca, {
    silentNeedsAccount: true,
    ...(opts.loginHint ? { loginHint: opts.loginHint } : {}),
  });
}
