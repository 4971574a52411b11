import type { OccurrenceKey } from '../../domain/ids';
import type { RoleInputs } from '../../domain/roles/recordRoleInputs';
import { ok, type Result } from '../../domain/result';
import { canonicalJson } from '../../domain/series/lww';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import type { SeriesIntent } from '../../domain/series/seriesIntent';

/**
 * The organizer's client records the responses snapshot and the rotation start (see planRoles) in one write,
 * and only when something differs from the loaded document, so opening the tab normally costs no write at all.
 * `dispatch` writes an intent the way changeSeries does (re-applied to the newest document after a 412).
 * Resolves to false when there was nothing to write.
 */
export async function syncRoleInputs<F>(
  doc: SeriesDocument,
  inputs: RoleInputs,
  dispatch: (intent: SeriesIntent) => Promise<Result<unknown, F>>,
): Promise<Result<boolean, F>> {
  const archivedThrough = doc.archive?.value.through;
  const changed =
    (!doc.rotationStart && inputs.rotationStart !== undefined) ||
    Object.entries(inputs.responses).some(
      ([k, r]) =>
        (archivedThrough === undefined || k > archivedThrough) &&
        canonicalJson(occurrenceOf(doc, k as OccurrenceKey).responses?.value) !== canonicalJson(r),
    );
  if (!changed) return ok(false);
  const r = await dispatch({ kind: 'recordRoleInputs', inputs });
  return r.ok ? ok(true) : r;
}
