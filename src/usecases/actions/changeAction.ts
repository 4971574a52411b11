// Later edits of an action (issue: "Reassigning, changing the due date or completing an item updates the task").
// The series document is written first (If-Match, merge on 412), so the change is never lost; then, for an action
// already in Planner, the task is patched (the adapter sends If-Match and re-reads on 409/412). A Planner failure
// after the document write is reported as a warning with what to do, and the change stays saved here.
import type { ActionActor } from '../../domain/actions/actionActor';
import type { ActionOwner } from '../../domain/actions/actionTypes';
import { captureAction, type CaptureInput } from '../../domain/actions/captureAction';
import { claimAction } from '../../domain/actions/claimAction';
import { completeAction } from '../../domain/actions/completeAction';
import { reassignAction } from '../../domain/actions/reassignAction';
import { setDue } from '../../domain/actions/setDue';
import { assertNever, type UserId } from '../../domain/ids';
import { ok, type Result } from '../../domain/result';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
import type { Directory, Failure, SeriesDocumentStore, StoredSeries, TaskPatch, TaskTracker } from '../ports';
import { update, type RecordFailure } from './recordToPlanner';

export type ActionCommand =
  | { readonly kind: 'capture'; readonly input: CaptureInput }
  | { readonly kind: 'claim'; readonly actionId: string }
  | { readonly kind: 'reassign'; readonly actionId: string; readonly owners: readonly ActionOwner[] }
  | { readonly kind: 'setDue'; readonly actionId: string; readonly due: string | null }
  | { readonly kind: 'complete'; readonly actionId: string; readonly completed: boolean };

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
  actor: ActionActor,
  command: ActionCommand,
  now: () => number,
): Promise<Result<ChangeActionReport, RecordFailure>> {
  const apply = (doc: SeriesDocument) => {
    switch (command.kind) {
      case 'capture':
        return captureAction(doc, command.input, actor, now());
      case 'claim':
        return claimAction(doc, command.actionId, actor, now());
      case 'reassign':
        return reassignAction(doc, command.actionId, command.owners, actor, now());
      case 'setDue':
        return setDue(doc, command.actionId, command.due, actor, now());
      case 'complete':
        return completeAction(doc, command.actionId, command.completed, actor, now());
      default:
        return assertNever(command);
    }
  };
  const written = await update(deps.store, stored, apply, stored);
  if (!written.ok) return written;
  const after = written.value;
  if (command.kind === 'capture') return ok({ stored: after, notAssigned: [] });
  const action = after.doc.actions[command.actionId];
  const taskId = action?.planner?.value.taskId;
  if (!action || taskId === undefined) return ok({ stored: after, notAssigned: [] });

  let patch: TaskPatch;
  const notAssigned: string[] = [];
  switch (command.kind) {
    case 'claim':
    case 'reassign': {
      const owners = action.ownership.value.owners;
      const resolved = await deps.directory.resolveEmails(owners.map((o) => o.email));
      if (!resolved.ok) return ok({ stored: after, plannerFailure: resolved.failure, notAssigned });
      const ids: UserId[] = [];
      for (const o of owners) {
        const user = resolved.value.get(o.email) ?? resolved.value.get(o.email.toLowerCase()) ?? null;
        if (user) ids.push(user.id);
        else notAssigned.push(o.name && o.name !== o.email ? `${o.name} (${o.email})` : o.email);
      }
      // Planner keeps its assignees when none of the new owners can be assigned: an empty task helps nobody.
      if (ids.length === 0) return ok({ stored: after, notAssigned });
      patch = { assigneeIds: [...new Set(ids)] };
      break;
    }
    case 'setDue':
      patch = { due: action.due.value };
      break;
    case 'complete':
      patch = { percentComplete: action.completed.value ? 100 : 0 };
      break;
    default:
      return assertNever(command);
  }
  const updated = await deps.tracker.updateTask(taskId, patch);
  return ok({ stored: after, notAssigned, ...(updated.ok ? {} : { plannerFailure: updated.failure }) });
}
