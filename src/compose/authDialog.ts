/// <reference types="office-js" />
// Entry for dist/auth-dialog.html, the page the Outlook task pane opens in an Office dialog when the client has no
// nested app authentication (src/auth/runAuthDialog.ts). Office.js (from the Office CDN, loaded by the page)
// provides messageParent.
import { createAuthDialogClient, runAuthDialog } from '../auth/runAuthDialog';
import { toAuthority } from '../auth/toAuthority';
import { BUILD_IDENTITY } from './buildIdentity';
import { loadLanguage } from '../app/i18n/loadLanguage';
import { meetingMessages } from '../app/i18n/en-US/meeting';

const root = document.getElementById('root');
// Office.js isn't ready yet, so the browser's language says what is happening; Outlook's takes over once it is.
const signingIn = (): void => {
  if (root) root.textContent = meetingMessages.officeSignIn.dialogSigningIn;
};
const browserLanguage = loadLanguage(navigator.language, document).then(signingIn);

void Office.onReady(async () => {
  // After the browser's language: Outlook's must be the last one installed.
  await browserLanguage;
  await loadLanguage(Office.context.displayLanguage || navigator.language, document);
  signingIn();
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
  if (outcome === 'answered' && root) root.textContent = meetingMessages.officeSignIn.dialogDone;
});
