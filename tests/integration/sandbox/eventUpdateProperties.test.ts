// PATCH /me/events/{id} beyond the body (GD api-reference/v1.0/api/event-update.md): the doc's own example, the
// writable properties read back through GET, meeting updates reaching attendees' copies (but not their personal
// properties), occurrences becoming exceptions, and Graph's 400s and 412.
import { UPN, setupSandbox, windowQuery } from './setupSandbox';
import type { Reply } from './setupSandbox';

const h = setupSandbox();

type Ev = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Fixed now: Wed 2025-06-11 15:00Z. Leadership weekly (Avery): Tuesdays 09:00 Pacific (16:00Z), next on Jun 17,
// then Jun 24; Product roadmap sync (Avery, Teams): Mon Jun 16 10:00–10:45 Pacific; Board prep (Avery, no Teams,
// Priya invited): Fri Jun 6 14:00 Pacific.
const PACIFIC = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

async function patch(user: string, id: string, body: unknown, headers: Record<string, string> = {}) {
  return h.call(`/me/events/${id}`, { method: 'PATCH', token: h.token(user), headers, body });
}

async function get(user: string, id: string, headers: Record<string, string> = {}): Promise<Reply> {
  return h.call(`/me/events/${id}`, { token: h.token(user), headers });
}

/** A single instance or series master of the user's calendar, by subject. */
async function eventNamed(user: string, subject: string): Promise<Ev> {
  const r = await h.call('/me/events?$top=100', { token: h.token(user) });
  const e = (r.json.value as Ev[]).find((x) => x.subject === subject);
  if (!e) throw new Error(`${user} has no '${subject}'`);
  return e;
}

/** The user's Leadership weekly occurrence (or exception) on a UTC day. */
async function weeklyOn(user: string, day: string): Promise<Ev> {
  const from = new Date(`${day}T00:00:00Z`);
  const window = windowQuery(from, new Date(from.getTime() + 86_400_000));
  const r = await h.call(`/me/calendarView?${window}`, { token: h.token(user) });
  const e = (r.json.value as Ev[]).find((x) => String(x.subject).includes('Leadership'));
  if (!e) throw new Error(`${user} has no Leadership weekly on ${day}`);
  return e;
}

const errorOf = (r: Reply) => [r.status, r.json?.error?.code];

describe('PATCH events: the doc example', () => {
  // GD event-update.md "Request", with a real zone for the placeholders.
  const docExample = {
    originalStartTimeZone: 'Eastern Standard Time',
    originalEndTimeZone: 'Eastern Standard Time',
    responseStatus: { response: '', time: 'datetime-value' },
    recurrence: null,
    reminderMinutesBeforeStart: 99,
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    isReminderOn: true,
    hideAttendees: false,
    categories: ['Red category'],
  };

  it('returns 200 with the updated event, a new change key, and GET reads the values back', async () => {
    const before = await eventNamed(UPN.avery, 'Board prep');
    expect(before.isOnlineMeeting).toBe(false);
    const r = await patch(UPN.avery, before.id, docExample);
    expect(r.status).toBe(200);
    expect(r.json.changeKey).not.toBe(before.changeKey);
    expect(r.headers.get('etag')).toBe(`W/"${r.json.changeKey}"`);
    expect(r.json.lastModifiedDateTime).toBe('2025-06-11T15:00:00.0000000Z');

    const after = (await get(UPN.avery, before.id)).json;
    expect(after).toMatchObject({
      originalStartTimeZone: 'Eastern Standard Time',
      originalEndTimeZone: 'Eastern Standard Time',
      reminderMinutesBeforeStart: 99,
      isReminderOn: true,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      hideAttendees: false,
      categories: ['Red category'],
      recurrence: null,
      type: 'singleInstance',
      // Server-set: the organizer's own status is untouched by what the example sends.
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      start: before.start,
      end: before.end,
    });
    expect(after.onlineMeeting.joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/,
    );
    expect(after['@odata.etag']).toBe(r.headers.get('etag'));

    // Priya's copy gets the meeting (join URL) but not Avery's categories or reminder.
    const priya = await eventNamed(UPN.priya, 'Board prep');
    expect(priya.onlineMeeting?.joinUrl).toBe(after.onlineMeeting.joinUrl);
    expect(priya.categories).toEqual([]);
    expect(priya.reminderMinutesBeforeStart).toBe(15);
  });

  it('on a series master, recurrence: null turns the series into a single event in every copy', async () => {
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const occurrence = await weeklyOn(UPN.avery, '2025-06-17');
    const r = await patch(UPN.avery, master.id, docExample);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ type: 'singleInstance', recurrence: null, start: master.start });
    expect((await get(UPN.avery, occurrence.id)).status).toBe(404);
    expect((await eventNamed(UPN.dana, 'Leadership weekly')).type).toBe('singleInstance');
  });
});

describe('PATCH events: writable properties', () => {
  it('subject, location(s), categories, importance, sensitivity, showAs and the flags are stored', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    const r = await patch(UPN.avery, e.id, {
      '@odata.type': '#microsoft.graph.event',
      subject: 'Roadmap: the three bets',
      location: { displayName: 'SEA-1 Room 4C', locationType: 'conferenceRoom' },
      categories: ['Blue category', 'Strategy'],
      importance: 'high',
      sensitivity: 'private',
      showAs: 'workingElsewhere',
      responseRequested: false,
      allowNewTimeProposals: false,
      hideAttendees: true,
    });
    expect(r.status).toBe(200);
    const after = (await get(UPN.avery, e.id)).json;
    expect(after).toMatchObject({
      subject: 'Roadmap: the three bets',
      location: { displayName: 'SEA-1 Room 4C' },
      locations: [{ displayName: 'SEA-1 Room 4C' }],
      categories: ['Blue category', 'Strategy'],
      importance: 'high',
      sensitivity: 'private',
      showAs: 'workingElsewhere',
      responseRequested: false,
      allowNewTimeProposals: false,
      hideAttendees: true,
    });
    // location and locations correspond: the first of locations becomes the location.
    await patch(UPN.avery, e.id, { locations: [{ displayName: 'Room A' }, { displayName: 'Room B' }] });
    expect((await get(UPN.avery, e.id)).json.location.displayName).toBe('Room A');
  });

  it('the same PATCH works under /me/calendar/events and /users/{upn}/events', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    for (const path of [`/me/calendar/events/${e.id}`, `/users/${UPN.avery}/events/${e.id}`]) {
      const r = await h.call(path, { method: 'PATCH', token: h.token(UPN.avery), body: { subject: path } });
      expect([r.status, r.json.subject]).toEqual([200, path]);
    }
  });

  it('start/end in a Windows zone move the event; isOnlineMeeting false drops the join URL', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    const r = await patch(UPN.avery, e.id, {
      start: { dateTime: '2025-06-16T13:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2025-06-16T14:30:00.0000000', timeZone: 'Pacific Standard Time' },
      isOnlineMeeting: false,
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      start: { dateTime: '2025-06-16T20:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-06-16T21:30:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'Pacific Standard Time',
      isOnlineMeeting: false,
      onlineMeetingProvider: 'unknown',
      onlineMeeting: null,
    });
  });

  it('an all-day event needs midnight start and end', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    expect(errorOf(await patch(UPN.avery, e.id, { isAllDay: true }))).toEqual([
      400,
      'ErrorPropertyValidationFailure',
    ]);
    const r = await patch(UPN.avery, e.id, {
      isAllDay: true,
      start: { dateTime: '2025-06-16T00:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2025-06-17T00:00:00', timeZone: 'Pacific Standard Time' },
    });
    expect(r.status).toBe(200);
    expect(r.json.isAllDay).toBe(true);
  });
});

describe('PATCH events: organizer and attendees', () => {
  it('an attendee sees the organizer’s subject, body and time change but keeps their own categories', async () => {
    const samCopy = await eventNamed(UPN.sam, 'Product roadmap sync');
    expect(samCopy.responseStatus.response).toBe('accepted');
    const own = await patch(UPN.sam, samCopy.id, {
      categories: ['Green category'],
      reminderMinutesBeforeStart: 5,
      subject: 'My note',
    });
    expect(own.status).toBe(200);
    // An attendee's edit stays in their copy.
    expect((await eventNamed(UPN.avery, 'Product roadmap sync')).categories).toEqual([]);

    const organizer = await eventNamed(UPN.avery, 'Product roadmap sync');
    const r = await patch(UPN.avery, organizer.id, {
      subject: 'Product roadmap sync (moved)',
      body: { contentType: 'html', content: '<p>Moved by an hour.</p>' },
      start: { dateTime: '2025-06-16T11:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2025-06-16T11:45:00', timeZone: 'Pacific Standard Time' },
      categories: ['Red category'],
    });
    expect(r.status).toBe(200);
    // The time changed: the organizer's tracking asks everyone to respond again.
    expect((r.json.attendees as Ev[]).map((a) => a.status.response)).toEqual(['none', 'none', 'none']);

    const sam = (await get(UPN.sam, samCopy.id, PACIFIC)).json;
    expect(sam).toMatchObject({
      subject: 'Product roadmap sync (moved)',
      start: { dateTime: '2025-06-16T11:00:00.0000000' },
      end: { dateTime: '2025-06-16T11:45:00.0000000' },
      categories: ['Green category'],
      reminderMinutesBeforeStart: 5,
      responseStatus: { response: 'none' },
    });
    expect(sam.body.content).toContain('<p>Moved by an hour.</p>');
  });

  it('a PATCHed occurrence becomes an exception in every copy; other occurrences are unchanged', async () => {
    const jun17 = await weeklyOn(UPN.avery, '2025-06-17');
    expect(jun17.type).toBe('occurrence');
    const r = await patch(UPN.avery, jun17.id, { subject: 'Leadership weekly: budget special' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ id: jun17.id, type: 'exception', seriesMasterId: jun17.seriesMasterId });

    expect((await weeklyOn(UPN.avery, '2025-06-24')).subject).toBe('Leadership weekly');
    expect((await eventNamed(UPN.avery, 'Leadership weekly')).type).toBe('seriesMaster');
    const dana = await weeklyOn(UPN.dana, '2025-06-17');
    expect(dana).toMatchObject({ type: 'exception', subject: 'Leadership weekly: budget special' });
    expect((await weeklyOn(UPN.dana, '2025-06-24')).subject).toBe('Leadership weekly');
  });

  it('a series change reaches the exceptions that did not change that property, in every copy', async () => {
    const jun17 = await weeklyOn(UPN.avery, '2025-06-17');
    await patch(UPN.avery, jun17.id, { subject: 'Leadership weekly: budget special' });
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const r = await patch(UPN.avery, master.id, { subject: 'Leadership sync', importance: 'high' });
    expect(r.status).toBe(200);
    // Jun 24 is an exception (Jonas declined it) that kept the series subject: it follows.
    expect(await weeklyOn(UPN.avery, '2025-06-24')).toMatchObject({
      type: 'exception',
      subject: 'Leadership sync',
      importance: 'high',
    });
    expect(await weeklyOn(UPN.jonas, '2025-06-24')).toMatchObject({
      subject: 'Leadership sync',
      responseStatus: { response: 'declined' },
    });
    // Jun 17 has its own subject now: it keeps it, and takes the importance.
    expect(await weeklyOn(UPN.dana, '2025-06-17')).toMatchObject({
      subject: 'Leadership weekly: budget special',
      importance: 'high',
    });
  });

  it('an occurrence may move within its week, not onto or past a neighbour’s day', async () => {
    const jun17 = await weeklyOn(UPN.avery, '2025-06-17');
    const moveTo = (day: string) =>
      patch(UPN.avery, jun17.id, {
        start: { dateTime: `${day}T09:00:00`, timeZone: 'Pacific Standard Time' },
        end: { dateTime: `${day}T10:00:00`, timeZone: 'Pacific Standard Time' },
      });
    for (const day of ['2025-06-24', '2025-06-25', '2025-06-10', '2025-06-09']) {
      const r = await moveTo(day);
      expect(errorOf(r)).toEqual([400, 'ErrorOccurrenceCrossingBoundary']);
      expect(r.json.error.message).toBe(
        'Modified occurrence is crossing or overlapping adjacent occurrence.',
      );
    }
    const ok = await moveTo('2025-06-19');
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ type: 'exception', start: { dateTime: '2025-06-19T16:00:00.0000000' } });
    expect(await weeklyOn(UPN.dana, '2025-06-19')).toMatchObject({
      type: 'exception',
      responseStatus: { response: 'none' },
    });
    expect((await weeklyOn(UPN.avery, '2025-06-24')).start.dateTime).toBe('2025-06-24T16:00:00.0000000');
  });
});

describe('PATCH events: refusals', () => {
  it('answers 400 for bad values, read-only and unknown properties, and what the sandbox does not model', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const cases: [unknown, string][] = [
      [
        {
          start: { dateTime: '2025-06-16T12:00:00', timeZone: 'UTC' },
          end: { dateTime: '2025-06-16T11:00:00', timeZone: 'UTC' },
        },
        'ErrorPropertyValidationFailure',
      ],
      [{ importance: 'urgent' }, 'RequestBodyRead'],
      [{ showAs: 'away' }, 'RequestBodyRead'],
      [{ subject: 42 }, 'RequestBodyRead'],
      [{ isReminderOn: 'yes' }, 'RequestBodyRead'],
      [{ reminderMinutesBeforeStart: 1.5 }, 'RequestBodyRead'],
      [{ categories: 'Red category' }, 'RequestBodyRead'],
      [{ colour: 'red' }, 'RequestBodyRead'],
      [{ constructor: 'x' }, 'RequestBodyRead'],
      [{ location: { displayName: 'x', floor: 3 } }, 'RequestBodyRead'],
      [{ id: e.id }, 'ErrorInvalidPropertyRequest'],
      [{ iCalUId: 'x' }, 'ErrorInvalidPropertyRequest'],
      [{ originalStartTimeZone: 'Mars Standard Time' }, 'TimeZoneNotSupportedException'],
      [{ start: { dateTime: '2025-06-16T12:00:00', timeZone: 'Nowhere' } }, 'TimeZoneNotSupportedException'],
      [{ attendees: [] }, 'ErrorInvalidRequest'],
      [{ recurrence: master.recurrence }, 'ErrorInvalidRequest'],
    ];
    for (const [body, code] of cases) {
      const r = await patch(UPN.avery, e.id, body);
      expect([JSON.stringify(body), ...errorOf(r)]).toEqual([JSON.stringify(body), 400, code]);
      expect(typeof r.json.error.message).toBe('string');
    }
    // The master runs 16:00–17:00Z; ending it an hour later would move every occurrence.
    const longer = String(master.end.dateTime).replace('T17:', 'T18:');
    expect(longer).not.toBe(master.end.dateTime);
    const moveSeries = await patch(UPN.avery, master.id, { end: { dateTime: longer, timeZone: 'UTC' } });
    expect(errorOf(moveSeries)).toEqual([400, 'ErrorInvalidRequest']);
    // Nothing of the refused requests was applied.
    expect((await get(UPN.avery, e.id)).json.changeKey).toBe(e.changeKey);
  });

  it('a stale If-Match gets 412; the current one works', async () => {
    const e = await eventNamed(UPN.avery, 'Product roadmap sync');
    const stale = await patch(UPN.avery, e.id, { subject: 'x' }, { 'If-Match': 'W/"stale"' });
    expect(errorOf(stale)).toEqual([412, 'ErrorIrresolvableConflict']);
    const ok = await patch(UPN.avery, e.id, { subject: 'y' }, { 'If-Match': e['@odata.etag'] as string });
    expect(ok.status).toBe(200);
    const again = await patch(UPN.avery, e.id, { subject: 'z' }, { 'If-Match': e['@odata.etag'] as string });
    expect(errorOf(again)).toEqual([412, 'ErrorIrresolvableConflict']);
  });
});

describe('the text form of an HTML body', () => {
  it('decodes entities and keeps table cells apart, as a reader of the text body sees them', async () => {
    const board = await eventNamed(UPN.avery, 'Board prep');
    const html =
      '<table><tr><td>1.</td><td>Budget &amp; &quot;priorities&quot; &lt;img src&#61;x&gt;</td>' +
      '<td>15&#160;min</td></tr></table><p>Avery &#183; to discuss &#x2014; end</p><!-- a comment -->';
    expect((await patch(UPN.avery, board.id, { body: { contentType: 'html', content: html } })).status).toBe(
      200,
    );
    const text = await get(UPN.avery, board.id, { Prefer: 'outlook.body-content-type="text"' });
    expect(text.json.body).toEqual({
      contentType: 'text',
      content: '1. Budget & "priorities" <img src=x> 15 min\r\nAvery · to discuss — end',
    });
    expect(text.json.bodyPreview).toBe(
      '1. Budget & "priorities" <img src=x> 15 min\r\nAvery · to discuss — end',
    );
  });
});

describe('the PATCH answer', () => {
  it('is written like a GET: Prefer outlook.timezone and outlook.body-content-type apply and are echoed', async () => {
    const board = await eventNamed(UPN.avery, 'Board prep');
    const r = await patch(
      UPN.avery,
      board.id,
      { subject: 'Board prep (moved)' },
      { Prefer: 'outlook.timezone="Pacific Standard Time", outlook.body-content-type="text"' },
    );
    expect(r.status).toBe(200);
    expect(r.json.subject).toBe('Board prep (moved)');
    expect(r.json.start).toEqual({
      dateTime: '2025-06-06T14:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(r.json.body.contentType).toBe('text');
    expect(r.headers.get('preference-applied')).toBe(
      'outlook.timezone="Pacific Standard Time", outlook.body-content-type="text"',
    );
  });
});
