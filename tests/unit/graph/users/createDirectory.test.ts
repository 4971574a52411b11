import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import { createDirectory } from '../../../../src/graph/users/createDirectory';
import { escapeODataString } from '../../../../src/graph/users/escapeODataString';
import me from '../../../fixtures/graph/me.json';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';

interface WireBatch {
  readonly requests: readonly { readonly id: string; readonly url: string }[];
}

interface Person {
  readonly id: string;
  readonly mail: string;
  readonly displayName?: string;
  readonly aliases?: readonly string[];
}

const literals = (list: string) =>
  [...list.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] ?? '').replace(/''/g, "'"));

// Answers one inner lookup from a tiny directory, as Graph would: `mail in (…)`,
// `proxyAddresses/any(p:p eq 'smtp:…')` and `displayName in (…)`, case-insensitively.
function answer(people: readonly Person[], url: string) {
  const filter = new URL(`https://x${url}`).searchParams.get('$filter') ?? '';
  const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
  let match: (p: Person) => boolean = () => false;
  if (filter.startsWith('mail in ')) {
    const set = lower(literals(filter));
    match = (p) => set.includes(p.mail.toLowerCase());
  } else if (filter.startsWith('proxyAddresses/any')) {
    const address = (literals(filter)[0] ?? '').toLowerCase().replace(/^smtp:/, '');
    match = (p) => lower([p.mail, ...(p.aliases ?? [])]).includes(address);
  } else if (filter.startsWith('displayName in ')) {
    const set = lower(literals(filter));
    match = (p) => set.includes((p.displayName ?? p.mail).toLowerCase());
  }
  return {
    value: people.filter(match).map((p) => ({
      id: p.id,
      displayName: p.displayName ?? p.mail,
      mail: p.mail,
      userPrincipalName: p.mail,
    })),
  };
}

function directoryBatch(people: readonly Person[], fails: (url: string) => boolean = () => false) {
  return (req: { body: unknown }) =>
    json(200, {
      responses: (req.body as WireBatch).requests.map((r) =>
        fails(decodeURIComponent(r.url))
          ? {
              id: r.id,
              status: 400,
              body: { error: { code: 'Request_BadRequest', message: 'Invalid filter clause.' } },
            }
          : {
              id: r.id,
              status: 200,
              headers: { 'Content-Type': 'application/json' },
              body: answer(people, r.url),
            },
      ),
    });
}

function setup(terminal: DummyTerminal) {
  const client = createGraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => 't' },
    scopes: ['User.ReadBasic.All'],
    retry: { maxRetries: 0 },
    terminal,
  });
  return createDirectory(client);
}

describe('createDirectory', () => {
  it('me() reads /me with only the needed fields', async () => {
    const terminal = new DummyTerminal().then(() => json(200, me));

    const res = await setup(terminal).me();

    expect(res).toEqual({
      ok: true,
      value: {
        id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
        displayName: 'Adele Vance',
        mail: 'adele@northwind.example',
        userPrincipalName: 'adele@northwind.example',
      },
    });
    expect(terminal.seen[0]?.url).toBe(`${baseUrl}/me?$select=id,displayName,mail,userPrincipalName`);
  });

  it('looks addresses up by mail in chunks of 15 and by proxyAddresses, deduplicating case-insensitively', async () => {
    const emails = Array.from({ length: 25 }, (_, i) => `user${i}@northwind.example`);
    const terminal = new DummyTerminal(directoryBatch(emails.map((mail, i) => ({ id: `id-${i}`, mail }))));

    const res = await setup(terminal).resolveEmails([
      ...emails,
      'USER0@northwind.example',
      'kim@fabrikam.example',
    ]);

    // 26 distinct addresses: 2 `mail in` chunks and 26 proxyAddresses lookups, 28 requests in 2 parallel batches.
    expect(terminal.seen.map((r) => (r.body as WireBatch).requests.length)).toEqual([20, 8]);
    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.get('user3@northwind.example')?.id).toBe('id-3');
    expect(res.value.get('USER0@northwind.example')?.id).toBe('id-0');
    expect(res.value.get('kim@fabrikam.example')).toBeNull();
    expect(res.value.size).toBe(27);
  });

  it("escapes single quotes in the OData literal (o'brien)", async () => {
    const terminal = new DummyTerminal(directoryBatch([{ id: 'id-ob', mail: "o'brien@northwind.example" }]));

    const res = await setup(terminal).resolveEmails(["O'Brien@northwind.example"]);

    expect(res.ok && res.value.get("O'Brien@northwind.example")?.id).toBe('id-ob');
    expect(decodeURIComponent((terminal.seen[0]?.body as WireBatch).requests[0]?.url ?? '')).toContain(
      "mail in ('o''brien@northwind.example')",
    );
    expect(escapeODataString("a'b''c")).toBe("a''b''''c");
  });

  it('finds an alias through proxyAddresses and an X.500 attendee by a unique display name', async () => {
    const x500 =
      '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc-farah';
    const twin = '/o=ExchangeLabs/ou=x/cn=Recipients/cn=def-sam';
    const terminal = new DummyTerminal(
      directoryBatch([
        { id: 'priya', mail: 'priya@northwind.example', aliases: ['cfo@northwind.example'] },
        { id: 'farah', mail: 'farah@northwind.example', displayName: 'Farah Haddad' },
        { id: 'sam1', mail: 'sam1@northwind.example', displayName: 'Sam Lee' },
        { id: 'sam2', mail: 'sam2@northwind.example', displayName: 'Sam Lee' },
      ]),
    );

    const res = await setup(terminal).lookUp([
      { email: 'cfo@northwind.example', name: 'Priya' },
      { email: x500, name: 'Farah Haddad' },
      { email: twin, name: 'Sam Lee' },
      { email: 'kim@fabrikam.example', name: 'Kim' },
    ]);

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.get('cfo@northwind.example')).toMatchObject({ kind: 'found', user: { id: 'priya' } });
    expect(res.value.get(x500)).toMatchObject({ kind: 'found', user: { id: 'farah' } });
    // Two people share the name: the address names nobody for sure.
    expect(res.value.get(twin)).toMatchObject({
      kind: 'unknown',
      failure: { code: 'UnresolvedX500Address' },
    });
    expect(res.value.get('kim@fabrikam.example')).toEqual({ kind: 'noAccount' });
    expect(terminal.seen).toHaveLength(1);
  });

  it('one failed lookup degrades that address only', async () => {
    const terminal = new DummyTerminal(
      directoryBatch([{ id: 'dana', mail: 'dana@northwind.example' }], (url) =>
        url.includes("'smtp:odd@northwind.example'"),
      ),
    );

    const res = await setup(terminal).lookUp([
      { email: 'dana@northwind.example', name: 'Dana' },
      { email: 'odd@northwind.example', name: 'Odd' },
    ]);

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.get('dana@northwind.example')).toMatchObject({ kind: 'found' });
    expect(res.value.get('odd@northwind.example')).toMatchObject({
      kind: 'unknown',
      failure: { kind: 'badRequest' },
    });
  });

  it('sends nothing for an empty list', async () => {
    const terminal = new DummyTerminal();

    const res = await setup(terminal).resolveEmails([]);

    expect(res.ok && res.value.size).toBe(0);
    expect(terminal.seen).toHaveLength(0);
  });

  it('fails the call when no address could be looked up (every inner request refused), as forbidden', async () => {
    const terminal = new DummyTerminal((req) =>
      json(200, {
        responses: (req.body as WireBatch).requests.map((r) => ({
          id: r.id,
          status: 403,
          body: {
            error: {
              code: 'Authorization_RequestDenied',
              message: 'Insufficient privileges to complete the operation.',
            },
          },
        })),
      }),
    );

    const res = await setup(terminal).resolveEmails(['a@northwind.example']);

    expect(res.ok ? undefined : res.failure.kind).toBe('forbidden');
  });

  it('surfaces a failed /me as its Failure', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(401, 'InvalidAuthenticationToken', 'Access token has expired.'),
    );

    const res = await setup(terminal).me();

    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'unauthorized',
      code: 'InvalidAuthenticationToken',
    });
  });
});
