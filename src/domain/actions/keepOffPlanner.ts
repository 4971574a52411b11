import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError } from './actionTypes';
import { updateAction } from './updateAction';

/**
 * Keeps an item off Planner by choice (its owner can't be assigned there: an external guest, an unresolved address),
 * or undoes that choice (`kept: false`). An item already in Planner stays there: the choice is for what hasn't gone.
 */
export function keepOffPlanner(
  doc: SeriesDocument,
  actionId: string,
  kept: boolean,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => {
    if (kept && a.planner) return err({ kind: 'notAllowed', problem: { code: 'actionAlreadyInPlanner' } });
    return ok({ ...a, keptOffPlanner: stamped(kept, stamp) });
  });
}
