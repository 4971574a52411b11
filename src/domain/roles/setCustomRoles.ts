import type { Actor, AgendaError } from '../agenda/agendaTypes';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { settingsOf, type CustomRole, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
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
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer)
    return err({ kind: 'notAllowed', message: 'Only the organizer can change the roles of this series.' });
  const clean = validateRoles(roles);
  if (!clean.ok) return clean;
  return ok({ ...doc, settings: stamped({ ...settingsOf(doc), roles: clean.value }, stamp) });
}

/** The rules a series' custom roles obey, on write and on read. */
export function validateRoles(roles: readonly CustomRole[]): Result<readonly CustomRole[], AgendaError> {
  const clean = roles.map((r) => ({ id: r.id.trim(), label: r.label.trim(), served: r.served.trim() }));
  if (clean.length > ROLES_MAX)
    return err({ kind: 'invalidInput', field: 'roles', message: `At most ${ROLES_MAX} roles.` });
  if (!clean.some((r) => r.id === FACILITATOR))
    return err({ kind: 'invalidInput', field: 'roles', message: 'The facilitator role can’t be removed.' });
  if (new Set(clean.map((r) => r.id)).size !== clean.length)
    return err({ kind: 'invalidInput', field: 'roles', message: 'Two roles have the same id.' });
  const bad = clean.find(
    (r) =>
      !r.id || !r.label || !r.served || r.label.length > ROLE_LABEL_MAX || r.served.length > ROLE_LABEL_MAX,
  );
  if (bad)
    return err({
      kind: 'invalidInput',
      field: 'roles',
      message: `Each role needs a name and a past-tense verb of at most ${ROLE_LABEL_MAX} characters.`,
    });
  return ok(clean);
}
