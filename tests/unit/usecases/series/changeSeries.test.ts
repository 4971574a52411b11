// changeSeries is the one store-update path (DESIGN.md "Writes are intents", "Concurrency"). What it must cost and
// guarantee, counted on the honest in-memory store (the contract suite keeps it in line with the drive adapter).
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { Team } from '../../../../src/domain/meetings/meeting';
import type { Result } from '../../../../src/domain/result';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import type { StoredSeries } from '../../../../src/usecases/ports';
import { changeSeries } from '../../../../src/usecases/series/changeSeries';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';

const TEAM: Team = { id: groupId('g1'), displayName: 'Leadership' };
const KEY = seriesKey('S1');
const OCC = occurrenceKey('2026-03-17T17:00:00.000Z');
/** The day before the meeting. */
const T = Date.parse('2026-03-16T09:00:00.000Z');
const TEN_MINUTES = 10 * 60_000;

const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id[0]!.toUpperCase() + id.slice(1),
  email: `${id}@northwind.example`,
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
  ...extra,
});
const avery = person('avery', { isOrganizer: true });
const dana = person('dana');
const sam = person('sam');

const value = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};
const propose = (id: string): SeriesIntent => ({
  kind: 'proposeTopic',
  id,
  occurrence: OCC,
  input: { title: `Topic ${id}`, why: '', outcome: 'discuss', estimateMinutes: 15 },
});
const ballot = (dots: Record<string, number>): SeriesIntent => ({
  kind: 'castBallot',
  occurrence: OCC,
  dots,
});

/**
 * A linked series with topics a and b. Every machine reads and stamps with its own clock; `clock.now` is whichever
 * machine is acting, for the store's reads (future stamps are clamped against it) and for changeSeries.
 */
async function setup() {
  const clock = { now: T };
  const store = new InMemorySeriesStore({ random: () => 0, now: () => clock.now });
  const created = value(await store.create(TEAM, emptySeriesDocument(KEY, 'Leadership weekly')));
  let stored: StoredSeries = created;
  for (const id of ['a', 'b']) {
    const r = value(await changeSeries(store, stored, dana, propose(id), () => (clock.now += 1)));
    const { attempts: _a, ...next } = r;
    stored = next;
  }
  const reads = jest.spyOn(store, 'load');
  const finds = jest.spyOn(store, 'find');
  const counts = () => ({
    writes: store.writes,
    conflicts: store.conflicts,
    reads: reads.mock.calls.length + finds.mock.calls.length,
  });
  return { store, stored, clock, counts, now: () => clock.now };
}

const stripAttempts = ({ attempts: _a, ...stored }: StoredSeries & { attempts: number }): StoredSeries =>
  stored;

describe('changeSeries', () => {
  it('an uncontended change is exactly one If-Match write over the held version, with no read', async () => {
    const { store, stored, counts, now } = await setup();
    const before = counts();

    const r = value(await changeSeries(store, stored, sam, ballot({ a: 2 }), now));

    expect(r.attempts).toBe(1);
    expect(counts()).toEqual({ writes: before.writes + 1, conflicts: before.conflicts, reads: 0 });
    expect(r.doc.occurrences[OCC]?.ballots['sam']?.value).toEqual({ a: 2 });
    expect(r.etag).not.toBe(stored.etag);
    // What came back is what is stored, so the next change is one write again.
    const next = value(await changeSeries(store, stripAttempts(r), sam, ballot({ b: 1 }), now));
    expect(next.attempts).toBe(1);
    expect(counts().reads).toBe(0);
  });

  it('a stale held version costs one 412, one re-read and a re-apply; nothing the other writer did is lost', async () => {
    const { store, stored, counts, now } = await setup();
    // Dana votes from another tab; Sam still holds the version from before.
    value(await changeSeries(store, stored, dana, ballot({ a: 1 }), now));
    const before = counts();

    const r = value(await changeSeries(store, stored, sam, ballot({ b: 2 }), now));

    expect(r.attempts).toBe(2);
    expect(counts()).toEqual({ writes: before.writes + 1, conflicts: before.conflicts + 1, reads: 1 });
    const saved = value(await store.load(stored.location)).doc;
    expect(saved.occurrences[OCC]?.ballots['dana']?.value).toEqual({ a: 1 });
    expect(saved.occurrences[OCC]?.ballots['sam']?.value).toEqual({ b: 2 });
  });

  it('the rule is checked again on the newest document: voting closed meanwhile answers votingClosed, nothing written', async () => {
    const { store, stored, counts, now } = await setup();
    // The organizer closes voting; Sam's view still shows it open and holds the version from before.
    value(
      await changeSeries(
        store,
        stored,
        avery,
        { kind: 'closeVoting', occurrence: OCC, meetingMinutes: 60 },
        now,
      ),
    );
    const raw = await store.readRaw(TEAM, KEY);
    const before = counts();

    const r = await changeSeries(store, stored, sam, ballot({ a: 2 }), now);

    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ source: 'rules', error: { kind: 'votingClosed' } });
    // One try over the held version (refused by If-Match), one re-read, then the rule: no second write.
    expect(counts()).toEqual({ writes: before.writes, conflicts: before.conflicts + 1, reads: 1 });
    expect(await store.readRaw(TEAM, KEY)).toBe(raw);
  });

  it('a rule broken on the held version is answered without touching the store', async () => {
    const { store, stored, counts, now } = await setup();
    const before = counts();
    const r = await changeSeries(
      store,
      stored,
      sam,
      { kind: 'closeVoting', occurrence: OCC, meetingMinutes: 60 },
      now,
    );
    expect(!r.ok && r.failure).toMatchObject({ source: 'rules', error: { kind: 'notAllowed' } });
    expect(counts()).toEqual(before);
  });

  it('a store failure comes back as a store failure, not a rule', async () => {
    const { store, stored, now } = await setup();
    store.failWith({ kind: 'unavailable', status: 503 });
    const r = await changeSeries(store, stored, sam, ballot({ a: 1 }), now);
    expect(!r.ok && r.failure).toEqual({ source: 'store', failure: { kind: 'unavailable', status: 503 } });
  });

  describe('a writer whose clock is 10 minutes behind', () => {
    it('still replaces the value it saw (its own earlier ballot, from a laptop whose clock is right)', async () => {
      const { store, stored, clock } = await setup();
      const onTime = value(await changeSeries(store, stored, sam, ballot({ a: 2 }), () => clock.now));

      // Same person, another machine, clock 10 minutes behind, holding the version it just read.
      clock.now -= TEN_MINUTES;
      const late = value(
        await changeSeries(store, stripAttempts(onTime), sam, ballot({ b: 1 }), () => clock.now),
      );

      expect(late.attempts).toBe(1);
      expect(late.doc.occurrences[OCC]?.ballots['sam']?.value).toEqual({ b: 1 });
      clock.now += TEN_MINUTES;
      const saved = value(await store.load(stored.location)).doc;
      expect(saved.occurrences[OCC]?.ballots['sam']?.value).toEqual({ b: 1 });
    });

    it('still replaces it after a 412, when it first learns of the value on the re-read', async () => {
      const { store, stored, clock } = await setup();
      // Another device of the organizer changes the settings; this one holds the version from before.
      value(
        await changeSeries(
          store,
          stored,
          avery,
          { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, budget: 5 } },
          () => clock.now,
        ),
      );

      clock.now -= TEN_MINUTES;
      const r = value(
        await changeSeries(
          store,
          stored,
          avery,
          { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, budget: 7 } },
          () => clock.now,
        ),
      );

      expect(r.attempts).toBe(2);
      clock.now += TEN_MINUTES;
      const saved = value(await store.load(stored.location)).doc;
      expect(saved.settings?.value.budget).toBe(7);
    });

    it('reopens voting that a right clock closed: the reopen is not lost to the earlier close', async () => {
      const { store, stored, clock } = await setup();
      const closed = value(
        await changeSeries(
          store,
          stored,
          avery,
          { kind: 'closeVoting', occurrence: OCC, meetingMinutes: 60 },
          () => clock.now,
        ),
      );
      clock.now -= TEN_MINUTES;
      value(
        await changeSeries(
          store,
          stripAttempts(closed),
          avery,
          { kind: 'reopenVoting', occurrence: OCC },
          () => clock.now,
        ),
      );
      clock.now += TEN_MINUTES;
      const saved: SeriesDocument = value(await store.load(stored.location)).doc;
      expect(saved.occurrences[OCC]?.voting?.value.state).toBe('open');
      // The log keeps both acts, in the order they happened.
      const log = Object.entries(saved.occurrences[OCC]?.votingLog ?? {})
        .sort(([x], [y]) => (x < y ? -1 : 1))
        .map(([, e]) => e.kind);
      expect(log).toEqual(['closed', 'reopened']);
    });
  });
});
