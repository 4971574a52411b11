import type { Actor } from '../agenda/agendaTypes';
import type { UserId } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RoleError } from './roleProblem';
import { rolesOf } from './rolesOf';

/**
 * Replaces the role ids `target` opts out of. A person decides for themselves; the organizer may set it for
 * anyone (someone who asked by mail, or who never opens the app). Unknown role ids are refused, not dropped,
 * so a stale view can't silently lose an opt-out.
 */
export function setOptOuts(
  doc: SeriesDocument,
  target: UserId,
  roleIds: readonly string[],
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  if (target !== actor.id && !actor.isOrganizer)
    return err({ kind: 'notAllowed', problem: { code: 'roleOptOutsOrganizerOnly' } });
  const known = new Set(rolesOf(doc).map((r) => r.id));
  if (roleIds.some((id) => !known.has(id)))
    return err({ kind: 'notFound', problem: { code: 'roleOptOutUnknown' } });
  const value = [...new Set(roleIds)].sort();
  return ok({ ...doc, optOuts: { ...doc.optOuts, [target]: stamped(value, stamp) } });
}
