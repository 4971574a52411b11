// A new file's eTag changes once on its own shortly after the upload, its content untouched (SharePoint's
// post-processing: onedrive-api-docs#308, #1414; src/sandbox/README.md "Drive"). After that the upload-time eTag
// gets 412 on If-Match. The delay is 2 s by default and set through POST /_sandbox/drive.
import { setupSandbox } from './setupSandbox';

const h = setupSandbox();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function leadershipId(): Promise<string> {
  const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
  const g = groups.find((x) => x.displayName === 'Leadership Team');
  if (!g) throw new Error('no Leadership Team');
  return g.id;
}

async function put(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.sandbox().url}/v1.0${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${h.token()}`, 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function setDelay(ms: number): Promise<void> {
  const r = await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: ms });
  expect(r.status).toBe(200);
  expect(r.json).toMatchObject({ postProcessingMs: ms });
}

describe('drive: a new file’s eTag changes on its own after the upload', () => {
  it('is on by default, 2 s after the upload', async () => {
    expect((await h.admin('/_sandbox/drive')).json).toMatchObject({ postProcessingMs: 2000 });
  });

  it('changes the eTag once after the delay; content, cTag, size and lastModifiedDateTime stay as uploaded', async () => {
    await setDelay(1000);
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/settle.json`;
    const created = await put(`${path}:/content`, '{"v":1}');
    expect(created.status).toBe(201);
    const uploaded = String(created.json['eTag']);

    expect((await h.call(path)).json.eTag).toBe(uploaded);
    await sleep(1100);
    const settled = await h.call(path);
    expect(settled.json.eTag).not.toBe(uploaded);
    expect(settled.json).toMatchObject({
      cTag: created.json['cTag'],
      size: created.json['size'],
      lastModifiedDateTime: created.json['lastModifiedDateTime'],
    });
    const download = await fetch(String(settled.json['@microsoft.graph.downloadUrl']));
    expect(await download.text()).toBe('{"v":1}');

    const stale = await put(`${path}:/content`, '{"v":2}', { 'If-Match': uploaded });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({ error: { code: 'resourceModified' } });
    const fresh = await put(`${path}:/content`, '{"v":2}', { 'If-Match': String(settled.json.eTag) });
    expect(fresh.status).toBe(200);

    // Once per new file: replacing its content later brings no second change of its own.
    await sleep(1100);
    expect((await h.call(path)).json.eTag).toBe(fresh.json['eTag']);
  });

  it('at 0 ms the change has happened before the file is read again; If-Match on the cTag still holds', async () => {
    await setDelay(0);
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/now.json`;
    const created = await put(`${path}:/content`, '{}');
    const read = await h.call(path);
    expect(read.json.eTag).not.toBe(created.json['eTag']);
    expect(read.headers.get('etag')).toBe(read.json.eTag);
    const byId = `/groups/${gid}/drive/items/${String(created.json['id'])}/content`;
    expect((await put(byId, '{"a":1}', { 'If-Match': String(created.json['eTag']) })).status).toBe(412);
    // GD driveitem-update.md: If-Match takes "the eTag (or cTag)"; post-processing left the content tag alone.
    expect((await put(byId, '{"a":1}', { 'If-Match': String(created.json['cTag']) })).status).toBe(200);
  });

  it('applies to new files only: a file replaced by a path upload keeps the eTag its replace returned', async () => {
    await setDelay(0);
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/old.json`;
    await put(`${path}:/content`, '{}');
    const replaced = await put(`${path}:/content`, '{"v":2}');
    expect(replaced.status).toBe(200);
    expect((await h.call(path)).json.eTag).toBe(replaced.json['eTag']);
  });

  it('with a long delay the upload-time eTag holds meanwhile', async () => {
    await setDelay(60_000);
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/later.json`;
    const created = await put(`${path}:/content`, '{}');
    expect((await h.call(path)).json.eTag).toBe(created.json['eTag']);
    const byId = `/groups/${gid}/drive/items/${String(created.json['id'])}/content`;
    expect((await put(byId, '{}', { 'If-Match': String(created.json['eTag']) })).status).toBe(200);
  });

  it('refuses bad settings, and a reset restores the delay the sandbox started with', async () => {
    expect((await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: -1 })).status).toBe(400);
    expect((await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: '5' })).status).toBe(400);
    expect((await h.admin('/_sandbox/drive', 'POST', { settleMs: 5 })).status).toBe(400);
    await setDelay(10);
    await h.admin('/_sandbox/reset', 'POST');
    expect((await h.admin('/_sandbox/drive')).json).toMatchObject({ postProcessingMs: 2000 });
  });
});
