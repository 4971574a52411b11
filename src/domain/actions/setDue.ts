import { ok, type Result } from '../result';
import { overwrite } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
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
  now: number,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    const valid = validateDue(due);
    if (!valid.ok) return valid;
    return ok({ ...a, due: overwrite(a.due, valid.value, now, actor.id) });
  });
}
