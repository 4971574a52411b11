import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionActor } from './actionActor';
import type { ActionError, ActionOwner, ActionRecord } from './actionTypes';
import { updateAction } from './updateAction';

/** "I'll own this": the actor becomes the action's owner, and it is marked as claimed. Anyone may claim. */
export function claimAction(
  doc: SeriesDocument,
  actionId: string,
  actor: ActionActor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const owner = { email: actor.email.trim(), name: actor.name.trim() || actor.email.trim() };
  return updateAction(doc, actionId, actor, (a) => ok(withOwner(a, owner, 'claimed', stamp)), {
    anyone: true,
  });
}

/**
 * The action with a new owner. A helper who becomes the owner leaves the helpers (written in the same stamp, so the
 * document stays clean; helpersOf covers a concurrent edit that brings them back).
 */
export function withOwner(
  a: ActionRecord,
  owner: ActionOwner,
  how: 'claimed' | 'assigned',
  stamp: Stamp,
): ActionRecord {
  const key = owner.email.toLowerCase();
  const helpers = a.helpers?.value ?? [];
  const rest = helpers.filter((h) => h.email.toLowerCase() !== key);
  return {
    ...a,
    ownership: stamped({ owner, how }, stamp),
    ...(a.helpers && rest.length !== helpers.length ? { helpers: stamped(rest, stamp) } : {}),
  };
}
