// The meeting list survives a zone Exchange refuses (400 TimeZoneNotSupportedException, microsoft-graph-docs#6870):
// Europe/Oslo is a real IANA zone a browser reports, but not among the names Graph documents, so the sandbox refuses
// it. The app asks for UTC instead and shows the meetings at Oslo's local times, paying the extra round trip once.
// Fixed "now": Wed 2025-06-11 15:00Z; "Leadership weekly" is Tuesdays 09:00 Pacific (16:00Z, 18:00 in Oslo).
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { listMyMeetings } from '../../../src/usecases/listMyMeetings';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, UPN, setupSandbox } from '../sandbox/setupSandbox';

const sb = setupSandbox();
const WINDOW = { start: FIXED_NOW, end: new Date(FIXED_NOW.getTime() + 14 * 86_400_000) };

const calendarCalls = () =>
  sb
    .sandbox()
    .requestLog()
    .filter((r) => r.url.includes('/calendarView') || r.url.includes('/events/'));

describe('MeetingSource under a zone Exchange does not know', () => {
  it('lists the meetings at the right local times, without an error, and remembers the zone', async () => {
    const source = createMeetingSource(clientFor(sb.sandbox(), UPN.avery));
    sb.sandbox().clearRequestLog();

    const first = await listMyMeetings(source, { now: FIXED_NOW, timeZone: 'Europe/Oslo' });
    const firstCalls = calendarCalls().map((r) => r.status);
    const second = await source.listMeetings(WINDOW, 'Europe/Oslo');

    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const weekly = first.value.find((m) => m.subject === 'Leadership weekly');
    expect(weekly?.start).toBe('2025-06-17T18:00:00+02:00');
    expect(weekly?.end).toBe('2025-06-17T19:00:00+02:00');
    // The same instants a supported zone gives, written at Oslo's offset.
    const berlin = await source.listMeetings(WINDOW, 'Europe/Berlin');
    if (!berlin.ok) throw new Error(JSON.stringify(berlin.failure));
    expect(second.value.map((m) => [m.id, m.start, m.end])).toEqual(
      berlin.value.map((m) => [m.id, m.start, m.end]),
    );
    // One refused call, then UTC; the next listing goes straight to UTC.
    expect(firstCalls).toEqual([400, 200]);
    expect(calendarCalls().map((r) => r.status)).toEqual([400, 200, 200, 200]);
  });

  it('getMeeting and listOccurrences fall back the same way', async () => {
    const source = createMeetingSource(clientFor(sb.sandbox(), UPN.avery));
    const listed = await source.listMeetings(WINDOW, 'UTC');
    if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
    const occurrence = listed.value.find((m) => m.subject === 'Leadership weekly' && m.seriesMasterId);
    if (!occurrence?.seriesMasterId) throw new Error('the demo tenant has a weekly series');

    const one = await source.getMeeting(occurrence.id, 'US/Pacific');
    const all = await source.listOccurrences(occurrence.seriesMasterId, WINDOW, 'US/Pacific');

    expect(one.ok && one.value.start).toBe('2025-06-17T09:00:00-07:00');
    expect(all.ok && all.value.every((m) => m.start.endsWith('-07:00'))).toBe(true);
  });
});
