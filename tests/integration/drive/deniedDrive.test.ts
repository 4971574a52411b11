// A team drive the user can't reach answers Graph's documented 403 (GD concepts/errors.md: accessDenied, "The caller
// doesn't have permission to perform the action."). That is `forbidden`, not missing consent: discovery skips the
// team and goes on. A token without Files scopes gets the same answer, so missing consent is read from the token's
// own scopes (createMsalTokenProvider), never from the 403's words.
import { createMsalTokenProvider, type MsalClient } from '../../../src/auth/createMsalTokenProvider';
import { groupId, seriesKey } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { clientFor, teamOf, tenantOf } from './sandboxDrive';

// Avery belongs to both teams, Dana to the Leadership Team only (src/sandbox/README.md "The demo tenant").
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

let n = 0;
const freshKey = () => seriesKey(`040000008200E00074C5B7101A82E008-denied-${Date.now()}-${n++}`);

describe('a team drive the user cannot reach', () => {
  it('is skipped by discovery: the series is found in the team the user belongs to', async () => {
    const tenant = await tenantOf(sb);
    const leadership = teamOf(tenant, 'Leadership Team');
    const council = teamOf(tenant, 'Product Council');
    const key = freshKey();
    const created = await createSeriesDocumentStore(clientFor(sb, AVERY)).create(
      leadership,
      emptySeriesDocument(key, 'Leadership weekly'),
    );
    expect(created.ok).toBe(true);

    // Dana's joined-teams list may still hold a team she has left; its drive answers 403 accessDenied.
    const averyId = tenant.users.find((u) => u.userPrincipalName === AVERY)?.id ?? '';
    const found = await createSeriesDocumentStore(clientFor(sb, DANA)).find(key, [council, leadership], {
      creatorIds: [averyId],
      creatorNames: [],
    });
    expect(found.ok && found.value.stored?.location.groupId).toBe(leadership.id);
  });

  it('is forbidden on load, with Graph’s code kept', async () => {
    const tenant = await tenantOf(sb);
    const council = teamOf(tenant, 'Product Council');
    const created = await createSeriesDocumentStore(clientFor(sb, AVERY)).create(
      council,
      emptySeriesDocument(freshKey(), 'Product Council monthly'),
    );
    if (!created.ok) throw new Error('create failed');
    const loaded = await createSeriesDocumentStore(clientFor(sb, DANA)).load(created.value.location);
    expect(loaded.ok ? undefined : loaded.failure).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'accessDenied',
      message: "The caller doesn't have permission to perform the action.",
    });
  });

  it('while a token without Files scopes is caught by its claims, before Graph is asked', async () => {
    const tenant = await tenantOf(sb);
    const granted = ['User.Read', 'Calendars.ReadWrite'];
    const token = sb.mintToken({ user: DANA, scopes: granted });
    // What MSAL answers for a tenant that consented to these two only: the token and the scopes it carries.
    const result = { accessToken: token, account: null, scopes: granted };
    const msal: MsalClient = {
      acquireTokenSilent: () => Promise.resolve(result),
      ssoSilent: () => Promise.resolve(result),
      acquireTokenPopup: () => Promise.resolve(result),
      getActiveAccount: () => null,
      getAccount: () => null,
      getAllAccounts: () => [],
      setActiveAccount: () => undefined,
    };
    const client = createGraphClient({
      baseUrl: `${sb.url}/v1.0`,
      tokenProvider: createMsalTokenProvider(msal, { silentNeedsAccount: false, userGesture: () => false }),
      scopes: [GRAPH_SCOPES.filesAll],
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    const found = await createSeriesDocumentStore(client).find(
      freshKey(),
      [teamOf(tenant, 'Leadership Team')],
      { creatorIds: [], creatorNames: [] },
    );
    expect(found.ok ? undefined : found.failure).toMatchObject({
      kind: 'consentRequired',
      scopes: ['Files.ReadWrite.All'],
    });
    expect(sb.requestLog()).toHaveLength(0);
  });

  it('and the same token sent anyway gets the generic 403 a skipped team gets, which asks for no consent', async () => {
    const tenant = await tenantOf(sb);
    const scopes = ['User.Read', 'Calendars.ReadWrite'];
    const client = createGraphClient({
      baseUrl: `${sb.url}/v1.0`,
      tokenProvider: { getToken: async () => sb.mintToken({ user: DANA, scopes }) },
      scopes,
      retry: { maxRetries: 0, delaySeconds: 0 },
    });
    const loaded = await createSeriesDocumentStore(client).load({
      groupId: groupId(teamOf(tenant, 'Leadership Team').id),
      teamName: 'Leadership Team',
      itemId: 'any',
    });
    expect(loaded.ok ? undefined : loaded.failure).toMatchObject({ kind: 'forbidden', code: 'accessDenied' });
  });
});
