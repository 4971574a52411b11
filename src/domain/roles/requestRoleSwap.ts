// "Roles by consent" (issue #16): taking someone's turn is a request the holder accepts or declines, and until then
// nothing changes. Each command is applied to the newest stored version (If-Match, re-applied on a 412), so its rules
// are checked against what is really stored: an answer to a request that was withdrawn meanwhile is refused, and so is
// a withdrawal of a request that was answered meanwhile. A retried command that already landed (a lost answer) is a
// no-op, never an error.
import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey, UserId } from '../ids';
import { err, ok, type Result } from '../result';
import { sortKeys, stamped } from '../series/lww';
import {
  occurrenceOf,
  type RoleRequest,
  type RoleRequestAnswer,
  type SeriesDocument,
} from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { roleChangeOf } from './roleChangeOf';
import type { RoleError, RoleProblem } from './roleProblem';
import { changedSince, requestState } from './roleRequestState';
import { rolesOf } from './rolesOf';

/** More open and answered requests than one meeting's roles could ever gather; a larger set is forged. */
export const ROLE_REQUESTS_MAX = 200;
export const REQUEST_ID_MAX = 100;
const NAME_MAX = 200;

export interface RoleSwapRequest {
  /** Made once by the client, so a retried request is recognised. */
  readonly id: string;
  readonly occurrence: OccurrenceKey;
  readonly roleId: string;
  /** Who holds the role as the requester sees it: the person asked. */
  readonly holder: UserId;
  readonly holderName: string;
}

export function requestRoleSwap(
  doc: SeriesDocument,
  req: RoleSwapRequest,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  const rec = occurrenceOf(doc, req.occurrence);
  const existing = rec.roleRequests?.[req.id];
  if (existing) {
    // The same request again (its answer was lost): it already landed.
    if (existing.from === actor.id && existing.role === req.roleId && existing.to === req.holder)
      return ok(doc);
    return err({ kind: 'invalidInput', field: 'request', problem: { code: 'roleRequestUnrecorded' } });
  }
  if (!req.id || req.id.length > REQUEST_ID_MAX)
    return err({ kind: 'invalidInput', field: 'request', problem: { code: 'roleRequestUnrecorded' } });
  if (!rolesOf(doc).some((r) => r.id === req.roleId))
    return err({ kind: 'notFound', problem: { code: 'roleNotInSeries' } });
  if (req.holder === actor.id)
    return err({ kind: 'invalidInput', field: 'request', problem: { code: 'roleAlreadyHeld' } });
  const open = Object.values(rec.roleRequests ?? {});
  if (open.some((r) => r.from === actor.id && r.role === req.roleId && requestState(r) === 'pending'))
    return err({ kind: 'invalidInput', field: 'request', problem: { code: 'roleRequestPending' } });
  if (open.length >= ROLE_REQUESTS_MAX)
    return err({ kind: 'invalidInput', field: 'request', problem: { code: 'roleRequestsTooMany' } });
  const request: RoleRequest = {
    role: req.roleId,
    from: actor.id,
    fromName: actor.name.slice(0, NAME_MAX),
    to: req.holder,
    toName: req.holderName.slice(0, NAME_MAX),
    at: stamp.at,
    c: stamp.c,
    by: stamp.by,
  };
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [req.occurrence]: { ...rec, roleRequests: sortKeys({ ...rec.roleRequests, [req.id]: request }) },
    },
  });
}

/** The holder accepts (the requester takes this one meeting's turn) or declines (nothing changes). */
export function answerRoleSwap(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  id: string,
  accept: boolean,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  const answer: RoleRequestAnswer = accept ? 'accepted' : 'declined';
  const found = findRequest(doc, occ, id);
  if (!found.ok) return found;
  const r = found.value;
  if (r.to !== actor.id)
    return err({ kind: 'notAllowed', problem: { code: 'roleAnswerNotAllowed', to: r.toName } });
  const state = requestState(r);
  if (state === answer) return ok(doc);
  if (state !== 'pending') return err({ kind: 'invalidInput', field: 'request', problem: closedProblem(r) });
  // Someone else took the turn after this was asked (another accepted request, an override): the person asked no
  // longer gives it away.
  const change = roleChangeOf(doc, occ, r.role);
  if (accept && change && changedSince(change, r))
    return err({
      kind: 'invalidInput',
      field: 'request',
      problem: { code: 'roleTakenSince', holder: change.holderName ?? null, from: r.fromName },
    });
  return ok(withAnswer(doc, occ, id, r, answer, stamp));
}

/** The requester takes the request back while it waits for an answer. */
export function withdrawRoleSwap(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  id: string,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  const found = findRequest(doc, occ, id);
  if (!found.ok) return found;
  const r = found.value;
  if (r.from !== actor.id)
    return err({ kind: 'notAllowed', problem: { code: 'roleWithdrawNotAllowed', from: r.fromName } });
  const state = requestState(r);
  if (state === 'withdrawn') return ok(doc);
  if (state !== 'pending') return err({ kind: 'invalidInput', field: 'request', problem: closedProblem(r) });
  return ok(withAnswer(doc, occ, id, r, 'withdrawn', stamp));
}

function findRequest(doc: SeriesDocument, occ: OccurrenceKey, id: string): Result<RoleRequest, RoleError> {
  const r = occurrenceOf(doc, occ).roleRequests?.[id];
  return r ? ok(r) : err({ kind: 'notFound', problem: { code: 'roleRequestNotFound' } });
}

function closedProblem(r: RoleRequest): RoleProblem {
  switch (requestState(r)) {
    case 'accepted':
      return { code: 'roleRequestAccepted', to: r.toName };
    case 'declined':
      return { code: 'roleRequestDeclined', to: r.toName };
    default:
      return { code: 'roleRequestWithdrawn', from: r.fromName };
  }
}

function withAnswer(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  id: string,
  r: RoleRequest,
  answer: RoleRequestAnswer,
  stamp: Stamp,
): SeriesDocument {
  const rec = occurrenceOf(doc, occ);
  return {
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: {
        ...rec,
        roleRequests: { ...rec.roleRequests, [id]: { ...r, answer: stamped(answer, stamp) } },
      },
    },
  };
}
