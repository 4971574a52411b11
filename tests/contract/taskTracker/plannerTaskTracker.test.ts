import { userId } from '../../../src/domain/ids';
import { createTaskTracker } from '../../../src/graph/planner/createTaskTracker';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { addFault, clearFaults, clientFor, teamOf, tenantOf } from '../../integration/drive/sandboxDrive';
import { describeTaskTrackerContract } from './describeTaskTrackerContract';

// Recovering from a lost answer waits for Planner's listings to catch up (PLANNER_SETTLE_MS).
jest.setTimeout(30_000);

const AVERY = 'avery.chen@northwind.example';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});

describeTaskTrackerContract('Planner adapter against the sandbox', async () => {
  await sb.reset();
  await clearFaults(sb);
  const tenant = await tenantOf(sb);
  const team = teamOf(tenant, 'Leadership Team');
  const memberIds = tenant.groups.find((g) => g.id === team.id)?.memberIds ?? [];
  const client = clientFor(sb, AVERY);
  const added = await fetch(`${sb.url}/_sandbox/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ count: 1, prefix: 'outsider' }),
  });
  const outsider = ((await added.json()) as { users: { id: string }[] }).users[0]?.id ?? '';
  return {
    tracker: createTaskTracker(client),
    groupId: team.id,
    members: memberIds.slice(0, 2).map(userId),
    outsider: userId(outsider),
    // The creating $batch is processed, then its connection dropped (src/sandbox/README.md "Fault rules").
    dropNextRecording: () => addFault(sb, { path: '$batch', drop: true, count: 1 }),
    addManualTask: async (bucket, title) => {
      const made = await client.request<{ id: string }>('POST', '/planner/tasks', {
        planId: bucket.planId,
        bucketId: bucket.bucketId,
        title,
      });
      if (!made.ok) throw new Error(JSON.stringify(made.failure));
      return made.value.body.id;
    },
  };
});
