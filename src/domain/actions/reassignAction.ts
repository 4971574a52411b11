import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError, ActionOwner } from './actionTypes';
import { withOwner } from './claimAction';
import { updateAction } from './updateAction';
import { validateHelpers, validateOwner } from './validateActionInput';

/** Names another owner; the helpers stay (less the new owner, if they were one). */
export function reassignAction(
  doc: SeriesDocument,
  actionId: string,
  owner: ActionOwner,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    const valid = validateOwner(owner);
    if (!valid.ok) return valid;
    return ok(withOwner(a, valid.value, 'assigned', stamp));
  });
}

/** Replaces the helpers (an empty list: none). */
export function setActionHelpers(
  doc: SeriesDocument,
  actionId: string,
  helpers: readonly ActionOwner[],
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    const valid = validateHelpers(helpers, a.ownership.value.owner);
    if (!valid.ok) return valid;
    return ok({ ...a, helpers: stamped(valid.value, stamp) });
  });
}
