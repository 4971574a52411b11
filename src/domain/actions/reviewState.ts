import type { ActionRecord } from './actionTypes';

export type CommitmentState = 'done' | 'overdue' | 'open' | 'notInPlanner';

/** Live Planner status of one action, as far as the review needs it. */
export interface LiveTask {
  readonly percentComplete: number;
  /** YYYY-MM-DD, or null. */
  readonly due: string | null;
}

/**
 * Where a commitment stands at the review: Planner is the truth once the task exists (owners tick it off there);
 * before that, the document's own completed flag and due date decide. `today` is the viewer's local date.
 */
export function reviewState(
  action: ActionRecord,
  live: LiveTask | undefined,
  today: string,
): CommitmentState {
  if (!live) {
    if (action.completed.value) return 'done';
    return action.planner ? overdueOrOpen(action.due.value, today) : 'notInPlanner';
  }
  if (live.percentComplete >= 100) return 'done';
  return overdueOrOpen(live.due, today);
}

function overdueOrOpen(due: string | null, today: string): CommitmentState {
  return due !== null && due < today ? 'overdue' : 'open';
}
