import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { canonicalJson, stamped } from '../series/lww';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RoleError } from './roleProblem';
import type { Availability } from './roleTypes';

export interface RoleInputs {
  /** Responses per occurrence as the organizer's calendar shows them, keyed by user id. */
  readonly responses: Readonly<Record<string, Readonly<Record<string, Availability>>>>;
  /** Set only when the document has none yet. */
  readonly rotationStart?: OccurrenceKey;
}

/**
 * The organizer's client writes what only it can see (everyone's responses) and the rotation's first occurrence,
 * so every client replays the rotation on the same inputs. Only changed snapshots are written: an unchanged
 * one would bump its Lww and churn the file for nothing. Returns the document itself when nothing changed.
 */
export function recordRoleInputs(
  doc: SeriesDocument,
  inputs: RoleInputs,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RoleError> {
  if (!actor.isOrganizer) return err({ kind: 'notAllowed', problem: { code: 'roleInputsOrganizerOnly' } });
  let occurrences = doc.occurrences;
  const archivedThrough = doc.archive?.value.through;
  for (const [occ, responses] of Object.entries(inputs.responses)) {
    // A meeting moved to the archive keeps the responses it was archived with.
    if (archivedThrough !== undefined && occ <= archivedThrough) continue;
    const rec = occurrenceOf(doc, occ as OccurrenceKey);
    if (rec.responses && canonicalJson(rec.responses.value) === canonicalJson(responses)) continue;
    occurrences = { ...occurrences, [occ]: { ...rec, responses: stamped(responses, stamp) } };
  }
  const start = !doc.rotationStart && inputs.rotationStart ? inputs.rotationStart : undefined;
  if (occurrences === doc.occurrences && !start) return ok(doc);
  return ok({ ...doc, occurrences, ...(start ? { rotationStart: stamped(start, stamp) } : {}) });
}
