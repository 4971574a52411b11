// The decision log reads archived meetings lazily (issue #15): only when the log is opened, and only when the series
// document says something was archived (its `archive` record). One Graph round trip (the archive file's item by
// path) plus the content download; none when nothing was archived.
import { ok } from '../../domain/result';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
import type { Outcome, SeriesDocumentStore, StoredSeries } from '../ports';

export interface ArchivedDecisions {
  readonly archive: SeriesDocument | null;
  /** Sequential Graph round trips this took (the download of the file's content not counted). */
  readonly roundTrips: number;
}

export async function loadArchivedDecisions(
  store: Pick<SeriesDocumentStore, 'loadArchive'>,
  stored: StoredSeries,
): Promise<Outcome<ArchivedDecisions>> {
  if (!stored.doc.archive) return ok({ archive: null, roundTrips: 0 });
  const r = await store.loadArchive(stored.location, stored.doc.seriesKey);
  return r.ok ? ok({ archive: r.value, roundTrips: 1 }) : r;
}
