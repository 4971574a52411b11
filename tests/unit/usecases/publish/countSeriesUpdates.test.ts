import { eventId } from '../../../../src/domain/ids';
import { inMeetingMessages } from '../../../../src/app/i18n/en-US/inMeeting';
import { countSeriesUpdates, seriesUpdateCount } from '../../../../src/usecases/publish/countSeriesUpdates';
import { aMeeting } from '../../../builders/aMeeting';
import { InMemoryMeetingSource } from '../../../fakes/InMemoryMeetingSource';

const master = eventId('master');
const organizer = { name: 'Avery', email: 'avery@northwind.example' };
const attendee = (email: string) => ({
  kind: 'required' as const,
  response: 'none' as const,
  name: email,
  email,
});
const now = new Date('2025-06-11T15:00:00Z');
const at = (iso: string, kind: 'occurrence' | 'exception', isCancelled = false) =>
  aMeeting({
    id: eventId(`occ-${iso}`),
    kind,
    seriesMasterId: master,
    start: iso,
    end: iso.replace('16:00', '17:00'),
    isCancelled,
    organizer,
  });
const current = aMeeting({
  kind: 'occurrence',
  seriesMasterId: master,
  isOrganizer: true,
  organizer,
  attendees: [
    attendee(organizer.email),
    attendee('dana@northwind.example'),
    attendee('sam@northwind.example'),
  ],
});

// The sentence the organizer reads is the app's (the catalogue words the count).
const describeSeriesUpdates = (perAttendee: number, changed: number): string =>
  inMeetingMessages.publish.seriesUpdates(perAttendee, changed);

describe('countSeriesUpdates', () => {
  it('a series with 2 changed meetings: each attendee gets 3 updates, and the message says so', async () => {
    const source = new InMemoryMeetingSource([
      at('2025-06-17T16:00:00Z', 'occurrence'),
      at('2025-06-24T16:00:00Z', 'exception'),
      at('2025-07-02T17:00:00Z', 'exception'),
      at('2025-07-08T16:00:00Z', 'occurrence'),
    ]);
    const r = await countSeriesUpdates(source, current, now);
    expect(r.ok && r.value).toEqual({ perAttendee: 3, changedOccurrences: 2 });
    expect(r.ok && describeSeriesUpdates(r.value.perAttendee, r.value.changedOccurrences)).toBe(
      'Publishing sends each attendee 3 updates: one for the series and one for each of the 2 changed meetings.',
    );
    expect(source.calls[0]).toMatchObject({ method: 'listOccurrences', timeZone: 'UTC' });
  });

  it('one update when nothing was changed on its own, or with a single attendee', () => {
    expect(seriesUpdateCount(current, [at('2025-06-17T16:00:00Z', 'occurrence')])).toEqual({
      perAttendee: 1,
      changedOccurrences: 0,
    });
    const alone = aMeeting({ ...current, attendees: [attendee('dana@northwind.example')] });
    expect(seriesUpdateCount(alone, [at('2025-06-24T16:00:00Z', 'exception')]).perAttendee).toBe(1);
    expect(describeSeriesUpdates(1, 0)).toBe('Publishing sends each attendee 1 update for the series.');
    expect(describeSeriesUpdates(2, 1)).toBe(
      'Publishing sends each attendee 2 updates: one for the series and one for the 1 changed meeting.',
    );
  });

  it("passes the calendar's failure on, and refuses a meeting outside a series", async () => {
    const source = new InMemoryMeetingSource();
    source.failWith({ kind: 'unavailable', status: 503 });
    expect((await countSeriesUpdates(source, current, now)).ok).toBe(false);
    const single = aMeeting({ kind: 'singleInstance' });
    const r = await countSeriesUpdates(source, single, now);
    expect(!r.ok && r.failure.code).toBe('NotASeries');
  });
});
