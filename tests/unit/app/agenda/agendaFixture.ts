// Builds AgendaContexts from intents applied by the domain, so the view-state tests exercise the real rules, not a copy.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import type { TopicInput } from '../../../../src/domain/agenda/validateTopic';
import { applyIntent, type IntentError } from '../../../../src/domain/series/applyIntent';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { groupId, occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import type { Meeting } from '../../../../src/domain/meetings/meeting';
import type { Result } from '../../../../src/domain/result';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import { aMeeting } from '../../../builders/aMeeting';

export const OCC = occurrenceKey('2025-03-10T09:00:00.000Z');
export const EARLIER = occurrenceKey('2025-03-03T09:00:00.000Z');

export const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id[0]?.toUpperCase() + id.slice(1),
  email: `${id}@x`,
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
  ...extra,
});
export const adele = person('adele', { isOrganizer: true, name: 'Adele Vance' });
export const ben = person('ben');
export const cy = person('cy');

let clock = 1_000;
export const must = <T>(r: Result<T, IntentError>): T => {
  if (!r.ok) throw new Error(`${r.failure.kind}: ${JSON.stringify(r.failure)}`);
  return r.value;
};
export const topic = (title: string, estimateMinutes = 15, outcome: TopicInput['outcome'] = 'discuss') => ({
  title,
  why: `why ${title}`,
  outcome,
  estimateMinutes,
});
/** Applies an intent as `who`, one millisecond after the last one. */
export const act = (d: SeriesDocument, who: Actor, intent: SeriesIntent) =>
  must(applyIntent(d, intent, who, clock++));
export const propose = (
  d: SeriesDocument,
  id: string,
  who: Actor,
  input: TopicInput = topic(id),
  occ: OccurrenceKey = OCC,
) => act(d, who, { kind: 'proposeTopic', id, occurrence: occ, input });
export const vote = (d: SeriesDocument, who: Actor, dots: Record<string, number>, occ: OccurrenceKey = OCC) =>
  act(d, who, { kind: 'castBallot', occurrence: occ, dots });
export const close = (d: SeriesDocument, occ: OccurrenceKey = OCC, meetingMinutes = 60) =>
  act(d, adele, { kind: 'closeVoting', occurrence: occ, meetingMinutes });
export const emptyDoc = () => emptySeriesDocument(seriesKey('S'), 'Leadership weekly');

/** A 60-minute meeting organized by Adele, viewed by `viewer`. */
export function contextFor(
  doc: SeriesDocument | null,
  viewer: Actor,
  meeting: Partial<Meeting> = {},
): AgendaContext {
  const m = aMeeting({
    start: '2025-03-10T09:00:00Z',
    end: '2025-03-10T10:00:00Z',
    isOrganizer: viewer.isOrganizer,
    organizer: { name: 'Adele Vance', email: 'adele@contoso.example' },
    ...meeting,
  });
  const team = { id: groupId('g1'), displayName: 'Leadership' };
  return {
    meeting: m,
    series: { seriesKey: seriesKey('S'), title: 'Leadership weekly' },
    occurrence: OCC,
    meetingMinutes: 60,
    me: {
      id: viewer.id,
      displayName: viewer.name,
      mail: `${viewer.id}@x`,
      userPrincipalName: `${viewer.id}@x`,
    },
    teams: [team],
    stored:
      doc === null
        ? null
        : { doc, etag: '"1"', location: { groupId: team.id, teamName: team.displayName, itemId: 'item-1' } },
    untrusted: [],
  };
}
