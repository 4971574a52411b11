// The directory as Microsoft 365 really behaves (issue #14): guests can't look people up, attendees arrive under
// aliases and X.500 addresses, aliases resolve through proxyAddresses, and a $batch runs its requests side by side.
import { UPN, setupSandbox } from './setupSandbox';

const h = setupSandbox();

const users = (filter: string, token?: string) =>
  h.call(`/users?$filter=${encodeURIComponent(filter)}&$select=id,displayName,mail,proxyAddresses`, {
    ...(token !== undefined ? { token } : {}),
  });

describe('a B2B guest (restricted guest access)', () => {
  it('reads /me, and gets 403 Authorization_RequestDenied on /users and on another user', async () => {
    const guest = h.token(UPN.rowan);
    const me = await h.call('/me', { token: guest });
    expect(me.status).toBe(200);
    expect(me.json.displayName).toBe('Rowan Blake');
    const self = await h.call(`/users/${me.json.id as string}`, { token: guest });
    expect(self.status).toBe(200);

    for (const path of [
      '/users',
      `/users?$filter=${encodeURIComponent(`mail eq '${UPN.mei}'`)}`,
      `/users/${UPN.mei}`,
    ]) {
      const r = await h.call(path, { token: guest });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatchObject({
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      });
    }
  });

  it('is refused inside a $batch too, one inner 403 per lookup', async () => {
    const r = await h.call('/$batch', {
      method: 'POST',
      token: h.token(UPN.rowan),
      body: {
        requests: [
          { id: '1', method: 'GET', url: '/me' },
          { id: '2', method: 'GET', url: `/users?$filter=mail eq '${UPN.mei}'` },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.json.responses.map((x: { status: number }) => x.status)).toEqual([200, 403]);
  });

  it('a member still looks people up, the guest included', async () => {
    const r = await users(`mail eq 'rowan@contoso.example'`);
    expect(r.status).toBe(200);
    expect(r.json.value).toHaveLength(1);
  });
});

describe('addresses: proxyAddresses and aliases', () => {
  it('lists the primary SMTP address and aliases as smtp: entries; mail is the primary only', async () => {
    // Read by herself: with User.ReadBasic.All only, other users' proxyAddresses come back null (README "Users").
    const r = await h.call('/me?$select=mail,proxyAddresses', { token: h.token(UPN.priya) });
    expect(r.json).toMatchObject({
      mail: UPN.priya,
      proxyAddresses: [`SMTP:${UPN.priya}`, 'smtp:cfo@northwind.example'],
    });
  });

  it('an alias is not a mail: mail eq finds nobody, proxyAddresses/any finds the user (any prefix case)', async () => {
    expect((await users(`mail eq 'cfo@northwind.example'`)).json.value).toEqual([]);
    for (const form of ['smtp:cfo@northwind.example', 'SMTP:CFO@northwind.example']) {
      const r = await users(`proxyAddresses/any(p:p eq '${form}')`);
      expect(r.status).toBe(200);
      expect(r.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(['Priya Natarajan']);
    }
  });

  it("refuses forms Entra doesn't take by default", async () => {
    const inside = await users(`proxyAddresses/any(p:p in ('smtp:a@x','smtp:b@x'))`);
    expect(inside.status).toBe(400);
    expect(inside.json.error.code).toBe('Request_UnsupportedQuery');
  });

  it('takes at most 15 alternatives in one filter, as in (…) or as or', async () => {
    const addresses = Array.from({ length: 16 }, (_, i) => `'p${i}@northwind.example'`);
    const sixteen = await users(`mail in (${addresses.join(',')})`);
    expect(sixteen.status).toBe(400);
    expect(sixteen.json.error).toMatchObject({ code: 'Request_UnsupportedQuery' });
    expect(sixteen.json.error.message).toContain('Max allowed: 15');
    expect((await users(`mail in (${addresses.slice(0, 15).join(',')})`)).status).toBe(200);
    const ors = addresses.map((a) => `mail eq ${a}`).join(' or ');
    expect((await users(ors)).status).toBe(400);
  });
});

describe('attendee addresses in Leadership weekly', () => {
  it('carry an alias and an X.500 address, not only mail', async () => {
    const list = await h.call(`/me/events?$select=subject,attendees,type&$top=50`, {
      token: h.token(UPN.avery),
    });
    const weekly = (
      list.json.value as {
        subject: string;
        attendees: { emailAddress: { address: string; name: string } }[];
      }[]
    ).find((e) => e.subject === 'Leadership weekly');
    const addresses = weekly?.attendees.map((a) => a.emailAddress) ?? [];
    expect(addresses).toContainEqual({ name: 'Priya Natarajan', address: 'cfo@northwind.example' });
    const farah = addresses.find((a) => a.name === 'Farah Haddad');
    expect(farah?.address).toMatch(
      /^\/o=ExchangeLabs\/ou=Exchange Administrative Group \(FYDIBOHF23SPDLT\)\/cn=Recipients\/cn=[0-9a-f]{32}-farah/,
    );
    // Neither the X.500 DN nor the alias is a directory key or a mail.
    expect((await users(`mail eq '${farah?.address ?? ''}'`)).json.value).toEqual([]);
  });

  it('Exchange still knows who they are: Farah is a member of the meeting chat and sees the meeting', async () => {
    const farahView = await h.call(`/me/events?$select=subject&$top=50`, { token: h.token(UPN.farah) });
    expect(farahView.json.value.map((e: { subject: string }) => e.subject)).toContain('Leadership weekly');
  });
});

describe('$batch runs independent requests side by side', () => {
  it('takes about one latency for independent requests, and chains dependsOn', async () => {
    await h.admin('/faults', 'POST', { latencyMs: 150, path: '/v1.0/users' });
    const requests = Array.from({ length: 6 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: `/users?$filter=mail eq '${UPN.dana}'`,
    }));
    const started = Date.now();
    const r = await h.call('/$batch', { method: 'POST', body: { requests } });
    const took = Date.now() - started;
    expect(r.status).toBe(200);
    expect(r.json.responses.map((x: { id: string }) => x.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(took).toBeLessThan(600); // one after another would take 6 × 150 ms

    const inner = h
      .sandbox()
      .requestLog()
      .filter((e) => e.batchInner);
    const overlapping = inner.filter((a) =>
      inner.some((b) => a !== b && a.startedAt < b.endedAt && b.startedAt < a.endedAt),
    );
    expect(overlapping.length).toBe(6);

    h.sandbox().clearRequestLog();
    const chained = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: 'a', method: 'GET', url: `/users/${UPN.dana}` },
          { id: 'b', method: 'GET', url: `/users/${UPN.sam}`, dependsOn: ['a'] },
        ],
      },
    });
    expect(chained.status).toBe(200);
    const [a, b] = h
      .sandbox()
      .requestLog()
      .filter((e) => e.batchInner);
    expect(a && b && b.startedAt >= a.endedAt).toBe(true);
  });

  it('runs at most 4 requests at once against one mailbox', async () => {
    await h.admin('/faults', 'POST', { latencyMs: 100, path: '/v1.0/me/events' });
    const requests = Array.from({ length: 6 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/me/events?$top=1',
    }));
    const r = await h.call('/$batch', { method: 'POST', body: { requests } });
    expect(r.status).toBe(200);
    const inner = h
      .sandbox()
      .requestLog()
      .filter((e) => e.batchInner);
    const most = Math.max(
      ...inner.map((a) => inner.filter((b) => b.startedAt <= a.startedAt && a.startedAt < b.endedAt).length),
    );
    expect(most).toBe(4);
  });
});
