// One conformance suite for every SeriesDocumentStore (CONVENTIONS.md §9, Parabol's idea): the in-memory fake and
// the Graph drive adapter against the sandbox must behave alike, so tests that use the fake stay honest.
import type { Actor, AgendaError } from '../../../src/domain/agenda/agendaTypes';
import { proposeTopic } from '../../../src/domain/agenda/proposeTopic';
import { castBallot } from '../../../src/domain/agenda/voteCommands';
import { occurrenceKey, seriesKey, userId, type SeriesKey } from '../../../src/domain/ids';
import type { Team } from '../../../src/domain/meetings/meeting';
import { err, ok } from '../../../src/domain/result';
import { emptySeriesDocument, type SeriesDocument } from '../../../src/domain/series/seriesDocument';
import type { SeriesDocumentStore } from '../../../src/usecases/ports';

export interface SeriesStoreHarness {
  readonly store: SeriesDocumentStore;
  /** At least two teams the signed-in user belongs to. */
  readonly teams: readonly Team[];
  /** Writes raw text as the series file in a team's drive, bypassing the store (another client, a damaged sync). */
  plantRaw(team: Team, key: SeriesKey, text: string): Promise<void>;
  /** The file's bytes as stored, or null when absent. */
  readRaw(team: Team, key: SeriesKey): Promise<string | null>;
}

const occ = occurrenceKey('2025-06-17T16:00:00.000Z');
const actor = (id: string): Actor => ({ id: userId(id), name: id, isOrganizer: false, isFacilitator: false });
let counter = 0;
const freshKey = (): SeriesKey =>
  seriesKey(`040000008200E00074C5B7101A82E008-contract-${Date.now()}-${counter++}`);

const propose =
  (id: string, by: string, now = 1_000) =>
  (doc: SeriesDocument) =>
    proposeTopic(
      doc,
      {
        id,
        occurrence: occ,
        input: { title: `Topic ${id}`, why: '', outcome: 'discuss', estimateMinutes: 10 },
      },
      actor(by),
      now,
    );

export function describeSeriesDocumentStoreContract(
  name: string,
  make: () => Promise<SeriesStoreHarness>,
): void {
  describe(`SeriesDocumentStore contract: ${name}`, () => {
    let h: SeriesStoreHarness;
    let teamA: Team;
    let teamB: Team;
    beforeEach(async () => {
      h = await make();
      const [a, b] = h.teams;
      if (!a || !b) throw new Error('the harness must offer two teams');
      [teamA, teamB] = [a, b];
    });

    it('finds nothing before the series is linked', async () => {
      expect(await h.store.find(freshKey(), h.teams)).toEqual({ ok: true, value: null });
    });

    it('creates, then finds the document across the user’s teams and loads it by location', async () => {
      const key = freshKey();
      const created = await h.store.create(teamB, emptySeriesDocument(key, 'Leadership weekly'));
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.value.location.groupId).toBe(teamB.id);
      expect(created.value.etag).not.toBe('');

      const found = await h.store.find(key, h.teams);
      expect(found.ok && found.value?.location).toEqual(created.value.location);
      expect(found.ok && found.value?.doc).toEqual(emptySeriesDocument(key, 'Leadership weekly'));

      const loaded = await h.store.load(created.value.location);
      expect(loaded.ok && loaded.value.doc.title).toBe('Leadership weekly');
      // Both read the current eTag. It need not be the one the upload answered with: SharePoint changes a new
      // file's eTag on its own shortly after the upload (src/sandbox/README.md "Drive").
      expect(found.ok && found.value?.etag).toBe(loaded.ok && loaded.value.etag);
      // Only the team that holds it is searched: the other one alone finds nothing.
      expect(await h.store.find(key, [teamA])).toEqual({ ok: true, value: null });
    });

    it('creating twice answers preconditionFailed and keeps the first content', async () => {
      const key = freshKey();
      expect((await h.store.create(teamA, emptySeriesDocument(key, 'First'))).ok).toBe(true);
      const second = await h.store.create(teamA, emptySeriesDocument(key, 'Second'));
      expect(second.ok).toBe(false);
      if (!second.ok) expect(second.failure).toMatchObject({ kind: 'preconditionFailed' });
      const found = await h.store.find(key, [teamA]);
      expect(found.ok && found.value?.doc.title).toBe('First');
    });

    it('update applies the change to the latest document and returns the new eTag', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const updated = await h.store.update(created.value.location, propose('t1', 'u1'));
      expect(updated.ok).toBe(true);
      if (!updated.ok) return;
      expect(updated.value.attempts).toBe(1);
      expect(updated.value.etag).not.toBe(created.value.etag);
      expect(Object.keys(updated.value.doc.proposals)).toEqual(['t1']);
      const loaded = await h.store.load(created.value.location);
      expect(loaded.ok && loaded.value.doc).toEqual(updated.value.doc);
      expect(loaded.ok && loaded.value.etag).toBe(updated.value.etag);
    });

    it('a later update keeps what earlier ones wrote', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      await h.store.update(created.value.location, propose('t1', 'u1'));
      // A second client still holding the creation-time eTag updates: its change lands on top of t1.
      const later = await h.store.update(created.value.location, propose('t2', 'u2'));
      expect(later.ok && Object.keys(later.value.doc.proposals).sort()).toEqual(['t1', 't2']);
    });

    it('two concurrent updates both land', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const loc = created.value.location;
      await h.store.update(loc, propose('t1', 'u1'));
      const [a, b] = await Promise.all([
        h.store.update(loc, (doc) => castBallot(doc, occ, { t1: 1 }, new Set(['t1']), actor('u1'), 2_000)),
        h.store.update(loc, (doc) => castBallot(doc, occ, { t1: 2 }, new Set(['t1']), actor('u2'), 2_000)),
      ]);
      expect(a.ok && b.ok).toBe(true);
      const attempts = [a, b].map((r) => (r.ok ? r.value.attempts : 0)).sort();
      expect(attempts[0]).toBe(1);
      const loaded = await h.store.load(loc);
      const ballots = loaded.ok ? loaded.value.doc.occurrences[occ]?.ballots : undefined;
      expect(ballots && Object.keys(ballots).sort()).toEqual(['u1', 'u2']);
      expect(ballots?.['u2']?.value).toEqual({ t1: 2 });
    });

    it('returns a rule error without writing', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const before = await h.readRaw(teamA, key);
      // The eTag as it stands now, not the upload's answer: a new file's eTag changes once on its own.
      const current = await h.store.load(created.value.location);
      if (!current.ok) throw new Error('load failed');
      const rule: AgendaError = { kind: 'notAllowed', message: 'no' };
      const r = await h.store.update(created.value.location, () => err(rule));
      expect(r).toEqual({ ok: false, failure: rule });
      expect(await h.readRaw(teamA, key)).toBe(before);
      const again = await h.store.load(created.value.location);
      expect(again.ok && again.value.etag).toBe(current.value.etag);
    });

    it('reports a corrupt document on find and on update, and never overwrites it', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const damaged = '{"schemaVersion":1,"seriesKey":"x","proposals":';
      await h.plantRaw(teamA, key, damaged);
      const found = await h.store.find(key, h.teams);
      expect(!found.ok && found.failure).toMatchObject({ kind: 'invalidDocument', code: 'CorruptDocument' });
      let applied = 0;
      const r = await h.store.update(created.value.location, (doc) => {
        applied++;
        return ok(doc);
      });
      expect(!r.ok && r.failure).toMatchObject({ kind: 'invalidDocument', code: 'CorruptDocument' });
      expect(applied).toBe(0);
      expect(await h.readRaw(teamA, key)).toBe(damaged);
    });

    it('reports a well-formed JSON file of the wrong shape as corrupt', async () => {
      const key = freshKey();
      await h.plantRaw(teamA, key, JSON.stringify({ schemaVersion: 1, seriesKey: key, title: 7 }));
      const found = await h.store.find(key, [teamA]);
      expect(!found.ok && found.failure).toMatchObject({ kind: 'invalidDocument', code: 'CorruptDocument' });
    });

    it('reports a document from a newer schemaVersion and never overwrites it', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const newer = JSON.stringify({ ...emptySeriesDocument(key, 'S'), schemaVersion: 99, somethingNew: {} });
      await h.plantRaw(teamA, key, newer);
      const found = await h.store.find(key, h.teams);
      expect(!found.ok && found.failure).toMatchObject({
        kind: 'invalidDocument',
        code: 'UnsupportedSchemaVersion',
      });
      const r = await h.store.update(created.value.location, propose('t1', 'u1'));
      expect(!r.ok && r.failure).toMatchObject({ kind: 'invalidDocument', code: 'UnsupportedSchemaVersion' });
      expect(await h.readRaw(teamA, key)).toBe(newer);
    });
  });
}
