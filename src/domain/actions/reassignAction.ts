import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError, ActionOwner } from './actionTypes';
import { updateAction } from './updateAction';
import { validateOwners } from './validateActionInput';

export function reassignAction(
  doc: SeriesDocument,
  actionId: string,
  owners: readonly ActionOwner[],
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    const valid = validateOwners(owners);
    if (!valid.ok) return valid;
    return ok({
      ...a,
      ownership: stamped({ owners: valid.value, how: 'assigned' as const }, stamp),
    });
  });
}
