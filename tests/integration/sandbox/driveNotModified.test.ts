// If-None-Match on a drive item read: "If this request header is included and the eTag (or cTag) provided matches the
// current tag on the file, an HTTP 304 Not Modified response is returned" (GD driveitem-get.md,
// driveitem-get-content.md). An unchanged file costs a 304 with no body; an eTag that SharePoint's own post-processing
// replaced no longer matches (a full 200), while the cTag it left alone still does (src/sandbox/README.md "Drive").
import { setupSandbox } from './setupSandbox';

const h = setupSandbox();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function leadershipId(): Promise<string> {
  const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
  const g = groups.find((x) => x.displayName === 'Leadership Team');
  if (!g) throw new Error('no Leadership Team');
  return g.id;
}

async function upload(path: string, body: string, headers: Record<string, string> = {}) {
  const r = await h.call(`${path}:/content`, { method: 'PUT', body, headers });
  return r.json as { id: string; eTag: string; cTag: string };
}

async function raw(path: string, headers: Record<string, string>) {
  const res = await fetch(`${h.sandbox().url}/v1.0${path}`, {
    headers: { Authorization: `Bearer ${h.token()}`, ...headers },
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('drive: conditional reads (If-None-Match)', () => {
  it('answers 304 with no body and the current ETag when the eTag or the cTag matches', async () => {
    await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: 86_400_000 });
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/cond.json`;
    const item = await upload(path, '{"v":1}');

    for (const tag of [item.eTag, item.cTag, `W/${item.eTag}`, '*']) {
      const byPath = await raw(path, { 'If-None-Match': tag });
      expect(byPath).toMatchObject({ status: 304, text: '' });
      expect(byPath.headers.get('etag')).toBe(item.eTag);
      const byId = await raw(`/groups/${gid}/drive/items/${item.id}?$select=id,eTag,cTag`, {
        'If-None-Match': tag,
      });
      expect(byId.status).toBe(304);
      // The content read answers 304 instead of its 302 to the download URL.
      const content = await raw(`/groups/${gid}/drive/items/${item.id}/content`, { 'If-None-Match': tag });
      expect(content).toMatchObject({ status: 304, text: '' });
      expect(content.headers.get('location')).toBeNull();
    }
    const log = h.sandbox().requestLog();
    expect(log.filter((r) => r.status === 304)).toHaveLength(12);
  });

  it('answers 200 with the item once the content changed (both tags moved)', async () => {
    await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: 86_400_000 });
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/changed.json`;
    const before = await upload(path, '{"v":1}');
    const after = await upload(path, '{"v":2}', { 'If-Match': before.eTag });
    for (const tag of [before.eTag, before.cTag]) {
      const read = await raw(path, { 'If-None-Match': tag });
      expect(read.status).toBe(200);
      expect(JSON.parse(read.text)).toMatchObject({ eTag: after.eTag, cTag: after.cTag });
      const content = await raw(`/groups/${gid}/drive/items/${after.id}/content`, { 'If-None-Match': tag });
      expect(content.status).toBe(302);
    }
  });

  it('after the post-processing churn, the upload-time eTag gets a full 200 and the cTag still a 304', async () => {
    await h.admin('/_sandbox/drive', 'POST', { postProcessingMs: 50 });
    const gid = await leadershipId();
    const path = `/groups/${gid}/drive/root:/Roundtable/churn.json`;
    const uploaded = await upload(path, '{"v":1}');
    await sleep(120);
    const stale = await raw(path, { 'If-None-Match': uploaded.eTag });
    expect(stale.status).toBe(200);
    const settled = JSON.parse(stale.text) as { eTag: string; cTag: string };
    expect(settled.eTag).not.toBe(uploaded.eTag);
    expect(settled.cTag).toBe(uploaded.cTag);
    expect((await raw(path, { 'If-None-Match': uploaded.cTag })).status).toBe(304);
    expect((await raw(path, { 'If-None-Match': settled.eTag })).status).toBe(304);
  });

  it('a missing item is still 404, whatever the header', async () => {
    const gid = await leadershipId();
    const missing = await raw(`/groups/${gid}/drive/root:/Roundtable/none.json`, { 'If-None-Match': '*' });
    expect(missing.status).toBe(404);
  });
});
