// The fallback when the host offers no NAA (a browser tab in production, or an older host): a standard
// MSAL public client with popups (platform-facts.md §8 "Fallbacks"). Redirects are avoided because the
// tab may be framed by a host. The redirectUri page must run completeAuthRedirect (msal-browser v5 returns
// popup results over a BroadcastChannel bridge, not by polling the popup's URL).
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import type { TokenProvider } from '../usecases/ports';
import { browserUserGesture, createMsalTokenProvider } from './createMsalTokenProvider';
import { toAuthority } from './toAuthority';

export async function createPopupTokenProvider(opts: {
  clientId: string;
  /** The registration's tenant (a GUID or verified domain), or "organizations"/empty for multitenant. */
  tenantId?: string;
  redirectUri?: string;
  loginHint?: string;
  /** Whether the user is acting right now; by default the browser's transient activation. */
  userGesture?: () => boolean;
}): Promise<TokenProvider> {
  const pca = await createStandardPublicClientApplication({
    auth: {
      clientId: opts.clientId,
      authority: toAuthority(opts.tenantId),
      ...(opts.redirectUri ? { redirectUri: opts.redirectUri } : {}),
    },
    // Tokens stay in memory (platform-facts.md §8): none is left in storage another script on the origin could
    // read. A reload then signs in again silently where the browser allows it (ssoSilent with the host's login
    // hint), else asks for a click: an interactive popup needs a user gesture anyway.
    cache: { cacheLocation: 'memoryStorage' },
  });
  return createMsalTokenProvider(pca, {
    silentNeedsAccount: true,
    userGesture: opts.userGesture ?? browserUserGesture,
    ...(opts.loginHint ? { loginHint: opts.loginHint } : {}),
  });
}
