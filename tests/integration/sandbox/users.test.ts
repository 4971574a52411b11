// /me, /users/{id|upn}, /users?$filter: default properties, $select, filters, paging and the ReadBasic view.
import { UPN, setupSandbox } from './setupSandbox';

const h = setupSandbox();

const DEFAULT_KEYS = [
  '@odata.context',
  'businessPhones',
  'displayName',
  'givenName',
  'id',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
];

describe('GET /me and /users/{id | userPrincipalName}', () => {
  it('returns the signed-in user with the default property set', async () => {
    const r = await h.call('/me');
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(DEFAULT_KEYS);
    expect(r.json).toMatchObject({
      displayName: 'Avery Chen',
      jobTitle: 'Chief Executive Officer',
      mail: UPN.avery,
      userPrincipalName: UPN.avery,
    });
    expect(r.json.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.json['@odata.context']).toBe(`${h.sandbox().url}/v1.0/$metadata#users/$entity`);
  });

  it('/me follows the token: another user signs in as themself', async () => {
    const r = await h.call('/me', { token: h.token(UPN.dana) });
    expect(r.json.displayName).toBe('Dana Okafor');
  });

  it('finds a user by id and by UPN (case-insensitively), the same user', async () => {
    const byUpn = await h.call(`/users/${UPN.dana.toUpperCase()}`);
    const byId = await h.call(`/users/${byUpn.json.id as string}`);
    expect(byUpn.status).toBe(200);
    expect(byId.json).toEqual(byUpn.json);
  });

  it("finds a B2B guest by UPN with '#' encoded as %23", async () => {
    const r = await h.call(`/users/${encodeURIComponent(UPN.rowan)}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ displayName: 'Rowan Blake', mail: 'rowan@contoso.example' });
    // An unencoded '#' starts the fragment: the path ends before it and names someone else.
    expect((await h.call(`/users/${UPN.rowan}`)).status).toBe(404);
  });

  it("accepts the OData key form /users('upn')", async () => {
    expect((await h.call(`/users('${UPN.sam}')`)).json.displayName).toBe('Sam Rivera');
  });

  it('answers an unknown user with 404 Request_ResourceNotFound', async () => {
    const r = await h.call('/users/nobody@northwind.example');
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('Request_ResourceNotFound');
  });

  it('honours $select and refuses unknown properties', async () => {
    const r = await h.call('/me?$select=displayName,mail');
    expect(r.json).toEqual({
      '@odata.context': `${h.sandbox().url}/v1.0/$metadata#users(displayName,mail)/$entity`,
      displayName: 'Avery Chen',
      mail: UPN.avery,
    });
    const bad = await h.call('/me?$select=displayName,shoeSize');
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("'shoeSize'");
  });

  it('with only User.ReadBasic.All, other users show the basic profile and null for the rest', async () => {
    const basic = h.token(undefined, ['User.ReadBasic.All']);
    const other = await h.call(`/users/${UPN.dana}`, { token: basic });
    expect(other.json).toMatchObject({
      displayName: 'Dana Okafor',
      mail: UPN.dana,
      jobTitle: null,
      officeLocation: null,
    });
    const self = await h.call('/me', { token: basic });
    expect(self.json.jobTitle).toBe('Chief Executive Officer');
    const full = await h.call(`/users/${UPN.dana}`, { token: h.token(undefined, ['User.Read.All']) });
    expect(full.json.jobTitle).toBe('Chief Operating Officer');
  });
});

describe('GET /users?$filter', () => {
  const filter = (f: string, extra = '') => h.call(`/users?$filter=${encodeURIComponent(f)}${extra}`);

  it("mail eq '…' matches case-insensitively", async () => {
    const r = await filter(`mail eq '${UPN.priya.toUpperCase()}'`);
    expect(r.status).toBe(200);
    expect(r.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(['Priya Natarajan']);
  });

  it('an external address matches nobody', async () => {
    expect((await filter("mail eq 'kim@fabrikam.example'")).json.value).toEqual([]);
  });

  it('userPrincipalName eq, id in (…), startswith, and/or', async () => {
    expect((await filter(`userPrincipalName eq '${UPN.rowan}'`)).json.value).toHaveLength(1);
    const two = await filter(`mail eq '${UPN.sam}' or mail eq '${UPN.mei}'`);
    const ids = (two.json.value as { id: string }[]).map((u) => u.id);
    expect(ids).toHaveLength(2);
    const byIds = await filter(`id in ('${ids[0] ?? ''}', '${ids[1] ?? ''}')`);
    expect(byIds.json.value).toHaveLength(2);
    expect((await filter("startswith(displayName,'a')")).json.value[0].displayName).toBe('Avery Chen');
    expect((await filter(`startswith(displayName,'S') and mail eq '${UPN.sam}'`)).json.value).toHaveLength(1);
  });

  it('groups with parentheses (the grammar shared with events)', async () => {
    const r = await filter(`startswith(displayName,'S') and (mail eq '${UPN.sam}' or mail eq '${UPN.mei}')`);
    expect(r.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(['Sam Rivera']);
  });

  it("escapes quotes as ''", async () => {
    expect((await filter("displayName eq 'O''Brien'")).json.value).toEqual([]);
  });

  it('combines with $select', async () => {
    const r = await filter(`mail eq '${UPN.dana}'`, '&$select=id,displayName');
    expect(Object.keys(r.json.value[0] as object).sort()).toEqual(['displayName', 'id']);
  });

  it('refuses unsupported properties and malformed clauses with 400', async () => {
    const unsupported = await filter("favouriteColour eq 'blue'");
    expect(unsupported.status).toBe(400);
    expect(unsupported.json.error.code).toBe('Request_UnsupportedQuery');
    expect((await filter('mail eq')).status).toBe(400);
    expect((await filter("mail gt 'a'")).status).toBe(400);
  });
});

describe('GET /users paging', () => {
  it('pages with $top and an opaque $skiptoken, and refuses $skip', async () => {
    const first = await h.call('/users?$top=4&$select=id');
    expect(first.json.value).toHaveLength(4);
    const next = first.json['@odata.nextLink'] as string;
    expect(next).toContain('$skiptoken=');
    expect(next).toContain('$select=id');
    const seen = new Set<string>((first.json.value as { id: string }[]).map((u) => u.id));
    let link: string | undefined = next;
    while (link) {
      const page = await h.call(link);
      for (const u of page.json.value as { id: string }[]) {
        expect(seen.has(u.id)).toBe(false);
        seen.add(u.id);
      }
      link = page.json['@odata.nextLink'] as string | undefined;
    }
    expect(seen.size).toBe(9);
    expect((await h.call('/users?$skip=2')).status).toBe(400);
  });

  it('orders by displayName', async () => {
    const r = await h.call('/users?$orderby=displayName desc&$select=displayName');
    expect(r.json.value[0].displayName).toBe('Sam Rivera');
  });
});
