import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError } from './actionTypes';
import { updateAction } from './updateAction';

/** Marks the action done (or reopens it with `completed: false`). */
export function completeAction(
  doc: SeriesDocument,
  actionId: string,
  completed: boolean,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) => ok({ ...a, completed: stamped(completed, stamp) }));
}
