// Pure schema migrations of the series document (CONVENTIONS.md §7), run on the raw JSON before the strict parse so
// that files written by older app versions still load. Each step adds what its version introduced, with the
// neutral value, so an old document means exactly what it meant before.
//
// Writing a migrated document back is safe for older clients only in the sense that they refuse it
// (UnsupportedSchemaVersion) instead of dropping fields they don't know: the strict schema's reason to exist.
export type RawDocument = Readonly<Record<string, unknown>>;

/** v1 → v2: action items, the series' Planner bucket and the recording lease; v1 had none of them. */
function v1ToV2(doc: RawDocument): RawDocument {
  return { ...doc, schemaVersion: 2, actions: {} };
}

/** v2 → v3: the running agenda per occurrence, optional; a v2 document has none. */
function v2ToV3(doc: RawDocument): RawDocument {
  return { ...doc, schemaVersion: 3 };
}

const STEPS: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = { 1: v1ToV2, 2: v2ToV3 };

/**
 * Brings a raw document up to `target`. A version with no step (unknown, or already current) is returned as it
 * is, and the strict parse that follows decides whether it is valid.
 */
export function migrateSeriesDocument(doc: RawDocument, target: number): RawDocument {
  let current = doc;
  for (;;) {
    const version = current['schemaVersion'];
    if (typeof version !== 'number' || version >= target) return current;
    const step = STEPS[version];
    if (!step) return current;
    current = step(current);
  }
}
