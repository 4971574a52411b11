// The one store-update path for the series document (DESIGN.md "Writes are intents"): agenda, run, roles, actions and
// the Planner bookkeeping all come through here as intents. The intent is re-applied to whatever version is newest
// after a 412, so a vote cast against a stale view is still checked against the real budget and voting state, and its
// stamp orders it after everything it replaces.
//
// Round trips: the first attempt writes over the version the caller holds (`stored`), so an uncontended change is one
// If-Match PUT; only a 412 costs the re-read.
import type { Actor } from '../../domain/agenda/agendaTypes';
import { err, ok, type Result } from '../../domain/result';
import { applyIntent, type IntentError } from '../../domain/series/applyIntent';
import type { SeriesIntent } from '../../domain/series/seriesIntent';
import type { Failure, SeriesDocumentStore, StoredSeries } from '../ports';

export type ChangeFailure =
  | { readonly source: 'store'; readonly failure: Failure }
  | { readonly source: 'rules'; readonly error: IntentError };

export type ChangeResult = Result<StoredSeries & { readonly attempts: number }, ChangeFailure>;

export async function changeSeries(
  store: SeriesDocumentStore,
  stored: StoredSeries,
  actor: Actor,
  intent: SeriesIntent,
  now: () => number,
): Promise<ChangeResult> {
  const r = await store.update(
    stored.location,
    (latest) => {
      const applied = applyIntent(latest, intent, actor, now());
      return applied.ok ? applied : err({ source: 'rules' as const, error: applied.failure });
    },
    {
      doc: stored.doc,
      etag: stored.etag,
      ...(stored.ctag !== undefined ? { ctag: stored.ctag } : {}),
      ...(stored.created !== undefined ? { created: stored.created } : {}),
    },
  );
  if (r.ok) return ok(r.value);
  const f = r.failure;
  return err('source' in f ? f : { source: 'store', failure: f });
}
