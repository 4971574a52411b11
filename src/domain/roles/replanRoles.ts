import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { sortKeys } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import { stampKey, type Stamp } from '../series/stamp';
import type { RoleError } from './roleProblem';

/** More re-plans than a series could need in years; a larger log is forged (validateSeriesDocument keeps the newest). */
export const ROLE_REPLANS_MAX = 100;

/**
 * The organizer's "Re-plan the rest of the series": from `from` on, the rotation counts every swap and override
 * recorded so far as the turn it was (planSeriesRoles). Only this recomputes later meetings; a swap or an override on
 * its own changes its one meeting (issue #16). Grow-only, keyed by the write's stamp, so two organizer devices
 * re-planning at once both stay, and later re-plans never undo earlier ones.
 */
export function replanRoles(
  doc: SeriesDocument,
  from: OccurrenceKey,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  if (!actor.isOrganizer) return err({ kind: 'notAllowed', problem: { code: 'roleReplanOrganizerOnly' } });
  const entry = { from, at: stamp.at, c: stamp.c, by: stamp.by };
  const log = { ...doc.roleReplans, [stampKey(stamp)]: entry };
  const keys = Object.keys(log).sort();
  const kept = keys.slice(Math.max(0, keys.length - ROLE_REPLANS_MAX));
  return ok({ ...doc, roleReplans: sortKeys(Object.fromEntries(kept.map((k) => [k, log[k]!]))) });
}
