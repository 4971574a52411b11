// The organizer chooses which of the team's plans the series records to (issue #14): the Leadership Team holds two
// plans in the sandbox, its own and a newer "Offsite 2026", listed newest first (sandbox README "Planner").
import { actionProblemsMessages } from '../../../src/app/i18n/en-US/actionProblems';
import { randomUUID } from 'node:crypto';
import type { ActionActor } from '../../../src/domain/actions/actionActor';
import { occurrenceKey, seriesKey, userId } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { createTaskTracker } from '../../../src/graph/planner/createTaskTracker';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { recordToPlanner, type RecordToPlannerDeps } from '../../../src/usecases/actions/recordToPlanner';
import type { StoredSeries } from '../../../src/usecases/ports';
import { changeSeries } from '../../../src/usecases/series/changeSeries';
import { clientFor, teamOf, tenantOf, type TenantView } from '../drive/sandboxDrive';

jest.setTimeout(60_000);

const OCC = occurrenceKey('2026-01-05T09:00:00.000Z');
const AVERY = 'avery.chen@northwind.example';
let sb: Sandbox;
let tenant: TenantView;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  sb.reset();
  tenant = await tenantOf(sb);
});

const organizer: ActionActor = {
  id: userId('avery'),
  name: 'Avery Chen',
  email: AVERY,
  isOrganizer: true,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
};

function deps(): RecordToPlannerDeps {
  const client = clientFor(sb, AVERY);
  return {
    store: createSeriesDocumentStore(client),
    tracker: createTaskTracker(client),
    directory: createDirectory(client),
  };
}

function member() {
  const team = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  const u = tenant.users.find(
    (x) => (team?.memberIds ?? []).includes(x.id) && !x.userPrincipalName.includes('#EXT#'),
  );
  if (!u) throw new Error('no member');
  return { email: u.userPrincipalName, name: u.displayName };
}

async function record(d: RecordToPlannerDeps, stored: StoredSeries, title: string) {
  const r = await recordToPlanner(
    d,
    {
      stored,
      seriesTitle: stored.doc.title,
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_cp%40thread.v2/0',
      occurrenceLabel: 'Mon 5 Jan 2026',
      words: actionProblemsMessages.plannerTask,
      capture: [{ id: randomUUID(), occurrence: OCC, title, owner: member(), how: 'assigned' }],
    },
    organizer,
    { now: () => Date.now(), newToken: () => randomUUID() },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  return r.value;
}

it('the organizer chooses "Offsite 2026": the next recording makes the series bucket there; the earlier task stays', async () => {
  const d = deps();
  const plans = await d.tracker.listPlans(teamOf(tenant, 'Leadership Team').id);
  if (!plans.ok) throw new Error(JSON.stringify(plans.failure));
  // Oldest first, although the service lists the newer plan first: the default is visibly "the oldest".
  expect(plans.value.map((p) => p.title)).toEqual(['Leadership Team', 'Offsite 2026']);
  const [teamPlan, offsite] = plans.value;

  const created = await d.store.create(
    teamOf(tenant, 'Leadership Team'),
    emptySeriesDocument(seriesKey(`cp-${randomUUID()}`), `Plan choice ${randomUUID().slice(0, 6)}`),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  const first = await record(d, created.value, 'Draft the hiring plan');
  expect(first.stored.doc.plannerBucket?.value.planId).toBe(teamPlan?.id);
  const firstTask = Object.values(first.stored.doc.actions)[0]?.planner?.value;

  const chose = await changeSeries(
    d.store,
    first.stored,
    organizer,
    { kind: 'choosePlannerPlan', planId: offsite!.id, planTitle: offsite!.title },
    () => Date.now(),
  );
  if (!chose.ok) throw new Error(JSON.stringify(chose.failure));
  const { attempts: _attempts, ...chosen } = chose.value;
  const second = await record(d, chosen, 'Book the offsite venue');

  const bucket = second.stored.doc.plannerBucket?.value;
  expect(bucket?.planId).toBe(offsite?.id);
  const client = clientFor(sb, AVERY);
  const offsiteBuckets = await client.getAllPages<{ id: string; name: string }>(
    `/planner/plans/${encodeURIComponent(offsite!.id)}/buckets`,
  );
  expect(offsiteBuckets.ok && offsiteBuckets.value.find((b) => b.id === bucket?.bucketId)?.name).toBe(
    second.stored.doc.title,
  );
  const item = second.items.find((i) => i.status === 'recorded');
  if (item?.status !== 'recorded') throw new Error('not recorded');
  // GET /planner/tasks/{id} answers at once (no read lag): the new task is in the chosen plan's bucket.
  const task = await client.request<{ planId: string; bucketId: string }>(
    'GET',
    `/planner/tasks/${encodeURIComponent(item.taskId)}`,
  );
  expect(task.ok && task.value.body).toMatchObject({ planId: offsite?.id, bucketId: bucket?.bucketId });
  // The earlier task was not moved and is still linked.
  const old = await client.request<{ planId: string; bucketId: string }>(
    'GET',
    `/planner/tasks/${encodeURIComponent(firstTask!.taskId)}`,
  );
  expect(old.ok && old.value.body).toMatchObject({ planId: teamPlan?.id, bucketId: firstTask?.bucketId });
  expect(
    Object.values(second.stored.doc.actions).find((a) => a.title.value === 'Draft the hiring plan')?.planner
      ?.value,
  ).toEqual(firstTask);
});
