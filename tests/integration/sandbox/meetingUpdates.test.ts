// The meeting updates an organizer's PATCH sends (GD event-update.md: a series master with multiple attendees and
// separately updated instances sends "one for the master series and one per instance that has been updated"),
// listed by GET /_sandbox/mail. "Leadership weekly" (Avery's) has 7 attendees and 2 exceptions in Avery's item: the
// occurrence Jonas declined and the moved one (the cancelled one is gone).
import { UPN, setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();
const JUN17 = windowQuery(new Date('2025-06-17T15:00:00Z'), new Date('2025-06-17T18:00:00Z'));

interface Update {
  to: string;
  kind: string;
  originalStart?: string;
}
const mail = async (): Promise<Update[]> => (await h.admin('/_sandbox/mail')).json.updates;

async function weekly() {
  const r = await h.call(`/me/calendarView?${JUN17}`);
  return r.json.value[0] as { id: string; seriesMasterId: string; attendees: unknown[] };
}

describe('meeting updates sent by a PATCH', () => {
  it('a series master with 2 modified occurrences sends each attendee 3: the series and one per exception', async () => {
    const { seriesMasterId, attendees } = await weekly();
    const r = await h.call(`/me/events/${encodeURIComponent(seriesMasterId)}`, {
      method: 'PATCH',
      body: { body: { contentType: 'html', content: '<p>Agenda</p>' } },
    });
    expect(r.status).toBe(200);
    const updates = await mail();
    expect(updates).toHaveLength(attendees.length * 3);
    const toDana = updates.filter((u) => u.to === UPN.dana);
    expect(toDana.map((u) => u.kind)).toEqual(['series', 'occurrence', 'occurrence']);
    expect(
      toDana
        .filter((u) => u.originalStart)
        .map((u) => u.originalStart)
        .sort(),
    ).toEqual(['2025-06-24T16:00:00Z', '2025-07-01T16:00:00Z']);
  });

  it('one occurrence sends one update per attendee; personal properties and attendees send none', async () => {
    const { id, attendees } = await weekly();
    await h.call(`/me/events/${encodeURIComponent(id)}`, { method: 'PATCH', body: { subject: 'Renamed' } });
    expect((await mail()).map((u) => u.kind)).toEqual(Array(attendees.length).fill('occurrence'));
    await h.call(`/me/events/${encodeURIComponent(id)}`, { method: 'PATCH', body: { categories: ['Red'] } });
    const danas = (await h.call(`/me/calendarView?${JUN17}`, { token: h.token(UPN.dana) })).json.value[0];
    await h.call(`/me/events/${encodeURIComponent(danas.id)}`, {
      method: 'PATCH',
      token: h.token(UPN.dana),
      body: { subject: 'My own name for it' },
    });
    expect(await mail()).toHaveLength(attendees.length);
  });
});
