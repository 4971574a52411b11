import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import type { Result } from '../result';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { roleOverrideTarget } from './roleOverrideTarget';
import type { RoleError } from './roleProblem';

/**
 * "Take this turn" for a role nobody holds (everyone available declined or opted out): there is nobody to ask, so a
 * volunteer takes it. A role someone holds is asked for instead (requestRoleSwap): the views offer this only for a
 * vacant role. It only ever puts the actor forward, and the record shows who did it.
 */
export function swapRole(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  roleId: string,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  return roleOverrideTarget(doc, occ, roleId, actor.id, 'swap', stamp);
}
