/// <reference types="office-js" />
// Entry for dist/auth-dialog.html, the page the Outlook task pane opens in an Office dialog when the client has no
// nested app authentication (src/auth/runAuthDialog.ts). Office.js (from the Office CDN, loaded by the page)
// provides messageParent.
import { createAuthDialogClient, runAuthDialog } from '../auth/runAuthDialog';
import { toAuthority } from '../auth/toAuthority';
import { BUILD_IDENTITY } from './buildIdentity';

const root = document.getElementById('root');
if (root) root.textContent = 'Signing you in to Roundtable…';

void Office.onReady(async () => {
  const page = new URL(window.location.href);
  const client = await createAuthDialogClient({
    clientId: BUILD_IDENTITY.clientId,
    // The registration's own tenant, or organizations for a multitenant app (never /common: AADSTS50194).
    authority: toAuthority(BUILD_IDENTITY.tenantId),
    redirectUri: `${page.origin}${page.pathname}`,
  });
  const outcome = await runAuthDialog({
    client,
    search: page.search,
    messageParent: (message) => Office.context.ui.messageParent(message),
  });
  if (outcome === 'answered' && root) root.textContent = 'You can close this window.';
});
