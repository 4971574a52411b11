// "Review of commitments" (DESIGN.md "Owned action items": their live status is reviewed at the next occurrence):
// the earlier occurrences' actions, their status read live from Planner by task id in $batch requests sent side by
// side (TaskTracker.getTasks): one sequential round trip for a review of up to 80 tasks, wherever in the plan an
// owner moved them.
import type { ActionOwner } from '../../domain/actions/actionTypes';
import { helpersOf } from '../../domain/actions/helpersOf';
import { reviewState, type CommitmentState, type LiveTask } from '../../domain/actions/reviewState';
import type { OccurrenceKey } from '../../domain/ids';
import { ok } from '../../domain/result';
import type { Outcome, StoredSeries, TaskTracker, TrackedTask } from '../ports';

export interface Commitment {
  readonly actionId: string;
  readonly occurrence: OccurrenceKey;
  readonly title: string;
  readonly owner: ActionOwner;
  readonly helpers: readonly ActionOwner[];
  readonly due: string | null;
  readonly state: CommitmentState | 'deletedInPlanner';
  readonly percentComplete?: number;
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
  const taskIds = earlier.flatMap((a) => (a.planner ? [a.planner.value.taskId] : []));
  let live: ReadonlyMap<string, TrackedTask | null> = new Map();
  if (taskIds.length > 0) {
    const got = await tracker.getTasks(taskIds);
    if (!got.ok) return got;
    live = got.value;
  }
  return ok(
    earlier.map((a): Commitment => {
      const taskId = a.planner?.value.taskId;
      const task = taskId !== undefined ? live.get(taskId) : undefined;
      const base = {
        actionId: a.id,
        occurrence: a.occurrence,
        owner: a.ownership.value.owner,
        helpers: helpersOf(a),
        ...(taskId !== undefined ? { taskId } : {}),
      };
      if (task === null)
        return { ...base, title: a.title.value, due: a.due.value, state: 'deletedInPlanner' };
      const now: LiveTask | undefined = task
        ? {
            percentComplete: task.percentComplete,
            due: task.dueDateTime ? task.dueDateTime.slice(0, 10) : null,
          }
        : undefined;
      return {
        ...base,
        title: task?.title ?? a.title.value,
        due: now ? now.due : a.due.value,
        state: reviewState(a, now, today),
        ...(task ? { percentComplete: task.percentComplete } : {}),
      };
    }),
  );
}
