import { userId } from '../../../src/domain/ids';
import { createTaskTracker } from '../../../src/graph/planner/createTaskTracker';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { addFault, clearFaults, clientFor, teamOf, tenantOf } from '../../integration/drive/sandboxDrive';
import { describeTaskTrackerContract } from './describeTaskTrackerContract';

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
  return {
    tracker: createTaskTracker(clientFor(sb, AVERY)),
    groupId: team.id,
    members: memberIds.slice(0, 2).map(userId),
    // The creating $batch is processed, then its connection dropped (src/sandbox/README.md "Fault rules").
    dropNextRecording: () => addFault(sb, { path: '$batch', drop: true, count: 1 }),
  };
});
