import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayAssign, type ActionActor } from './actionActor';
import type { ActionError, ActionOwner, OwnershipHow } from './actionTypes';
import { validateDue, validateHelpers, validateOwner, validateTitle } from './validateActionInput';

export interface CaptureInput {
  /** Client-generated uuid: the idempotency key of the Planner task too. */
  readonly id: string;
  readonly occurrence: OccurrenceKey;
  readonly topicId?: string;
  readonly title: string;
  /** The one accountable owner: the Planner assignee. */
  readonly owner: ActionOwner;
  /** Noted in the Planner task, not assigned. */
  readonly helpers?: readonly ActionOwner[];
  readonly due?: string;
  readonly how: OwnershipHow;
  /** Chosen at capture for an owner Planner can't assign: the item stays here and is never recorded. */
  readonly keptOffPlanner?: boolean;
}

/**
 * Records a new action item. Capturing the same id again (a retry, a double click) changes nothing: the first
 * capture stands and later edits go through the other commands.
 */
export function captureAction(
  doc: SeriesDocument,
  input: CaptureInput,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  if (doc.actions?.[input.id]) return ok(doc);
  if (input.id.trim() === '' || input.id.length > 100)
    return err({ kind: 'invalidInput', field: 'id', problem: { code: 'actionIdMissing' } });
  const title = validateTitle(input.title);
  if (!title.ok) return title;
  const owner = validateOwner(input.owner);
  if (!owner.ok) return owner;
  const helpers = validateHelpers(input.helpers ?? [], owner.value);
  if (!helpers.ok) return helpers;
  const due = validateDue(input.due ?? null);
  if (!due.ok) return due;
  if (input.how === 'claimed') {
    const me = actor.email.trim().toLowerCase();
    if (owner.value.email.toLowerCase() !== me)
      return err({ kind: 'notAllowed', problem: { code: 'actionClaimNotOwn' } });
  } else if (!mayAssign(actor)) {
    return err({ kind: 'notAllowed', problem: { code: 'actionAssignNotAllowed' } });
  }
  return ok({
    ...doc,
    actions: {
      ...doc.actions,
      [input.id]: {
        id: input.id,
        occurrence: input.occurrence,
        ...(input.topicId !== undefined ? { topicId: input.topicId } : {}),
        createdBy: actor.id,
        createdAt: stamp.at,
        title: stamped(title.value, stamp),
        ownership: stamped({ owner: owner.value, how: input.how }, stamp),
        ...(helpers.value.length > 0 ? { helpers: stamped(helpers.value, stamp) } : {}),
        ...(input.keptOffPlanner === true ? { keptOffPlanner: stamped(true, stamp) } : {}),
        due: stamped(due.value, stamp),
        completed: stamped(false, stamp),
      },
    },
  });
}
