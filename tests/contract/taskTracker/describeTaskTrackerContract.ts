// One conformance suite for every TaskTracker (CONVENTIONS.md §9): the in-memory fake and the Planner adapter against
// the sandbox must agree, including the exactly-once rules (explicit idempotency tests, Parabol).
import { randomUUID } from 'node:crypto';
import type { GroupId, UserId } from '../../../src/domain/ids';
import type { PlannerPlan, TaskBucket, TaskToRecord, TaskTracker } from '../../../src/usecases/ports';

export interface TaskTrackerHarness {
  readonly tracker: TaskTracker;
  /** A group with two Planner plans (created at different times) that the signed-in user belongs to. */
  readonly groupId: GroupId;
  /** At least two members of that group (assignable). */
  readonly members: readonly UserId[];
  /** The next recording creates its tasks, then loses the answer (a dropped connection after processing). */
  dropNextRecording(): Promise<void>;
  /** A task someone made by hand in the bucket (no marker); its id. */
  addManualTask(bucket: TaskBucket, title: string): Promise<string>;
  /** A user of the tenant who is not a member of the group. */
  readonly outsider: UserId;
}

/**
 * Planner's listings lag behind a create (sandbox README "Planner", read lag): a check of what was recorded polls
 * until the listing shows `n` tasks, up to a few seconds.
 */
async function listed(tracker: TaskTracker, bucket: TaskBucket, n: number) {
  for (let i = 0; ; i++) {
    const r = await tracker.listTasks(bucket);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    if (r.value.length >= n || i >= 80) return r.value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const MEETING = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0';

export function describeTaskTrackerContract(name: string, make: () => Promise<TaskTrackerHarness>): void {
  describe(`TaskTracker contract: ${name}`, () => {
    let h: TaskTrackerHarness;
    let bucket: TaskBucket;
    const series = () => `Contract series ${randomUUID().slice(0, 8)}`;
    const item = (title: string, assignees: readonly UserId[], due?: string): TaskToRecord => ({
      actionId: randomUUID(),
      title,
      assigneeIds: assignees,
      ...(due ? { due } : {}),
      description: 'From the contract suite.',
      meetingUrl: MEETING,
    });

    beforeEach(async () => {
      h = await make();
      const b = await h.tracker.ensureBucket(h.groupId, series());
      if (!b.ok) throw new Error(JSON.stringify(b.failure));
      bucket = b.value;
    });

    it('finds the series bucket by name instead of creating a second one', async () => {
      const title = series();
      const first = await h.tracker.ensureBucket(h.groupId, title);
      const again = await h.tracker.ensureBucket(h.groupId, title);
      expect(again).toEqual(first);
      expect(await h.tracker.ensureBucket(h.groupId, title, first.ok ? first.value : undefined)).toEqual(
        first,
      );
    });

    it('lists the group’s plans oldest first; the first is the default plan, and a chosen plan gets its own bucket', async () => {
      const plans = await h.tracker.listPlans(h.groupId);
      if (!plans.ok) throw new Error(JSON.stringify(plans.failure));
      // The harness's group holds two plans (a group can hold several).
      expect(plans.value.length).toBeGreaterThanOrEqual(2);
      const created = plans.value.map((p) => p.createdDateTime ?? '');
      expect(created).toEqual([...created].sort());
      expect(plans.value.every((p) => p.id !== '' && p.title !== '')).toBe(true);
      const [oldest, newer] = plans.value as [PlannerPlan, PlannerPlan];
      expect(bucket.planId).toBe(oldest.id);
      const title = series();
      const chosen = await h.tracker.ensureBucket(h.groupId, title, { planId: newer.id, bucketId: '' });
      if (!chosen.ok) throw new Error(JSON.stringify(chosen.failure));
      expect(chosen.value.planId).toBe(newer.id);
      // The same title in the default plan is another bucket: a bucket belongs to one plan.
      const inOldest = await h.tracker.ensureBucket(h.groupId, title);
      expect(inOldest.ok && inOldest.value.bucketId).not.toBe(chosen.value.bucketId);
      // A bucket remembered from the other plan is not "known" in this one.
      const moved = await h.tracker.ensureBucket(h.groupId, title, {
        planId: newer.id,
        bucketId: inOldest.ok ? inOldest.value.bucketId : '',
      });
      expect(moved).toEqual(chosen);
    });

    it('records tasks with their assignees, due dates and action ids', async () => {
      const [a, b] = h.members as [UserId, UserId];
      const items = [item('Draft the hiring plan', [a], '2026-03-31'), item('Book the offsite', [a, b])];
      const r = await h.tracker.recordTasks(bucket, items);
      expect(r.ok && r.value.map((x) => x.status)).toEqual(['created', 'created']);
      const byAction = new Map((await listed(h.tracker, bucket, 2)).map((t) => [t.actionId, t]));
      const first = byAction.get(items[0]!.actionId);
      expect(first?.title).toBe('Draft the hiring plan');
      expect(first?.dueDateTime?.slice(0, 10)).toBe('2026-03-31');
      expect(first?.assigneeIds).toEqual([a]);
      expect([...(byAction.get(items[1]!.actionId)?.assigneeIds ?? [])].sort()).toEqual([a, b].sort());
      expect(byAction.get(items[1]!.actionId)?.dueDateTime).toBeNull();
    });

    it('is idempotent: recording the same actions again creates nothing', async () => {
      const items = [item('One', [h.members[0]!]), item('Two', [])];
      const first = await h.tracker.recordTasks(bucket, items);
      const again = await h.tracker.recordTasks(bucket, [...items, items[0]!]);
      expect(again.ok && again.value.map((x) => x.status)).toEqual(['existing', 'existing']);
      expect(again.ok && again.value.map((x) => (x.status === 'failed' ? '' : x.taskId))).toEqual(
        first.ok && first.value.map((x) => (x.status === 'failed' ? '' : x.taskId)),
      );
      expect(await listed(h.tracker, bucket, 3)).toHaveLength(2);
    });

    it('a dropped connection after the tasks were created leaves no duplicate, recovered at once or on retry', async () => {
      const items = [item('Alpha', [h.members[0]!]), item('Beta', [h.members[1]!], '2026-04-01')];
      await h.dropNextRecording();
      const first = await h.tracker.recordTasks(bucket, items);
      const done = first.ok && first.value.every((x) => x.status !== 'failed');
      if (!done) {
        const retry = await h.tracker.recordTasks(bucket, items);
        expect(retry.ok && retry.value.every((x) => x.status !== 'failed')).toBe(true);
      }
      const tasks = await listed(h.tracker, bucket, 3);
      expect(tasks).toHaveLength(2);
      expect(tasks.map((t) => t.actionId).sort()).toEqual(items.map((i) => i.actionId).sort());
    });

    it('never adopts a task made by hand with the same title: it creates the action’s own task', async () => {
      const made = await h.addManualTask(bucket, 'Order the badges');
      const r = await h.tracker.recordTasks(bucket, [item('Order the badges', [h.members[0]!])]);
      expect(r.ok && r.value.map((x) => x.status)).toEqual(['created']);
      expect(r.ok && r.value[0]?.status !== 'failed' && r.value[0]?.taskId).not.toBe(made);
      const tasks = await listed(h.tracker, bucket, 2);
      expect(tasks).toHaveLength(2);
      expect(tasks.find((t) => t.taskId === made)?.actionId).toBeUndefined();
    });

    it('assigns an owner who is not a member of the plan’s group', async () => {
      const r = await h.tracker.recordTasks(bucket, [item('Outside help', [h.outsider])]);
      expect(r.ok && r.value.map((x) => x.status)).toEqual(['created']);
      expect((await listed(h.tracker, bucket, 1))[0]?.assigneeIds).toEqual([h.outsider]);
    });

    it('updates a task: progress, due date and assignees', async () => {
      const [a, b] = h.members as [UserId, UserId];
      const r = await h.tracker.recordTasks(bucket, [item('Update me', [a], '2026-05-01')]);
      const taskId = r.ok && r.value[0]?.status !== 'failed' ? (r.value[0]?.taskId ?? '') : '';
      const u1 = await h.tracker.updateTask(taskId, {
        percentComplete: 50,
        due: '2026-05-15',
        assigneeIds: [b],
      });
      expect(
        u1.ok && [u1.value.percentComplete, u1.value.dueDateTime?.slice(0, 10), u1.value.assigneeIds],
      ).toEqual([50, '2026-05-15', [b]]);
      // A second write with no fresh read in between: the adapter re-reads the eTag itself.
      const u2 = await h.tracker.updateTask(taskId, { percentComplete: 100, due: null });
      expect(u2.ok && [u2.value.percentComplete, u2.value.dueDateTime]).toEqual([100, null]);
    });

    it('rewrites a task’s description from its current text, leaving the task’s fields alone', async () => {
      const [a] = h.members as [UserId];
      const r = await h.tracker.recordTasks(bucket, [item('Describe me', [a], '2026-05-01')]);
      const taskId = r.ok && r.value[0]?.status !== 'failed' ? (r.value[0]?.taskId ?? '') : '';
      const seen: string[] = [];
      const u1 = await h.tracker.updateTask(taskId, {
        description: (d) => {
          seen.push(d);
          return `${d}\nHelpers: Ana (ana@northwind.example).`;
        },
      });
      expect(u1.ok && [u1.value.assigneeIds, u1.value.dueDateTime?.slice(0, 10)]).toEqual([
        [a],
        '2026-05-01',
      ]);
      const u2 = await h.tracker.updateTask(taskId, {
        percentComplete: 50,
        description: (d) => {
          seen.push(d);
          return d;
        },
      });
      expect(u2.ok && u2.value.percentComplete).toBe(50);
      // The first rewrite saw what the task was created with; the second saw the first's result.
      expect(seen.at(0)).toBe('From the contract suite.');
      expect(seen.at(-1)).toBe('From the contract suite.\nHelpers: Ana (ana@northwind.example).');
    });

    it('reads known tasks by id, and a deleted one as null', async () => {
      const r = await h.tracker.recordTasks(bucket, [item('Read me', [h.members[0]!], '2026-06-01')]);
      const taskId = r.ok && r.value[0]?.status !== 'failed' ? (r.value[0]?.taskId ?? '') : '';
      await h.tracker.updateTask(taskId, { percentComplete: 100 });
      const got = await h.tracker.getTasks([taskId, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA']);
      if (!got.ok) throw new Error(JSON.stringify(got.failure));
      expect(got.value.get(taskId)?.percentComplete).toBe(100);
      expect(got.value.get(taskId)?.dueDateTime?.slice(0, 10)).toBe('2026-06-01');
      expect(got.value.get('AAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    });

    it('a task linked to another action is never adopted as an orphan', async () => {
      const first = await h.tracker.recordTasks(bucket, [item('Same title', [h.members[0]!])]);
      const firstId = first.ok && first.value[0]?.status !== 'failed' ? (first.value[0]?.taskId ?? '') : '';
      const second = await h.tracker.recordTasks(
        bucket,
        [item('Same title', [h.members[0]!])],
        new Set([firstId]),
      );
      expect(second.ok && second.value[0]?.status).toBe('created');
      expect(await listed(h.tracker, bucket, 2)).toHaveLength(2);
    });

    it('reports an unknown bucket as notFound', async () => {
      const r = await h.tracker.listTasks({
        planId: bucket.planId,
        bucketId: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      });
      expect(r.ok ? 'ok' : r.failure.kind).toBe('notFound');
    });
  });
}
