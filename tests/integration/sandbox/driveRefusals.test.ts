// Drive writes that real SharePoint refuses (src/sandbox/README.md "Drive" and "Fault rules"): a locked file (423
// resourceLocked), a change no If-Match asked about (409 resourceModified), a create-only upload over an existing
// file (409 nameAlreadyExists).
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const h = setupSandbox({ now: () => FIXED_NOW, drivePostProcessingMs: 0 });

async function groupIds(): Promise<{ leadership: string }> {
  const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
  const id = (name: string) => groups.find((g) => g.displayName === name)?.id ?? '';
  return { leadership: id('Leadership Team') };
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

async function content(path: string): Promise<string> {
  const meta = await h.call(`${path}?$select=id,@microsoft.graph.downloadUrl`);
  return (await fetch(String(meta.json['@microsoft.graph.downloadUrl']))).text();
}

describe('drive: injected refusals', () => {
  it.each([
    [423, 'resourceLocked', 'The resource you are attempting to access is locked'],
    [
      409,
      'resourceModified',
      'The resource has changed since the caller last read it; usually an eTag mismatch',
    ],
  ])('a PUT refused with %i %s writes nothing; the next one goes through', async (status, code, message) => {
    const { leadership } = await groupIds();
    const path = `/groups/${leadership}/drive/root:/Roundtable/locked.json`;
    await put(`${path}:/content`, '{"v":1}');
    const rule = await h.admin('/_sandbox/faults', 'POST', {
      status,
      count: 1,
      method: 'PUT',
      path: '/drive/',
    });
    expect(rule.status).toBe(200);
    const refused = await put(`${path}:/content`, '{"v":2}');
    expect(refused.status).toBe(status);
    expect(refused.json).toMatchObject({ error: { code, message, innerError: expect.anything() } });
    expect(await content(path)).toBe('{"v":1}');
    expect((await put(`${path}:/content`, '{"v":2}')).status).toBe(200);
    expect(await content(path)).toBe('{"v":2}');
  });

  it('refuses `when: "after"` for a status that only refuses', async () => {
    for (const status of [409, 423]) {
      const r = await h.admin('/_sandbox/faults', 'POST', { status, when: 'after' });
      expect(r.status).toBe(400);
      expect(r.json.error.message).toMatch(/refuses/);
    }
  });
});

describe('drive: create-only upload', () => {
  it('?@microsoft.graph.conflictBehavior=fail over an existing file is 409 nameAlreadyExists and writes nothing', async () => {
    const { leadership } = await groupIds();
    const path = `/groups/${leadership}/drive/root:/Roundtable/once.json`;
    const created = await put(`${path}:/content?@microsoft.graph.conflictBehavior=fail`, '{"v":1}');
    expect(created.status).toBe(201);
    const again = await put(`${path}:/content?@microsoft.graph.conflictBehavior=fail`, '{"v":2}');
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      error: { code: 'nameAlreadyExists', message: 'The specified item name already exists.' },
    });
    expect(await content(path)).toBe('{"v":1}');
  });
});
