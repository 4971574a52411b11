import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey, UserId } from '../ids';
import { err, type Result } from '../result';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { roleOverrideTarget } from './roleOverrideTarget';
import type { RoleError } from './roleProblem';

/**
 * The organizer or the occurrence's facilitator assigns a role to anyone (e.g. someone who can't open the app). It is
 * recorded as an override made in that capacity ("organizer override"), and the person assigned is told
 * (nudgeTriggerOf: roleAssigned). It changes this one meeting; later ones change only on a re-plan (replanRoles).
 */
export function overrideRole(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  roleId: string,
  holder: UserId,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  if (!actor.isOrganizer && !actor.isFacilitator)
    return err({ kind: 'notAllowed', problem: { code: 'roleAssignNotAllowed' } });
  return roleOverrideTarget(
    doc,
    occ,
    roleId,
    holder,
    'override',
    stamp,
    actor.isOrganizer ? 'organizer' : 'facilitator',
  );
}
