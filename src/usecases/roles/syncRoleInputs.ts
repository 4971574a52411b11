import type { OccurrenceKey } from '../../domain/ids';
import { recordRoleInputs, type RoleInputs } from '../../domain/roles/recordRoleInputs';
import { ok, type Result } from '../../domain/result';
import { canonicalJson } from '../../domain/series/lww';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import type { AgendaCommand, ChangeFailure } from '../agenda/changeAgenda';

/**
 * The organizer's client records the responses snapshot and the rotation start (see planRoles) in one write,
 * and only when something differs from the loaded document, so opening the tab normally costs no write at all.
 * `run` applies a command the way changeAgenda does (re-applied to the newest document after a 412).
 * Resolves to false when there was nothing to write.
 */
export async function syncRoleInputs<T>(
  doc: SeriesDocument,
  inputs: RoleInputs,
  run: (command: AgendaCommand) => Promise<Result<T, ChangeFailure>>,
): Promise<Result<boolean, ChangeFailure>> {
  const changed =
    (!doc.rotationStart && inputs.rotationStart !== undefined) ||
    Object.entries(inputs.responses).some(
      ([k, r]) => canonicalJson(occurrenceOf(doc, k as OccurrenceKey).responses?.value) !== canonicalJson(r),
    );
  if (!changed) return ok(false);
  const r = await run((d, actor, now) => recordRoleInputs(d, inputs, actor, now));
  return r.ok ? ok(true) : r;
}
