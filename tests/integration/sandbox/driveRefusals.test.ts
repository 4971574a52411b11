// Drive writes that real SharePoint refuses (src/sandbox/README.md "Drive" and "Fault rules"): a locked file (423
// resourceLocked), a change no If-Match asked about (409 resourceModified), a create-only upload over an existing
// file (409 nameAlreadyExists), and a new team whose library is still being provisioned (404).
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const h = setupSandbox({ now: () => FIXED_NOW, drivePostProcessingMs: 0 });

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function groupIds(): Promise<{ leadership: string; council: string }> {
  const groups = (await h.admin('/_sandbox/tenant')).json.groups as { id: string; displayName: string }[];
  const id = (name: string) => groups.find((g) => g.displayName === name)?.id ?? '';
  return { leadership: id('Leadership Team'), council: id('Product Council') };
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

describe('drive: a new team’s library is provisioned later', () => {
  it('is not the case by default', async () => {
    expect((await h.admin('/_sandbox/drive')).json.provisioningMs).toEqual({});
  });

  it('answers 404 ResourceNotFound for that group only, until the time is up', async () => {
    const { leadership, council } = await groupIds();
    const set = await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [leadership]: 600 } });
    expect(set.status).toBe(200);
    expect(Object.keys(set.json.provisioningMs)).toEqual([leadership.toLowerCase()]);
    for (const path of [
      `/groups/${leadership}/drive`,
      `/groups/${leadership}/drive/root`,
      `/groups/${leadership}/drive/root:/Roundtable/x.json`,
    ]) {
      const r = await h.call(path);
      expect(r.status).toBe(404);
      expect(r.json.error).toMatchObject({
        code: 'ResourceNotFound',
        message: 'Resource provisioning is in progress. Please try again.',
      });
    }
    expect((await put(`/groups/${leadership}/drive/root:/Roundtable/x.json:/content`, '{}')).status).toBe(
      404,
    );
    expect((await h.call(`/groups/${council}/drive/root`)).status).toBe(200);
    await sleep(700);
    expect((await h.call(`/groups/${leadership}/drive/root`)).status).toBe(200);
    expect((await h.admin('/_sandbox/drive')).json.provisioningMs).toEqual({});
  });

  it('inside a $batch each team answers on its own', async () => {
    const { leadership, council } = await groupIds();
    await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [council]: 60_000 } });
    const r = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: [leadership, council].map((g, i) => ({
          id: String(i + 1),
          method: 'GET',
          url: `/groups/${g}/drive/root`,
        })),
      },
    });
    expect(r.json.responses.map((x: { status: number }) => x.status)).toEqual([200, 404]);
  });

  it('0 ends it; a reset clears it; unknown groups and bad times are refused', async () => {
    const { leadership } = await groupIds();
    await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [leadership]: 60_000 } });
    await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [leadership]: 0 } });
    expect((await h.call(`/groups/${leadership}/drive`)).status).toBe(200);
    await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [leadership]: 60_000 } });
    await h.admin('/_sandbox/reset', 'POST');
    expect((await h.call(`/groups/${leadership}/drive`)).status).toBe(200);
    const unknown = await h.admin('/_sandbox/drive', 'POST', {
      provisioningMs: { '00000000-0000-0000-0000-000000000000': 10 },
    });
    expect(unknown.status).toBe(404);
    expect((await h.admin('/_sandbox/drive', 'POST', { provisioningMs: { [leadership]: -5 } })).status).toBe(
      400,
    );
    expect((await h.admin('/_sandbox/drive', 'POST', { provisioningMs: [leadership] })).status).toBe(400);
  });
});
