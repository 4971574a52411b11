// The drive slice of the sandbox against the documented Graph behaviour (driveitem-get.md, driveitem-get-content.md,
// driveitem-put-content.md, platform-facts.md §3): path and id addressing, eTags, If-Match / If-None-Match, the
// 4 MB simple-upload limit, group membership, 302 downloads and $batch lookups.
import { FIXED_NOW, setupSandbox } from './setupSandbox';

// A new file's eTag changes on its own shortly after the upload (src/sandbox/README.md "Drive"); at 0 ms it has
// changed before the file is read again, so these tests re-read the eTag they send rather than race the change.
const h = setupSandbox({ now: () => FIXED_NOW, drivePostProcessingMs: 0 });

interface TenantGroup {
  readonly id: string;
  readonly displayName: string;
  readonly memberIds: readonly string[];
}
interface TenantView {
  readonly defaultUser: string;
  readonly users: readonly { readonly id: string; readonly userPrincipalName: string }[];
  readonly groups: readonly TenantGroup[];
}

async function tenant(): Promise<TenantView> {
  return (await h.admin('/_sandbox/tenant')).json as TenantView;
}
async function leadershipId(): Promise<string> {
  const g = (await tenant()).groups.find((x) => x.displayName === 'Leadership Team');
  if (!g) throw new Error('no Leadership Team');
  return g.id;
}

async function put(path: string, body: string | Buffer, headers: Record<string, string> = {}, user?: string) {
  const res = await fetch(`${h.sandbox().url}/v1.0${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${h.token(user)}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

describe('drive: upload and read by path and by id', () => {
  it('creates missing folders on a path upload, answers 201 with the item and its eTag, and 200 on replace', async () => {
    const gid = await leadershipId();
    const created = await put(`/groups/${gid}/drive/root:/Roundtable/series-a.json:/content`, '{"v":1}');
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: 'series-a.json',
      size: 7,
      file: { mimeType: 'application/json' },
    });
    expect(created.headers.get('etag')).toBe(created.json['eTag']);
    const folder = await h.call(`/groups/${gid}/drive/root:/Roundtable`);
    expect(folder.status).toBe(200);
    expect(folder.json.folder).toEqual({ childCount: 1 });

    const current = await h.call(`/groups/${gid}/drive/items/${String(created.json['id'])}?$select=id,eTag`);
    const replaced = await put(
      `/groups/${gid}/drive/items/${String(created.json['id'])}/content`,
      '{"v":2}',
      {
        'If-Match': String(current.json.eTag),
      },
    );
    expect(replaced.status).toBe(200);
    expect(replaced.json['id']).toBe(created.json['id']);
    expect(replaced.json['eTag']).not.toBe(current.json.eTag);

    const byPath = await h.call(`/groups/${gid}/drive/root:/Roundtable/series-a.json`);
    const byId = await h.call(`/groups/${gid}/drive/items/${String(created.json['id'])}?$select=id,eTag`);
    expect(byPath.json.eTag).toBe(replaced.json['eTag']);
    expect(byId.json).toMatchObject({ id: created.json['id'], eTag: replaced.json['eTag'] });
    expect(byId.json.name).toBeUndefined();
    const missing = await h.call(`/groups/${gid}/drive/root:/Roundtable/nope.json`);
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('itemNotFound');
  });

  it('answers content GET with 302 to a pre-authenticated URL that needs no token', async () => {
    const gid = await leadershipId();
    await put(`/groups/${gid}/drive/root:/Roundtable/b.json:/content`, '{"hello":"world"}');
    const res = await fetch(`${h.sandbox().url}/v1.0/groups/${gid}/drive/root:/Roundtable/b.json:/content`, {
      headers: { Authorization: `Bearer ${h.token()}` },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location');
    expect(location).toMatch(/\/_download\//);
    const download = await fetch(location ?? '', { headers: { Origin: 'https://tab.example' } });
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(await download.text()).toBe('{"hello":"world"}');
    const meta = await h.call(
      `/groups/${gid}/drive/root:/Roundtable/b.json?$select=id,eTag,@microsoft.graph.downloadUrl`,
    );
    expect(meta.json['@microsoft.graph.downloadUrl']).toMatch(/\/_download\//);
  });
});

describe('drive: who created and who last changed an item', () => {
  it('are identity sets with the user’s email, id and displayName, as SharePoint writes them', async () => {
    const t = await tenant();
    const gid = await leadershipId();
    const person = (upn: string) => {
      const u = t.users.find((x) => x.userPrincipalName === upn);
      if (!u) throw new Error(`no ${upn}`);
      return u;
    };
    const avery = person('avery.chen@northwind.example');
    const dana = person('dana.okafor@northwind.example');
    const created = await put(`/groups/${gid}/drive/root:/Roundtable/who.json:/content`, '{}', {}, avery.id);
    await put(`/groups/${gid}/drive/root:/Roundtable/who.json:/content`, '{"v":2}', {}, dana.id);
    const item = await h.call(`/groups/${gid}/drive/items/${String(created.json['id'])}`);
    expect(item.json.createdBy).toEqual({
      user: { email: 'avery.chen@northwind.example', id: avery.id, displayName: 'Avery Chen' },
    });
    expect(item.json.lastModifiedBy).toEqual({
      user: { email: 'dana.okafor@northwind.example', id: dana.id, displayName: 'Dana Okafor' },
    });
  });
});

describe('drive: optimistic concurrency and limits', () => {
  it('412 on a stale If-Match, and on If-None-Match: * over an existing item; 409 with conflictBehavior=fail', async () => {
    const gid = await leadershipId();
    const first = await put(`/groups/${gid}/drive/root:/Roundtable/c.json:/content`, '{}');
    const etag = String((await h.call(`/groups/${gid}/drive/items/${String(first.json['id'])}`)).json.eTag);
    const bumped = await put(`/groups/${gid}/drive/items/${String(first.json['id'])}/content`, '{"x":1}', {
      'If-Match': etag,
    });
    expect(bumped.status).toBe(200);
    const stale = await put(`/groups/${gid}/drive/items/${String(first.json['id'])}/content`, '{"x":2}', {
      'If-Match': etag,
    });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      error: { code: 'resourceModified', message: "ETag does not match current item's value" },
    });
    const createOnly = await put(`/groups/${gid}/drive/root:/Roundtable/c.json:/content`, '{}', {
      'If-None-Match': '*',
    });
    expect(createOnly.status).toBe(412);
    const fail = await put(
      `/groups/${gid}/drive/root:/Roundtable/c.json:/content?@microsoft.graph.conflictBehavior=fail`,
      '{}',
    );
    expect(fail.status).toBe(409);
    expect(fail.json).toMatchObject({ error: { code: 'nameAlreadyExists' } });
    const fresh = await put(`/groups/${gid}/drive/root:/Roundtable/new.json:/content`, '{}', {
      'If-None-Match': '*',
    });
    expect(fresh.status).toBe(201);
  });

  it('accepts exactly 4 MB on a simple upload and refuses one byte more with 413', async () => {
    const gid = await leadershipId();
    const limit = 4 * 1024 * 1024;
    const ok = await put(`/groups/${gid}/drive/root:/big.bin:/content`, Buffer.alloc(limit, 97), {
      'Content-Type': 'application/octet-stream',
    });
    expect(ok.status).toBe(201);
    const tooBig = await put(`/groups/${gid}/drive/root:/bigger.bin:/content`, Buffer.alloc(limit + 1, 97), {
      'Content-Type': 'application/octet-stream',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.json).toMatchObject({ error: { code: 'requestEntityTooLarge' } });
  });
});

describe('drive: who may use it', () => {
  it('refuses a non-member and a token without Files scopes with the same 403 accessDenied, as SharePoint does', async () => {
    const t = await tenant();
    const small = t.groups.find(
      (g) => g.memberIds.length < t.users.filter((u) => !u.userPrincipalName.includes('#EXT#')).length,
    );
    if (!small) throw new Error('the seed needs a group that not everyone belongs to');
    const outsider = t.users.find(
      (u) => !small.memberIds.includes(u.id) && !u.userPrincipalName.includes('#EXT#'),
    );
    if (!outsider) throw new Error('no outsider');
    const denied = await h.call(`/groups/${small.id}/drive/root`, {
      token: h.token(outsider.userPrincipalName),
    });
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe('accessDenied');
    // GD concepts/errors.md, word for word: it says "permission" although no consent would help.
    expect(denied.json.error.message).toBe("The caller doesn't have permission to perform the action.");
    const noScope = await h.call(`/groups/${small.id}/drive/root`, {
      token: h.token(undefined, ['User.Read']),
    });
    expect(noScope.status).toBe(403);
    // The service's answer to a token without Files scopes is the generic one (microsoft-graph-docs-contrib#6608):
    // nothing in it tells a client that consent would help.
    expect(noScope.json.error).toMatchObject({ code: 'accessDenied', message: denied.json.error.message });
  });

  it('answers a $batch of path lookups across teams with 200 outside and per-team 404 inside', async () => {
    const t = await tenant();
    const gid = await leadershipId();
    await put(`/groups/${gid}/drive/root:/Roundtable/d.json:/content`, '{}');
    const mine = t.groups.filter((g) =>
      g.memberIds.includes(t.users.find((u) => u.userPrincipalName === t.defaultUser)?.id ?? ''),
    );
    const batch = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: mine.map((g, i) => ({
          id: String(i),
          method: 'GET',
          url: `/groups/${g.id}/drive/root:/Roundtable/d.json?$select=id,eTag`,
        })),
      },
    });
    expect(batch.status).toBe(200);
    const statuses = (batch.json.responses as { id: string; status: number }[]).map((r) => r.status).sort();
    expect(statuses).toContain(200);
    expect(mine.length === 1 || statuses.includes(404)).toBe(true);
  });

  it('adds synthetic members on POST /_sandbox/users, who can then write the team drive', async () => {
    const gid = await leadershipId();
    const added = await h.admin('/_sandbox/users', 'POST', { count: 3, groups: [gid] });
    expect(added.status).toBe(200);
    const users = added.json.users as { userPrincipalName: string }[];
    expect(users.map((u) => u.userPrincipalName)).toEqual([
      'voter01@northwind.example',
      'voter02@northwind.example',
      'voter03@northwind.example',
    ]);
    const wrote = await put(
      `/groups/${gid}/drive/root:/Roundtable/e.json:/content`,
      '{}',
      {},
      users[0]?.userPrincipalName,
    );
    expect(wrote.status).toBe(201);
    expect(wrote.json).toMatchObject({ createdBy: { user: { displayName: 'Voter 01' } } });
  });
});
