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

/**
 * v3 → v4: registers gain the hybrid logical clock's counter (stamp.ts); a v3 stamp is its wall-clock time with
 * counter 0, which orders exactly as v3 ordered it. Voting registers keep their 'open'/'closed' values here; the parse
 * accepts them and freezeLegacyOutcomes turns a closed one into its frozen outcome.
 */
function v3ToV4(doc: RawDocument): RawDocument {
  return { ...(withCounters(doc) as RawDocument), schemaVersion: 4 };
}

function withCounters(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(withCounters);
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = withCounters(o[k]);
  const isRegister = 'value' in o && typeof o['at'] === 'number' && typeof o['by'] === 'string';
  if (isRegister && !('c' in o)) out['c'] = 0;
  return out;
}

/**
 * v4 → v5: notes per agenda item, their invited writers, the recap, keep-going votes and claimed nudges, all optional;
 * a v4 document has none.
 */
function v4ToV5(doc: RawDocument): RawDocument {
  return { ...doc, schemaVersion: 5 };
}

/**
 * v5 → v6 (issue #16): requests to take a turn, the capacity of an override and the organizer's re-plans are new
 * and optional (a v5 document has none; its swaps were taken without asking and stay as they were, recorded as
 * taken turns). And one accountable owner: a v5 item's owners were all Planner assignees; its first owner becomes
 * the owner and the rest its helpers, under the ownership's own stamp (the helpers were written with it). Nothing
 * else changes, so a v6 merge of two migrated copies is as deterministic as the v5 merge was. An item that isn't
 * shaped as v5 wrote it is left as it is: the strict parse sets it aside and reports it.
 */
function v5ToV6(doc: RawDocument): RawDocument {
  const actions = doc['actions'];
  if (!isObject(actions)) return { ...doc, schemaVersion: 6 };
  const migrated: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(actions)) migrated[id] = oneOwner(raw);
  return { ...doc, schemaVersion: 6, actions: migrated };
}

function oneOwner(raw: unknown): unknown {
  if (!isObject(raw) || !isObject(raw['ownership'])) return raw;
  const register = raw['ownership'];
  const value = register['value'];
  if (!isObject(value) || !Array.isArray(value['owners']) || value['owners'].length === 0) return raw;
  const [owner, ...helpers] = value['owners'] as unknown[];
  const { owners: _owners, ...rest } = value;
  const { value: _value, ...stamp } = register;
  return {
    ...raw,
    ownership: { ...register, value: { ...rest, owner } },
    ...(helpers.length > 0 ? { helpers: { ...stamp, value: helpers } } : {}),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const STEPS: Readonly<Record<number, (doc: RawDocument) => RawDocument>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: v5ToV6,
};

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
