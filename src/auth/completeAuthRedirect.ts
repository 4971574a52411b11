// Entry point for the page at the popup provider's redirectUri. msal-browser v5 waits for popup (and
// hidden-iframe) responses on a BroadcastChannel; this page posts the response from its URL to the
// opener and closes (node_modules/@azure/msal-browser/types/redirect_bridge/index.d.ts).
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

export function completeAuthRedirect(): Promise<void> {
  return broadcastResponseToMainFrame();
}
