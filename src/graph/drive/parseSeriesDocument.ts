// Text of a series file -> a SeriesDocument and what was wrong with it, or the invalidDocument failure that stops
// every write to it (SeriesDocumentStore.update: "a document that is corrupt or newer than this app understands is
// reported and never overwritten"). Steps: JSON, the version check (a newer file is reported as such:
// UnsupportedSchemaVersion), the pure migrations, the entry-by-entry parse (malformed entries set aside), the v3
// voting freeze, then the domain's rules for meaning with the reader's clock (future stamps clamped, entries that
// break a rule set aside, all of it written to the health log).
import { err, ok } from '../../domain/result';
import { freezeLegacyOutcomes } from '../../domain/series/freezeLegacyOutcomes';
import { migrateSeriesDocument } from '../../domain/series/migrateSeriesDocument';
import { SERIES_SCHEMA_VERSION, type SeriesDocument } from '../../domain/series/seriesDocument';
import { validateSeriesDocument } from '../../domain/series/validateSeriesDocument';
import type { Failure, Outcome } from '../../usecases/ports';
import { parseSeriesDocumentLeniently, schemaVersionProbe } from './seriesDocumentSchema';

export interface ParsedSeries {
  readonly doc: SeriesDocument;
  /** What this read set aside or corrected (also recorded in doc.healthLog). */
  readonly issues: readonly string[];
}

export function parseSeriesDocument(text: string, where: string, now: number): Outcome<ParsedSeries> {
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
  const migrated =
    probe.success && isRecord(json) ? migrateSeriesDocument(json, SERIES_SCHEMA_VERSION) : json;
  const parsed = parseSeriesDocumentLeniently(migrated);
  if (!('doc' in parsed)) {
    const first = parsed.issues[0];
    const at = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return err(corrupt(`${where} is not a Roundtable series document${at}: ${first?.message ?? 'invalid'}.`));
  }
  // Entries that didn't parse are reported in the same health entry as those that broke a rule.
  const validated = validateSeriesDocument(freezeLegacyOutcomes(parsed.doc), now, parsed.issues);
  return ok({ doc: validated.doc, issues: validated.issues });
}

function corrupt(message: string): Failure {
  return { kind: 'invalidDocument', code: 'CorruptDocument', message: `${message} It was left untouched.` };
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
