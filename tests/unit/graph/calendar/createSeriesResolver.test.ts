import { eventId } from '../../../../src/domain/ids';
import type { Meeting } from '../../../../src/domain/meetings/meeting';
import { createSeriesResolver } from '../../../../src/graph/calendar/createSeriesResolver';
import { eventSchema } from '../../../../src/graph/calendar/eventSchema';
import { toMeeting } from '../../../../src/graph/calendar/toMeeting';
import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: eventId('AAMkOcc'),
  kind: 'occurrence',
  seriesMasterId: eventId('AAMkMaster/=='),
  iCalUId: '040000008200E00074C5B7101A82E00807E90611000000000000000000000000',
  subject: 'Leadership weekly',
  start: '2025-06-17T09:00:00-07:00',
  end: '2025-06-17T10:00:00-07:00',
  isAllDay: false,
  isCancelled: false,
  isOrganizer: false,
  organizer: { name: 'Avery', email: 'avery@x' },
  myResponse: 'accepted',
  isOnlineMeeting: true,
  attendees: [],
  ...over,
});

function setup(terminal: DummyTerminal) {
  const client = createGraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => 't' },
    scopes: ['Calendars.Read'],
    retry: { maxRetries: 0 },
    terminal,
  });
  return createSeriesResolver(client);
}

describe('createSeriesResolver', () => {
  it('keys a single meeting by its own iCalUId and subject, without a request', async () => {
    const terminal = new DummyTerminal();
    const r = await setup(terminal).resolveSeries(
      meeting({ kind: 'singleInstance', iCalUId: 'single-uid', subject: 'Budget' }),
    );
    expect(r).toEqual({ ok: true, value: { seriesKey: 'single-uid', title: 'Budget' } });
    expect(terminal.seen).toHaveLength(0);
  });

  it.each(['occurrence', 'exception'] as const)(
    'keys an %s by its master’s iCalUId and subject',
    async (kind) => {
      const terminal = new DummyTerminal().then(() =>
        json(200, {
          '@odata.etag': 'W/"x"',
          id: 'AAMkMaster/==',
          iCalUId: 'master-uid',
          subject: 'Leadership weekly',
          start: { dateTime: '2026-03-03T17:00:00.0000000', timeZone: 'UTC' },
        }),
      );
      const r = await setup(terminal).resolveSeries(
        meeting({ kind, subject: 'Canceled: Leadership weekly' }),
      );
      // The master's start tells the roles where the series' occurrences begin (read in the next round).
      expect(r).toEqual({
        ok: true,
        value: {
          seriesKey: 'master-uid',
          title: 'Leadership weekly',
          firstStart: '2026-03-03T17:00:00.000Z',
        },
      });
      expect(terminal.seen[0]?.url).toBe(
        `${baseUrl}/me/events/AAMkMaster%2F%3D%3D?$select=iCalUId,subject,start`,
      );
    },
  );

  it('passes a Graph failure through', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
    );
    const r = await setup(terminal).resolveSeries(meeting({}));
    expect(!r.ok && r.failure).toMatchObject({ kind: 'notFound', code: 'ErrorItemNotFound' });
  });

  it('rejects an occurrence without seriesMasterId', async () => {
    const { seriesMasterId: _omit, ...noMaster } = meeting({});
    const r = await setup(new DummyTerminal()).resolveSeries(noMaster);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'badRequest', code: 'InvalidGraphPayload' });
  });
});

describe('toMeeting: originalStart', () => {
  const dto = (originalStart: string | undefined) =>
    eventSchema.parse({
      id: 'AAMkOcc',
      type: 'exception',
      seriesMasterId: 'AAMkMaster',
      iCalUId: 'occ-uid',
      start: { dateTime: '2025-06-18T10:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-06-18T11:00:00.0000000', timeZone: 'UTC' },
      ...(originalStart !== undefined ? { originalStart } : {}),
    });

  it('maps Graph’s UTC originalStart to the domain instant that keys the occurrence', () => {
    const m = toMeeting(dto('2025-06-17T16:00:00Z'));
    expect(m.ok && m.value.originalStart).toBe('2025-06-17T16:00:00.000Z');
  });

  it('reads an originalStart with an offset, or without one as UTC', () => {
    const withOffset = toMeeting(dto('2025-06-17T09:00:00-07:00'));
    const bare = toMeeting(dto('2025-06-17T16:00:00'));
    expect(withOffset.ok && withOffset.value.originalStart).toBe('2025-06-17T16:00:00.000Z');
    expect(bare.ok && bare.value.originalStart).toBe('2025-06-17T16:00:00.000Z');
  });

  it('leaves it absent on single instances and rejects an unreadable one', () => {
    const none = toMeeting(dto(undefined));
    expect(none.ok && 'originalStart' in none.value).toBe(false);
    expect(toMeeting(dto('not a date')).ok).toBe(false);
  });
});
