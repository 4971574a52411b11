import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import { createDirectory } from '../../../../src/graph/users/createDirectory';
import { escapeODataString } from '../../../../src/graph/users/escapeODataString';
import me from '../../../fixtures/graph/me.json';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';

interface WireBatch {
  readonly requests: readonly { readonly id: string; readonly url: string }[];
}

// Answers each inner `mail eq '…'` from a tiny directory, like Graph's $batch would.
function directoryBatch(known: Record<string, string>) {
  return (req: { body: unknown }) =>
    json(200, {
      responses: (req.body as WireBatch).requests.map((r) => {
        const filter = new URL(`https://x${r.url}`).searchParams.get('$filter') ?? '';
        const mail = /^mail eq '(.*)'$/.exec(filter)?.[1]?.replace(/''/g, "'") ?? '';
        const id = known[mail];
        return {
          id: r.id,
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { value: id ? [{ id, displayName: mail, mail, userPrincipalName: mail }] : [] },
        };
      }),
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

  it('resolves e-mails in batches of 20, deduplicating case-insensitively; unknown => null', async () => {
    const emails = Array.from({ length: 25 }, (_, i) => `user${i}@northwind.example`);
    const known = Object.fromEntries(emails.map((e, i) => [e, `id-${i}`]));
    const terminal = new DummyTerminal(directoryBatch(known));

    const res = await setup(terminal).resolveEmails([
      ...emails,
      'USER0@northwind.example',
      'kim@fabrikam.example',
    ]);

    expect(terminal.seen.map((r) => (r.body as WireBatch).requests.length)).toEqual([20, 6]);
    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.get('user3@northwind.example')?.id).toBe('id-3');
    expect(res.value.get('USER0@northwind.example')?.id).toBe('id-0');
    expect(res.value.get('kim@fabrikam.example')).toBeNull();
    expect(res.value.size).toBe(27);
  });

  it("escapes single quotes in the OData literal (o'brien)", async () => {
    const terminal = new DummyTerminal(directoryBatch({ "o'brien@northwind.example": 'id-ob' }));

    const res = await setup(terminal).resolveEmails(["O'Brien@northwind.example"]);

    expect(res.ok && res.value.get("O'Brien@northwind.example")?.id).toBe('id-ob');
    expect(decodeURIComponent((terminal.seen[0]?.body as WireBatch).requests[0]?.url ?? '')).toContain(
      "mail eq 'o''brien@northwind.example'",
    );
    expect(escapeODataString("a'b''c")).toBe("a''b''''c");
  });

  it('sends nothing for an empty list', async () => {
    const terminal = new DummyTerminal();

    const res = await setup(terminal).resolveEmails([]);

    expect(res.ok && res.value.size).toBe(0);
    expect(terminal.seen).toHaveLength(0);
  });

  it('reads the directory’s Insufficient privileges 403 as forbidden: a guest gets it too, and consent can’t help', async () => {
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
