// Exactly-once Planner recording against the Graph sandbox (issue #5 "Tests and figures"): with 429, 503 and dropped
// connections injected at a rate of 0.2 each, recording N = 25 actions (retrying as the view's "Try again" does)
// leaves exactly 25 tasks with the right assignees and due dates; recording again leaves 25; two recorders at once
// leave 25.
import { actionProblemsMessages } from '../../../src/app/i18n/en-US/actionProblems';
import { randomUUID } from 'node:crypto';
import type { ActionActor } from '../../../src/domain/actions/actionActor';
import type { CaptureInput } from '../../../src/domain/actions/captureAction';
import { occurrenceKey, seriesKey, userId } from '../../../src/domain/ids';
import { emptySeriesDocument } from '../../../src/domain/series/seriesDocument';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { createTaskTracker } from '../../../src/graph/planner/createTaskTracker';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { recordToPlanner, type RecordToPlannerDeps } from '../../../src/usecases/actions/recordToPlanner';
import type { StoredSeries } from '../../../src/usecases/ports';
import { addFault, clearFaults, clientFor, teamOf, tenantOf, type TenantView } from '../drive/sandboxDrive';

jest.setTimeout(120_000);

const OCC = occurrenceKey('2026-01-05T09:00:00.000Z');
let sb: Sandbox;
let tenant: TenantView;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  await sb.reset();
  tenant = await tenantOf(sb);
});

interface Member {
  readonly id: string;
  readonly upn: string;
  readonly name: string;
}

function members(): Member[] {
  const team = tenant.groups.find((g) => g.displayName === 'Leadership Team');
  return (team?.memberIds ?? []).flatMap((id) => {
    const u = tenant.users.find((x) => x.id === id && !x.userPrincipalName.includes('#EXT#'));
    return u ? [{ id: u.id, upn: u.userPrincipalName, name: u.displayName }] : [];
  });
}

function depsFor(upn: string, maxRetries = 3): RecordToPlannerDeps {
  const client = clientFor(sb, upn, { maxRetries });
  return {
    store: createSeriesDocumentStore(client),
    tracker: createTaskTracker(client),
    directory: createDirectory(client),
  };
}

function actorFor(m: Member): ActionActor {
  return {
    id: userId(m.id),
    name: m.name,
    email: m.upn,
    isOrganizer: true,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: true,
  };
}

async function newSeries(deps: RecordToPlannerDeps): Promise<StoredSeries> {
  const team = teamOf(tenant, 'Leadership Team');
  const created = await deps.store.create(
    team,
    emptySeriesDocument(
      seriesKey(`exactly-once-${randomUUID()}`),
      `Exactly once ${randomUUID().slice(0, 6)}`,
    ),
  );
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  return created.value;
}

function captures(n: number, ms: readonly Member[]): CaptureInput[] {
  return Array.from({ length: n }, (_, i) => {
    const owner = ms[i % ms.length]!;
    const helpers = i % 5 === 0 ? [ms[(i + 1) % ms.length]!] : [];
    return {
      id: randomUUID(),
      occurrence: OCC,
      title: `Commitment ${i + 1}`,
      owner: { email: owner.upn, name: owner.name },
      helpers: helpers.map((o) => ({ email: o.upn, name: o.name })),
      ...(i % 3 === 0 ? {} : { due: `2026-02-${String((i % 27) + 1).padStart(2, '0')}` }),
      how: 'assigned' as const,
    };
  });
}

/** Records until every action is linked, re-loading the document after a failure: the view's "Try again". */
async function recordUntilDone(
  deps: RecordToPlannerDeps,
  start: StoredSeries,
  capture: readonly CaptureInput[],
  actor: ActionActor,
  holder: string,
): Promise<{ stored: StoredSeries; attempts: number }> {
  let stored = start;
  let first = true;
  for (let attempt = 1; attempt <= 60; attempt++) {
    const r = await recordToPlanner(
      deps,
      {
        stored,
        seriesTitle: stored.doc.title,
        meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_eo%40thread.v2/0',
        occurrenceLabel: 'Mon 5 Jan 2026',
        words: actionProblemsMessages.plannerTask,
        capture: first ? capture : [],
        actionIds: capture.map((c) => c.id),
      },
      actor,
      { now: () => Date.now(), newToken: () => randomUUID(), holder },
    );
    if (r.ok) {
      stored = r.value.stored;
      first = false;
      if (r.value.items.every((i) => i.status !== 'failed')) return { stored, attempts: attempt };
      continue;
    }
    if (r.failure.stored) {
      stored = r.failure.stored;
      first = false;
    } else {
      const loaded = await deps.store.load(stored.location);
      if (loaded.ok) {
        stored = loaded.value;
        first = !capture.every((c) => stored.doc.actions[c.id]);
      }
    }
    if (r.failure.source === 'rules' && r.failure.error.kind === 'busy')
      await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('recording did not converge in 60 attempts');
}

/** The bucket's tasks once Planner's listing has caught up with the last creates (sandbox README "Planner", lag). */
async function bucketTasks(stored: StoredSeries, expected = 25) {
  const bucket = stored.doc.plannerBucket?.value;
  if (!bucket) throw new Error('no bucket remembered');
  const tracker = createTaskTracker(clientFor(sb, members()[0]!.upn));
  for (let i = 0; ; i++) {
    const listed = await tracker.listTasks(bucket);
    if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
    if (listed.value.length >= expected || i >= 60) return listed.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function expectExactly(tasks: Awaited<ReturnType<typeof bucketTasks>>, items: readonly CaptureInput[]) {
  expect(tasks).toHaveLength(items.length);
  const byAction = new Map(tasks.map((t) => [t.actionId, t]));
  expect(byAction.size).toBe(items.length);
  const idOf = new Map(tenant.users.map((u) => [u.userPrincipalName.toLowerCase(), u.id]));
  for (const c of items) {
    const t = byAction.get(c.id);
    expect(t?.title).toBe(c.title);
    // The owner is the only assignee; helpers are named in the description, never assigned.
    expect(t?.assigneeIds).toEqual([idOf.get(c.owner.email)]);
    expect(t?.dueDateTime?.slice(0, 10) ?? null).toBe(c.due ?? null);
  }
}

describe('Recording action items to Planner exactly once (sandbox)', () => {
  it('N = 25 under 429, 503 and dropped connections at 0.2 each: exactly 25 tasks, and still 25 after recording again', async () => {
    const ms = members();
    const avery = ms[0]!;
    const deps = depsFor(avery.upn, 4);
    const start = await newSeries(deps);
    const items = captures(25, ms);
    await addFault(sb, { status: 429, retryAfter: 0, rate: 0.2, seed: 11, path: '/v1.0/' });
    await addFault(sb, { status: 503, retryAfter: 0, rate: 0.2, seed: 12, path: '/v1.0/' });
    await addFault(sb, { drop: true, rate: 0.2, seed: 13, path: '/v1.0/' });
    await addFault(sb, { drop: true, rate: 0.2, seed: 14, path: '$batch' });
    const done = await recordUntilDone(deps, start, items, actorFor(avery), 'recorder-a');
    await clearFaults(sb);
    expectExactly(await bucketTasks(done.stored), items);
    for (const c of items) expect(done.stored.doc.actions[c.id]?.planner).toBeDefined();

    const again = await recordUntilDone(deps, done.stored, items, actorFor(avery), 'recorder-a');
    expect(again.attempts).toBe(1);
    expectExactly(await bucketTasks(again.stored), items);
  });

  it('N = 25 when 503 and 504 come AFTER the work (task creations and $batch answers lost): exactly 25 tasks', async () => {
    const ms = members();
    const avery = ms[0]!;
    const deps = depsFor(avery.upn, 4);
    const start = await newSeries(deps);
    const items = captures(25, ms);
    // The task was created, the answer says 503/504: repeating the POST would make a second task.
    await addFault(sb, {
      status: 503,
      when: 'after',
      retryAfter: 0,
      rate: 0.2,
      seed: 21,
      path: '/planner/tasks',
      method: 'POST',
    });
    await addFault(sb, { status: 504, when: 'after', rate: 0.2, seed: 22, path: '$batch' });
    await addFault(sb, {
      status: 503,
      when: 'after',
      retryAfter: 0,
      rate: 0.2,
      seed: 23,
      path: '/content',
      method: 'PUT',
    });
    const done = await recordUntilDone(deps, start, items, actorFor(avery), 'recorder-after');
    await clearFaults(sb);
    expectExactly(await bucketTasks(done.stored), items);
    for (const c of items) expect(done.stored.doc.actions[c.id]?.planner).toBeDefined();
  });

  it('two attendees recording the same 25 actions at the same time leave exactly 25 tasks', async () => {
    const ms = members();
    const [a, b] = [ms[0]!, ms[1]!];
    const depsA = depsFor(a.upn);
    const depsB = depsFor(b.upn);
    const start = await newSeries(depsA);
    const items = captures(25, ms);
    // Captured first (by the note-taker), then both press "Record to Planner" at once.
    const captured = await recordToPlanner(
      { ...depsA, tracker: { ...depsA.tracker, recordTasks: async () => ({ ok: true, value: [] }) } },
      {
        stored: start,
        seriesTitle: start.doc.title,
        meetingUrl: 'https://teams.microsoft.com/l/x',
        occurrenceLabel: 'Mon 5 Jan 2026',
        words: actionProblemsMessages.plannerTask,
        capture: items,
      },
      actorFor(a),
      { now: () => Date.now(), newToken: () => 'capture-only' },
    );
    if (!captured.ok) throw new Error(JSON.stringify(captured.failure));
    const [ra, rb] = await Promise.all([
      recordUntilDone(depsA, captured.value.stored, items, actorFor(a), 'recorder-a'),
      recordUntilDone(depsB, captured.value.stored, items, actorFor(b), 'recorder-b'),
    ]);
    expectExactly(await bucketTasks(ra.stored), items);
    const loaded = await depsB.store.load(rb.stored.location);
    if (!loaded.ok) throw new Error('reload failed');
    const links = new Set(items.map((c) => loaded.value.doc.actions[c.id]?.planner?.value.taskId));
    expect(links.size).toBe(25);
    expect(links.has(undefined)).toBe(false);
  });
});
