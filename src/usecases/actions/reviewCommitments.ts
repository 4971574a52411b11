// "Review of last actions" (DESIGN.md "Owned action items": their live status is reviewed at the next occurrence):
// the previous occurrences' actions with their status read live from Planner, in one listing of the series' bucket
// plus batched details reads (TaskTracker.listTasks).
import type { ActionOwner } from '../../domain/actions/actionTypes';
import { reviewState, type CommitmentState, type LiveTask } from '../../domain/actions/reviewState';
import type { OccurrenceKey } from '../../domain/ids';
import { ok } from '../../domain/result';
import type { Outcome, StoredSeries, TaskTracker, TrackedTask } from '../ports';

export interface Commitment {
  readonly actionId: string;
  readonly occurrence: OccurrenceKey;
  readonly title: string;
  readonly owners: readonly ActionOwner[];
  readonly due: string | null;
  readonly state: CommitmentState;
  readonly taskId?: string;
}

export async function reviewCommitments(
  tracker: TaskTracker,
  stored: StoredSeries,
  before: OccurrenceKey,
  today: string,
): Promise<Outcome<readonly Commitment[]>> {
  const earlier = Object.values(stored.doc.actions)
    .filter((a) => a.occurrence < before)
    .sort((a, b) =>
      a.occurrence === b.occurrence ? a.createdAt - b.createdAt : a.occurrence < b.occurrence ? -1 : 1,
    );
  if (earlier.length === 0) return ok([]);
  const bucket = stored.doc.plannerBucket?.value;
  let tasks: readonly TrackedTask[] = [];
  if (bucket && earlier.some((a) => a.planner)) {
    const listed = await tracker.listTasks(bucket);
    if (!listed.ok) return listed;
    tasks = listed.value;
  }
  const byTask = new Map(tasks.map((t) => [t.taskId, t]));
  const byAction = new Map(tasks.flatMap((t) => (t.actionId ? [[t.actionId, t] as const] : [])));
  return ok(
    earlier.map((a) => {
      const task = (a.planner && byTask.get(a.planner.value.taskId)) ?? byAction.get(a.id);
      const live: LiveTask | undefined = task
        ? {
            percentComplete: task.percentComplete,
            due: task.dueDateTime ? task.dueDateTime.slice(0, 10) : null,
          }
        : undefined;
      return {
        actionId: a.id,
        occurrence: a.occurrence,
        title: task?.title ?? a.title.value,
        owners: a.ownership.value.owners,
        due: live ? live.due : a.due.value,
        state: reviewState(a, live, today),
        ...(task ? { taskId: task.taskId } : {}),
      };
    }),
  );
}
