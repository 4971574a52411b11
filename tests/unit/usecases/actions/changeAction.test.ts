import { actionProblemsMessages } from '../../../../src/app/i18n/en-US/actionProblems';
import { linkTask } from '../../../../src/domain/actions/linkTask';
import { seriesKey, userId } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { changeAction } from '../../../../src/usecases/actions/changeAction';
import type { Failure } from '../../../../src/usecases/ports';
import {
  FakeDirectory,
  GUEST,
  MEMBERS,
  NOTE_TAKER,
  NOW,
  TEAM,
  capture,
  value,
  actor,
  owner,
  user,
} from '../../../fakes/actionFixtures';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { InMemoryTaskTracker } from '../../../fakes/InMemoryTaskTracker';

/** The clock moves on a second per reading, as it does between a user's edits. */
let clock = NOW;
const now = () => (clock += 1000);
beforeEach(() => {
  clock = NOW;
});

/**
 * A series with 'rec' (owned by Dana, recorded as a Planner task assigned to her, due 2026-03-31) and 'loose' (owned
 * by Sam, not in Planner).
 */
async function setup() {
  const store = new InMemorySeriesStore({ random: () => 0 });
  const tracker = new InMemoryTaskTracker(
    { g1: 'plan-1' },
    MEMBERS.map((n) => user(n).id),
  );
  const directory = new FakeDirectory();
  let doc: SeriesDocument = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
  doc = value(
    applyIntent(
      doc,
      { kind: 'captureAction', input: capture('rec', 'Draft the budget', [owner('dana')], '2026-03-31') },
      NOTE_TAKER,
      NOW,
    ),
  );
  doc = value(
    applyIntent(
      doc,
      { kind: 'captureAction', input: capture('loose', 'Book the offsite', [owner('sam')]) },
      NOTE_TAKER,
      NOW,
    ),
  );
  const bucket = value(await tracker.ensureBucket(TEAM.id, 'Leadership weekly'));
  const recorded = value(
    await tracker.recordTasks(bucket, [
      {
        actionId: 'rec',
        title: 'Draft the budget',
        assigneeIds: [userId('id-dana')],
        due: '2026-03-31',
        description:
          'Agreed in the meeting.\nOwner: Dana (dana@northwind.example).\nAdded in Planner: ask Finance.',
        meetingUrl: 'https://teams.example/meet/1',
      },
    ]),
  );
  const first = recorded[0]!;
  if (first.status === 'failed') throw new Error('setup: task not created');
  const taskId = first.taskId;
  doc = value(linkTask(doc, 'rec', { ...bucket, taskId }, { at: NOW, c: 2, by: NOTE_TAKER.id }));
  const stored = value(await store.create(TEAM, doc));
  const deps = { store, tracker, directory };
  const task = () => tracker.tasks.get(taskId)!;
  return { store, tracker, directory, stored, deps, taskId, task };
}

describe('changeAction', () => {
  it('completing a recorded action sets the task to 100% in Planner, and reopening sets it back to 0', async () => {
    const { deps, stored, task } = await setup();
    const done = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'completeAction', actionId: 'rec', completed: true },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(done.plannerFailure).toBeUndefined();
    expect(done.notAssigned).toEqual([]);
    expect(done.stored.doc.actions['rec']?.completed.value).toBe(true);
    expect(task().percentComplete).toBe(100);

    const reopened = value(
      await changeAction(
        deps,
        done.stored,
        NOTE_TAKER,
        { kind: 'completeAction', actionId: 'rec', completed: false },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(reopened.stored.doc.actions['rec']?.completed.value).toBe(false);
    expect(task().percentComplete).toBe(0);
  });

  it('an owner may complete their own action without a role', async () => {
    const { deps, stored, task } = await setup();
    const dana = actor('dana');
    const r = value(
      await changeAction(
        deps,
        stored,
        dana,
        { kind: 'completeAction', actionId: 'rec', completed: true },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.stored.doc.actions['rec']?.completed).toMatchObject({ value: true, by: dana.id });
    expect(task().percentComplete).toBe(100);
  });

  it('setting the due date updates the task’s due date, and clearing it clears the task’s', async () => {
    const { deps, stored, task, store } = await setup();
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'setActionDue', actionId: 'rec', due: '2026-04-15' },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.plannerFailure).toBeUndefined();
    expect(r.stored.doc.actions['rec']?.due.value).toBe('2026-04-15');
    expect(task().due).toBe('2026-04-15');
    expect(value(await store.load(stored.location)).doc.actions['rec']?.due.value).toBe('2026-04-15');

    value(
      await changeAction(
        deps,
        r.stored,
        NOTE_TAKER,
        { kind: 'setActionDue', actionId: 'rec', due: null },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(task().due).toBeNull();
  });

  it('reassigning to a member makes them the task’s only assignee, and the description names them', async () => {
    const { deps, stored, task } = await setup();
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'reassignAction', actionId: 'rec', owner: owner('sam') },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(task().assignees).toEqual([userId('id-sam')]);
    expect(r.notAssigned).toEqual([]);
    expect(r.stored.doc.actions['rec']?.ownership.value).toEqual({ owner: owner('sam'), how: 'assigned' });
    // Only the people line changed: what someone added in Planner stays.
    expect(task().description).toBe(
      'Agreed in the meeting.\nOwner: Sam (sam@northwind.example).\nAdded in Planner: ask Finance.',
    );
  });

  it('changing the helpers of a recorded action rewrites only the description’s people lines', async () => {
    const { deps, stored, task, directory } = await setup();
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'setActionHelpers', actionId: 'rec', helpers: [owner('sam'), GUEST] },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(task().assignees).toEqual([userId('id-dana')]);
    expect(task().description).toBe(
      'Agreed in the meeting.\nOwner: Dana (dana@northwind.example).\n' +
        'Helpers: Sam (sam@northwind.example), Kim (kim@fabrikam.example).\nAdded in Planner: ask Finance.',
    );
    // Helpers are never assigned, so nobody is looked up.
    expect(directory.calls).toEqual([]);
    const cleared = value(
      await changeAction(
        deps,
        r.stored,
        NOTE_TAKER,
        { kind: 'setActionHelpers', actionId: 'rec', helpers: [] },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(cleared.stored.doc.actions['rec']?.helpers?.value).toEqual([]);
    expect(task().description).toBe(
      'Agreed in the meeting.\nOwner: Dana (dana@northwind.example).\nAdded in Planner: ask Finance.',
    );
  });

  it('keeping an item off Planner writes only the document; an item in Planner can’t be kept off', async () => {
    const { deps, stored, tracker } = await setup();
    const before = [...tracker.tasks.values()].map((t) => t.version);
    const kept = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'keepOffPlanner', actionId: 'loose', kept: true },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(kept.stored.doc.actions['loose']?.keptOffPlanner?.value).toBe(true);
    const refused = await changeAction(
      deps,
      kept.stored,
      NOTE_TAKER,
      { kind: 'keepOffPlanner', actionId: 'rec', kept: true },
      now,
      actionProblemsMessages.plannerTask,
    );
    expect(refused.ok).toBe(false);
    expect([...tracker.tasks.values()].map((t) => t.version)).toEqual(before);
  });

  it('reassigning to guests only keeps the task’s assignees and reports who could not be assigned', async () => {
    const { deps, stored, task, store, directory } = await setup();
    const versionBefore = task().version;
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'reassignAction', actionId: 'rec', owner: GUEST },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.notAssigned).toEqual(['Kim (kim@fabrikam.example)']);
    expect(r.plannerFailure).toBeUndefined();
    expect(task().assignees).toEqual([userId('id-dana')]);
    expect(task().version).toBe(versionBefore);
    expect(directory.calls).toEqual([['kim@fabrikam.example']]);
    // The document still records the new owner.
    const saved = value(await store.load(stored.location)).doc;
    expect(saved.actions['rec']?.ownership.value.owner).toEqual(GUEST);
  });

  it('claiming a recorded action assigns the task to the claimer', async () => {
    const { deps, stored, task } = await setup();
    const sam = actor('sam');
    const r = value(
      await changeAction(
        deps,
        stored,
        sam,
        { kind: 'claimAction', actionId: 'rec' },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.stored.doc.actions['rec']?.ownership.value).toEqual({
      owner: { email: 'sam@northwind.example', name: 'Sam' },
      how: 'claimed',
    });
    expect(task().assignees).toEqual([userId('id-sam')]);
  });

  it('a Planner failure after the document write is a warning: the change stays saved', async () => {
    const { deps, stored, tracker, task, store } = await setup();
    const outage: Failure = { kind: 'unavailable', status: 503, message: 'Planner is down.' };
    tracker.failWith(outage);
    const r = await changeAction(
      deps,
      stored,
      NOTE_TAKER,
      { kind: 'completeAction', actionId: 'rec', completed: true },
      now,
      actionProblemsMessages.plannerTask,
    );
    expect(r.ok).toBe(true);
    const report = value(r);
    expect(report.plannerFailure).toEqual(outage);
    expect(report.stored.doc.actions['rec']?.completed.value).toBe(true);
    expect(value(await store.load(stored.location)).doc.actions['rec']?.completed.value).toBe(true);
    expect(task().percentComplete).toBe(0);
  });

  it('a directory failure on reassign is reported as a Planner warning and the change stays saved', async () => {
    const { deps, stored, directory, task, store } = await setup();
    directory.failure = { kind: 'network', message: 'offline' };
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'reassignAction', actionId: 'rec', owner: owner('sam') },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.plannerFailure).toEqual({ kind: 'network', message: 'offline' });
    expect(task().assignees).toEqual([userId('id-dana')]);
    expect(value(await store.load(stored.location)).doc.actions['rec']?.ownership.value.owner).toEqual(
      owner('sam'),
    );
  });

  it('someone without a role may not reassign another person’s action, and nothing changes', async () => {
    const { deps, stored, task, store, directory } = await setup();
    const writes = store.writes;
    const outsider = actor('sam'); // not an owner of 'rec', no role
    const r = await changeAction(
      deps,
      stored,
      outsider,
      { kind: 'reassignAction', actionId: 'rec', owner: owner('sam') },
      now,
      actionProblemsMessages.plannerTask,
    );
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('expected notAllowed');
    expect(r.failure.source).toBe('rules');
    if (r.failure.source !== 'rules') throw new Error('expected rules');
    expect(r.failure.error.kind).toBe('notAllowed');
    expect(store.writes).toBe(writes);
    expect(value(await store.load(stored.location)).doc.actions['rec']?.ownership.value.owner).toEqual(
      owner('dana'),
    );
    expect(task().assignees).toEqual([userId('id-dana')]);
    expect(directory.calls).toHaveLength(0);
  });

  it('changing an action not in Planner only writes the document', async () => {
    const { deps, stored, tracker } = await setup();
    const spy = jest.spyOn(tracker, 'updateTask');
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'completeAction', actionId: 'loose', completed: true },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.stored.doc.actions['loose']?.completed.value).toBe(true);
    expect(r.notAssigned).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('capture adds an action to the document without touching Planner', async () => {
    const { deps, stored, tracker } = await setup();
    const spy = jest.spyOn(tracker, 'updateTask');
    const r = value(
      await changeAction(
        deps,
        stored,
        NOTE_TAKER,
        { kind: 'captureAction', input: capture('new', 'Call the venue', [owner('dana')]) },
        now,
        actionProblemsMessages.plannerTask,
      ),
    );
    expect(r.stored.doc.actions['new']?.title.value).toBe('Call the venue');
    expect(r.stored.doc.actions['new']?.createdAt).toBeGreaterThan(NOW);
    expect(spy).not.toHaveBeenCalled();
  });

  it('changing an action that no longer exists is a rules error notFound', async () => {
    const { deps, stored } = await setup();
    const r = await changeAction(
      deps,
      stored,
      NOTE_TAKER,
      { kind: 'setActionDue', actionId: 'gone', due: null },
      now,
      actionProblemsMessages.plannerTask,
    );
    expect(r.ok).toBe(false);
    if (r.ok || r.failure.source !== 'rules') throw new Error('expected a rules error');
    expect(r.failure.error.kind).toBe('notFound');
  });
});
