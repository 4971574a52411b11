// The page inside the Office sign-in dialog: first load starts MSAL's redirect, the return trip messageParents the
// token, and any MSAL error goes to the task pane as a structured message (never a silent dead dialog).
import { parseOfficeDialogMessage } from '../../../src/auth/officeDialogMessage';
import { runAuthDialog, type RedirectClient } from '../../../src/auth/runAuthDialog';

function client(over: Partial<RedirectClient>) {
  const redirects: unknown[] = [];
  const cleared: number[] = [];
  const c: RedirectClient = {
    clearCache: () => {
      cleared.push(1);
      return Promise.resolve();
    },
    handleRedirectPromise: () => Promise.resolve(null),
    acquireTokenRedirect: (request) => {
      redirects.push(request);
      return Promise.resolve();
    },
    ...over,
  };
  return { c, redirects, cleared };
}

describe('runAuthDialog', () => {
  it('first load: redirects to Entra for the scopes the task pane asked for, with its login hint', async () => {
    const { c, redirects } = client({});
    const sent: string[] = [];
    const outcome = await runAuthDialog({
      client: c,
      search: '?scopes=Calendars.Read%20User.Read&loginHint=dana%40northwind.example',
      messageParent: (m) => sent.push(m),
    });
    expect(outcome).toBe('redirecting');
    expect(redirects).toEqual([
      { scopes: ['Calendars.Read', 'User.Read'], loginHint: 'dana@northwind.example' },
    ]);
    expect(sent).toEqual([]);
  });

  it('back from Entra: sends the access token, its expiry and its scopes, and leaves no token in storage', async () => {
    const expiresOn = new Date('2026-12-02T08:00:00Z');
    const { c, cleared } = client({
      handleRedirectPromise: () => Promise.resolve({ accessToken: 'at', expiresOn, scopes: ['User.Read'] }),
    });
    const sent: string[] = [];
    await runAuthDialog({ client: c, search: '', messageParent: (m) => sent.push(m) });
    expect(sent.map(parseOfficeDialogMessage)).toEqual([
      { kind: 'token', accessToken: 'at', expiresOn: expiresOn.getTime(), scopes: ['User.Read'] },
    ]);
    expect(cleared).toHaveLength(1);
  });

  it('an error on the way back (declined consent) is sent as a structured error', async () => {
    const { c } = client({
      handleRedirectPromise: () =>
        Promise.reject(
          Object.assign(new Error('x'), {
            errorCode: 'access_denied',
            errorMessage: 'AADSTS65004: User declined to consent.',
          }),
        ),
    });
    const sent: string[] = [];
    await runAuthDialog({ client: c, search: '', messageParent: (m) => sent.push(m) });
    expect(sent.map(parseOfficeDialogMessage)).toEqual([
      { kind: 'error', code: 'access_denied', message: 'AADSTS65004: User declined to consent.' },
    ]);
  });

  it('opened without scopes: says so instead of signing in for nothing', async () => {
    const { c, redirects } = client({});
    const sent: string[] = [];
    await runAuthDialog({ client: c, search: '', messageParent: (m) => sent.push(m) });
    expect(redirects).toEqual([]);
    expect(parseOfficeDialogMessage(sent[0])).toMatchObject({ kind: 'error', code: 'no_scopes' });
  });
});
