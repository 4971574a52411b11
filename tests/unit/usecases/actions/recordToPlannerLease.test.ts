// The Planner lease covers the longest wait the Graph client allows inside a creating call, and is re-checked before
// every create (domain/actions/plannerLease.ts). The failure it prevents: a 70 s Retry-After inside the create, a
// 60 s lease expiring meanwhile, a second recorder taking over and creating everything, then the first recorder's
// retried create making every task a second time (20 tasks for 10 actions).
import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import { PLANNER_LEASE_MS } from '../../../../src/domain/actions/plannerLease';
import { seriesKey } from '../../../../src/domain/ids';
import { emptySeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { recordToPlanner, type RecordToPlannerDeps } from '../../../../src/usecases/actions/recordToPlanner';
import type { StoredSeries, TaskTracker } from '../../../../src/usecases/ports';
import {
  FakeDirectory,
  MEMBERS,
  NOTE_TAKER,
  NOW,
  TEAM,
  capture,
  owner,
  user,
  value,
} from '../../../fakes/actionFixtures';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { InMemoryTaskTracker } from '../../../fakes/InMemoryTaskTracker';

const TEN = Array.from({ length: 10 }, (_, i) =>
  capture(`a${i + 1}`, `Commitment ${i + 1}`, [owner('dana')]),
);

async function world() {
  const store = new InMemorySeriesStore({ random: () => 0 });
  const tracker = new InMemoryTaskTracker(
    { g1: 'plan-1' },
    MEMBERS.map((n) => user(n).id),
  );
  const directory = new FakeDirectory();
  const stored = value(await store.create(TEAM, emptySeriesDocument(seriesKey('S1'), 'Leadership weekly')));
  let clock = NOW;
  const input = (s: StoredSeries, withCaptures: boolean) => ({
    stored: s,
    seriesTitle: 'Leadership weekly',
    meetingUrl: 'https://teams.example/meet/1',
    occurrenceLabel: 'Tue 17 Mar 2026',
    words: actionProblemsMessages.plannerTask,
    capture: withCaptures ? TEN : [],
    actionIds: TEN.map((c) => c.id),
  });
  const env = (holder: string) => ({ now: () => clock, newToken: () => holder, holder });
  return {
    store,
    tracker,
    directory,
    stored,
    input,
    env,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** A's TaskTracker: its creating call sleeps out a Retry-After of `waitMs` after the lease check, during which B runs. */
function waitingInsideCreate(
  inner: TaskTracker,
  waitMs: number,
  advance: (ms: number) => void,
  meanwhile: () => Promise<void>,
): TaskTracker {
  return {
    ...inner,
    ensureBucket: inner.ensureBucket.bind(inner),
    readBucket: inner.readBucket.bind(inner),
    listTasks: inner.listTasks.bind(inner),
    getTasks: inner.getTasks.bind(inner),
    updateTask: inner.updateTask.bind(inner),
    recordTasks: (bucket, items, known, snapshot, mayCreate) => {
      let waited = false;
      return inner.recordTasks(bucket, items, known, snapshot, async () => {
        const go = mayCreate ? await mayCreate() : true;
        if (go && !waited) {
          waited = true;
          advance(waitMs - 5_000);
          await meanwhile();
          advance(5_000);
        }
        return go;
      });
    },
  };
}

describe('recordToPlanner: the lease outlasts a 70 s Retry-After inside the create', () => {
  it('a second recorder arriving 65 s into the wait is busy, and 10 actions leave exactly 10 tasks', async () => {
    const w = await world();
    let second: Awaited<ReturnType<typeof recordToPlanner>> | undefined;
    const depsB: RecordToPlannerDeps = { store: w.store, tracker: w.tracker, directory: w.directory };
    const depsA: RecordToPlannerDeps = {
      ...depsB,
      tracker: waitingInsideCreate(w.tracker, 70_000, w.advance, async () => {
        const loaded = value(await w.store.load(w.stored.location));
        second = await recordToPlanner(depsB, w.input(loaded, false), NOTE_TAKER, w.env('recorder-b'));
      }),
    };
    const first = value(
      await recordToPlanner(depsA, w.input(w.stored, true), NOTE_TAKER, w.env('recorder-a')),
    );

    expect(second?.ok).toBe(false);
    if (second && !second.ok)
      expect(second.failure.source === 'rules' && second.failure.error.kind).toBe('busy');
    expect(first.items.filter((i) => i.status === 'recorded')).toHaveLength(10);
    expect(w.tracker.tasks.size).toBe(10);
    expect(new Set([...w.tracker.tasks.values()].map((t) => t.actionId)).size).toBe(10);
  });

  it('a lease that has run low before a create is renewed first; one that lapsed stops the create', async () => {
    const w = await world();
    const deps: RecordToPlannerDeps = { store: w.store, tracker: w.tracker, directory: w.directory };
    // Four minutes pass while the bucket is found (throttled reads): less than the create window is left, so the
    // lease is renewed before creating, and the tasks are made.
    const slow: TaskTracker = {
      ...w.tracker,
      ensureBucket: async (...a) => {
        w.advance(PLANNER_LEASE_MS - 60_000);
        return w.tracker.ensureBucket(...a);
      },
      listPlans: w.tracker.listPlans.bind(w.tracker),
      readBucket: w.tracker.readBucket.bind(w.tracker),
      listTasks: w.tracker.listTasks.bind(w.tracker),
      getTasks: w.tracker.getTasks.bind(w.tracker),
      updateTask: w.tracker.updateTask.bind(w.tracker),
      recordTasks: w.tracker.recordTasks.bind(w.tracker),
    };
    const renewed = value(
      await recordToPlanner({ ...deps, tracker: slow }, w.input(w.stored, true), NOTE_TAKER, w.env('a')),
    );
    expect(renewed.items.filter((i) => i.status === 'recorded')).toHaveLength(10);

    // Past the whole lease: nothing is created, the actions are kept, and the message says to try again.
    const w2 = await world();
    const lapsed: TaskTracker = {
      ...slow,
      ensureBucket: async (...a) => {
        w2.advance(PLANNER_LEASE_MS + 1000);
        return w2.tracker.ensureBucket(...a);
      },
      recordTasks: w2.tracker.recordTasks.bind(w2.tracker),
    };
    const stopped = value(
      await recordToPlanner(
        { store: w2.store, tracker: lapsed, directory: w2.directory },
        w2.input(w2.stored, true),
        NOTE_TAKER,
        w2.env('a'),
      ),
    );
    expect(w2.tracker.tasks.size).toBe(0);
    expect(stopped.items.every((i) => i.status === 'failed')).toBe(true);
    expect(stopped.items[0]?.status === 'failed' && stopped.items[0].failure.message).toMatch(/try again/);
    expect(Object.keys(stopped.stored.doc.actions)).toHaveLength(10);
  });
});
