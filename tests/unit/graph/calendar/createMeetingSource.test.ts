import { createMeetingSource } from '../../../../src/graph/calendar/createMeetingSource';
import { createGraphClient } from '../../../../src/graph/core/createGraphClient';
import { eventId } from '../../../../src/domain/ids';
import page1 from '../../../fixtures/graph/calendarView.page1.json';
import page2 from '../../../fixtures/graph/calendarView.page2.json';
import master from '../../../fixtures/graph/event.seriesMaster.json';
import { DummyTerminal, graphError, json } from '../dummyTerminal';

const baseUrl = 'https://graph.microsoft.com/v1.0';
const window = { start: new Date('2025-06-01T00:00:00Z'), end: new Date('2025-06-15T00:00:00Z') };

function setup(terminal: DummyTerminal) {
  const client = createGraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => 't' },
    scopes: ['Calendars.Read'],
    retry: { maxRetries: 0 },
    terminal,
  });
  return createMeetingSource(client, { pageSize: 2 });
}

describe('createMeetingSource.listMeetings', () => {
  it('reads every page and maps Graph events to Meetings with unambiguous instants', async () => {
    const terminal = new DummyTerminal().then(
      () => json(200, page1),
      () => json(200, page2),
    );

    const res = await setup(terminal).listMeetings(window, 'Europe/Oslo');

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.map((m) => [m.id, m.kind, m.start, m.end])).toEqual([
      ['AAMkAGI2-occ-20250602', 'occurrence', '2025-06-02T09:00:00+02:00', '2025-06-02T09:30:00+02:00'],
      ['AAMkAGI2-single-1', 'singleInstance', '2025-06-03T13:00:00+02:00', '2025-06-03T14:00:00+02:00'],
      ['AAMkAGI2-exc-20250609', 'exception', '2025-06-09T10:00:00+02:00', '2025-06-09T10:30:00+02:00'],
      ['AAMkAGI2-occ-20250616', 'occurrence', '2025-06-16T09:00:00+02:00', '2025-06-16T09:30:00+02:00'],
    ]);
    expect(res.value[0]).toEqual({
      id: 'AAMkAGI2-occ-20250602',
      kind: 'occurrence',
      seriesMasterId: 'AAMkAGI2-master',
      iCalUId: '040000008200E00074C5B7101A82E00807E90602-occ1',
      subject: 'Leadership weekly',
      start: '2025-06-02T09:00:00+02:00',
      end: '2025-06-02T09:30:00+02:00',
      isAllDay: false,
      isCancelled: false,
      isOrganizer: true,
      organizer: { name: 'Adele Vance', email: 'adele@northwind.example' },
      myResponse: 'organizer',
      isOnlineMeeting: true,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      attendees: [
        { kind: 'required', response: 'accepted', name: 'Alex Wilber', email: 'alex@northwind.example' },
        { kind: 'optional', response: 'none', name: 'Kim Abercrombie', email: 'kim@fabrikam.example' },
      ],
      webLink:
        'https://outlook.office365.com/owa/?itemid=AAMkAGI2-occ-20250602&exvsurl=1&path=/calendar/item',
    });
    expect(res.value[1]).not.toHaveProperty('seriesMasterId');
    expect(res.value[1]).not.toHaveProperty('joinUrl');
    expect(res.value[3]?.isCancelled).toBe(true);
    const seriesIds = new Set(res.value.filter((m) => m.seriesMasterId).map((m) => m.seriesMasterId));
    expect(seriesIds).toEqual(new Set(['AAMkAGI2-master']));
  });

  it('asks calendarView for the window, page size, order, only the needed fields and the time zone', async () => {
    const terminal = new DummyTerminal().then(() => json(200, { value: [] }));

    await setup(terminal).listMeetings(window, 'Europe/Oslo');

    const url = new URL(terminal.seen[0]?.url ?? '');
    expect(url.pathname).toBe('/v1.0/me/calendarView');
    expect(url.searchParams.get('startDateTime')).toBe('2025-06-01T00:00:00.000Z');
    expect(url.searchParams.get('endDateTime')).toBe('2025-06-15T00:00:00.000Z');
    expect(url.searchParams.get('$top')).toBe('2');
    expect(url.searchParams.get('$orderby')).toBe('start/dateTime');
    expect(url.searchParams.get('$select')?.split(',')).toContain('seriesMasterId');
    expect(terminal.seen[0]?.headers.prefer).toBe('outlook.timezone="Europe/Oslo"');
  });

  it('fails with InvalidGraphPayload naming the item rather than dropping it', async () => {
    const broken = { ...page2.value[0], start: { dateTime: 'soon' } };
    const terminal = new DummyTerminal().then(() => json(200, { value: [page1.value[0], broken] }));

    const res = await setup(terminal).listMeetings(window, 'Europe/Oslo');

    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'badRequest',
      code: 'InvalidGraphPayload',
    });
    expect(res.ok ? '' : res.failure.message).toContain('AAMkAGI2-exc-20250609');
  });

  it('a zone Intl does not know (Etc/Unknown, a Windows name) asks for UTC at once and shows UTC times', async () => {
    const terminal = new DummyTerminal(utcOnly);
    const source = setup(terminal);

    for (const zone of ['Etc/Unknown', 'W. Europe Standard Time', '']) {
      const res = await source.listMeetings(window, zone);
      expect(res.ok && res.value.map((m) => m.start)).toEqual(['2025-06-02T07:00:00Z']);
    }
    expect(terminal.seen.map((r) => r.headers.prefer)).toEqual(Array(3).fill('outlook.timezone="UTC"'));
  });
});

/** Exchange's answer when it doesn't know the zone asked for (microsoft-graph-docs#6870), else the event in UTC. */
function utcOnly(req: { url: string; headers: Readonly<Record<string, string>> }): Response {
  const zone = /outlook\.timezone="([^"]*)"/.exec(req.headers.prefer ?? '')?.[1];
  if (zone !== 'UTC')
    return graphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    );
  const event = {
    ...page1.value[0],
    start: { dateTime: '2025-06-02T07:00:00.0000000', timeZone: 'UTC' },
    end: { dateTime: '2025-06-02T07:30:00.0000000', timeZone: 'UTC' },
  };
  const oneEvent = /\/me\/events\/[^/?]+\?/.test(req.url);
  return json(200, oneEvent ? event : { value: [event] });
}

describe("createMeetingSource when Exchange refuses the user's zone (TimeZoneNotSupportedException)", () => {
  it('falls back to UTC and shows the meetings at the same local times, with no error', async () => {
    const terminal = new DummyTerminal(utcOnly);

    const res = await setup(terminal).listMeetings(window, 'Europe/Oslo');

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.map((m) => [m.start, m.end])).toEqual([
      ['2025-06-02T09:00:00+02:00', '2025-06-02T09:30:00+02:00'],
    ]);
    expect(terminal.seen.map((r) => r.headers.prefer)).toEqual([
      'outlook.timezone="Europe/Oslo"',
      'outlook.timezone="UTC"',
    ]);
  });

  it('remembers the refused zone for the session: later calls ask for UTC straight away', async () => {
    const terminal = new DummyTerminal(utcOnly);
    const source = setup(terminal);

    await source.listMeetings(window, 'Asia/Kolkata');
    const again = await source.listMeetings(window, 'Asia/Kolkata');
    const one = await source.getMeeting(eventId('AAMkAGI2-occ-20250602'), 'Asia/Kolkata');
    const instances = await source.listOccurrences(eventId('AAMkAGI2-master'), window, 'Asia/Kolkata');

    expect(again.ok && again.value[0]?.start).toBe('2025-06-02T12:30:00+05:30');
    expect(one.ok && one.value.end).toBe('2025-06-02T13:00:00+05:30');
    expect(instances.ok && instances.value).toHaveLength(1);
    expect(terminal.seen).toHaveLength(5); // the refused call, then one call each
  });

  it('gives up the fallback only for that code: other failures come through as they are', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(400, 'ErrorInvalidParameter', 'The value of parameter StartDateTime is invalid.'),
    );

    const res = await setup(terminal).listMeetings(window, 'Europe/Oslo');

    expect(res.ok ? undefined : res.failure.code).toBe('ErrorInvalidParameter');
    expect(terminal.seen).toHaveLength(1);
  });

  it('maps a 403 ErrorAccessDenied to forbidden (it names no scope), keeping code and request-id', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
    );

    const res = await setup(terminal).listMeetings(window, 'UTC');

    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'forbidden',
      code: 'ErrorAccessDenied',
      requestId: 'req-403',
    });
  });
});

describe('createMeetingSource.getMeeting and listOccurrences', () => {
  it('gets one event by id, URL-encoding the id', async () => {
    const terminal = new DummyTerminal().then(() => json(200, page1.value[1]));

    const res = await setup(terminal).getMeeting(eventId('AAMk/x=='), 'Europe/Oslo');

    expect(res.ok && res.value.subject).toBe('Budget review');
    expect(terminal.seen[0]?.url.startsWith(`${baseUrl}/me/events/AAMk%2Fx%3D%3D?$select=`)).toBe(true);
  });

  it('answers a series master id with badRequest SeriesMaster', async () => {
    const terminal = new DummyTerminal().then(() => json(200, master));

    const res = await setup(terminal).getMeeting(eventId('AAMkAGI2-master'), 'UTC');

    expect(res.ok ? undefined : res.failure.code).toBe('SeriesMaster');
  });

  it('maps 404 to notFound', async () => {
    const terminal = new DummyTerminal().then(() =>
      graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
    );

    const res = await setup(terminal).getMeeting(eventId('gone'), 'UTC');

    expect(res.ok ? undefined : res.failure).toMatchObject({ kind: 'notFound', code: 'ErrorItemNotFound' });
  });

  it('lists the instances of a master in the window', async () => {
    const terminal = new DummyTerminal().then(() => json(200, { value: page2.value }));

    const res = await setup(terminal).listOccurrences(eventId('AAMkAGI2-master'), window, 'Europe/Oslo');

    expect(res.ok && res.value.map((m) => m.kind)).toEqual(['exception', 'occurrence']);
    const url = new URL(terminal.seen[0]?.url ?? '');
    expect(url.pathname).toBe('/v1.0/me/events/AAMkAGI2-master/instances');
    expect(url.searchParams.get('startDateTime')).toBe('2025-06-01T00:00:00.000Z');
  });
});
