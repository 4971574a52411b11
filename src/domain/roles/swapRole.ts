import type { Actor, AgendaError } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import type { Result } from '../result';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { roleOverrideTarget } from './roleOverrideTarget';

/**
 * "I'll take this turn": anyone may take a role for themselves. It needs no permission because it only ever
 * puts the actor forward; the person it displaces can take it back the same way, and the record shows who did it.
 */
export function swapRole(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  roleId: string,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaError> {
  return roleOverrideTarget(doc, occ, roleId, actor.id, 'swap', stamp);
}
