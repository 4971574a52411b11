// The common shape of the later-edit commands: find the action, check who may change it, write one register.
import { err, ok, type Result } from '../result';
import type { SeriesDocument } from '../series/seriesDocument';
import { mayAssign, type ActionActor } from './actionActor';
import type { ActionError, ActionRecord } from './actionTypes';
import { isOwner } from './isOwner';

export function updateAction(
  doc: SeriesDocument,
  actionId: string,
  actor: ActionActor,
  change: (a: ActionRecord) => Result<ActionRecord, ActionError>,
  /** Anyone in the meeting may do it ("I'll own this"), not only the owner and those who assign. */
  opts: { readonly anyone?: boolean } = {},
): Result<SeriesDocument, ActionError> {
  const action = doc.actions?.[actionId];
  if (!action) return err({ kind: 'notFound', problem: { code: 'actionGone' } });
  if (opts.anyone !== true && !mayAssign(actor) && !isOwner(action, actor.email))
    return err({ kind: 'notAllowed', problem: { code: 'actionChangeNotAllowed' } });
  const changed = change(action);
  if (!changed.ok) return changed;
  return ok({ ...doc, actions: { ...doc.actions, [actionId]: changed.value } });
}
