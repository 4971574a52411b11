import { groupId as toGroupId, userId, type GroupId, type UserId } from '../../src/domain/ids';
import { err, ok } from '../../src/domain/result';
import type {
  BucketSnapshot,
  Failure,
  Outcome,
  PlannerPlan,
  RecordedTask,
  TaskBucket,
  TaskPatch,
  TaskToRecord,
  TaskTracker,
  TrackedTask,
} from '../../src/usecases/ports';

interface Task {
  readonly id: string;
  readonly bucketId: string;
  title: string;
  percentComplete: number;
  due: string | null;
  assignees: UserId[];
  /** The task details' description. */
  description: string;
  /** The marker reference, born with the task; absent for tasks made by hand. */
  actionId?: string;
  version: number;
}

/**
 * An honest in-memory TaskTracker (the contract suite in tests/contract/taskTracker runs it beside the Planner
 * adapter): a plan id per group (or several plans, listed oldest first), buckets by name, tasks created with their marker (as the adapter sends it inside the
 * create), assignees outside the group accepted as Planner does, and `dropNextRecording` to lose an answer after the
 * tasks were created, the way a dropped connection does.
 */
export class InMemoryTaskTracker implements TaskTracker {
  readonly tasks = new Map<string, Task>();
  readonly buckets = new Map<string, { planId: string; name: string }>();
  private nextId = 1;
  private drop = false;
  private failure: Failure | undefined;
  private readonly deleted = new Set<string>();

  constructor(
    private readonly plans: Readonly<Record<string, string | readonly PlannerPlan[]>>,
    /** The plan's group members; Planner assigns others too, so this only documents the fixture. */
    readonly members: readonly UserId[],
  ) {}

  /** The plan is deleted in Planner (its buckets and tasks go with it). */
  deletePlan(planId: string): void {
    this.deleted.add(planId);
    for (const [id, b] of this.buckets) if (b.planId === planId) this.buckets.delete(id);
  }

  dropNextRecording(): void {
    this.drop = true;
  }

  failWith(failure: Failure | undefined): void {
    this.failure = failure;
  }

  /** A task made by hand in the bucket (no marker). */
  addManualTask(bucket: TaskBucket, title: string): string {
    const id = `task-${this.nextId++}`;
    this.tasks.set(id, {
      id,
      bucketId: bucket.bucketId,
      title,
      percentComplete: 0,
      due: null,
      assignees: [],
      description: '',
      version: 1,
    });
    return id;
  }

  async listPlans(groupId: GroupId): Promise<Outcome<readonly PlannerPlan[]>> {
    await tick();
    if (this.failure) return err(this.failure);
    return ok(this.plansOf(groupId));
  }

  private plansOf(groupId: GroupId): readonly PlannerPlan[] {
    const p = this.plans[groupId];
    if (p === undefined) return [];
    if (typeof p === 'string') return this.deleted.has(p) ? [] : [{ id: p, title: 'Plan' }];
    return [...p]
      .filter((x) => !this.deleted.has(x.id))
      .sort((a, b) =>
        (a.createdDateTime ?? '') === (b.createdDateTime ?? '')
          ? a.id < b.id
            ? -1
            : 1
          : (a.createdDateTime ?? '') < (b.createdDateTime ?? '')
            ? -1
            : 1,
      );
  }

  async ensureBucket(
    groupId: GroupId,
    seriesTitle: string,
    known?: TaskBucket,
  ): Promise<Outcome<TaskBucket>> {
    await tick();
    if (this.failure) return err(this.failure);
    const planId = known?.planId ?? this.plansOf(groupId)[0]?.id;
    if (!planId)
      return err({ kind: 'notFound', code: 'NoPlannerPlan', message: 'The team has no Planner plan yet.' });
    // Listing a deleted (or unknown) plan's buckets is a 404, as in Planner.
    if (!Object.keys(this.plans).some((g) => this.plansOf(toGroupId(g)).some((p) => p.id === planId)))
      return err({ kind: 'notFound', code: 'NotFound', message: 'The requested item is not found.' });
    if (known && this.buckets.get(known.bucketId)?.planId === planId) return ok(known);
    const name = seriesTitle.trim() || 'Roundtable';
    const found = [...this.buckets.entries()]
      .filter(([, b]) => b.planId === planId && b.name === name)
      .map(([id]) => id)
      .sort()[0];
    if (found) return ok({ planId, bucketId: found });
    const bucketId = `bucket-${this.nextId++}`;
    this.buckets.set(bucketId, { planId, name });
    return ok({ planId, bucketId });
  }

  async recordTasks(
    bucket: TaskBucket,
    items: readonly TaskToRecord[],
    knownTaskIds: ReadonlySet<string> = new Set(),
    _snapshot?: BucketSnapshot,
    mayCreate: () => Promise<boolean> = async () => true,
  ): Promise<Outcome<readonly RecordedTask[]>> {
    await tick();
    if (this.failure) return err(this.failure);
    if (!this.buckets.has(bucket.bucketId)) return err({ kind: 'notFound', message: 'No such bucket.' });
    const inBucket = [...this.tasks.values()].filter(
      (t) => t.bucketId === bucket.bucketId && !knownTaskIds.has(t.id),
    );
    const results: RecordedTask[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.actionId)) continue;
      seen.add(item.actionId);
      const existing = inBucket.find((t) => t.actionId === item.actionId);
      if (existing) {
        results.push({ actionId: item.actionId, status: 'existing', taskId: existing.id });
        continue;
      }
      if (!(await mayCreate())) {
        results.push({
          actionId: item.actionId,
          status: 'failed',
          failure: {
            kind: 'preconditionFailed',
            code: 'PlannerLeaseLost',
            message: 'Another window took over recording to Planner; try again in a moment.',
          },
        });
        continue;
      }
      const task: Task = {
        id: `task-${this.nextId++}`,
        bucketId: bucket.bucketId,
        title: item.title.trim(),
        percentComplete: 0,
        due: item.due ?? null,
        assignees: [...item.assigneeIds],
        description: item.description,
        actionId: item.actionId,
        version: 1,
      };
      this.tasks.set(task.id, task);
      results.push({ actionId: item.actionId, status: 'created', taskId: task.id });
    }
    await tick();
    if (this.drop) {
      // The tasks exist with their markers, and the caller hears nothing back.
      this.drop = false;
      return err({ kind: 'network', message: 'The connection was dropped.' });
    }
    return ok(results);
  }

  async readBucket(bucket: TaskBucket): Promise<Outcome<BucketSnapshot>> {
    const listed = await this.listTasks(bucket);
    return listed.ok ? ok({ bucket, tasks: listed.value.map((task) => ({ task })) }) : listed;
  }

  async listTasks(bucket: TaskBucket): Promise<Outcome<readonly TrackedTask[]>> {
    await tick();
    if (this.failure) return err(this.failure);
    if (!this.buckets.has(bucket.bucketId)) return err({ kind: 'notFound', message: 'No such bucket.' });
    return ok([...this.tasks.values()].filter((t) => t.bucketId === bucket.bucketId).map(tracked));
  }

  async getTasks(taskIds: readonly string[]): Promise<Outcome<ReadonlyMap<string, TrackedTask | null>>> {
    await tick();
    if (this.failure) return err(this.failure);
    return ok(
      new Map(
        taskIds.map((id) => {
          const t = this.tasks.get(id);
          return [id, t ? tracked(t) : null] as const;
        }),
      ),
    );
  }

  /** A task deleted in Planner by hand. */
  deleteTask(taskId: string): void {
    this.tasks.delete(taskId);
  }

  async updateTask(taskId: string, patch: TaskPatch): Promise<Outcome<TrackedTask>> {
    await tick();
    if (this.failure) return err(this.failure);
    const t = this.tasks.get(taskId);
    if (!t) return err({ kind: 'notFound', message: 'No such task.' });
    if (patch.title !== undefined) t.title = patch.title.trim();
    if (patch.percentComplete !== undefined) t.percentComplete = patch.percentComplete;
    if (patch.due !== undefined) t.due = patch.due;
    if (patch.assigneeIds !== undefined) t.assignees = [...new Set(patch.assigneeIds)];
    if (patch.description !== undefined) t.description = patch.description(t.description);
    t.version++;
    return ok(tracked(t));
  }
}

function tracked(t: Task): TrackedTask {
  return {
    taskId: t.id,
    ...(t.actionId !== undefined ? { actionId: t.actionId } : {}),
    title: t.title,
    percentComplete: t.percentComplete,
    dueDateTime: t.due === null ? null : `${t.due}T12:00:00Z`,
    assigneeIds: t.assignees.map((id) => userId(id)),
    etag: `W/"${t.id}-${t.version}"`,
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
