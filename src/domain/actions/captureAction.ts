import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayAssign, type ActionActor } from './actionActor';
import type { ActionError, ActionOwner, OwnershipHow } from './actionTypes';
import { validateDue, validateOwners, validateTitle } from './validateActionInput';

export interface CaptureInput {
  /** Client-generated uuid: the idempotency key of the Planner task too. */
  readonly id: string;
  readonly occurrence: OccurrenceKey;
  readonly topicId?: string;
  readonly title: string;
  readonly owners: readonly ActionOwner[];
  readonly due?: string;
  readonly how: OwnershipHow;
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
    return err({ kind: 'invalidInput', field: 'id', message: 'An action needs an id.' });
  const title = validateTitle(input.title);
  if (!title.ok) return title;
  const owners = validateOwners(input.owners);
  if (!owners.ok) return owners;
  const due = validateDue(input.due ?? null);
  if (!due.ok) return due;
  if (input.how === 'claimed') {
    const me = actor.email.trim().toLowerCase();
    if (!owners.value.some((o) => o.email.toLowerCase() === me))
      return err({ kind: 'notAllowed', message: 'You can only claim an action you own yourself.' });
  } else if (!mayAssign(actor)) {
    return err({
      kind: 'notAllowed',
      message: 'Only the note-taker, the facilitator or the organizer can assign an action to others.',
    });
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
        ownership: stamped({ owners: owners.value, how: input.how }, stamp),
        due: stamped(due.value, stamp),
        completed: stamped(false, stamp),
      },
    },
  });
}
