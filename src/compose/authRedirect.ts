// Entry for dist/auth-redirect.html, the MSAL popup's redirectUri: hands the response back to the tab and closes.
import { completeAuthRedirect } from '../auth/completeAuthRedirect';

void completeAuthRedirect();
