import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import type { ActionActor } from '../../../../src/domain/actions/actionActor';
import type { CaptureInput } from '../../../../src/domain/actions/captureAction';
import { PLANNER_LEASE_MS, acquirePlannerLease } from '../../../../src/domain/actions/plannerLease';
import { seriesKey, userId } from '../../../../src/domain/ids';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { StoredSeries } from '../../../../src/usecases/ports';
import {
  recordToPlanner,
  type RecordToPlannerEnv,
  type RecordToPlannerInput,
  type RecordStep,
} from '../../../../src/usecases/actions/recordToPlanner';
import {
  FakeDirectory,
  GUEST,
  MEMBERS,
  NOTE_TAKER,
  NOW,
  TEAM,
  actor,
  capture,
  value,
  owner,
  user,
} from '../../../fakes/actionFixtures';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { InMemoryTaskTracker } from '../../../fakes/InMemoryTaskTracker';
import { changeSeries } from '../../../../src/usecases/series/changeSeries';

async function setup(
  doc: SeriesDocument = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly'),
  plans: ConstructorParameters<typeof InMemoryTaskTracker>[0] = { g1: 'plan-1' },
) {
  const store = new InMemorySeriesStore({ random: () => 0 });
  const tracker = new InMemoryTaskTracker(
    plans,
    MEMBERS.map((n) => user(n).id),
  );
  const directory = new FakeDirectory();
  const stored = value(await store.create(TEAM, doc));
  let token = 0;
  const env: RecordToPlannerEnv = { now: () => NOW, newToken: () => `token-${++token}` };
  const input = (
    s: StoredSeries,
    captures: readonly CaptureInput[],
    actionIds?: readonly string[],
  ): RecordToPlannerInput => ({
    stored: s,
    seriesTitle: 'Leadership weekly',
    meetingUrl: 'https://teams.example/meet/1',
    occurrenceLabel: 'Tue 17 Mar 2026',
    words: actionProblemsMessages.plannerTask,
    capture: captures,
    ...(actionIds ? { actionIds } : {}),
  });
  const deps = { store, tracker, directory };
  return { store, tracker, directory, stored, env, input, deps };
}

describe('recordToPlanner', () => {
  it('records members’ items, keeps a guest’s item unassigned, links tasks, remembers the bucket, releases the lease', async () => {
    const { deps, stored, env, input, tracker, store, directory } = await setup();
    const captures = [
      capture('a1', 'Draft the budget', [owner('dana')], '2026-03-31'),
      capture('a2', 'Book the offsite', [owner('sam')]),
      capture('a3', 'Send the vendor quote', [GUEST]),
    ];
    const report = value(await recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env));

    const byId = new Map(report.items.map((i) => [i.actionId, i]));
    expect(report.items).toHaveLength(3);
    const a1 = byId.get('a1');
    const a2 = byId.get('a2');
    const a3 = byId.get('a3');
    expect(a1).toMatchObject({ status: 'recorded', notAssigned: [] });
    expect(a2).toMatchObject({ status: 'recorded', notAssigned: [] });
    if (a1?.status !== 'recorded' || a2?.status !== 'recorded') throw new Error('expected recorded');
    expect(a1.taskId).not.toBe(a2.taskId);
    expect(tracker.tasks.get(a1.taskId)).toMatchObject({
      title: 'Draft the budget',
      due: '2026-03-31',
      assignees: [userId('id-dana')],
      actionId: 'a1',
    });
    expect(tracker.tasks.get(a2.taskId)).toMatchObject({
      title: 'Book the offsite',
      due: null,
      assignees: [userId('id-sam')],
    });
    expect(tracker.tasks.size).toBe(2);

    expect(a3?.status).toBe('failed');
    if (a3?.status !== 'failed') throw new Error('expected failed');
    expect(a3.failure.code).toBe('NoAssignableOwner');
    expect(a3.failure.kind).toBe('badRequest');
    expect(a3.notAssigned).toEqual(['Kim (kim@fabrikam.example)']);

    // The owners were resolved in one batched lookup.
    expect(directory.calls).toHaveLength(1);
    expect([...directory.calls[0]!].sort()).toEqual(
      ['dana@northwind.example', 'kim@fabrikam.example', 'sam@northwind.example'].sort(),
    );

    for (const doc of [report.stored.doc, value(await store.load(stored.location)).doc]) {
      expect(doc.actions['a3']).toBeDefined();
      expect(doc.actions['a3']?.planner).toBeUndefined();
      expect(doc.actions['a3']?.ownership.value.owner).toEqual(GUEST);
      expect(doc.actions['a1']?.planner?.value).toMatchObject({ taskId: a1.taskId, planId: 'plan-1' });
      expect(doc.actions['a2']?.planner?.value).toMatchObject({ taskId: a2.taskId, planId: 'plan-1' });
      expect(doc.plannerLease?.value.until ?? 0).toBe(0);
      expect(doc.plannerBucket?.value.planId).toBe('plan-1');
      expect(tracker.buckets.has(doc.plannerBucket!.value.bucketId)).toBe(true);
    }
    // The tasks live in the remembered bucket.
    expect(tracker.tasks.get(a1.taskId)?.bucketId).toBe(report.stored.doc.plannerBucket?.value.bucketId);
  });

  it('the owner is the only assignee; helpers are named in the description and never looked up', async () => {
    const { deps, stored, env, input, tracker, directory } = await setup();
    const report = value(
      await recordToPlanner(
        deps,
        input(stored, [
          capture('h1', 'Draft the budget', [owner('dana'), owner('sam'), GUEST], '2026-03-31'),
        ]),
        NOTE_TAKER,
        env,
      ),
    );
    const item = report.items[0];
    if (item?.status !== 'recorded') throw new Error('expected recorded');
    // A guest helper is nobody Planner has to assign: nothing to report.
    expect(item.notAssigned).toEqual([]);
    expect(report.stored.doc.actions['h1']?.planner?.value.taskId).toBe(item.taskId);
    const task = tracker.tasks.get(item.taskId);
    expect(task?.assignees).toEqual([userId('id-dana')]);
    expect(task?.description).toContain('Owner: Dana (dana@northwind.example).');
    expect(task?.description).toContain('Helpers: Sam (sam@northwind.example), Kim (kim@fabrikam.example).');
    expect(directory.calls).toEqual([['dana@northwind.example']]);
  });

  it('an item kept off Planner by choice is never recorded and never reported as failed', async () => {
    const { deps, stored, env, input, tracker, directory } = await setup();
    const report = value(
      await recordToPlanner(
        deps,
        input(stored, [
          { ...capture('k1', 'Send the vendor quote', [GUEST]), keptOffPlanner: true },
          capture('a1', 'Draft the budget', [owner('dana')]),
        ]),
        NOTE_TAKER,
        env,
      ),
    );
    expect(report.items.map((i) => [i.actionId, i.status])).toEqual([['a1', 'recorded']]);
    expect(tracker.tasks.size).toBe(1);
    expect(directory.calls).toEqual([['dana@northwind.example']]);
    expect(report.stored.doc.actions['k1']?.planner).toBeUndefined();
    expect(report.stored.doc.actions['k1']?.keptOffPlanner?.value).toBe(true);
  });

  it('reports progress in order, ending with Done', async () => {
    const { deps, stored, env, input } = await setup();
    const steps: [number, number, RecordStep][] = [];
    value(
      await recordToPlanner(
        deps,
        input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
        NOTE_TAKER,
        {
          ...env,
          onProgress: (done, total, step) => steps.push([done, total, step]),
        },
      ),
    );
    expect(steps).toEqual([
      [0, 4, { kind: 'saving' }],
      [1, 4, { kind: 'finding' }],
      [2, 4, { kind: 'creating', tasks: 1 }],
      [3, 4, { kind: 'linking' }],
      [4, 4, { kind: 'done' }],
    ]);
  });

  it('recording the same actions again creates nothing and reports them as already recorded', async () => {
    const { deps, stored, env, input, tracker } = await setup();
    const captures = [
      capture('a1', 'Draft the budget', [owner('dana')]),
      capture('a2', 'Book the offsite', [owner('sam')]),
    ];
    const first = value(await recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env));
    const taskIds = new Map(first.items.map((i) => [i.actionId, 'taskId' in i ? i.taskId : undefined]));
    const size = tracker.tasks.size;
    expect(size).toBe(2);

    const again = value(await recordToPlanner(deps, input(first.stored, [], ['a1', 'a2']), NOTE_TAKER, env));
    expect(tracker.tasks.size).toBe(size);
    expect(again.items).toHaveLength(2);
    for (const item of again.items) {
      expect(item.status).toBe('alreadyRecorded');
      if (item.status === 'failed') throw new Error('unexpected failure');
      expect(item.taskId).toBe(taskIds.get(item.actionId));
    }
    expect(again.stored.doc.plannerLease?.value.until ?? 0).toBe(0);
  });

  it('capturing the same ids again (a double submit) changes nothing and creates no second task', async () => {
    const { deps, stored, env, input, tracker } = await setup();
    const captures = [capture('a1', 'Draft the budget', [owner('dana')])];
    const first = value(await recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env));
    const renamed = [capture('a1', 'Something else entirely', [owner('sam')])];
    const again = value(await recordToPlanner(deps, input(first.stored, renamed), NOTE_TAKER, env));
    expect(again.items).toEqual([expect.objectContaining({ actionId: 'a1', status: 'alreadyRecorded' })]);
    expect(tracker.tasks.size).toBe(1);
    expect(again.stored.doc.actions['a1']?.title.value).toBe('Draft the budget');
  });

  it('a dropped connection keeps the captures; the retry links the tasks already made without duplicates', async () => {
    const { deps, stored, env, input, tracker, store } = await setup();
    const captures = [
      capture('a1', 'Draft the budget', [owner('dana')]),
      capture('a2', 'Book the offsite', [owner('sam')]),
    ];
    tracker.dropNextRecording();
    const first = await recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env);
    expect(first.ok).toBe(false);
    if (first.ok) throw new Error('expected a failure');
    expect(first.failure.source).toBe('planner');
    if (first.failure.source !== 'planner') throw new Error('expected planner');
    expect(first.failure.failure.kind).toBe('network');

    const afterDrop = value(await store.load(stored.location));
    expect(Object.keys(afterDrop.doc.actions).sort()).toEqual(['a1', 'a2']);
    expect(afterDrop.doc.actions['a1']?.planner).toBeUndefined();
    expect(afterDrop.doc.actions['a2']?.planner).toBeUndefined();
    // The failed recorder released its lease, so the retry isn't locked out.
    expect(afterDrop.doc.plannerLease?.value.until ?? 0).toBe(0);
    expect(first.failure.stored?.doc.actions['a1']).toBeDefined();

    const retry = value(
      await recordToPlanner(
        deps,
        input(first.failure.stored ?? afterDrop, [], ['a1', 'a2']),
        NOTE_TAKER,
        env,
      ),
    );
    // The tasks made before the drop are found again by reconciliation, not made a second time.
    expect(retry.items.map((i) => [i.actionId, i.status]).sort()).toEqual([
      ['a1', 'alreadyRecorded'],
      ['a2', 'alreadyRecorded'],
    ]);
    expect(tracker.tasks.size).toBe(2);
    const perAction = new Map<string, number>();
    for (const t of tracker.tasks.values())
      perAction.set(t.actionId ?? '?', (perAction.get(t.actionId ?? '?') ?? 0) + 1);
    expect(Object.fromEntries(perAction)).toEqual({ a1: 1, a2: 1 });
    for (const id of ['a1', 'a2']) {
      const linked = retry.stored.doc.actions[id]?.planner?.value.taskId;
      expect(linked).toBeDefined();
      expect(tracker.tasks.get(linked!)?.actionId).toBe(id);
    }
  });

  it('a busy lease held by another recorder still saves the captures and answers busy', async () => {
    const base = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
    const leased = value(
      acquirePlannerLease(base, 'someone-else', { at: NOW - 1000, c: 0, by: userId('id-dana') }, NOW - 1000),
    );
    const { deps, stored, env, input, tracker, store, directory } = await setup(leased);
    const r = await recordToPlanner(
      deps,
      input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
      NOTE_TAKER,
      env,
    );
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected busy');
    expect(r.failure.source).toBe('rules');
    if (r.failure.source !== 'rules') throw new Error('expected rules');
    expect(r.failure.error.kind).toBe('busy');
    if (r.failure.error.kind === 'busy') expect(r.failure.error.until).toBe(NOW - 1000 + PLANNER_LEASE_MS);

    const saved = value(await store.load(stored.location)).doc;
    expect(saved.actions['a1']?.title.value).toBe('Draft the budget');
    expect(saved.actions['a1']?.planner).toBeUndefined();
    // The other holder's lease is left alone, and nothing reached Planner.
    expect(saved.plannerLease?.value).toEqual({
      holder: 'someone-else',
      until: NOW - 1000 + PLANNER_LEASE_MS,
    });
    // (The owners' lookup runs side by side with the lease write, a read that changes nothing.)
    expect(tracker.tasks.size).toBe(0);
    expect(directory.calls.length).toBeLessThanOrEqual(1);
  });

  it('an expired lease of another recorder is taken over', async () => {
    const base = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
    const stale = value(
      acquirePlannerLease(
        base,
        'crashed',
        { at: NOW - PLANNER_LEASE_MS - 1000, c: 0, by: userId('id-dana') },
        NOW - PLANNER_LEASE_MS - 1000,
      ),
    );
    const { deps, stored, env, input, tracker } = await setup(stale);
    const r = value(
      await recordToPlanner(
        deps,
        input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
        NOTE_TAKER,
        env,
      ),
    );
    expect(r.items).toEqual([expect.objectContaining({ actionId: 'a1', status: 'recorded' })]);
    expect(tracker.tasks.size).toBe(1);
    expect(r.stored.doc.plannerLease?.value.until).toBe(0);
  });

  it('a directory failure releases the lease and keeps the captures', async () => {
    const { deps, stored, env, input, tracker, store, directory } = await setup();
    directory.failure = { kind: 'unavailable', status: 503 };
    const r = await recordToPlanner(
      deps,
      input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
      NOTE_TAKER,
      env,
    );
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected failure');
    expect(r.failure.source).toBe('directory');
    expect(tracker.tasks.size).toBe(0);
    const saved = value(await store.load(stored.location)).doc;
    expect(saved.actions['a1']).toBeDefined();
    expect(saved.plannerLease?.value.until ?? 0).toBe(0);
  });

  it('a remembered bucket deleted in Planner is made again and remembered', async () => {
    const { deps, stored, env, input, tracker } = await setup();
    const first = value(
      await recordToPlanner(
        deps,
        input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
        NOTE_TAKER,
        env,
      ),
    );
    const oldBucket = first.stored.doc.plannerBucket!.value.bucketId;
    tracker.buckets.delete(oldBucket);
    const second = value(
      await recordToPlanner(
        deps,
        input(first.stored, [capture('a2', 'Book the offsite', [owner('sam')])]),
        NOTE_TAKER,
        env,
      ),
    );
    expect(second.items).toEqual([expect.objectContaining({ actionId: 'a2', status: 'recorded' })]);
    const newBucket = second.stored.doc.plannerBucket?.value.bucketId;
    expect(newBucket).toBeDefined();
    expect(newBucket).not.toBe(oldBucket);
    expect(tracker.buckets.has(newBucket!)).toBe(true);
    expect(second.stored.doc.actions['a2']?.planner?.value.bucketId).toBe(newBucket);
  });

  describe('the plan the organizer chose', () => {
    const TWO_PLANS = {
      g1: [
        { id: 'plan-team', title: 'Leadership', createdDateTime: '2025-01-01T00:00:00Z' },
        { id: 'plan-offsite', title: 'Offsite 2026', createdDateTime: '2026-02-01T00:00:00Z' },
      ],
    };
    const ORGANIZER = actor('dana', { isOrganizer: true });
    const choose = async (store: InMemorySeriesStore, s: StoredSeries, planId: string, planTitle: string) => {
      const r = await changeSeries(
        store,
        s,
        ORGANIZER,
        { kind: 'choosePlannerPlan', planId, planTitle },
        () => NOW,
      );
      const { attempts: _a, ...written } = value(r);
      return written;
    };

    it('with no choice the oldest plan is used; after a choice the next recording makes the bucket in the chosen plan, and earlier tasks stay linked where they are', async () => {
      const { deps, stored, env, input, tracker, store } = await setup(undefined, TWO_PLANS);
      const first = value(
        await recordToPlanner(
          deps,
          input(stored, [capture('a1', 'Draft', [owner('dana')])]),
          NOTE_TAKER,
          env,
        ),
      );
      expect(first.stored.doc.plannerBucket?.value.planId).toBe('plan-team');
      const chosen = await choose(store, first.stored, 'plan-offsite', 'Offsite 2026');
      const second = value(
        await recordToPlanner(deps, input(chosen, [capture('a2', 'Book', [owner('sam')])]), NOTE_TAKER, env),
      );
      expect(second.items).toEqual([expect.objectContaining({ actionId: 'a2', status: 'recorded' })]);
      const bucket = second.stored.doc.plannerBucket?.value;
      expect(bucket?.planId).toBe('plan-offsite');
      expect(tracker.buckets.get(bucket!.bucketId)).toEqual({
        planId: 'plan-offsite',
        name: 'Leadership weekly',
      });
      expect(second.stored.doc.actions['a2']?.planner?.value).toMatchObject({ planId: 'plan-offsite' });
      // The earlier task was not moved: still linked, still in the team plan's bucket.
      const a1 = second.stored.doc.actions['a1']?.planner?.value;
      expect(a1).toEqual(first.stored.doc.actions['a1']?.planner?.value);
      expect(tracker.tasks.get(a1!.taskId)?.bucketId).toBe(first.stored.doc.plannerBucket?.value.bucketId);
      expect(second.stored.doc.plannerPlan?.value).toEqual({ planId: 'plan-offsite', title: 'Offsite 2026' });
    });

    it('a choice made in another window meanwhile (it arrives with the lease write) is honoured', async () => {
      const { deps, stored, env, input, store } = await setup(undefined, TWO_PLANS);
      await choose(store, stored, 'plan-offsite', 'Offsite 2026');
      // The recorder still holds the version before the choice.
      const r = value(
        await recordToPlanner(
          deps,
          input(stored, [capture('a1', 'Draft', [owner('dana')])]),
          NOTE_TAKER,
          env,
        ),
      );
      expect(r.stored.doc.plannerBucket?.value.planId).toBe('plan-offsite');
      expect(r.stored.doc.actions['a1']?.planner?.value.planId).toBe('plan-offsite');
    });

    it('a chosen plan deleted in Planner: a clear message naming it, the actions kept, the lease released', async () => {
      const { deps, stored, env, input, tracker, store } = await setup(undefined, TWO_PLANS);
      const chosen = await choose(store, stored, 'plan-offsite', 'Offsite 2026');
      tracker.deletePlan('plan-offsite');
      const r = await recordToPlanner(
        deps,
        input(chosen, [capture('a1', 'Draft', [owner('dana')])]),
        NOTE_TAKER,
        env,
      );
      expect(r.ok).toBe(false);
      if (r.ok || r.failure.source !== 'rules') throw new Error('expected a rules failure');
      expect(r.failure.error).toEqual({
        kind: 'notFound',
        problem: { code: 'plannerPlanMissing', plan: 'Offsite 2026' },
      });
      const saved = value(await store.load(stored.location)).doc;
      expect(saved.actions['a1']?.title.value).toBe('Draft');
      expect(saved.plannerLease?.value.until ?? 0).toBe(0);
      expect(tracker.tasks.size).toBe(0);
    });
  });

  it('two recorders at once (a double click): one records, the other is busy, and no task is duplicated', async () => {
    const { deps, stored, env, input, tracker } = await setup();
    const captures = [
      capture('a1', 'Draft the budget', [owner('dana')]),
      capture('a2', 'Book the offsite', [owner('sam')]),
    ];
    const [x, y] = await Promise.all([
      recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env),
      recordToPlanner(deps, input(stored, captures), NOTE_TAKER, env),
    ]);
    const outcomes = [x, y];
    const okOnes = outcomes.filter((r) => r.ok);
    const busyOnes = outcomes.filter(
      (r) => !r.ok && r.failure.source === 'rules' && r.failure.error.kind === 'busy',
    );
    expect(okOnes).toHaveLength(1);
    expect(busyOnes).toHaveLength(1);
    expect(tracker.tasks.size).toBe(2);
  });

  it('a capture the actor may not make is a rules error and nothing is written', async () => {
    const { deps, stored, env, input, store } = await setup();
    const guestActor: ActionActor = { ...NOTE_TAKER, isNoteTaker: false };
    const writes = store.writes;
    const r = await recordToPlanner(
      deps,
      input(stored, [capture('a1', 'Draft the budget', [owner('dana')])]),
      guestActor,
      env,
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.failure.source !== 'rules') throw new Error('expected a rules error');
    expect(r.failure.error.kind).toBe('notAllowed');
    expect(store.writes).toBe(writes);
    expect(value(await store.load(stored.location)).doc.actions['a1']).toBeUndefined();
  });
});
