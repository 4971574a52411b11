import { migrateSeriesDocument } from '../../../../src/domain/series/migrateSeriesDocument';
import { SERIES_SCHEMA_VERSION } from '../../../../src/domain/series/seriesDocument';
import { parseSeriesDocument } from '../../../../src/graph/drive/parseSeriesDocument';

// A document as version 1 of the app wrote it (no actions, no Planner fields).
const v1 = {
  schemaVersion: 1,
  seriesKey: 'S',
  title: 'Leadership weekly',
  proposals: {},
  occurrences: { '2026-01-05T09:00:00.000Z': { ballots: {}, status: {}, decisions: {} } },
  rotationStart: { value: '2026-01-05T09:00:00.000Z', at: 1, by: 'u1' },
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

  it('leaves current, newer and unversioned documents alone', () => {
    const v2 = { ...v1, schemaVersion: 2, actions: {} };
    expect(migrateSeriesDocument(v2, 2)).toBe(v2);
    const v9 = { ...v1, schemaVersion: 9 };
    expect(migrateSeriesDocument(v9, 2)).toBe(v9);
    const none = { title: 'x' };
    expect(migrateSeriesDocument(none, 2)).toBe(none);
  });

  it('an old file still loads through the parser, as the current version', () => {
    const parsed = parseSeriesDocument(JSON.stringify(v1), 'The agenda file');
    expect(parsed.ok && parsed.value.schemaVersion).toBe(SERIES_SCHEMA_VERSION);
    expect(parsed.ok && parsed.value.actions).toEqual({});
    expect(parsed.ok && parsed.value.rotationStart?.value).toBe('2026-01-05T09:00:00.000Z');
  });

  it('a v1 file that already has v2 fields is still refused (strict schema)', () => {
    const odd = { ...v1, plannerBucket: { value: { planId: 'p', bucketId: 'b' }, at: 1, by: 'u' }, extra: 1 };
    expect(parseSeriesDocument(JSON.stringify(odd), 'f').ok).toBe(false);
  });
});
