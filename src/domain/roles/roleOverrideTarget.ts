import type { OccurrenceKey, UserId } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RoleError } from './roleProblem';
import { rolesOf } from './rolesOf';

/**
 * Records who holds `roleId` in `occ`, stamped with the actor and time (the Lww's by/at are the audit trail the
 * roles area shows: "Organizer override by Avery, 12 May"). Shared by swapRole and overrideRole, which decide who may.
 */
export function roleOverrideTarget(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  roleId: string,
  holder: UserId,
  kind: 'swap' | 'override',
  stamp: Stamp,
  as?: 'organizer' | 'facilitator',
): Result<SeriesDocument, RoleError> {
  if (!rolesOf(doc).some((r) => r.id === roleId))
    return err({ kind: 'notFound', problem: { code: 'roleNotInSeries' } });
  const rec = occurrenceOf(doc, occ);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: {
        ...rec,
        roleOverrides: {
          ...rec.roleOverrides,
          [roleId]: stamped({ holder, kind, ...(as ? { as } : {}) }, stamp),
        },
      },
    },
  });
}
