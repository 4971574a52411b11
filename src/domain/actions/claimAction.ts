import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError } from './actionTypes';

/** "I'll own this": the actor becomes the action's sole owner, and it is marked as claimed. */
export function claimAction(
  doc: SeriesDocument,
  actionId: string,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const action = doc.actions?.[actionId];
  if (!action) return err({ kind: 'notFound', message: 'That action no longer exists.' });
  const owner = { email: actor.email.trim(), name: actor.name.trim() || actor.email.trim() };
  return ok({
    ...doc,
    actions: {
      ...doc.actions,
      [actionId]: {
        ...action,
        ownership: stamped({ owners: [owner], how: 'claimed' as const }, stamp),
      },
    },
  });
}
