// One accountable owner (issue #16), through the real adapters against the sandbox's Planner: the owner is the task's
// only assignee, helpers are named in the task details' description (written with the task, then rewritten with the
// details' own eTag when they change), and an item kept off Planner is never sent.
import { actionProblemsMessages } from '../../../src/app/i18n/en-US/actionProblems';
import { randomUUID } from 'node:crypto';
import type { ActionActor } from '../../../src/domain/actions/actionActor';
import type { ActionOwner } from '../../../src/domain/actions/actionTypes';
import { occurrenceKey, seriesKey, userId } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { createTaskTracker } from '../../../src/graph/planner/createTaskTracker';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { changeAction } from '../../../src/usecases/actions/changeAction';
import { recordToPlanner, type RecordToPlannerDeps } from '../../../src/usecases/actions/recordToPlanner';
import type { StoredSeries } from '../../../src/usecases/ports';
import { clientFor, teamOf, tenantOf, type TenantView } from '../drive/sandboxDrive';

jest.setTimeout(60_000);

const OCC = occurrenceKey('2026-01-05T09:00:00.000Z');
const AVERY = 'avery.chen@northwind.example';
const GUEST: ActionOwner = { email: 'kim@fabrikam.example', name: 'Kim' };
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
    // Details of a new task lag behind its create (sandbox README "Planner"); a short settle keeps the test quick.
    tracker: createTaskTracker(client, { settleMs: 2_100 }),
    directory: createDirectory(client),
  };
}

function members(): { person: ActionOwner; id: string }[] {
  const team = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  return tenant.users
    .filter((x) => (team?.memberIds ?? []).includes(x.id) && !x.userPrincipalName.includes('#EXT#'))
    .map((u) => ({ person: { email: u.userPrincipalName, name: u.displayName }, id: u.id }));
}

interface WireTask {
  assignments: Record<string, unknown>;
}
interface WireDetails {
  description: string;
  '@odata.etag': string;
}

async function newSeries(d: RecordToPlannerDeps): Promise<StoredSeries> {
  const created = await d.store.create(
    teamOf(tenant, 'Leadership Team'),
    emptySeriesDocument(seriesKey(`oo-${randomUUID()}`), `One owner ${randomUUID().slice(0, 6)}`),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  return created.value;
}

/** The task's details, once Planner lets them be read (up to 2 s after the create in the sandbox). */
async function details(taskId: string): Promise<WireDetails> {
  const client = clientFor(sb, AVERY);
  for (let i = 0; ; i++) {
    const r = await client.request<WireDetails>('GET', `/planner/tasks/${taskId}/details`);
    if (r.ok) return r.value.body;
    if (i > 40) throw new Error(JSON.stringify(r.failure));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('records the owner as the only assignee and names the helpers, a guest among them, in the description', async () => {
  const d = deps();
  const [owner, helper] = members();
  if (!owner || !helper) throw new Error('need two members');
  const stored = await newSeries(d);
  const id = randomUUID();
  const r = await recordToPlanner(
    d,
    {
      stored,
      seriesTitle: stored.doc.title,
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_oo%40thread.v2/0',
      occurrenceLabel: 'Mon 5 Jan 2026',
      words: actionProblemsMessages.plannerTask,
      capture: [
        {
          id,
          occurrence: OCC,
          title: 'Draft the hiring plan',
          owner: owner.person,
          helpers: [helper.person, GUEST],
          how: 'assigned',
        },
      ],
    },
    organizer,
    { now: () => Date.now(), newToken: () => randomUUID() },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  const item = r.value.items[0];
  if (item?.status !== 'recorded') throw new Error(JSON.stringify(item));
  expect(item.notAssigned).toEqual([]);

  const client = clientFor(sb, AVERY);
  const task = await client.request<WireTask>('GET', `/planner/tasks/${item.taskId}`);
  if (!task.ok) throw new Error(JSON.stringify(task.failure));
  expect(Object.keys(task.value.body.assignments)).toEqual([owner.id]);
  const before = await details(item.taskId);
  expect(before.description).toContain(`Owner: ${owner.person.name} (${owner.person.email}).`);
  expect(before.description).toContain(
    `Helpers: ${helper.person.name} (${helper.person.email}), Kim (kim@fabrikam.example).`,
  );

  // Someone adds a line in Planner; then the helpers change in Roundtable: only the people lines are rewritten.
  const added = await client.request(
    'PATCH',
    `/planner/tasks/${item.taskId}/details`,
    { description: `${before.description}\nAsk Finance first.` },
    { 'Content-Type': 'application/json', 'If-Match': before['@odata.etag'] },
  );
  expect(added.ok).toBe(true);
  const changed = await changeAction(
    d,
    r.value.stored,
    organizer,
    { kind: 'setActionHelpers', actionId: id, helpers: [GUEST] },
    () => Date.now(),
    actionProblemsMessages.plannerTask,
  );
  if (!changed.ok) throw new Error(JSON.stringify(changed.failure));
  expect(changed.value.plannerFailure).toBeUndefined();
  const after = await details(item.taskId);
  expect(after.description).toContain('Helpers: Kim (kim@fabrikam.example).');
  expect(after.description).not.toContain(helper.person.email);
  expect(after.description).toContain('Ask Finance first.');

  // The helper becomes the owner: still one assignee, and the description follows.
  const moved = await changeAction(
    d,
    changed.value.stored,
    organizer,
    { kind: 'reassignAction', actionId: id, owner: helper.person },
    () => Date.now(),
    actionProblemsMessages.plannerTask,
  );
  if (!moved.ok) throw new Error(JSON.stringify(moved.failure));
  expect(moved.value.plannerFailure).toBeUndefined();
  const task2 = await client.request<WireTask>('GET', `/planner/tasks/${item.taskId}`);
  if (!task2.ok) throw new Error(JSON.stringify(task2.failure));
  expect(Object.keys(task2.value.body.assignments)).toEqual([helper.id]);
  expect((await details(item.taskId)).description).toContain(
    `Owner: ${helper.person.name} (${helper.person.email}).`,
  );
});

it('an item owned by a guest and kept off Planner is never sent; undoing the choice lets it wait for an owner', async () => {
  const d = deps();
  const stored = await newSeries(d);
  const id = randomUUID();
  sb.clearRequestLog();
  const r = await recordToPlanner(
    d,
    {
      stored,
      seriesTitle: stored.doc.title,
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_oo%40thread.v2/0',
      occurrenceLabel: 'Mon 5 Jan 2026',
      words: actionProblemsMessages.plannerTask,
      capture: [
        {
          id,
          occurrence: OCC,
          title: 'Send the partnership brief',
          owner: GUEST,
          how: 'assigned',
          keptOffPlanner: true,
        },
      ],
    },
    organizer,
    { now: () => Date.now(), newToken: () => randomUUID() },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  expect(r.value.items).toEqual([]);
  expect(sb.requestLog().filter((l) => l.url.includes('/planner/'))).toEqual([]);

  const undone = await changeAction(
    d,
    r.value.stored,
    organizer,
    { kind: 'keepOffPlanner', actionId: id, kept: false },
    () => Date.now(),
    actionProblemsMessages.plannerTask,
  );
  if (!undone.ok) throw new Error(JSON.stringify(undone.failure));
  const again = await recordToPlanner(
    d,
    {
      stored: undone.value.stored,
      seriesTitle: stored.doc.title,
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_oo%40thread.v2/0',
      occurrenceLabel: 'Mon 5 Jan 2026',
      words: actionProblemsMessages.plannerTask,
      capture: [],
      actionIds: [id],
    },
    organizer,
    { now: () => Date.now(), newToken: () => randomUUID() },
  );
  if (!again.ok) throw new Error(JSON.stringify(again.failure));
  expect(again.value.items).toMatchObject([
    { actionId: id, status: 'failed', failure: { code: 'NoAssignableOwner' } },
  ]);
});
