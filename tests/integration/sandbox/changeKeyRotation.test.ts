// Exchange saves the organizer's item again on its own shortly after it is created or changed: a new changeKey and
// @odata.etag, the same content (compass-calendar#3675, OfficeDev/ews-managed-api#249; README "changeKey
// rotation"). Fixed "now": Wed 2025-06-11 15:00Z; "Leadership weekly" is Avery's, Tuesdays 16:00Z in summer.
import { UPN, setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();
const JUN17 = windowQuery(new Date('2025-06-17T15:00:00Z'), new Date('2025-06-17T18:00:00Z'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function weeklyOccurrence(user?: string) {
  const r = await h.call(`/me/calendarView?${JUN17}`, { token: h.token(user) });
  return r.json.value[0] as { id: string; seriesMasterId: string; changeKey: string };
}

const get = (id: string, user?: string) =>
  h.call(`/me/events/${encodeURIComponent(id)}`, { token: h.token(user) });

describe('changeKey rotation', () => {
  it('is on by default, 2 s, and configurable through /_sandbox/calendar', async () => {
    expect((await h.admin('/_sandbox/calendar')).json).toMatchObject({ changeKeyRotationMs: 2000 });
    const set = await h.admin('/_sandbox/calendar', 'POST', { changeKeyRotationMs: 100 });
    expect(set.json.changeKeyRotationMs).toBe(100);
    expect((await h.admin('/_sandbox/calendar', 'POST', { changeKeyRotationMs: -1 })).status).toBe(400);
    expect((await h.admin('/_sandbox/calendar', 'POST', { colour: 'red' })).status).toBe(400);
    h.sandbox().reset();
    expect((await h.admin('/_sandbox/calendar')).json.changeKeyRotationMs).toBe(2000);
  });

  it("rotates the organizer's master shortly after creation, content unchanged, attendees' copies not", async () => {
    // Each test starts on a fresh reset: the seeded items count as just created, and the default 2 s applies.
    const { seriesMasterId } = await weeklyOccurrence();
    const before = await get(seriesMasterId);
    const danas = await weeklyOccurrence(UPN.dana);
    const danaBefore = await get(danas.seriesMasterId, UPN.dana);
    await sleep(2100);
    const after = await get(seriesMasterId);
    expect(after.json.changeKey).not.toBe(before.json.changeKey);
    expect(after.json['@odata.etag']).toBe(`W/"${after.json.changeKey}"`);
    expect(after.headers.get('etag')).toBe(after.json['@odata.etag']);
    const { changeKey: _a, '@odata.etag': _b, ...content } = after.json;
    const { changeKey: _c, '@odata.etag': _d, ...contentBefore } = before.json;
    expect(content).toEqual(contentBefore);
    expect((await get(danas.seriesMasterId, UPN.dana)).json.changeKey).toBe(danaBefore.json.changeKey);
  });

  it('rotates again after a PATCH: the key the PATCH answered with gets 412, then the new one works', async () => {
    await h.admin('/_sandbox/calendar', 'POST', { changeKeyRotationMs: 150 });
    const occ = await weeklyOccurrence();
    const path = `/me/events/${encodeURIComponent(occ.id)}`;
    const masterBefore = (await get(occ.seriesMasterId)).json.changeKey;
    const patched = await h.call(path, { method: 'PATCH', body: { subject: 'Leadership weekly (agenda)' } });
    expect(patched.status).toBe(200);
    const answered = patched.json['@odata.etag'] as string;
    // Immediately after, the answered key still holds.
    expect((await get(occ.id)).json['@odata.etag']).toBe(answered);
    await sleep(300);
    const reread = await get(occ.id);
    expect(reread.json['@odata.etag']).not.toBe(answered);
    expect(reread.json.subject).toBe('Leadership weekly (agenda)');
    // The series master is saved again too (it holds its exceptions).
    expect((await get(occ.seriesMasterId)).json.changeKey).not.toBe(masterBefore);
    const stale = await h.call(path, {
      method: 'PATCH',
      headers: { 'If-Match': answered },
      body: { subject: 'x' },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.error.code).toBe('ErrorIrresolvableConflict');
    const fresh = await h.call(path, {
      method: 'PATCH',
      headers: { 'If-Match': reread.json['@odata.etag'] },
      body: { subject: 'y' },
    });
    expect(fresh.status).toBe(200);
  });

  it('at 0 ms the rotation has happened before the item can be read again', async () => {
    await h.admin('/_sandbox/calendar', 'POST', { changeKeyRotationMs: 0 });
    const occ = await weeklyOccurrence();
    const path = `/me/events/${encodeURIComponent(occ.id)}`;
    const patched = await h.call(path, {
      method: 'PATCH',
      body: { body: { contentType: 'html', content: 'x' } },
    });
    const reread = await get(occ.id);
    expect(reread.json.changeKey).not.toBe(patched.json.changeKey);
    expect(reread.json.body.content).toBe(patched.json.body.content);
    expect((await h.admin('/_sandbox/calendar')).json.rotations).toBeGreaterThan(0);
  });
});
