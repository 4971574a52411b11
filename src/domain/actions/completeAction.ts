import { ok, type Result } from '../result';
import { overwrite } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { ActionActor } from './actionActor';
import type { ActionError } from './actionTypes';
import { updateAction } from './updateAction';

/** Marks the action done (or reopens it with `completed: false`). */
export function completeAction(
  doc: SeriesDocument,
  actionId: string,
  completed: boolean,
  actor: ActionActor,
  now: number,
): Result<SeriesDocument, ActionError> {
  return updateAction(doc, actionId, actor, (a) =>
    ok({ ...a, completed: overwrite(a.completed, completed, now, actor.id) }),
  );
}
