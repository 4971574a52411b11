import { BrowserAuthError, InteractionRequiredAuthError } from '@azure/msal-browser';
import type { AccountInfo } from '@azure/msal-browser';
import { createMsalTokenProvider } from '../../../src/auth/createMsalTokenProvider';
import type { MsalClient, MsalTokenResult } from '../../../src/auth/createMsalTokenProvider';
import { TokenError } from '../../../src/usecases/ports';

function anAccount(username = 'adele@contoso.example'): AccountInfo {
  return {
    homeAccountId: `${username}.home`,
    environment: 'login.microsoftonline.com',
    tenantId: 'tenant-1',
    username,
    localAccountId: `${username}.local`,
  };
}

type Step = (request: Record<string, unknown>) => Promise<MsalTokenResult>;

/** An in-memory MSAL client: each flow answers from a queue of steps, and every request is recorded. */
class FakeMsalClient implements MsalClient {
  readonly requests: { flow: string; request: Record<string, unknown> }[] = [];
  readonly silent: Step[] = [];
  readonly sso: Step[] = [];
  readonly popups: Step[] = [];
  active: AccountInfo | null = null;
  cached: AccountInfo[] = [];

  acquireTokenSilent(request: { scopes: string[]; account?: AccountInfo }): Promise<MsalTokenResult> {
    return this.run('silent', this.silent, request);
  }
  ssoSilent(request: { scopes: string[]; loginHint?: string }): Promise<MsalTokenResult> {
    return this.run('ssoSilent', this.sso, request);
  }
  acquireTokenPopup(request: {
    scopes: string[];
    loginHint?: string;
    account?: AccountInfo;
  }): Promise<MsalTokenResult> {
    return this.run('popup', this.popups, request);
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  getAccount(filter: { loginHint?: string }): AccountInfo | null {
    return this.cached.find((a) => a.username === filter.loginHint) ?? null;
  }
  getAllAccounts(): AccountInfo[] {
    return [...this.cached];
  }
  setActiveAccount(account: AccountInfo | null): void {
    this.active = account;
  }

  private run(flow: string, queue: Step[], request: Record<string, unknown>): Promise<MsalTokenResult> {
    this.requests.push({ flow, request });
    const step = queue.shift();
    if (!step) return Promise.reject(new Error(`unexpected ${flow} call`));
    return step(request);
  }
}

const token =
  (accessToken: string, account: AccountInfo | null = anAccount()): Step =>
  () =>
    Promise.resolve({ accessToken, account });
const fail =
  (error: unknown): Step =>
  () =>
    Promise.reject(error);

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** The user has just clicked (transient activation), so an interactive step may start. */
const clicked = { userGesture: () => true };

describe('no interactive sign-in without a user gesture', () => {
  it('never opens a popup without a gesture: interaction required becomes consentRequired for the app’s button', async () => {
    const client = new FakeMsalClient();
    client.silent.push(fail(new InteractionRequiredAuthError('interaction_required', 'corr-1')));
    const provider = createMsalTokenProvider(client, { silentNeedsAccount: false, userGesture: () => false });

    const error: unknown = await provider.getToken(['Calendars.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ kind: 'consentRequired', scopes: ['Calendars.Read'] });
    expect(client.requests.map((r) => r.flow)).toEqual(['silent']);
  });

  it('standard mode with no account: ssoSilent only, no popup, until the user clicks', async () => {
    const client = new FakeMsalClient();
    client.sso.push(fail(new InteractionRequiredAuthError('login_required', 'corr-1')));
    const provider = createMsalTokenProvider(client, {
      silentNeedsAccount: true,
      loginHint: 'adele@contoso.example',
      userGesture: () => false,
    });

    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ kind: 'consentRequired' });
    const noHint = createMsalTokenProvider(new FakeMsalClient(), {
      silentNeedsAccount: true,
      userGesture: () => false,
    });
    await expect(noHint.getToken(['User.Read'])).rejects.toMatchObject({ kind: 'consentRequired' });
    expect(client.requests.map((r) => r.flow)).toEqual(['ssoSilent']);
  });

  it('keeps the scopes a short token lacked, so the message names them', async () => {
    const client = new FakeMsalClient();
    client.silent.push(() =>
      Promise.resolve({ accessToken: 't', account: anAccount(), scopes: ['User.Read'] }),
    );
    const provider = createMsalTokenProvider(client, { silentNeedsAccount: false, userGesture: () => false });

    await expect(provider.getToken(['User.Read', 'Calendars.Read'])).rejects.toMatchObject({
      kind: 'consentRequired',
      scopes: ['Calendars.Read'],
    });
    expect(client.requests.map((r) => r.flow)).toEqual(['silent']);
  });

  it('after the button is clicked, goes straight to the interactive step for the scopes that needed it', async () => {
    const client = new FakeMsalClient();
    let gesture = false;
    client.silent.push(fail(new InteractionRequiredAuthError('consent_required', 'corr-1')));
    client.popups.push(token('after-click'));
    const provider = createMsalTokenProvider(client, {
      silentNeedsAccount: false,
      userGesture: () => gesture,
    });

    await expect(provider.getToken(['Tasks.ReadWrite'])).rejects.toMatchObject({ kind: 'consentRequired' });
    gesture = true;
    await expect(provider.getToken(['Tasks.ReadWrite'])).resolves.toBe('after-click');
    expect(client.requests.map((r) => r.flow)).toEqual(['silent', 'popup']);
  });
});

describe('createMsalTokenProvider in NAA mode (silent works without an account)', () => {
  it('returns the silent token and remembers the account the host used', async () => {
    const client = new FakeMsalClient();
    client.silent.push(token('t1'));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    await expect(provider.getToken(['Calendars.Read'])).resolves.toBe('t1');
    expect(client.requests).toEqual([{ flow: 'silent', request: { scopes: ['Calendars.Read'] } }]);
    expect(client.active?.username).toBe('adele@contoso.example');
  });

  it('shares one request between concurrent callers asking for the same scopes in any order or case', async () => {
    const client = new FakeMsalClient();
    const gate = deferred();
    client.silent.push(async () => {
      await gate.promise;
      return { accessToken: 't1', account: anAccount() };
    });
    client.silent.push(token('t2'));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    const a = provider.getToken(['Calendars.Read', 'User.Read']);
    const b = provider.getToken(['user.read', 'Calendars.Read', 'Calendars.Read']);
    const c = provider.getToken(['Tasks.ReadWrite']);
    gate.resolve();

    await expect(Promise.all([a, b, c])).resolves.toEqual(['t1', 't1', 't2']);
    expect(client.requests.map((r) => r.request['scopes'])).toEqual([
      ['Calendars.Read', 'User.Read'],
      ['Tasks.ReadWrite'],
    ]);
  });

  it('asks MSAL again once a request has settled (MSAL owns the token cache)', async () => {
    const client = new FakeMsalClient();
    client.silent.push(fail(new BrowserAuthError('no_network_connectivity', 'corr-1')), token('t2'));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ kind: 'network' });
    await expect(provider.getToken(['User.Read'])).resolves.toBe('t2');
  });

  it('falls back to a popup on InteractionRequiredAuthError', async () => {
    const client = new FakeMsalClient();
    client.silent.push(fail(new InteractionRequiredAuthError('interaction_required', 'corr-1')));
    client.popups.push(token('from-popup'));
    const provider = createMsalTokenProvider(client, {
      ...clicked,
      silentNeedsAccount: false,
      loginHint: 'adele@contoso.example',
    });

    await expect(provider.getToken(['Files.ReadWrite.All'])).resolves.toBe('from-popup');
    expect(client.requests).toEqual([
      { flow: 'silent', request: { scopes: ['Files.ReadWrite.All'] } },
      { flow: 'popup', request: { scopes: ['Files.ReadWrite.All'], loginHint: 'adele@contoso.example' } },
    ]);
  });

  it('rejects with consentRequired when the popup ends in a consent error', async () => {
    const client = new FakeMsalClient();
    client.silent.push(
      fail(new InteractionRequiredAuthError('consent_required', '', 'AADSTS65001: not consented')),
    );
    client.popups.push(
      fail(new InteractionRequiredAuthError('consent_required', '', 'AADSTS65001: not consented')),
    );
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    const error: unknown = await provider.getToken(['Tasks.ReadWrite']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({ kind: 'consentRequired', scopes: ['Tasks.ReadWrite'] });
  });

  it('asks again interactively when the token was issued without a requested scope, and says which', async () => {
    const client = new FakeMsalClient();
    const without: Step = () =>
      Promise.resolve({ accessToken: 't', account: anAccount(), scopes: ['User.Read', 'openid', 'profile'] });
    client.silent.push(without);
    client.popups.push(without);
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    const error: unknown = await provider
      .getToken(['https://graph.microsoft.com/Calendars.Read', 'user.read'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({
      kind: 'consentRequired',
      scopes: ['https://graph.microsoft.com/Calendars.Read'],
    });
    expect(client.requests.map((r) => r.flow)).toEqual(['silent', 'popup']);
  });

  it('takes a token whose scopes cover the request, in any case or with the resource prefix', async () => {
    const client = new FakeMsalClient();
    client.silent.push(() =>
      Promise.resolve({
        accessToken: 'ok',
        account: anAccount(),
        scopes: ['https://graph.microsoft.com/calendars.read', 'User.Read', 'openid'],
      }),
    );
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    await expect(
      provider.getToken(['Calendars.Read', 'User.Read', 'openid', 'offline_access']),
    ).resolves.toBe('ok');
  });

  it('does not open a popup for errors a popup cannot fix', async () => {
    const client = new FakeMsalClient();
    client.silent.push(fail(new BrowserAuthError('post_request_failed', 'corr-1')));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ kind: 'network' });
    expect(client.requests.map((r) => r.flow)).toEqual(['silent']);
  });

  it('runs popups one after another, as MSAL allows one interaction at a time', async () => {
    const client = new FakeMsalClient();
    const firstPopup = deferred();
    client.silent.push(
      fail(new InteractionRequiredAuthError('interaction_required', 'corr-1')),
      fail(new InteractionRequiredAuthError('interaction_required', 'corr-1')),
    );
    client.popups.push(async () => {
      await firstPopup.promise;
      return { accessToken: 'p1', account: anAccount() };
    }, token('p2'));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: false });

    const a = provider.getToken(['Calendars.Read']);
    const b = provider.getToken(['Tasks.ReadWrite']);
    await new Promise((r) => setImmediate(r));
    expect(client.requests.filter((r) => r.flow === 'popup')).toHaveLength(1);

    firstPopup.resolve();
    await expect(Promise.all([a, b])).resolves.toEqual(['p1', 'p2']);
    expect(client.requests.filter((r) => r.flow === 'popup')).toHaveLength(2);
  });
});

describe('createMsalTokenProvider in standard mode (silent needs an account)', () => {
  it('uses the active account for silent requests', async () => {
    const client = new FakeMsalClient();
    client.active = anAccount();
    client.silent.push(token('t1'));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: true });

    await expect(provider.getToken(['User.Read'])).resolves.toBe('t1');
    expect(client.requests).toEqual([
      { flow: 'silent', request: { scopes: ['User.Read'], account: anAccount() } },
    ]);
  });

  it('picks the cached account matching the login hint over others', async () => {
    const client = new FakeMsalClient();
    client.cached = [anAccount('other@contoso.example'), anAccount('adele@contoso.example')];
    client.silent.push(token('t1'));
    const provider = createMsalTokenProvider(client, {
      ...clicked,
      silentNeedsAccount: true,
      loginHint: 'adele@contoso.example',
    });

    await provider.getToken(['User.Read']);
    expect(client.requests[0]?.request['account']).toEqual(anAccount('adele@contoso.example'));
  });

  it('tries ssoSilent with the login hint when no account is cached, then a popup on interaction_required', async () => {
    const client = new FakeMsalClient();
    client.sso.push(fail(new InteractionRequiredAuthError('login_required', 'corr-1')));
    client.popups.push(token('p1'));
    const provider = createMsalTokenProvider(client, {
      ...clicked,
      silentNeedsAccount: true,
      loginHint: 'adele@contoso.example',
    });

    await expect(provider.getToken(['User.Read'])).resolves.toBe('p1');
    expect(client.requests).toEqual([
      { flow: 'ssoSilent', request: { scopes: ['User.Read'], loginHint: 'adele@contoso.example' } },
      { flow: 'popup', request: { scopes: ['User.Read'], loginHint: 'adele@contoso.example' } },
    ]);
  });

  it('goes straight to a popup with no account and no hint, and a closed popup means consentRequired', async () => {
    const client = new FakeMsalClient();
    client.popups.push(fail(new BrowserAuthError('user_cancelled', 'corr-1')));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: true });

    await expect(provider.getToken(['User.Read'])).rejects.toMatchObject({ kind: 'consentRequired' });
    expect(client.requests.map((r) => r.flow)).toEqual(['popup']);
  });

  it('ignores an ambiguous set of cached accounts', async () => {
    const client = new FakeMsalClient();
    client.cached = [anAccount('a@contoso.example'), anAccount('b@contoso.example')];
    client.popups.push(token('p1', anAccount('b@contoso.example')));
    const provider = createMsalTokenProvider(client, { ...clicked, silentNeedsAccount: true });

    await expect(provider.getToken(['User.Read'])).resolves.toBe('p1');
    expect(client.requests.map((r) => r.flow)).toEqual(['popup']);
    expect(client.active?.username).toBe('b@contoso.example');
  });
});
