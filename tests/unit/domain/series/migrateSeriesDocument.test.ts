import { buildAgenda, votingStateOf } from '../../../../src/domain/agenda/buildAgenda';
import { occurrenceKey } from '../../../../src/domain/ids';
import { migrateSeriesDocument } from '../../../../src/domain/series/migrateSeriesDocument';
import { SERIES_SCHEMA_VERSION } from '../../../../src/domain/series/seriesDocument';
import { parseSeriesDocument } from '../../../../src/graph/drive/parseSeriesDocument';

const NOW = Date.parse('2026-02-01T00:00:00Z');
const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const W3 = occurrenceKey('2026-01-19T09:00:00.000Z');

// A document as version 1 of the app wrote it (no actions, no Planner fields).
const v1 = {
  schemaVersion: 1,
  seriesKey: 'S',
  title: 'Leadership weekly',
  proposals: {},
  occurrences: { [W1]: { ballots: {}, status: {}, decisions: {} } },
  rotationStart: { value: W1, at: 1, by: 'u1' },
};

/** A topic as schema 3 stored it: registers with `at` and `by`, no counter. */
const v3Topic = (id: string, createdAt: number, estimateMinutes = 15) => ({
  id,
  author: 'u-ben',
  authorName: 'Ben',
  proposedFor: W1,
  createdAt,
  content: {
    value: { title: `Topic ${id}`, why: '', outcome: 'discuss', estimateMinutes, withdrawn: false },
    at: createdAt,
    by: 'u-ben',
  },
});
const ballot = (by: string, value: Record<string, number>, at = 100) => ({ value, at, by });
const v3 = {
  schemaVersion: 3,
  seriesKey: 'S',
  title: 'Leadership weekly',
  proposals: {
    a: v3Topic('a', 1, 20),
    b: v3Topic('b', 2, 10),
    c: v3Topic('c', 3),
    d: v3Topic('d', 4),
    e: v3Topic('e', 5),
  },
  occurrences: {
    [W1]: {
      voting: { value: 'closed', at: 200, by: 'u-ava' },
      ballots: { 'u-ben': ballot('u-ben', { a: 2, b: 1 }), 'u-cy': ballot('u-cy', { c: 2, d: 1 }) },
      status: {},
      decisions: {},
    },
    [W2]: {
      voting: { value: 'closed', at: 300, by: 'u-ava' },
      ballots: { 'u-ben': ballot('u-ben', { e: 2 }) },
      status: { d: { value: 'covered', at: 301, by: 'u-ava' } },
      decisions: {},
    },
    [W3]: { voting: { value: 'open', at: 400, by: 'u-ava' }, ballots: {}, status: {}, decisions: {} },
  },
  actions: {},
};

describe('migrateSeriesDocument', () => {
  it('v1 → v2 adds an empty action map and keeps everything else', () => {
    expect(migrateSeriesDocument(v1, 2)).toEqual({ ...v1, schemaVersion: 2, actions: {} });
  });

  it('v2 → v3 only bumps the version (the running agenda is optional), and v1 goes all the way', () => {
    const v2 = { ...v1, schemaVersion: 2, actions: {} };
    expect(migrateSeriesDocument(v2, 3)).toEqual({ ...v2, schemaVersion: 3 });
    expect(migrateSeriesDocument(v1, 3)).toEqual({ ...v1, schemaVersion: 3, actions: {} });
  });

  it('v3 → v4 gives every register the clock counter 0, so it orders exactly as before', () => {
    const m = migrateSeriesDocument(v3, 4);
    const get = (...path: string[]): unknown =>
      path.reduce<unknown>((x, k) => (x as Readonly<Record<string, unknown>> | undefined)?.[k], m);
    expect(m['schemaVersion']).toBe(4);
    expect(get('proposals', 'a', 'content')).toEqual({ ...v3.proposals.a.content, c: 0 });
    expect(get('occurrences', W1, 'ballots', 'u-ben')).toEqual({ ...ballot('u-ben', { a: 2, b: 1 }), c: 0 });
    expect(get('occurrences', W2, 'status', 'd')).toEqual({ value: 'covered', at: 301, by: 'u-ava', c: 0 });
    // Voting keeps its schema-3 value here; the parse freezes it.
    expect(get('occurrences', W1, 'voting')).toEqual({ value: 'closed', at: 200, by: 'u-ava', c: 0 });
    // Not registers: the topic itself, the ballot's dots.
    expect(get('proposals', 'a', 'c')).toBeUndefined();
    expect(get('occurrences', W1, 'ballots', 'u-ben', 'value')).toEqual({ a: 2, b: 1 });
    expect(migrateSeriesDocument(v1, 4)).toEqual({
      ...v1,
      schemaVersion: 4,
      actions: {},
      rotationStart: { ...v1.rotationStart, c: 0 },
    });
  });

  it('leaves current, newer and unversioned documents alone', () => {
    const v2 = { ...v1, schemaVersion: 2, actions: {} };
    expect(migrateSeriesDocument(v2, 2)).toBe(v2);
    const v9 = { ...v1, schemaVersion: 9 };
    expect(migrateSeriesDocument(v9, SERIES_SCHEMA_VERSION)).toBe(v9);
    const none = { title: 'x' };
    expect(migrateSeriesDocument(none, SERIES_SCHEMA_VERSION)).toBe(none);
  });
});

describe('reading old files', () => {
  it('an old file still loads through the parser, as the current version, with nothing to report', () => {
    const parsed = parseSeriesDocument(JSON.stringify(v1), 'The agenda file', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    const { doc, issues } = parsed.value;
    expect(doc.schemaVersion).toBe(SERIES_SCHEMA_VERSION);
    expect(doc.actions).toEqual({});
    expect(doc.rotationStart).toEqual({ value: W1, at: 1, c: 0, by: 'u1' });
    expect(issues).toEqual([]);
    expect(doc.healthLog).toBeUndefined();
  });

  it('a file newer than this app is refused, not read', () => {
    const parsed = parseSeriesDocument(JSON.stringify({ ...v1, schemaVersion: 99 }), 'f', NOW);
    expect(parsed).toMatchObject({ ok: false, failure: { code: 'UnsupportedSchemaVersion' } });
  });

  it('a v1 file with fields it never had loads; what this version does not know is set aside and reported', () => {
    // Changed rule: this file used to be refused whole (strict schema). A file is now read entry by entry (DESIGN.md
    // "Trust in the file"): the unknown field is set aside and reported, the rest is kept.
    const odd = { ...v1, plannerBucket: { value: { planId: 'p', bucketId: 'b' }, at: 1, by: 'u' }, extra: 1 };
    const parsed = parseSeriesDocument(JSON.stringify(odd), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    expect(parsed.value.doc.plannerBucket?.value).toEqual({ planId: 'p', bucketId: 'b' });
    expect('extra' in parsed.value.doc).toBe(false);
    expect(parsed.value.issues.join(' ')).toMatch(/unknown top-level field/);
    expect(Object.keys(parsed.value.doc.healthLog ?? {})).toHaveLength(1);
  });

  it('the chosen Planner plan is read like the bucket: kept when well-formed, set aside alone when not', () => {
    const chosen = { value: { planId: 'p2', title: 'Offsite 2026' }, at: 1, c: 0, by: 'u1' };
    const good = parseSeriesDocument(JSON.stringify({ ...v1, plannerPlan: chosen }), 'f', NOW);
    if (!good.ok) throw new Error(good.failure.message);
    expect(good.value.doc.plannerPlan).toEqual(chosen);
    expect(good.value.issues).toEqual([]);
    const bad = { ...v1, plannerPlan: { ...chosen, value: { planId: '', title: 7 } } };
    const parsed = parseSeriesDocument(JSON.stringify(bad), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    expect(parsed.value.doc.plannerPlan).toBeUndefined();
    expect(parsed.value.doc.rotationStart?.value).toBe(W1);
    expect(parsed.value.issues.join(' ')).toMatch(/plannerPlan/);
  });

  it('a schema-3 closed vote is frozen into an outcome by replaying it once; an open one stays open', () => {
    const parsed = parseSeriesDocument(JSON.stringify(v3), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    const { doc, issues } = parsed.value;
    expect(issues).toEqual([]);
    const w1 = doc.occurrences[W1]?.voting;
    expect(w1?.value.state).toBe('closed');
    expect(w1).toMatchObject({ at: 200, c: 0, by: 'u-ava' });
    const o1 = w1?.value.state === 'closed' ? w1.value.outcome : undefined;
    expect(o1).toMatchObject({
      closedAt: 200,
      closedBy: 'u-ava',
      meetingMinutes: 0,
      voterCount: 2,
      boulderCount: 3,
    });
    expect(o1?.ranking.map((t) => [t.id, t.votes, t.deferred])).toEqual([
      ['a', 2, 0],
      ['c', 2, 0],
      ['b', 1, 0],
      ['d', 1, 0],
      ['e', 0, 0],
    ]);
    // W2 replays with W1's outcome: a, c, b covered; d and e deferred once (d then marked covered in W2).
    const w2 = doc.occurrences[W2]?.voting?.value;
    const o2 = w2?.state === 'closed' ? w2.outcome : undefined;
    expect(o2?.ranking.map((t) => [t.id, t.votes, t.deferred])).toEqual([
      ['e', 2, 1],
      ['d', 0, 1],
    ]);
    expect(votingStateOf(doc, W3)).toBe('open');
    expect(buildAgenda(doc, W3, 60).ranked).toEqual([]);
  });

  it('a frozen schema-3 outcome fits its time boxes to the meeting when read (v3 never stored its length)', () => {
    const parsed = parseSeriesDocument(JSON.stringify(v3), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    const boxes = (minutes: number) =>
      buildAgenda(parsed.value.doc, W1, minutes).timeBox.boulders.map((b) => b.minutes);
    // Segments take 15 minutes; estimates 20, 15, 10.
    expect(boxes(60)).toEqual([20, 15, 10]);
    expect(boxes(105)).toEqual([40, 30, 20]);
    expect(buildAgenda(parsed.value.doc, W1, 60).boulders.map((b) => b.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('one accountable owner (schema 6)', () => {
  const ownership = (owners: readonly { email: string; name: string }[], at = 500) => ({
    value: { owners, how: 'assigned' },
    at,
    c: 2,
    by: 'u-ava',
  });
  /** An action item as schema 5 stored it: every owner a Planner assignee. */
  const v5Action = (id: string, owners: readonly { email: string; name: string }[], at = 500) => ({
    id,
    occurrence: W1,
    createdBy: 'u-ava',
    createdAt: 400,
    title: { value: `Action ${id}`, at: 400, c: 0, by: 'u-ava' },
    ownership: ownership(owners, at),
    due: { value: null, at: 400, c: 0, by: 'u-ava' },
    completed: { value: false, at: 400, c: 0, by: 'u-ava' },
  });
  const ana = { email: 'ana@northwind.example', name: 'Ana' };
  const ben = { email: 'ben@northwind.example', name: 'Ben' };
  const kim = { email: 'kim@fabrikam.example', name: 'kim@fabrikam.example' };
  const v5 = {
    ...v1,
    schemaVersion: 5,
    rotationStart: { ...v1.rotationStart, c: 0 },
    actions: {
      solo: v5Action('solo', [ana]),
      team: v5Action('team', [ben, ana, kim], 600),
    },
  };

  it('v5 → v6: the first owner is the owner, the rest are helpers under the same stamp', () => {
    const m = migrateSeriesDocument(v5, 6);
    expect(m['schemaVersion']).toBe(6);
    const actions = m['actions'] as Record<string, Record<string, unknown>>;
    expect(actions['solo']?.['ownership']).toEqual({
      value: { owner: ana, how: 'assigned' },
      at: 500,
      c: 2,
      by: 'u-ava',
    });
    expect(actions['solo']?.['helpers']).toBeUndefined();
    expect(actions['team']?.['ownership']).toEqual({
      value: { owner: ben, how: 'assigned' },
      at: 600,
      c: 2,
      by: 'u-ava',
    });
    expect(actions['team']?.['helpers']).toEqual({ value: [ana, kim], at: 600, c: 2, by: 'u-ava' });
  });

  it('a schema-5 file loads with one owner and its helpers, and nothing to report', () => {
    const parsed = parseSeriesDocument(JSON.stringify(v5), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    const { doc, issues } = parsed.value;
    expect(issues).toEqual([]);
    expect(doc.schemaVersion).toBe(SERIES_SCHEMA_VERSION);
    expect(doc.actions['team']?.ownership.value).toEqual({ owner: ben, how: 'assigned' });
    expect(doc.actions['team']?.helpers?.value).toEqual([ana, kim]);
    expect(doc.actions['team']?.keptOffPlanner).toBeUndefined();
  });

  it('two copies of one schema-5 file migrate alike, so merging them stays deterministic', () => {
    const a = parseSeriesDocument(JSON.stringify(v5), 'f', NOW);
    const b = parseSeriesDocument(
      JSON.stringify({ ...v5, actions: { team: v5.actions.team, solo: v5.actions.solo } }),
      'f',
      NOW,
    );
    if (!a.ok || !b.ok) throw new Error('parse failed');
    expect(a.value.doc.actions).toEqual(b.value.doc.actions);
  });

  it('an item with no owner at all was never valid: it is set aside and reported, the rest loads', () => {
    const broken = { ...v5, actions: { ...v5.actions, empty: v5Action('empty', []) } };
    const parsed = parseSeriesDocument(JSON.stringify(broken), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    expect(Object.keys(parsed.value.doc.actions).sort()).toEqual(['solo', 'team']);
    expect(parsed.value.issues.join(' ')).toMatch(/action item/);
  });

  it('a schema-6 file keeps its helpers and its choice to stay off Planner', () => {
    const v6 = migrateSeriesDocument(v5, 6);
    const actions = v6['actions'] as Record<string, Record<string, unknown>>;
    const kept = {
      ...v6,
      actions: {
        ...actions,
        solo: { ...actions['solo'], keptOffPlanner: { value: true, at: 700, c: 0, by: 'u-ava' } },
      },
    };
    const parsed = parseSeriesDocument(JSON.stringify(kept), 'f', NOW);
    if (!parsed.ok) throw new Error(parsed.failure.message);
    expect(parsed.value.issues).toEqual([]);
    expect(parsed.value.doc.actions['solo']?.keptOffPlanner?.value).toBe(true);
  });
});
