// calendarView, events, events/{id} and instances over per-mailbox calendars, at a fixed "now" (Wed 2025-06-11
// 15:00Z). The demo series is "Leadership weekly", Tuesdays 09:00 Pacific (16:00Z in summer), 14 weeks from
// Tue 2025-05-20: Jun 24 is declined by Jonas only, Jul 1 moved to Wed Jul 2 10:00 Pacific, Jul 8 cancelled.
import { occurrenceId } from '../../../src/sandbox/ids';
import { UPN, allPages, days, setupSandbox, windowQuery } from './setupSandbox';

const h = setupSandbox();

type Ev = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUMMER = windowQuery(new Date('2025-05-01T00:00:00Z'), new Date('2025-09-01T00:00:00Z'));

async function view(
  user: string | undefined,
  query = SUMMER,
  headers: Record<string, string> = {},
): Promise<Ev[]> {
  const { items } = await allPages(h, `/me/calendarView?${query}`, { token: h.token(user), headers });
  return items as Ev[];
}

const weekly = (events: Ev[]) => events.filter((e) => String(e.subject).endsWith('Leadership weekly'));
const startOf = (e: Ev) => String(e.start.dateTime);

describe('calendarView window', () => {
  it('requires startDateTime and endDateTime (400 ErrorInvalidParameter)', async () => {
    for (const q of ['', '?startDateTime=2025-06-01T00:00:00Z', '?endDateTime=2025-06-01T00:00:00Z']) {
      const r = await h.call(`/me/calendarView${q}`);
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('ErrorInvalidParameter');
      expect(r.json.error.message).toContain('StartDateTime and EndDateTime');
    }
  });

  it('rejects unparsable values, and hints when an unencoded + became a space', async () => {
    const junk = await h.call('/me/calendarView?startDateTime=tomorrow&endDateTime=2025-06-20T00:00:00Z');
    expect(junk.status).toBe(400);
    expect(junk.json.error.code).toBe('ErrorInvalidParameter');
    const plus = await h.call(
      '/me/calendarView?startDateTime=2025-06-17T09:30:00+02:00&endDateTime=2025-06-18T00:00:00Z',
    );
    expect(plus.status).toBe(400);
    expect(plus.json.error.message).toContain('%2B');
    const encoded = await h.call(
      '/me/calendarView?startDateTime=2025-06-17T09:30:00%2B02:00&endDateTime=2025-06-18T00:00:00Z',
    );
    expect(encoded.status).toBe(200);
  });

  it('honours the offset in the window values; a value without offset is UTC', async () => {
    // 09:30-07:00 is 16:30Z: inside the 16:00-17:00Z occurrence of Jun 17.
    const withOffset = await view(
      undefined,
      'startDateTime=2025-06-17T09:30:00-07:00&endDateTime=2025-06-17T09:45:00-07:00',
    );
    expect(weekly(withOffset)).toHaveLength(1);
    const noOffset = await view(
      undefined,
      'startDateTime=2025-06-17T17:00:00&endDateTime=2025-06-17T18:00:00',
    );
    expect(weekly(noOffset)).toHaveLength(0);
  });

  it('returns events that overlap the window, not only those inside it', async () => {
    const overlap = (from: string, to: string) => view(undefined, windowQuery(new Date(from), new Date(to)));
    expect(weekly(await overlap('2025-06-17T16:30:00Z', '2025-06-17T16:45:00Z'))).toHaveLength(1);
    expect(weekly(await overlap('2025-06-17T15:00:00Z', '2025-06-17T16:00:00Z'))).toHaveLength(0);
    expect(weekly(await overlap('2025-06-17T17:00:00Z', '2025-06-17T18:00:00Z'))).toHaveLength(0);
    expect(weekly(await overlap('2025-06-17T15:59:00Z', '2025-06-17T16:01:00Z'))).toHaveLength(1);
  });
});

describe('series expansion', () => {
  it("expands the organizer's series into occurrences and exceptions, never the master, without the cancelled one", async () => {
    const series = weekly(await view(undefined));
    expect(series).toHaveLength(13);
    expect(series.every((e) => e.type === 'occurrence' || e.type === 'exception')).toBe(true);
    expect(new Set(series.map((e) => e.seriesMasterId)).size).toBe(1);
    expect(series.filter((e) => e.type === 'exception').map(startOf)).toEqual([
      '2025-06-24T16:00:00.0000000',
      '2025-07-02T17:00:00.0000000',
    ]);
    expect(series.map(startOf)).not.toContain('2025-07-08T16:00:00.0000000');
    expect(series.every((e) => e.isOrganizer === true && e.isCancelled === false)).toBe(true);
    expect(series.every((e) => e.recurrence === null)).toBe(true);
  });

  it("keeps the cancelled occurrence in attendees' calendars as isCancelled with 'Canceled: '", async () => {
    const series = weekly(await view(UPN.dana));
    expect(series).toHaveLength(14);
    const cancelled = series.filter((e) => e.isCancelled === true);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      type: 'exception',
      subject: 'Canceled: Leadership weekly',
      originalStart: '2025-07-08T16:00:00Z',
    });
  });

  it('moves an occurrence as an exception carrying originalStart', async () => {
    const moved = weekly(await view(undefined)).find((e) => e.originalStart === '2025-07-01T16:00:00Z');
    expect(moved).toMatchObject({
      type: 'exception',
      start: { dateTime: '2025-07-02T17:00:00.0000000', timeZone: 'UTC' },
    });
    expect(moved?.end.dateTime).toBe('2025-07-02T18:00:00.0000000');
  });

  it('is a Teams meeting with a join URL on every occurrence', async () => {
    for (const e of weekly(await view(undefined))) {
      expect(e).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
      expect(e.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
      expect(e.body.content).toContain(e.onlineMeeting.joinUrl.replace(/&/g, '&amp;'));
    }
  });

  it('shows the series in every internal attendee calendar', async () => {
    for (const upn of [UPN.dana, UPN.sam, UPN.priya, UPN.jonas, UPN.mei, UPN.luis, UPN.farah]) {
      expect(weekly(await view(upn))).toHaveLength(14);
    }
  });
});

describe('per-mailbox copies', () => {
  async function masters() {
    const avery = (await h.call('/me/events?$top=50', { token: h.token(UPN.avery) })).json.value as Ev[];
    const dana = (await h.call('/me/events?$top=50', { token: h.token(UPN.dana) })).json.value as Ev[];
    const pick = (list: Ev[]) => list.find((e) => e.subject === 'Leadership weekly');
    return { avery: pick(avery), dana: pick(dana) };
  }

  it('organizer and attendee copies share iCalUId but not id; isOrganizer only on the organizer copy', async () => {
    const { avery, dana } = await masters();
    expect(avery?.type).toBe('seriesMaster');
    expect(dana?.type).toBe('seriesMaster');
    expect(dana?.iCalUId).toBe(avery?.iCalUId);
    expect(dana?.id).not.toBe(avery?.id);
    expect(avery).toMatchObject({ isOrganizer: true, responseStatus: { response: 'organizer' } });
    expect(dana).toMatchObject({ isOrganizer: false, responseStatus: { response: 'accepted' } });
  });

  it("the organizer's copy tracks mixed responses; attendee copies don't", async () => {
    const { avery, dana } = await masters();
    const FARAH_X500 = (avery?.attendees as Ev[])
      .map((a) => String(a.emailAddress.address))
      .find((a) => a.startsWith('/o=ExchangeLabs/'));
    expect(FARAH_X500).toMatch(
      /^\/o=ExchangeLabs\/ou=Exchange Administrative Group \(FYDIBOHF23SPDLT\)\/cn=Recipients\/cn=[0-9a-f]{32}-farah/,
    );
    const responses = (e: Ev | undefined) =>
      Object.fromEntries((e?.attendees as Ev[]).map((a) => [a.emailAddress.address, a.status.response]));
    expect(responses(avery)).toEqual({
      [UPN.dana]: 'accepted',
      [UPN.sam]: 'accepted',
      // Priya is invited by her alias, Farah listed by her X.500 address (sandbox README "Addresses").
      'cfo@northwind.example': 'tentativelyAccepted',
      [UPN.jonas]: 'accepted',
      [UPN.mei]: 'none',
      [UPN.luis]: 'declined',
      [String(FARAH_X500)]: 'notResponded',
    });
    expect(new Set(Object.values(responses(dana)))).toEqual(new Set(['none']));
    expect((dana?.attendees as Ev[])[0]?.status.time).toBe('0001-01-01T00:00:00Z');
  });

  it('each occurrence has its own iCalUId, the same in every copy', async () => {
    const avery = weekly(await view(UPN.avery));
    const dana = weekly(await view(UPN.dana));
    expect(new Set(avery.map((e) => e.iCalUId)).size).toBe(avery.length);
    const byStart = new Map(dana.map((e) => [e.originalStart, e]));
    for (const mine of avery) {
      const theirs = byStart.get(mine.originalStart);
      expect(theirs?.iCalUId).toBe(mine.iCalUId);
      expect(theirs?.id).not.toBe(mine.id);
    }
  });

  it('one attendee declining one occurrence shows in their copy and in the organizer tracking only', async () => {
    const jun24 = '2025-06-24T16:00:00Z';
    const jonas = weekly(await view(UPN.jonas));
    expect(jonas.find((e) => e.originalStart === jun24)).toMatchObject({
      type: 'exception',
      responseStatus: { response: 'declined' },
    });
    expect(jonas.find((e) => e.originalStart === '2025-06-17T16:00:00Z')?.responseStatus.response).toBe(
      'accepted',
    );
    const organizer = weekly(await view(UPN.avery)).find((e) => e.originalStart === jun24);
    const jonasOnIt = (organizer?.attendees as Ev[]).find((a) => a.emailAddress.address === UPN.jonas);
    expect(jonasOnIt?.status.response).toBe('declined');
    const dana = weekly(await view(UPN.dana)).find((e) => e.originalStart === jun24);
    expect(dana).toMatchObject({ type: 'occurrence', responseStatus: { response: 'accepted' } });
  });
});

describe('one-off meetings in the next 14 days', () => {
  it('has one organized by someone else, a Teams meeting, and one with an external attendee', async () => {
    const now = new Date('2025-06-11T15:00:00Z');
    const soon = (await view(UPN.avery, windowQuery(now, new Date(now.getTime() + days(14))))).filter(
      (e) => e.type === 'singleInstance',
    );
    expect(soon.length).toBeGreaterThanOrEqual(3);
    expect(soon.some((e) => e.isOrganizer === false && e.organizer.emailAddress.address === UPN.priya)).toBe(
      true,
    );
    expect(soon.some((e) => e.isOnlineMeeting && typeof e.onlineMeeting?.joinUrl === 'string')).toBe(true);
    const external = soon.find((e) =>
      (e.attendees as Ev[]).some((a) => a.emailAddress.address === 'kim@fabrikam.example'),
    );
    expect(external?.subject).toBe('Partnership intro: Fabrikam');
    expect(soon.some((e) => e.isAllDay === true)).toBe(true);
  });
});

describe('paging, $top, $select, $orderby', () => {
  it('pages by 10 with an absolute nextLink on the request host; following it yields everything once', async () => {
    const first = await h.call(`/me/calendarView?${SUMMER}`);
    expect(first.json.value).toHaveLength(10);
    const link = first.json['@odata.nextLink'] as string;
    expect(link.startsWith(`${h.sandbox().url}/v1.0/me/calendarView?`)).toBe(true);
    const { items, pages } = await allPages(h, `/me/calendarView?${SUMMER}`);
    expect(pages).toBeGreaterThan(1);
    const ids = items.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const single = await h.call(`/me/calendarView?${SUMMER}&$top=1000`);
    expect(single.json['@odata.nextLink']).toBeUndefined();
    expect(single.json.value.map((e: Ev) => e.id)).toEqual(ids);
  });

  it('builds nextLinks on a forwarded host, for a proxy standing in for graph.microsoft.com', async () => {
    const r = await h.call(`/me/calendarView?${SUMMER}`, {
      headers: { 'X-Forwarded-Host': 'graph.microsoft.com', 'X-Forwarded-Proto': 'https' },
    });
    expect(r.json['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/calendarView\?/);
    expect(r.json['@odata.context']).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/\$metadata#/);
  });

  it('keeps $top, $select and $orderby in nextLinks', async () => {
    const { items, links } = await allPages(
      h,
      `/me/calendarView?${SUMMER}&$top=3&$select=subject,start&$orderby=start/dateTime desc`,
    );
    expect(links.length).toBeGreaterThan(2);
    for (const link of links)
      expect(link).toMatch(/\$top=3.*\$select=subject,start.*\$orderby=start\/dateTime%20desc.*\$skip=\d+/);
    const starts = items.map((e) => String((e.start as Ev).dateTime));
    expect(starts).toEqual([...starts].sort().reverse());
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
  });

  it('$select always keeps id and @odata.etag and names the selection in @odata.context', async () => {
    const r = await h.call(`/me/calendarView?${SUMMER}&$select=subject`);
    expect(Object.keys(r.json.value[0] as object).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    expect(r.json['@odata.context']).toMatch(/\/calendarView\(subject\)$/);
    expect(r.json.value[0]['@odata.etag']).toMatch(/^W\/".+"$/);
  });

  it('refuses unknown $select properties and bad $top values', async () => {
    expect((await h.call(`/me/calendarView?${SUMMER}&$select=subjct`)).status).toBe(400);
    expect((await h.call(`/me/calendarView?${SUMMER}&$top=-1`)).status).toBe(400);
    expect((await h.call(`/me/calendarView?${SUMMER}&$orderby=colour`)).status).toBe(400);
  });
});

describe('Prefer: outlook.timezone', () => {
  const jun17 = windowQuery(new Date('2025-06-17T15:00:00Z'), new Date('2025-06-17T18:00:00Z'));

  it('writes start/end in the requested Windows zone and says so in Preference-Applied', async () => {
    const r = await h.call(`/me/calendarView?${jun17}`, {
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(r.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    expect(r.json.value[0].start).toEqual({
      dateTime: '2025-06-17T09:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
    expect(r.json.value[0].end).toEqual({
      dateTime: '2025-06-17T10:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });
  });

  it('accepts IANA names, and other preferences in the same header', async () => {
    const r = await h.call(`/me/calendarView?${jun17}`, {
      headers: { Prefer: 'outlook.body-content-type="text", outlook.timezone="Europe/Berlin"' },
    });
    expect(r.json.value[0].start).toEqual({
      dateTime: '2025-06-17T18:00:00.0000000',
      timeZone: 'Europe/Berlin',
    });
    expect(r.headers.get('preference-applied')).toContain('outlook.timezone="Europe/Berlin"');
    expect(r.json.value[0].body.contentType).toBe('text');
    expect(r.json.value[0].body.content).toContain('Microsoft Teams meeting');
  });

  it('defaults to UTC without the header, and refuses an unknown zone (calendarTimeZones.test.ts)', async () => {
    const plain = await h.call(`/me/calendarView?${jun17}`);
    expect(plain.json.value[0].start).toEqual({ dateTime: '2025-06-17T16:00:00.0000000', timeZone: 'UTC' });
    expect(plain.headers.get('preference-applied')).toBeNull();
    const unknown = await h.call(`/me/calendarView?${jun17}`, {
      headers: { Prefer: 'outlook.timezone="Mars/Olympus"' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe('TimeZoneNotSupportedException');
  });
});

describe('GET /me/events/{id}', () => {
  it('retrieves singles, masters, occurrences and exceptions by id', async () => {
    const series = weekly(await view(undefined));
    const occurrence = series.find((e) => e.type === 'occurrence');
    const exception = series.find((e) => e.type === 'exception');
    const single = (await view(undefined)).find((e) => e.type === 'singleInstance');
    for (const e of [occurrence, exception, single]) {
      const r = await h.call(`/me/events/${encodeURIComponent(String(e?.id))}`);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ id: e?.id, type: e?.type, iCalUId: e?.iCalUId });
      expect(r.headers.get('etag')).toBe(r.json['@odata.etag']);
    }
    const master = await h.call(`/me/events/${encodeURIComponent(String(occurrence?.seriesMasterId))}`);
    expect(master.json).toMatchObject({ type: 'seriesMaster', seriesMasterId: null });
    expect(master.json.recurrence).toMatchObject({
      pattern: { type: 'weekly', daysOfWeek: ['tuesday'], interval: 1 },
      range: {
        type: 'endDate',
        startDate: '2025-05-20',
        endDate: '2025-08-19',
        recurrenceTimeZone: 'Pacific Standard Time',
      },
    });
  });

  it('honours $select and Prefer timezone', async () => {
    const id = weekly(await view(undefined))[0]?.id as string;
    const r = await h.call(`/me/events/${encodeURIComponent(id)}?$select=start,subject`, {
      headers: { Prefer: 'outlook.timezone="Eastern Standard Time"' },
    });
    expect(Object.keys(r.json).sort()).toEqual(['@odata.context', '@odata.etag', 'id', 'start', 'subject']);
    expect(r.json.start.timeZone).toBe('Eastern Standard Time');
  });

  it("404 ErrorItemNotFound for another mailbox's item, 400 for a malformed id", async () => {
    const danas = weekly(await view(UPN.dana))[0]?.id as string;
    const r = await h.call(`/me/events/${encodeURIComponent(danas)}`);
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('ErrorItemNotFound');
    const bad = await h.call('/me/events/not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('ErrorInvalidIdMalformed');
  });

  it("404 for the organizer's cancelled occurrence", async () => {
    const dana = weekly(await view(UPN.dana)).find((e) => e.isCancelled);
    const averyMaster = weekly(await view(UPN.avery))[0]?.seriesMasterId as string;
    // The id the organizer's occurrence had before it was cancelled:
    const id = occurrenceId(averyMaster, Date.parse(String(dana?.originalStart)));
    expect((await h.call(`/me/events/${id}`)).status).toBe(404);
  });
});

describe('GET /me/events and /instances', () => {
  it('lists single instances and series masters, unexpanded, paged', async () => {
    const { items } = await allPages(h, '/me/events?$top=2');
    expect(new Set(items.map((e) => e.type))).toEqual(new Set(['singleInstance', 'seriesMaster']));
    expect(items.filter((e) => e.subject === 'Leadership weekly')).toHaveLength(1);
  });

  it('instances needs a window and a series master', async () => {
    const { items } = await allPages(h, '/me/events');
    const master = items.find((e) => e.type === 'seriesMaster') as Ev;
    const single = items.find((e) => e.type === 'singleInstance') as Ev;
    const noWindow = await h.call(`/me/events/${encodeURIComponent(master.id)}/instances`);
    expect(noWindow.status).toBe(400);
    expect(noWindow.json.error.code).toBe('ErrorInvalidParameter');
    const notMaster = await h.call(`/me/events/${encodeURIComponent(single.id)}/instances?${SUMMER}`);
    expect(notMaster.status).toBe(400);
    const r = await allPages(h, `/me/events/${encodeURIComponent(master.id)}/instances?${SUMMER}`);
    expect(r.items).toHaveLength(13);
    expect(r.items.every((e) => e.seriesMasterId === master.id && e.type !== 'seriesMaster')).toBe(true);
    const june = await h.call(
      `/me/events/${encodeURIComponent(master.id)}/instances?${windowQuery(new Date('2025-06-01T00:00:00Z'), new Date('2025-07-01T00:00:00Z'))}`,
    );
    expect(june.json.value.map(startOf)).toEqual([
      '2025-06-03T16:00:00.0000000',
      '2025-06-10T16:00:00.0000000',
      '2025-06-17T16:00:00.0000000',
      '2025-06-24T16:00:00.0000000',
    ]);
  });
});

describe('whose mailbox', () => {
  it('/users/{me}/calendarView and /me/calendar/calendarView work; other users are 403', async () => {
    const me = (await h.call('/me')).json.id as string;
    expect((await h.call(`/users/${me}/calendarView?${SUMMER}`)).status).toBe(200);
    expect((await h.call(`/me/calendar/calendarView?${SUMMER}`)).status).toBe(200);
    const other = await h.call(`/users/${UPN.dana}/calendarView?${SUMMER}`);
    expect(other.status).toBe(403);
    expect(other.json.error.code).toBe('ErrorAccessDenied');
  });

  it('a guest has no mailbox', async () => {
    const r = await h.call(`/me/calendarView?${SUMMER}`, { token: h.token(UPN.rowan) });
    expect(r.status).toBe(404);
    expect(r.json.error.code).toBe('MailboxNotEnabledForRESTAPI');
  });

  it('Calendars.ReadBasic reads events without their body', async () => {
    const r = await h.call(`/me/calendarView?${SUMMER}`, {
      token: h.token(undefined, ['Calendars.ReadBasic']),
    });
    expect(r.status).toBe(200);
    expect(r.json.value[0]).not.toHaveProperty('body');
    expect(r.json.value[0]).not.toHaveProperty('bodyPreview');
    expect(r.json.value[0]).toHaveProperty('attendees');
  });
});

describe('event JSON', () => {
  it('carries the Graph event resource fields', async () => {
    const e = weekly(await view(undefined))[0] as Ev;
    for (const key of [
      '@odata.etag',
      'id',
      'iCalUId',
      'type',
      'seriesMasterId',
      'originalStart',
      'subject',
      'bodyPreview',
      'body',
      'start',
      'end',
      'isAllDay',
      'isCancelled',
      'isOrganizer',
      'organizer',
      'attendees',
      'responseStatus',
      'isOnlineMeeting',
      'onlineMeetingProvider',
      'onlineMeeting',
      'webLink',
      'recurrence',
      'showAs',
      'changeKey',
      'createdDateTime',
      'lastModifiedDateTime',
    ]) {
      expect(e).toHaveProperty([key]);
    }
    expect(e['@odata.etag']).toBe(`W/"${String(e.changeKey)}"`);
    expect(e.organizer).toEqual({ emailAddress: { name: 'Avery Chen', address: UPN.avery } });
    expect(e.start.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/);
    expect(e.createdDateTime).toMatch(/Z$/);
  });
});
