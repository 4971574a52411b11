import type { Actor } from '../agenda/agendaTypes';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { settingsOf, type CustomRole, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RoleError } from './roleProblem';
import { FACILITATOR, ROLE_LABEL_MAX, ROLES_MAX } from './roleTypes';

/**
 * The organizer sets the series' roles (e.g. adds "Devil's advocate"). The facilitator role can't be removed:
 * closing votes and merging topics are the facilitator's powers, so a series without one would lose them.
 */
export function setCustomRoles(
  doc: SeriesDocument,
  roles: readonly CustomRole[],
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  if (!actor.isOrganizer) return err({ kind: 'notAllowed', problem: { code: 'roleCustomOrganizerOnly' } });
  const clean = validateRoles(roles);
  if (!clean.ok) return clean;
  return ok({ ...doc, settings: stamped({ ...settingsOf(doc), roles: clean.value }, stamp) });
}

/** The rules a series' custom roles obey, on write and on read. */
export function validateRoles(roles: readonly CustomRole[]): Result<readonly CustomRole[], RoleError> {
  const clean = roles.map((r) => ({ id: r.id.trim(), label: r.label.trim(), served: r.served.trim() }));
  if (clean.length > ROLES_MAX)
    return err({ kind: 'invalidInput', field: 'roles', problem: { code: 'roleTooMany', max: ROLES_MAX } });
  if (!clean.some((r) => r.id === FACILITATOR))
    return err({ kind: 'invalidInput', field: 'roles', problem: { code: 'roleFacilitatorRequired' } });
  if (new Set(clean.map((r) => r.id)).size !== clean.length)
    return err({ kind: 'invalidInput', field: 'roles', problem: { code: 'roleDuplicateId' } });
  const bad = clean.find(
    (r) =>
      !r.id || !r.label || !r.served || r.label.length > ROLE_LABEL_MAX || r.served.length > ROLE_LABEL_MAX,
  );
  if (bad)
    return err({
      kind: 'invalidInput',
      field: 'roles',
      problem: { code: 'roleLabelInvalid', max: ROLE_LABEL_MAX },
    });
  return ok(clean);
}
