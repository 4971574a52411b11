// Text of a series file -> SeriesDocument, or the invalidDocument failure that stops every write to it
// (SeriesDocumentStore.update: "a document that is corrupt or newer than this app understands is reported and never
// overwritten"). The newer-version check runs before the full parse, so a file from a newer app is reported as such
// (UnsupportedSchemaVersion: update the app) and not as damage (CorruptDocument).
import { err, ok } from '../../domain/result';
import { migrateSeriesDocument } from '../../domain/series/migrateSeriesDocument';
import { SERIES_SCHEMA_VERSION, type SeriesDocument } from '../../domain/series/seriesDocument';
import type { Failure, Outcome } from '../../usecases/ports';
import { schemaVersionProbe, seriesDocumentSchema } from './seriesDocumentSchema';

export function parseSeriesDocument(text: string, where: string): Outcome<SeriesDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return err(corrupt(`${where} is not valid JSON.`));
  }
  const probe = schemaVersionProbe.safeParse(json);
  if (probe.success && probe.data.schemaVersion > SERIES_SCHEMA_VERSION) {
    return err({
      kind: 'invalidDocument',
      code: 'UnsupportedSchemaVersion',
      message:
        `${where} was written by a newer version of Roundtable (schema ${probe.data.schemaVersion}; this app ` +
        `understands up to ${SERIES_SCHEMA_VERSION}). Update the app to see and change this agenda; nothing was changed.`,
    });
  }
  // Older files load through the pure migrations; what they produce still has to pass the strict schema.
  const migrated =
    probe.success && isRecord(json) ? migrateSeriesDocument(json, SERIES_SCHEMA_VERSION) : json;
  const parsed = seriesDocumentSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return err(corrupt(`${where} is not a Roundtable series document${at}: ${first?.message ?? 'invalid'}.`));
  }
  return ok(parsed.data);
}

function corrupt(message: string): Failure {
  return { kind: 'invalidDocument', code: 'CorruptDocument', message: `${message} It was left untouched.` };
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
