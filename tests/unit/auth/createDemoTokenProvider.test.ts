import { createDemoTokenProvider } from '../../../src/auth/createDemoTokenProvider';
import { TokenError } from '../../../src/usecases/ports';
import { json, startSandbox } from './startSandbox';
import type { FakeSandbox, Handler } from './startSandbox';

let issued = 0;
const tokenHandler =
  (expiresIn = 3600): Handler =>
  (_req, body, res) => {
    const { user } = JSON.parse(body) as { user?: string };
    issued += 1;
    json(res, 200, {
      access_token: `token-${issued}-for-${user ?? 'default'}`,
      expires_in: expiresIn,
      user: {
        id: 'u1',
        displayName: 'Adele Vance',
        userPrincipalName: user ?? 'adele@contoso.example',
        mail: 'adele@contoso.example',
      },
    });
  };

let sandbox: FakeSandbox;

beforeEach(async () => {
  issued = 0;
  sandbox = await startSandbox(tokenHandler());
});

afterEach(async () => {
  await sandbox.close();
});

describe('createDemoTokenProvider', () => {
  it('POSTs the user to /_sandbox/token without scopes and returns the token', async () => {
    const provider = createDemoTokenProvider({
      sandboxUrl: `${sandbox.url}/`,
      user: () => 'megan@contoso.example',
    });

    await expect(provider.getToken(['Calendars.Read'])).resolves.toBe('token-1-for-megan@contoso.example');
    expect(sandbox.requests).toEqual([
      { method: 'POST', path: '/_sandbox/token', body: '{"user":"megan@contoso.example"}' },
    ]);
  });

  it('asks for the sandbox default user when none is chosen', async () => {
    const provider = createDemoTokenProvider({ sandboxUrl: sandbox.url, user: () => undefined });

    await expect(provider.getToken([])).resolves.toBe('token-1-for-default');
    expect(sandbox.requests[0]?.body).toBe('{}');
  });

  it('caches per user and follows the "view as" switch', async () => {
    let user = 'adele@contoso.example';
    const provider = createDemoTokenProvider({ sandboxUrl: sandbox.url, user: () => user });

    const first = await provider.getToken(['User.Read']);
    expect(await provider.getToken(['Tasks.ReadWrite'])).toBe(first);
    user = 'megan@contoso.example';
    expect(await provider.getToken(['User.Read'])).toBe('token-2-for-megan@contoso.example');
    user = 'adele@contoso.example';
    expect(await provider.getToken(['User.Read'])).toBe(first);
    expect(sandbox.requests).toHaveLength(2);
  });

  it('shares one request between concurrent callers', async () => {
    const provider = createDemoTokenProvider({
      sandboxUrl: sandbox.url,
      user: () => 'adele@contoso.example',
    });

    const tokens = await Promise.all([
      provider.getToken(['a']),
      provider.getToken(['b']),
      provider.getToken(['c']),
    ]);

    expect(new Set(tokens).size).toBe(1);
    expect(sandbox.requests).toHaveLength(1);
  });

  it('refreshes 60 s before expiry', async () => {
    let now = 1_000_000;
    const provider = createDemoTokenProvider({
      sandboxUrl: sandbox.url,
      user: () => 'adele@contoso.example',
      now: () => now,
    });

    const first = await provider.getToken(['User.Read']);
    now += (3600 - 60) * 1000 - 1;
    expect(await provider.getToken(['User.Read'])).toBe(first);
    now += 1;
    expect(await provider.getToken(['User.Read'])).toBe('token-2-for-adele@contoso.example');
    expect(sandbox.requests).toHaveLength(2);
  });

  it('maps 404 to unauthorized "Unknown demo user"', async () => {
    sandbox.handler = (_req, _body, res) =>
      json(res, 404, { error: { code: 'UserNotFound', message: 'no such user' } });
    const provider = createDemoTokenProvider({
      sandboxUrl: sandbox.url,
      user: () => 'ghost@contoso.example',
    });

    const error: unknown = await provider.getToken(['User.Read']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect(error).toMatchObject({
      kind: 'unauthorized',
      message: 'Unknown demo user "ghost@contoso.example".',
    });
  });

  it('maps a sandbox 5xx to network and a malformed body to unauthorized, and does not cache failures', async () => {
    sandbox.handler = (_req, _body, res) => json(res, 503, { error: { code: 'serviceNotAvailable' } });
    const provider = createDemoTokenProvider({
      sandboxUrl: sandbox.url,
      user: () => 'adele@contoso.example',
    });
    await expect(provider.getToken([])).rejects.toMatchObject({ kind: 'network' });

    sandbox.handler = (_req, _body, res) => json(res, 200, { token: 'wrong-field' });
    await expect(provider.getToken([])).rejects.toMatchObject({ kind: 'unauthorized' });

    sandbox.handler = tokenHandler();
    await expect(provider.getToken([])).resolves.toBe('token-1-for-adele@contoso.example');
  });

  it('maps an unreachable sandbox to network', async () => {
    const url = sandbox.url;
    await sandbox.close();
    sandbox = await startSandbox(tokenHandler());
    const provider = createDemoTokenProvider({ sandboxUrl: url, user: () => undefined });

    await expect(provider.getToken([])).rejects.toMatchObject({ name: 'TokenError', kind: 'network' });
  });
});
