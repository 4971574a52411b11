// The decision log reads the archive only when something was archived, in one round trip, and the archived meetings'
// decisions show beside the live ones. Counted on the honest in-memory store.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildDecisionLog } from '../../../../src/domain/decisions/buildDecisionLog';
import { groupId, occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import type { Team } from '../../../../src/domain/meetings/meeting';
import type { Result } from '../../../../src/domain/result';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { loadArchivedDecisions } from '../../../../src/usecases/decisions/loadArchivedDecisions';
import { archiveOldMeetings } from '../../../../src/usecases/series/archiveOldMeetings';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';

const TEAM: Team = { id: groupId('g1'), displayName: 'Leadership' };
const DAY = 86_400_000;
const week = (n: number): OccurrenceKey =>
  occurrenceKey(new Date(Date.parse('2025-01-06T09:00:00.000Z') + n * 7 * DAY).toISOString());
const NOW = Date.parse(week(20));
const adele: Actor = {
  id: userId('adele'),
  name: 'Adele',
  email: 'adele@northwind.example',
  isOrganizer: true,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
};
const value = <T>(r: Result<T, unknown>): T => {
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.failure)}`);
  return r.value;
};

function weeks(n: number): SeriesDocument {
  let d = emptySeriesDocument(seriesKey('S-log'), 'Leadership weekly');
  let t = Date.parse(week(0)) - DAY;
  const apply = (intent: SeriesIntent) => (d = value(applyIntent(d, intent, adele, (t += 1000))));
  for (let w = 0; w < n; w++) {
    const input = { title: `Topic ${w}`, why: 'why', outcome: 'decide' as const, estimateMinutes: 20 };
    apply({ kind: 'proposeTopic', id: `t${w}`, occurrence: week(w), input });
    apply({ kind: 'castBallot', occurrence: week(w), dots: { [`t${w}`]: 2 } });
    apply({ kind: 'closeVoting', occurrence: week(w), meetingMinutes: 60 });
    const decision = { text: `Decided ${w}`, holder: 'Adele' };
    apply({ kind: 'recordDecision', occurrence: week(w), topicId: `t${w}`, decision });
  }
  return d;
}

describe('loadArchivedDecisions', () => {
  it('costs nothing when nothing was archived', async () => {
    const store = new InMemorySeriesStore({ now: () => NOW });
    const stored = value(await store.create(TEAM, weeks(3)));
    const loadArchive = jest.spyOn(store, 'loadArchive');
    expect(value(await loadArchivedDecisions(store, stored))).toEqual({ archive: null, roundTrips: 0 });
    expect(loadArchive).not.toHaveBeenCalled();
  });

  it('reads the archive in one round trip, and every decision shows, archived or live', async () => {
    const store = new InMemorySeriesStore({ now: () => NOW });
    const stored = value(await store.create(TEAM, weeks(20)));
    const moved = value(await archiveOldMeetings(store, stored, adele, () => NOW));
    if (!moved.moved) throw new Error('expected a move');
    const r = value(await loadArchivedDecisions(store, moved.stored));
    expect(r.roundTrips).toBe(1);
    const rows = buildDecisionLog(moved.stored.doc, r.archive, 'UTC');
    expect(rows).toHaveLength(20);
    expect(rows.filter((x) => x.archived)).toHaveLength(moved.occurrences);
    expect(buildDecisionLog(moved.stored.doc, null, 'UTC')).toHaveLength(20 - moved.occurrences);
  });

  it('passes a failure on, for the view to say and offer again', async () => {
    const store = new InMemorySeriesStore({ now: () => NOW });
    const stored = value(await store.create(TEAM, weeks(20)));
    const moved = value(await archiveOldMeetings(store, stored, adele, () => NOW));
    if (!moved.moved) throw new Error('expected a move');
    store.failWith({ kind: 'throttled', status: 429, retryAfterMs: 1000 });
    const r = await loadArchivedDecisions(store, moved.stored);
    expect(r.ok ? undefined : r.failure.kind).toBe('throttled');
  });
});
