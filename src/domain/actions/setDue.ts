import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError } from './actionTypes';
import { updateAction } from './updateAction';
import { validateDue } from './validateActionInput';

/** Sets (YYYY-MM-DD) or clears (null) the due date. */
export function setDue(
  doc: SeriesDocument,
  actionId: string,
  due: string | null,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    const valid = validateDue(due);
    if (!valid.ok) return valid;
    return ok({ ...a, due: stamped(valid.value, stamp) });
  });
}
