// `Prefer: outlook.timezone` with a zone Exchange doesn't know: 400 TimeZoneNotSupportedException on every calendar
// route that reads the preference (microsoft-graph-docs#6870), inside $batch too, and a PATCH changes nothing.
// Windows names and the IANA names Graph documents both work. Fixed "now": Wed 2025-06-11 15:00Z; "Leadership weekly" is Tuesdays 09:00
// Pacific (16:00Z in summer).
import { setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();

const JUN17 = windowQuery(new Date('2025-06-17T15:00:00Z'), new Date('2025-06-17T18:00:00Z'));
const SUMMER = windowQuery(new Date('2025-05-01T00:00:00Z'), new Date('2025-09-01T00:00:00Z'));
const prefer = (zone: string) => ({ Prefer: `outlook.timezone="${zone}"` });
const MESSAGE = (zone: string) =>
  `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`;

async function weeklyIds(): Promise<{ occurrence: string; master: string }> {
  const r = await h.call(`/me/calendarView?${JUN17}`);
  const e = r.json.value[0];
  return { occurrence: String(e.id), master: String(e.seriesMasterId) };
}

describe('Prefer: outlook.timezone with a zone Exchange does not know', () => {
  it.each([
    'Mars/Olympus',
    'Etc/Unknown',
    '',
    'Australia Eastern Standard Time',
    '+02:00',
    // Real IANA names Intl knows, but not among the ones Graph documents (GD resources/datetimetimezone.md).
    'Europe/Oslo',
    'US/Pacific',
  ])('calendarView refuses %p with 400 TimeZoneNotSupportedException', async (zone) => {
    const r = await h.call(`/me/calendarView?${JUN17}`, { headers: prefer(zone) });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('TimeZoneNotSupportedException');
    expect(r.json.error.message).toBe(MESSAGE(zone));
    expect(r.headers.get('preference-applied')).toBeNull();
  });

  it('accepts Windows and IANA names alike', async () => {
    for (const [zone, wall] of [
      ['Pacific Standard Time', '2025-06-17T09:00:00.0000000'],
      ['America/Los_Angeles', '2025-06-17T09:00:00.0000000'],
      ['W. Europe Standard Time', '2025-06-17T18:00:00.0000000'],
      ['Europe/Berlin', '2025-06-17T18:00:00.0000000'],
      ['Asia/Kolkata', '2025-06-17T21:30:00.0000000'],
    ] as const) {
      const r = await h.call(`/me/calendarView?${JUN17}`, { headers: prefer(zone) });
      expect(r.status).toBe(200);
      expect(r.json.value[0].start).toEqual({ dateTime: wall, timeZone: zone });
    }
  });

  it('events, events/{id} and instances refuse it too', async () => {
    const { occurrence, master } = await weeklyIds();
    for (const path of [
      '/me/events',
      `/me/events/${encodeURIComponent(occurrence)}`,
      `/me/events/${encodeURIComponent(master)}`,
      `/me/events/${encodeURIComponent(master)}/instances?${SUMMER}`,
      `/me/calendar/events/${encodeURIComponent(master)}/instances?${SUMMER}`,
    ]) {
      const r = await h.call(path, { headers: prefer('Mars/Olympus') });
      expect([path, r.status, r.json.error?.code]).toEqual([path, 400, 'TimeZoneNotSupportedException']);
    }
  });

  it('a PATCH with it is refused and changes nothing', async () => {
    const { occurrence } = await weeklyIds();
    const path = `/me/events/${encodeURIComponent(occurrence)}`;
    const before = await h.call(path);
    const r = await h.call(path, {
      method: 'PATCH',
      headers: prefer('Mars/Olympus'),
      body: { subject: 'Renamed' },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('TimeZoneNotSupportedException');
    const after = await h.call(path);
    expect(after.json.subject).toBe(before.json.subject);
    expect(after.json.changeKey).toBe(before.json.changeKey);
    expect(after.json.type).toBe('occurrence');
  });

  it('inside $batch each inner request is judged on its own: 400 inside an outer 200', async () => {
    const r = await h.call('/$batch', {
      method: 'POST',
      body: {
        requests: [
          { id: '1', method: 'GET', url: `/me/calendarView?${JUN17}`, headers: prefer('Etc/Unknown') },
          { id: '2', method: 'GET', url: `/me/calendarView?${JUN17}`, headers: prefer('UTC') },
        ],
      },
    });
    expect(r.status).toBe(200);
    const byId = new Map<string, { status: number; body: { error?: { code: string } } }>(
      r.json.responses.map((x: { id: string }) => [x.id, x]),
    );
    expect(byId.get('1')?.status).toBe(400);
    expect(byId.get('1')?.body.error?.code).toBe('TimeZoneNotSupportedException');
    expect(byId.get('2')?.status).toBe(200);
  });
});
