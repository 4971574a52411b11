// Later edits of an action (issue: "Reassigning, changing the due date or completing an item updates the task").
// The series document is written first (If-Match, merge on 412), so the change is never lost; then, for an action
// already in Planner, the task is patched (the adapter sends If-Match and re-reads on 409/412). A Planner failure
// after the document write is reported as a warning with what to do, and the change stays saved here.
import type { Actor } from '../../domain/agenda/agendaTypes';
import { assertNever } from '../../domain/ids';
import { err, ok, type Result } from '../../domain/result';
import type { ActionIntent } from '../../domain/series/seriesIntent';
import type { Directory, Failure, SeriesDocumentStore, StoredSeries, TaskPatch, TaskTracker } from '../ports';
import { changeSeries } from '../series/changeSeries';
import { withPeopleLines, type PlannerTaskWords, type RecordFailure } from './recordToPlanner';

export interface ChangeActionDeps {
  readonly store: SeriesDocumentStore;
  readonly tracker: TaskTracker;
  readonly directory: Directory;
}

export interface ChangeActionReport {
  readonly stored: StoredSeries;
  /** Saved in the document, but the Planner task could not be updated (yet). */
  readonly plannerFailure?: Failure;
  /** Owners Planner couldn't assign (no account in the tenant). */
  readonly notAssigned: readonly string[];
}

export async function changeAction(
  deps: ChangeActionDeps,
  stored: StoredSeries,
  actor: Actor,
  command: ActionIntent,
  now: () => number,
  /** The words of the task's people lines, in the changing person's language. */
  words: PlannerTaskWords,
): Promise<Result<ChangeActionReport, RecordFailure>> {
  const written = await changeSeries(deps.store, stored, actor, command, now);
  if (!written.ok) return err(written.failure);
  const { attempts: _attempts, ...after } = written.value;
  if (command.kind === 'captureAction') return ok({ stored: after, notAssigned: [] });
  const action = after.doc.actions[command.actionId];
  const taskId = action?.planner?.value.taskId;
  if (!action || taskId === undefined) return ok({ stored: after, notAssigned: [] });

  let patch: TaskPatch;
  const notAssigned: string[] = [];
  switch (command.kind) {
    case 'claimAction':
    case 'reassignAction': {
      const o = action.ownership.value.owner;
      const resolved = await deps.directory.resolveEmails([o.email]);
      if (!resolved.ok) return ok({ stored: after, plannerFailure: resolved.failure, notAssigned });
      const user = resolved.value.get(o.email) ?? resolved.value.get(o.email.toLowerCase()) ?? null;
      // Planner keeps its assignee when the new owner can't be assigned: an empty task helps nobody.
      if (!user) {
        notAssigned.push(o.name && o.name !== o.email ? `${o.name} (${o.email})` : o.email);
        return ok({ stored: after, notAssigned });
      }
      // The owner is the only assignee; the description's owner and helper lines follow.
      patch = { assigneeIds: [user.id], description: (d) => withPeopleLines(d, action, words) };
      break;
    }
    case 'setActionHelpers':
      patch = { description: (d) => withPeopleLines(d, action, words) };
      break;
    case 'keepOffPlanner':
      // Only an item not in Planner can be kept off it (keepOffPlanner refuses the rest); undoing changes no task.
      return ok({ stored: after, notAssigned });
    case 'setActionDue':
      patch = { due: action.due.value };
      break;
    case 'completeAction':
      patch = { percentComplete: action.completed.value ? 100 : 0 };
      break;
    default:
      return assertNever(command);
  }
  const updated = await deps.tracker.updateTask(taskId, patch);
  return ok({ stored: after, notAssigned, ...(updated.ok ? {} : { plannerFailure: updated.failure }) });
}
