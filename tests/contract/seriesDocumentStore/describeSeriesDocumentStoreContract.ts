// One conformance suite for every SeriesDocumentStore (CONVENTIONS.md §9, Parabol's idea): the in-memory fake and
// the Graph drive adapter against the sandbox must behave alike, so tests that use the fake stay honest.
import type { Actor, AgendaError } from '../../../src/domain/agenda/agendaTypes';
import { occurrenceKey, seriesKey, userId, type SeriesKey } from '../../../src/domain/ids';
import type { Meeting, Team } from '../../../src/domain/meetings/meeting';
import { err, ok } from '../../../src/domain/result';
import { applyIntent } from '../../../src/domain/series/applyIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../src/domain/series/seriesIntent';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import type { AgendaContext } from '../../../src/usecases/agenda/openAgenda';
import type { SeriesDocumentStore, SeriesTrust } from '../../../src/usecases/ports';
import { aMeeting } from '../../builders/aMeeting';

/** Someone the drive names as a file's creator (driveItem.createdBy.user). */
export interface Creator {
  readonly id: string;
  readonly name: string;
}

export interface SeriesStoreHarness {
  readonly store: SeriesDocumentStore;
  /** At least two teams the signed-in user belongs to. */
  readonly teams: readonly Team[];
  /** The signed-in user: the drive records them as the creator of what the store creates (the organizer here). */
  readonly me: Creator;
  /** Another member of both teams, who is not the organizer. */
  readonly someoneElse: Creator;
  /**
   * Writes raw text as the series file in a team's drive, bypassing the store (another client, a damaged sync). A new
   * file is created by `by` (default: me); writing over an existing file keeps its creator, as a drive does.
   */
  plantRaw(team: Team, key: SeriesKey, text: string, by?: 'me' | 'someoneElse'): Promise<void>;
  /** The file's bytes as stored, or null when absent. */
  readRaw(team: Team, key: SeriesKey): Promise<string | null>;
}

const occ = occurrenceKey('2025-06-17T16:00:00.000Z');
const actor = (id: string): Actor => ({
  id: userId(id),
  name: id,
  email: `${id}@northwind.example`,
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
});
let counter = 0;
const freshKey = (): SeriesKey =>
  seriesKey(`040000008200E00074C5B7101A82E008-contract-${Date.now()}-${counter++}`);

const intent =
  (by: string, i: SeriesIntent, now = 1_000) =>
  (doc: SeriesDocument) =>
    applyIntent(doc, i, actor(by), now);
const propose = (id: string, by: string, now = 1_000) =>
  intent(
    by,
    {
      kind: 'proposeTopic',
      id,
      occurrence: occ,
      input: { title: `Topic ${id}`, why: '', outcome: 'discuss', estimateMinutes: 10 },
    },
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
    /** The organizer (the signed-in user) is whose file counts. */
    let trust: SeriesTrust;
    beforeEach(async () => {
      h = await make();
      const [a, b] = h.teams;
      if (!a || !b) throw new Error('the harness must offer two teams');
      [teamA, teamB] = [a, b];
      trust = { creatorIds: [h.me.id], creatorNames: [h.me.name] };
    });

    it('finds nothing before the series is linked', async () => {
      expect(await h.store.find(freshKey(), h.teams, trust)).toEqual(ok({ stored: null, untrusted: [] }));
    });

    it('creates, then finds the document across the user’s teams and loads it by location', async () => {
      const key = freshKey();
      const created = await h.store.create(teamB, emptySeriesDocument(key, 'Leadership weekly'));
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.value.location.groupId).toBe(teamB.id);
      expect(created.value.etag).not.toBe('');

      const found = await h.store.find(key, h.teams, trust);
      expect(found.ok && found.value.stored?.location).toEqual(created.value.location);
      expect(found.ok && found.value.stored?.doc).toEqual(emptySeriesDocument(key, 'Leadership weekly'));
      expect(found.ok && found.value.untrusted).toEqual([]);

      const loaded = await h.store.load(created.value.location);
      expect(loaded.ok && loaded.value.doc.title).toBe('Leadership weekly');
      // Both read the current eTag. It need not be the one the upload answered with: SharePoint changes a new
      // file's eTag on its own shortly after the upload (src/sandbox/README.md "Drive").
      expect(found.ok && found.value.stored?.etag).toBe(loaded.ok && loaded.value.etag);
      // Only the team that holds it is searched: the other one alone finds nothing.
      expect(await h.store.find(key, [teamA], trust)).toEqual(ok({ stored: null, untrusted: [] }));
    });

    it('creating twice answers preconditionFailed and keeps the first content', async () => {
      const key = freshKey();
      expect((await h.store.create(teamA, emptySeriesDocument(key, 'First'))).ok).toBe(true);
      const second = await h.store.create(teamA, emptySeriesDocument(key, 'Second'));
      expect(second.ok).toBe(false);
      if (!second.ok) expect(second.failure).toMatchObject({ kind: 'preconditionFailed' });
      const found = await h.store.find(key, [teamA], trust);
      expect(found.ok && found.value.stored?.doc.title).toBe('First');
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

    it('load with the version held answers that very version while the file is unchanged, and the newest after a write', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const shown = await h.store.load(created.value.location);
      if (!shown.ok) throw new Error('load failed');
      const same = await h.store.load(created.value.location, shown.value);
      expect(same.ok && same.value.doc).toBe(shown.value.doc);
      expect(same.ok && same.value.etag).toBe(shown.value.etag);
      const updated = await h.store.update(created.value.location, propose('t1', 'u1'));
      if (!updated.ok) throw new Error('update failed');
      const newer = await h.store.load(created.value.location, shown.value);
      expect(newer.ok && Object.keys(newer.value.doc.proposals)).toEqual(['t1']);
      expect(newer.ok && newer.value.etag).toBe(updated.value.etag);
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
        h.store.update(loc, intent('u1', { kind: 'castBallot', occurrence: occ, dots: { t1: 1 } }, 2_000)),
        h.store.update(loc, intent('u2', { kind: 'castBallot', occurrence: occ, dots: { t1: 2 } }, 2_000)),
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
      const found = await h.store.find(key, h.teams, trust);
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
      const found = await h.store.find(key, [teamA], trust);
      expect(!found.ok && found.failure).toMatchObject({ kind: 'invalidDocument', code: 'CorruptDocument' });
    });

    it('reports a document from a newer schemaVersion and never overwrites it', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const newer = JSON.stringify({ ...emptySeriesDocument(key, 'S'), schemaVersion: 99, somethingNew: {} });
      await h.plantRaw(teamA, key, newer);
      const found = await h.store.find(key, h.teams, trust);
      expect(!found.ok && found.failure).toMatchObject({
        kind: 'invalidDocument',
        code: 'UnsupportedSchemaVersion',
      });
      const r = await h.store.update(created.value.location, propose('t1', 'u1'));
      expect(!r.ok && r.failure).toMatchObject({ kind: 'invalidDocument', code: 'UnsupportedSchemaVersion' });
      expect(await h.readRaw(teamA, key)).toBe(newer);
    });

    it('an update over the version the caller holds lands in one attempt; a stale one re-reads and keeps both', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      // The version a reader holds (SharePoint may have changed a new file's eTag since the upload answered).
      const loaded = await h.store.load(created.value.location);
      if (!loaded.ok) throw new Error('load failed');
      const held = { doc: loaded.value.doc, etag: loaded.value.etag };
      const first = await h.store.update(created.value.location, propose('t1', 'u1'), held);
      expect(first.ok && first.value.attempts).toBe(1);
      // Still holding the earlier version: the If-Match fails, the change is re-applied to the newest one.
      const stale = await h.store.update(created.value.location, propose('t2', 'u2'), held);
      expect(stale.ok && stale.value.attempts).toBe(2);
      expect(stale.ok && Object.keys(stale.value.doc.proposals).sort()).toEqual(['t1', 't2']);
    });

    it('archives next to the series file: creates the archive, then merges later parts into it', async () => {
      const key = freshKey();
      const created = await h.store.create(teamA, emptySeriesDocument(key, 'S'));
      if (!created.ok) throw new Error('create failed');
      const location = created.value.location;
      expect(await h.store.loadArchive(location, key)).toEqual(ok(null));
      const withTopic = (id: string) => {
        const r = propose(id, 'u1')(emptySeriesDocument(key, 'S'));
        if (!r.ok) throw new Error('propose failed');
        return r.value;
      };
      const first = await h.store.archive(location, withTopic('old1'));
      expect(first.ok && first.value.file).toMatch(/^series-[0-9a-f]{32}\.archive\.json$/);
      const second = await h.store.archive(location, withTopic('old2'));
      expect(second.ok).toBe(true);
      const archived = await h.store.loadArchive(location, key);
      expect(archived.ok && Object.keys(archived.value?.proposals ?? {}).sort()).toEqual(['old1', 'old2']);
      // The series file itself is untouched by archiving.
      const live = await h.store.load(location);
      expect(live.ok && live.value.doc).toEqual(emptySeriesDocument(key, 'S'));
    });

    describe('trust in the file (DESIGN.md "Trust in the file")', () => {
      /** The team whose id sorts first: the one every reader would pick among equals. */
      const sorted = () => [...h.teams].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

      it('finds only the organizer’s file; one planted by someone else in a team that sorts first is named and never read', async () => {
        const key = freshKey();
        const [low, high] = sorted() as [Team, Team];
        const created = await h.store.create(high, emptySeriesDocument(key, 'Real'));
        if (!created.ok) throw new Error('create failed');
        // Unparseable on purpose: had find read it, it would answer CorruptDocument.
        await h.plantRaw(low, key, '{"planted": ', 'someoneElse');

        const found = await h.store.find(key, h.teams, trust);

        expect(found.ok).toBe(true);
        if (!found.ok) return;
        expect(found.value.stored?.location).toEqual(created.value.location);
        expect(found.value.stored?.doc.title).toBe('Real');
        expect(found.value.untrusted).toEqual([
          { teamName: low.displayName, createdByName: h.someoneElse.name },
        ]);
        // The planted bytes are left as they were.
        expect(await h.readRaw(low, key)).toBe('{"planted": ');
      });

      it('a well-formed planted copy is not used either, even when it is the only one', async () => {
        const key = freshKey();
        const [low] = sorted() as [Team, Team];
        await h.plantRaw(low, key, JSON.stringify(emptySeriesDocument(key, 'Planted')), 'someoneElse');
        expect(await h.store.find(key, h.teams, trust)).toEqual(
          ok({ stored: null, untrusted: [{ teamName: low.displayName, createdByName: h.someoneElse.name }] }),
        );
      });

      it('a guest, who could learn no id, falls back to the organizer’s display name', async () => {
        const key = freshKey();
        const [low, high] = sorted() as [Team, Team];
        const created = await h.store.create(high, emptySeriesDocument(key, 'Real'));
        if (!created.ok) throw new Error('create failed');
        await h.plantRaw(low, key, JSON.stringify(emptySeriesDocument(key, 'Planted')), 'someoneElse');
        const guest: SeriesTrust = { creatorIds: [], creatorNames: [h.me.name] };

        const found = await h.store.find(key, h.teams, guest);

        expect(found.ok && found.value.stored?.location).toEqual(created.value.location);
        expect(found.ok && found.value.untrusted).toEqual([
          { teamName: low.displayName, createdByName: h.someoneElse.name },
        ]);
        // A name that matches neither creator trusts nothing, and both files are named.
        const nobody = await h.store.find(key, h.teams, { creatorIds: [], creatorNames: ['Nobody Here'] });
        expect(nobody.ok && nobody.value.stored).toBeNull();
        expect(nobody.ok && [...nobody.value.untrusted].map((u) => u.createdByName).sort()).toEqual(
          [h.me.name, h.someoneElse.name].sort(),
        );
      });

      it('with the organizer’s id known, a name alone never makes a file count', async () => {
        const key = freshKey();
        const [low] = sorted() as [Team, Team];
        await h.plantRaw(low, key, JSON.stringify(emptySeriesDocument(key, 'Planted')), 'someoneElse');
        const byId: SeriesTrust = { creatorIds: [h.me.id], creatorNames: [h.someoneElse.name] };
        const found = await h.store.find(key, h.teams, byId);
        expect(found.ok && found.value.stored).toBeNull();
      });

      it('linking does not adopt a same-named file someone else created in that team', async () => {
        const key = freshKey();
        const [low] = sorted() as [Team, Team];
        const planted = JSON.stringify(emptySeriesDocument(key, 'Planted'));
        await h.plantRaw(low, key, planted, 'someoneElse');

        const linked = await linkSeriesToTeam(h.store, organizerContext(h, key), low);

        expect(!linked.ok && linked.failure).toMatchObject({
          kind: 'preconditionFailed',
          code: 'UntrustedTwin',
        });
        expect(!linked.ok && linked.failure.problem).toEqual({
          code: 'linkUntrustedTwin',
          team: low.displayName,
          createdBy: h.someoneElse.name,
        });
        expect(await h.readRaw(low, key)).toBe(planted);
      });

      it('linking twice finds and uses the organizer’s own file (never overwrites it)', async () => {
        const key = freshKey();
        const ctx = organizerContext(h, key);
        const first = await linkSeriesToTeam(h.store, ctx, teamA);
        if (!first.ok) throw new Error('link failed');
        const again = await linkSeriesToTeam(h.store, ctx, teamA);
        expect(again.ok && again.value.location).toEqual(first.value.location);
        // Unchanged: the file is the one created first (its eTag may have moved on its own since; the content not).
        const now = await h.store.load(first.value.location);
        expect(again.ok && again.value.etag).toBe(now.ok && now.value.etag);
        expect(again.ok && again.value.doc).toEqual(first.value.doc);
      });
    });
  });
}

/** The organizer's view of a meeting of series `key`, as openAgenda would build it. */
function organizerContext(h: SeriesStoreHarness, key: SeriesKey): AgendaContext {
  const meeting: Meeting = aMeeting({
    isOrganizer: true,
    organizer: { name: h.me.name, email: 'organizer@x' },
  });
  return {
    meeting,
    series: { seriesKey: key, title: 'Leadership weekly' },
    occurrence: occ,
    meetingMinutes: 60,
    me: {
      id: userId(h.me.id),
      displayName: h.me.name,
      mail: 'organizer@x',
      userPrincipalName: 'organizer@x',
    },
    teams: h.teams,
    stored: null,
    untrusted: [],
  };
}
