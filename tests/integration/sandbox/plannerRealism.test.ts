// Planner as it really behaves (src/sandbox/README.md "Planner"): several plans per group, listings and details that
// lag behind a create, assignees outside the group accepted, and references that must be typed http(s) URLs.
import { setupSandbox } from './setupSandbox';

const h = setupSandbox();

interface TenantView {
  readonly users: readonly { readonly id: string; readonly userPrincipalName: string }[];
  readonly groups: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly memberIds: readonly string[];
    readonly plannerPlans: readonly { readonly id: string; readonly createdDateTime: string }[];
  }[];
}

const assignment = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
const REF = 'microsoft.graph.plannerExternalReference';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function leadership() {
  const t = (await h.admin('/_sandbox/tenant')).json as TenantView;
  const team = t.groups.find((g) => g.displayName === 'Leadership Team');
  if (!team) throw new Error('the seed needs the Leadership Team');
  const planId = team.plannerPlans[0]?.id ?? '';
  const bucket = await h.call('/planner/buckets', {
    method: 'POST',
    body: { name: 'Realism', planId, orderHint: ' !' },
  });
  return { t, team, planId, bucketId: String(bucket.json.id) };
}

describe('planner realism: several plans', () => {
  it('a team holds two plans, and the listing does not put the older one first', async () => {
    const { team } = await leadership();
    expect(team.plannerPlans).toHaveLength(2);
    const [older, newer] = [...team.plannerPlans].sort((a, b) =>
      a.createdDateTime < b.createdDateTime ? -1 : 1,
    );
    const listed = await h.call(`/groups/${team.id}/planner/plans`);
    expect(listed.status).toBe(200);
    expect(listed.json.value.map((p: { id: string }) => p.id)).toEqual([newer?.id, older?.id]);
  });
});

describe('planner realism: read lag after a create', () => {
  it('a new task is missing from every listing and its details are 404 for a moment; GET by id answers at once', async () => {
    const { team, planId, bucketId } = await leadership();
    await h.admin('/_sandbox/planner', 'POST', { readLagMs: { minMs: 400, maxMs: 400 } });
    const me = String((await h.call('/me')).json.id);
    expect(team.memberIds).toContain(me);
    const created = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, bucketId, title: 'Lagging', assignments: { [me]: assignment } },
    });
    expect(created.status).toBe(201);
    const id = String(created.json.id);
    const ids = (r: { json: { value: { id: string }[] } }) => r.json.value.map((x) => x.id);
    expect(ids(await h.call(`/planner/plans/${planId}/tasks`))).not.toContain(id);
    expect(ids(await h.call(`/planner/buckets/${bucketId}/tasks`))).not.toContain(id);
    expect(ids(await h.call('/me/planner/tasks'))).not.toContain(id);
    const details = await h.call(`/planner/tasks/${id}/details`);
    expect(details.status).toBe(404);
    expect(details.json.error.code).toBe('NotFound');
    expect((await h.call(`/planner/tasks/${id}`)).status).toBe(200);
    await sleep(450);
    expect(ids(await h.call(`/planner/plans/${planId}/tasks`))).toContain(id);
    expect(ids(await h.call(`/planner/buckets/${bucketId}/tasks`))).toContain(id);
    expect(ids(await h.call('/me/planner/tasks'))).toContain(id);
    expect((await h.call(`/planner/tasks/${id}/details`)).status).toBe(200);
  });

  it('the lag is on by default, can be read and set through /_sandbox/planner, and reset restores it', async () => {
    const initial = await h.admin('/_sandbox/planner');
    expect(initial.json.readLagMs.maxMs).toBeGreaterThan(0);
    expect(initial.json.readLagMs.maxMs).toBeLessThanOrEqual(2000);
    const off = await h.admin('/_sandbox/planner', 'POST', { readLagMs: { minMs: 0, maxMs: 0 } });
    expect(off.json.readLagMs).toEqual({ minMs: 0, maxMs: 0 });
    const bad = await h.admin('/_sandbox/planner', 'POST', { readLagMs: { minMs: 5, maxMs: 1 } });
    expect(bad.status).toBe(400);
    const unknown = await h.admin('/_sandbox/planner', 'POST', { lag: 1 });
    expect(unknown.status).toBe(400);
    h.sandbox().reset();
    expect((await h.admin('/_sandbox/planner')).json.readLagMs).toEqual(initial.json.readLagMs);
  });
});

describe('planner realism: assignees and references', () => {
  it('assigns a tenant user who is not a member of the plan’s group; an unknown id is 400', async () => {
    const { t, planId } = await leadership();
    const product = t.groups.find((g) => g.displayName === 'Product Council');
    const team = t.groups.find((g) => g.displayName === 'Leadership Team');
    const added = await h.admin('/_sandbox/users', 'POST', {
      count: 1,
      prefix: 'outsider',
      groups: [product?.id],
    });
    const outsider = (added.json.users as { id: string }[])[0]?.id ?? '';
    expect(team?.memberIds).not.toContain(outsider);
    const ok = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'For someone outside', assignments: { [outsider]: assignment } },
    });
    expect(ok.status).toBe(201);
    expect(Object.keys(ok.json.assignments)).toEqual([outsider]);
    const unknown = await h.call('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        title: 'Nobody',
        assignments: { '00000000-0000-0000-0000-000000000000': assignment },
      },
    });
    expect(unknown.status).toBe(400);
  });

  it('refuses a reference key that is not an http(s) URL, or a reference without its @odata.type', async () => {
    const { planId } = await leadership();
    await h.admin('/_sandbox/planner', 'POST', { readLagMs: { minMs: 0, maxMs: 0 } });
    const task = await h.call('/planner/tasks', { method: 'POST', body: { planId, title: 'Refs' } });
    const id = String(task.json.id);
    const etag = String((await h.call(`/planner/tasks/${id}/details`)).json['@odata.etag']);
    const patch = (references: unknown) =>
      h.call(`/planner/tasks/${id}/details`, {
        method: 'PATCH',
        headers: { 'If-Match': etag },
        body: { references },
      });
    const notHttp = await patch({ 'mailto%3Aavery%40northwind%2Eexample': { '@odata.type': REF } });
    expect(notHttp.status).toBe(400);
    expect(notHttp.json.error.message).toMatch(/http or https/);
    const notUrl = await patch({ 'just some words': { '@odata.type': REF } });
    expect(notUrl.status).toBe(400);
    const untyped = await patch({ 'https%3A//northwind%2Eexample/x': { alias: 'x' } });
    expect(untyped.status).toBe(400);
    expect(untyped.json.error.message).toMatch(/@odata\.type/);
    const wrongType = await patch({
      'https%3A//northwind%2Eexample/x': { '@odata.type': 'microsoft.graph.externalReference' },
    });
    expect(wrongType.status).toBe(400);
    const good = await patch({ 'https%3A//northwind%2Eexample/x': { '@odata.type': REF, alias: 'x' } });
    expect(good.status).toBe(204);
  });

  it('creates a task with its details (a typed reference) in one POST, and refuses an untyped one there too', async () => {
    const { planId, bucketId } = await leadership();
    await h.admin('/_sandbox/planner', 'POST', { readLagMs: { minMs: 0, maxMs: 0 } });
    const key = 'https%3A//teams%2Eexample/meet%23roundtable-action%3Da1';
    const made = await h.call('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        bucketId,
        title: 'With details',
        details: { description: 'Agreed on Monday', references: { [key]: { '@odata.type': `#${REF}` } } },
      },
    });
    expect(made.status).toBe(201);
    expect(made.json.referenceCount).toBe(1);
    expect(made.json.hasDescription).toBe(true);
    const details = await h.call(`/planner/tasks/${String(made.json.id)}/details`);
    expect(Object.keys(details.json.references)).toEqual([key]);
    const refused = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, bucketId, title: 'Untyped', details: { references: { [key]: { alias: 'x' } } } },
    });
    expect(refused.status).toBe(400);
    const tasks = await h.call(`/planner/buckets/${bucketId}/tasks`);
    expect(tasks.json.value.map((x: { title: string }) => x.title)).toEqual(['With details']);
  });
});
