// Nested App Authentication: inside Teams, Outlook and the Microsoft 365 app the host brokers tokens
// over the TeamsJS bridge, so no redirect page and no third-party cookies are involved (platform-facts.md §8).
// Call only after initializeHost: TeamsJS installs window.nestedAppAuthBridge during app.initialize
// (test-harness.md §2–3).
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { TokenProvider } from '../usecases/ports';
import { browserUserGesture, createMsalTokenProvider } from './createMsalTokenProvider';
import { toAuthority } from './toAuthority';

export async function createNaaTokenProvider(opts: {
  clientId: string;
  /** The registration's tenant (a GUID or verified domain), or "organizations"/empty for multitenant. */
  tenantId?: string;
  redirectUri?: string;
  loginHint?: string;
  /** Whether the user is acting right now; by default the browser's transient activation. */
  userGesture?: () => boolean;
}): Promise<TokenProvider> {
  // When the bridge is missing MSAL silently returns a standard PCA (platform-facts.md §8); the shared flow
  // still works there (no account -> popup), which is why the composition root checks
  // isNAAChannelRecommended first and prefers createPopupTokenProvider when NAA is not offered.
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: opts.clientId,
      authority: toAuthority(opts.tenantId),
      ...(opts.redirectUri ? { redirectUri: opts.redirectUri } : {}),
    },
    // Tokens stay in memory only. The host keeps the session, so losing MSAL's in-memory cache on reload
    // costs one bridge round trip, not a sign-in.
    cache: { cacheLocation: 'memoryStorage' },
  });
  return createMsalTokenProvider(pca, {
    silentNeedsAccount: false,
    userGesture: opts.userGesture ?? browserUserGesture,
    ...(opts.loginHint ? { loginHint: opts.loginHint } : {}),
  });
}
