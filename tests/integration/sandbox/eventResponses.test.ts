// POST events/{id}/decline | accept | tentativelyAccept (GD event-decline.md): 202, the attendee's own item
// records the response and the organizer's item tracks it; other attendees' copies are untouched.
import { UPN, setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();

type Ev = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Fixed now: Wed 2025-06-11 15:00Z. Leadership weekly: Tuesdays 16:00Z; Tue Jun 17 is the next occurrence.
const JUN17 = windowQuery(new Date('2025-06-17T00:00:00Z'), new Date('2025-06-18T00:00:00Z'));

async function weeklyOn(user: string): Promise<Ev> {
  const r = await h.call(`/me/calendarView?${JUN17}`, { token: h.token(user) });
  const e = (r.json.value as Ev[]).find((x) => String(x.subject).endsWith('Leadership weekly'));
  if (!e) throw new Error(`no Leadership weekly on Jun 17 for ${user}`);
  return e;
}
const statusOf = (e: Ev, upn: string) =>
  (e.attendees as Ev[]).find((a) => a.emailAddress.address === upn)?.status.response;

describe('responding to one occurrence', () => {
  it('decline: 202, the attendee’s copy says declined, the organizer’s tracks it, others are untouched', async () => {
    const mine = await weeklyOn(UPN.dana);
    expect(mine.responseStatus.response).toBe('accepted');
    const r = await h.call(`/me/events/${mine.id}/decline`, {
      token: h.token(UPN.dana),
      method: 'POST',
      body: { comment: 'Travelling', sendResponse: true },
    });
    expect(r.status).toBe(202);

    const after = await weeklyOn(UPN.dana);
    expect(after.id).toBe(mine.id);
    expect(after.type).toBe('exception');
    expect(after.responseStatus.response).toBe('declined');
    expect(after.showAs).toBe('free');

    const organizer = await weeklyOn(UPN.avery);
    expect(statusOf(organizer, UPN.dana)).toBe('declined');
    expect(statusOf(organizer, UPN.sam)).toBe('accepted');
    // Only that occurrence: the next week still shows Dana's series response.
    const next = await h.call(
      `/me/calendarView?${windowQuery(new Date('2025-06-24T00:00:00Z'), new Date('2025-06-25T00:00:00Z'))}`,
    );
    const jun24 = (next.json.value as Ev[]).find((x) => String(x.subject).endsWith('Leadership weekly'));
    expect(statusOf(jun24 as Ev, UPN.dana)).toBe('accepted');
    // Sam's copy doesn't learn about Dana's answer (attendee copies don't track responses).
    expect(statusOf(await weeklyOn(UPN.sam), UPN.dana)).toBe('none');
  });

  it('accept and tentativelyAccept work the same way', async () => {
    const mine = await weeklyOn(UPN.mei);
    const r = await h.call(`/me/events/${mine.id}/tentativelyAccept`, {
      token: h.token(UPN.mei),
      method: 'POST',
    });
    expect(r.status).toBe(202);
    expect(statusOf(await weeklyOn(UPN.avery), UPN.mei)).toBe('tentativelyAccepted');
    await h.call(`/me/events/${mine.id}/accept`, { token: h.token(UPN.mei), method: 'POST', body: {} });
    expect(statusOf(await weeklyOn(UPN.avery), UPN.mei)).toBe('accepted');
  });

  it('refuses the organizer, other mailboxes’ ids, malformed ids, and tokens without Calendars.ReadWrite', async () => {
    const organizers = await weeklyOn(UPN.avery);
    const own = await h.call(`/me/events/${organizers.id}/decline`, { method: 'POST' });
    expect(own.status).toBe(400);
    expect(own.json.error.code).toBe('ErrorInvalidRequest');
    const notMine = await h.call(`/me/events/${organizers.id}/decline`, {
      token: h.token(UPN.dana),
      method: 'POST',
    });
    expect(notMine.status).toBe(404);
    expect(notMine.json.error.code).toBe('ErrorItemNotFound');
    const malformed = await h.call('/me/events/not-an-id/decline', {
      token: h.token(UPN.dana),
      method: 'POST',
    });
    expect(malformed.status).toBe(400);
    const mine = await weeklyOn(UPN.dana);
    const readOnly = await h.call(`/me/events/${mine.id}/decline`, {
      token: h.token(UPN.dana, ['Calendars.Read']),
      method: 'POST',
    });
    expect(readOnly.status).toBe(403);
  });
});
