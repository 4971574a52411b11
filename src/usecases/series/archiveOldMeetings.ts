// Keeps the live series file small (DESIGN.md "Trust in the file"): closed meetings older than ARCHIVE_AFTER_DAYS,
// with the topics they settled and their done actions, move to the series' archive file next to it. The archive is
// written first, then the live document drops exactly what the archive now holds (applyIntent 'archive'), so a failure
// between the two leaves a copy in both places and never a gap; the next run finishes the move.
//
// The organizer's client does it, opportunistically, when it opens the series: no one else needs to, and nobody waits
// for it.
import type { Actor } from '../../domain/agenda/agendaTypes';
import { err, ok, type Result } from '../../domain/result';
import { planArchive } from '../../domain/series/planArchive';
import type { SeriesDocumentStore, StoredSeries } from '../ports';
import { changeSeries, type ChangeFailure } from './changeSeries';

export type ArchiveReport =
  | { readonly moved: false }
  | {
      readonly moved: true;
      readonly stored: StoredSeries;
      readonly occurrences: number;
      readonly proposals: number;
      readonly actions: number;
    };

export async function archiveOldMeetings(
  store: SeriesDocumentStore,
  stored: StoredSeries,
  actor: Actor,
  now: () => number,
): Promise<Result<ArchiveReport, ChangeFailure>> {
  if (!actor.isOrganizer) return ok({ moved: false });
  const part = planArchive(stored.doc, now());
  if (!part) return ok({ moved: false });
  const archived = await store.archive(stored.location, part.doc);
  if (!archived.ok) return err({ source: 'store', failure: archived.failure });
  const r = await changeSeries(
    store,
    stored,
    actor,
    { kind: 'archive', part, file: archived.value.file },
    now,
  );
  if (!r.ok) return r;
  const { attempts: _attempts, ...after } = r.value;
  return ok({
    moved: true,
    stored: after,
    occurrences: Object.keys(part.doc.occurrences).length,
    proposals: Object.keys(part.doc.proposals).length,
    actions: Object.keys(part.doc.actions).length,
  });
}
