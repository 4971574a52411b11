// The Planner slice of the sandbox against the documented behaviour (planner-post-tasks.md, plannertask-update.md,
// plannertaskdetails-update.md, plannerassignments.md, planner-overview.md; limits and If-Match messages from
// platform-facts.md §4).
import { setupSandbox } from './setupSandbox';

const h = setupSandbox();

interface TenantView {
  readonly defaultUser: string;
  readonly users: readonly { readonly id: string; readonly userPrincipalName: string }[];
  readonly groups: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly memberIds: readonly string[];
    readonly plannerPlans: readonly { readonly id: string }[];
  }[];
}

async function setup() {
  const t = (await h.admin('/_sandbox/tenant')).json as TenantView;
  const team = t.groups.find((g) => g.displayName === 'Leadership Team');
  const planId = team?.plannerPlans[0]?.id;
  if (!team || !planId) throw new Error('the seed needs the Leadership Team plan');
  const bucket = await h.call('/planner/buckets', {
    method: 'POST',
    body: { name: 'Leadership weekly', planId, orderHint: ' !' },
  });
  expect(bucket.status).toBe(201);
  return { t, team, planId, bucketId: String(bucket.json.id) };
}

/** Polls a read until `done` holds: a new task shows in listings and /details only after a moment (read lag). */
async function settled(path: string, done: (r: Awaited<ReturnType<typeof h.call>>) => boolean) {
  for (let i = 0; ; i++) {
    const r = await h.call(path);
    if (done(r) || i >= 60) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const assignment = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };

describe('planner: plans, buckets and tasks', () => {
  it('lists the team plan, creates a bucket and an assigned task with an etag', async () => {
    const { team, planId, bucketId } = await setup();
    const plans = await h.call(`/groups/${team.id}/planner/plans`);
    expect(plans.json.value.map((p: { id: string }) => p.id)).toContain(planId);
    const owner = team.memberIds[1] ?? '';
    const task = await h.call('/planner/tasks', {
      method: 'POST',
      body: {
        planId,
        bucketId,
        title: 'Draft the hiring plan',
        dueDateTime: '2026-12-01T17:00:00Z',
        assignments: { [owner]: assignment },
      },
    });
    expect(task.status).toBe(201);
    expect(task.json['@odata.etag']).toMatch(/^W\/"/);
    expect(Object.keys(task.json.assignments)).toEqual([owner]);
    expect(task.json.dueDateTime).toBe('2026-12-01T17:00:00Z');
    const inBucket = await settled(`/planner/buckets/${bucketId}/tasks`, (r) => r.json.value.length > 0);
    expect(inBucket.json.value).toHaveLength(1);
  });

  it('rejects assignments without @odata.type, more than 20 assignees, and unknown plans or buckets', async () => {
    const { t, team, planId, bucketId } = await setup();
    const owner = team.memberIds[0] ?? '';
    const noType = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'x', assignments: { [owner]: { orderHint: ' !' } } },
    });
    expect(noType.status).toBe(400);
    const added = await h.admin('/_sandbox/users', 'POST', { count: 21, groups: [team.id] });
    const many = Object.fromEntries((added.json.users as { id: string }[]).map((u) => [u.id, assignment]));
    const tooMany = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'x', assignments: many },
    });
    expect(tooMany.status).toBe(403);
    expect(tooMany.json.error.code).toBe('MaximumAssigneesInTasks');
    const unknownPlan = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId: 'nope', title: 'x' },
    });
    expect(unknownPlan.status).toBe(404);
    const unknownBucket = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, bucketId: 'nope', title: 'x' },
    });
    expect(unknownBucket.status).toBe(404);
    expect(bucketId).toBeTruthy();
    expect(t.users.length).toBeGreaterThan(0);
  });

  it('refuses non-members and tokens without Tasks scopes', async () => {
    const { t, planId } = await setup();
    const small = t.groups.find((g) => g.displayName !== 'Leadership Team' && g.plannerPlans.length > 0);
    const outsider =
      small && t.users.find((u) => !small.memberIds.includes(u.id) && !u.userPrincipalName.includes('#EXT#'));
    if (!small || !outsider) throw new Error('the seed needs a second team that not every member belongs to');
    const denied = await h.call(`/planner/plans/${small.plannerPlans[0]?.id ?? ''}/tasks`, {
      token: h.token(outsider.userPrincipalName),
    });
    expect(denied.status).toBe(403);
    const noScope = await h.call(`/planner/plans/${planId}/tasks`, {
      token: h.token(undefined, ['User.Read']),
    });
    expect(noScope.status).toBe(403);
    expect(noScope.json.error.message).toMatch(/Tasks\.Read/);
  });
});

describe('planner: versioning', () => {
  it('needs If-Match on PATCH and DELETE, answers 412 when stale, and honours return=representation', async () => {
    const { planId } = await setup();
    const task = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'Book the offsite' },
    });
    const id = String(task.json.id);
    const etag = String(task.json['@odata.etag']);
    const missing = await h.call(`/planner/tasks/${id}`, { method: 'PATCH', body: { percentComplete: 50 } });
    expect(missing.status).toBe(412);
    expect(missing.json.error.message).toBe(
      'The If-Match header must be specified for this kind of request.',
    );
    const malformed = await h.call(`/planner/tasks/${id}`, {
      method: 'PATCH',
      body: { percentComplete: 50 },
      headers: { 'If-Match': 'nonsense' },
    });
    expect(malformed.status).toBe(400);
    const ok = await h.call(`/planner/tasks/${id}`, {
      method: 'PATCH',
      body: { percentComplete: 50 },
      headers: { 'If-Match': etag },
    });
    expect(ok.status).toBe(204);
    const stale = await h.call(`/planner/tasks/${id}`, {
      method: 'PATCH',
      body: { percentComplete: 100 },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
    const fresh = String((await h.call(`/planner/tasks/${id}`)).json['@odata.etag']);
    const rep = await h.call(`/planner/tasks/${id}`, {
      method: 'PATCH',
      body: { percentComplete: 100 },
      headers: { 'If-Match': fresh, Prefer: 'return=representation' },
    });
    expect(rep.status).toBe(200);
    expect(rep.json).toMatchObject({ percentComplete: 100 });
    expect(rep.json.completedDateTime).toBeTruthy();
    const del = await h.call(`/planner/tasks/${id}`, {
      method: 'DELETE',
      headers: { 'If-Match': String(rep.json['@odata.etag']) },
    });
    expect(del.status).toBe(204);
  });

  it('updates details with references keyed by encoded URLs, within the limits', async () => {
    const { planId } = await setup();
    const task = await h.call('/planner/tasks', {
      method: 'POST',
      body: { planId, title: 'Share the notes' },
    });
    const id = String(task.json.id);
    const details = await settled(`/planner/tasks/${id}/details`, (r) => r.status === 200);
    const url = encodeURIComponent('https://teams.example/meeting#roundtable-action=a1').replace(
      /\./g,
      '%2E',
    );
    const patched = await h.call(`/planner/tasks/${id}/details`, {
      method: 'PATCH',
      headers: { 'If-Match': String(details.json['@odata.etag']), Prefer: 'return=representation' },
      body: {
        description: 'From Leadership weekly',
        references: {
          [url]: {
            '@odata.type': '#microsoft.graph.plannerExternalReference',
            alias: 'Meeting',
            type: 'Other',
          },
        },
      },
    });
    expect(patched.status).toBe(200);
    expect(Object.keys(patched.json.references)).toEqual([url]);
    const raw = await h.call(`/planner/tasks/${id}/details`, {
      method: 'PATCH',
      headers: { 'If-Match': String(patched.json['@odata.etag']) },
      body: { references: { 'https://unencoded.example': { alias: 'x' } } },
    });
    expect(raw.status).toBe(400);
  });
});

describe('planner: batching and dropped connections', () => {
  it('creates three tasks in one $batch, and a dropped connection after POST still created exactly one', async () => {
    const { planId, bucketId } = await setup();
    const batch = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: [1, 2, 3].map((i) => ({
          id: String(i),
          method: 'POST',
          url: '/planner/tasks',
          headers: { 'Content-Type': 'application/json' },
          body: { planId, bucketId, title: `Item ${i}` },
        })),
      },
    });
    expect(batch.status).toBe(200);
    expect((batch.json.responses as { status: number }[]).map((r) => r.status)).toEqual([201, 201, 201]);
    await h.admin('/_sandbox/faults', 'POST', { drop: true, count: 1, path: 'planner/tasks' });
    await expect(
      h.call('/planner/tasks', { method: 'POST', body: { planId, bucketId, title: 'Dropped' } }),
    ).rejects.toThrow();
    const all = await settled(`/planner/buckets/${bucketId}/tasks`, (r) => r.json.value.length >= 4);
    expect((all.json.value as { title: string }[]).filter((t) => t.title === 'Dropped')).toHaveLength(1);
    expect(all.json.value).toHaveLength(4);
  });
});
