// archiveOldMeetings writes the archive file first, then drops from the live file exactly what the archive holds; a
// failure between the two leaves a copy in both, never a gap. Counted on the honest in-memory store.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import type { Team } from '../../../../src/domain/meetings/meeting';
import type { Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { parseSeriesDocument } from '../../../../src/graph/drive/parseSeriesDocument';
import { archiveOldMeetings } from '../../../../src/usecases/series/archiveOldMeetings';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';

const TEAM: Team = { id: groupId('g1'), displayName: 'Leadership' };
const KEY = seriesKey('S-archive');
const DAY = 86_400_000;
const week = (n: number): OccurrenceKey =>
  occurrenceKey(new Date(Date.parse('2025-01-06T09:00:00.000Z') + n * 7 * DAY).toISOString());
const NOW = Date.parse(week(40));

const person = (id: string, isOrganizer: boolean): Actor => ({
  id: userId(id),
  name: id,
  email: `${id}@northwind.example`,
  isOrganizer,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
});
const adele = person('adele', true);
const ben = person('ben', false);

const value = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};

/** 40 weekly meetings, each with a topic proposed, voted and covered. */
function aYear(): SeriesDocument {
  let d = emptySeriesDocument(KEY, 'Leadership weekly');
  let t = Date.parse(week(0)) - DAY;
  const apply = (who: Actor, intent: SeriesIntent) => (d = value(applyIntent(d, intent, who, (t += 1000))));
  for (let w = 0; w < 40; w++) {
    apply(ben, { kind: 'proposeTopic', id: `t${w}`, occurrence: week(w), input: topicOf(w) });
    apply(ben, { kind: 'castBallot', occurrence: week(w), dots: { [`t${w}`]: 2 } });
    apply(adele, { kind: 'closeVoting', occurrence: week(w), meetingMinutes: 60 });
  }
  return d;
}
const topicOf = (w: number) => ({
  title: `Topic ${w}`,
  why: 'x'.repeat(400),
  outcome: 'decide' as const,
  estimateMinutes: 20,
});

async function seeded() {
  const store = new InMemorySeriesStore({ now: () => NOW });
  const created = value(await store.create(TEAM, aYear()));
  return { store, stored: created };
}

describe('archiveOldMeetings', () => {
  it('moves old meetings to the archive file, then out of the live file; a second run moves nothing', async () => {
    const { store, stored } = await seeded();
    const before = JSON.stringify(stored.doc).length;
    const r = value(await archiveOldMeetings(store, stored, adele, () => NOW));
    if (!r.moved) throw new Error('expected a move');
    expect(r.occurrences).toBeGreaterThan(20);
    const archive = await store.readArchiveRaw(TEAM, KEY);
    if (archive === null) throw new Error('no archive file');
    const archived = value(parseSeriesDocument(archive, 'archive', NOW)).doc;
    expect(Object.keys(archived.occurrences)).toHaveLength(r.occurrences);
    // Nothing is in neither place: every meeting is live or archived.
    for (let w = 0; w < 40; w++)
      expect([w, !!(r.stored.doc.occurrences[week(w)] ?? archived.occurrences[week(w)])]).toEqual([w, true]);
    expect(JSON.stringify(r.stored.doc).length).toBeLessThan(before / 2);
    const again = value(await archiveOldMeetings(store, r.stored, adele, () => NOW));
    expect(again.moved).toBe(false);
  });

  it('when the archive file can’t be written, the live file is left as it was', async () => {
    const { store, stored } = await seeded();
    const writes = store.writes;
    store.failWith({ kind: 'unavailable', status: 503, code: 'serviceNotAvailable' });
    const r = await archiveOldMeetings(store, stored, adele, () => NOW);
    expect(r.ok ? undefined : r.failure).toMatchObject({ source: 'store', failure: { kind: 'unavailable' } });
    store.failWith(undefined);
    expect(store.writes).toBe(writes);
    expect(value(await store.load(stored.location)).doc).toEqual(stored.doc);
  });

  it('an attendee’s client leaves it to the organizer', async () => {
    const { store, stored } = await seeded();
    expect(value(await archiveOldMeetings(store, stored, ben, () => NOW)).moved).toBe(false);
    expect(await store.readArchiveRaw(TEAM, KEY)).toBeNull();
  });
});
