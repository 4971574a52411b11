// GET /me/events?$filter=… (GD concepts/filter-query-parameter.md, user-list-events.md): finding a meeting by its
// iCalUId in each mailbox, enum/boolean/string/dateTime clauses, and/or, paging, and Exchange-style refusals.
import { UPN, allPages, setupSandbox, windowQuery } from './setupSandbox';
import type { Reply } from './setupSandbox';

const h = setupSandbox();

type Ev = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Fixed now: Wed 2025-06-11 15:00Z. Avery's /events: Leadership weekly (master, from May 20), Board prep (Jun 6,
// organizer), Q3 budget review (Priya's, Jun 13), Partnership intro, Product roadmap sync, Product Council monthly
// (Mei's), Offsite planning (all day).
async function events(user: string, filter: string, extra = '', path = '/me/events'): Promise<Reply> {
  return h.call(`${path}?$filter=${encodeURIComponent(filter)}${extra}`, { token: h.token(user) });
}

async function subjects(user: string, filter: string): Promise<string[]> {
  const r = await events(user, filter, '&$top=100');
  expect(r.status).toBe(200);
  return (r.json.value as Ev[]).map((e) => String(e.subject));
}

async function eventNamed(user: string, subject: string): Promise<Ev> {
  const r = await h.call('/me/events?$top=100', { token: h.token(user) });
  const e = (r.json.value as Ev[]).find((x) => x.subject === subject);
  if (!e) throw new Error(`${user} has no '${subject}'`);
  return e;
}

const errorOf = (r: Reply) => [r.status, r.json?.error?.code];

describe('$filter=iCalUId eq', () => {
  it("finds the organizer's item and each attendee's copy of the same meeting, each in their own mailbox", async () => {
    const organizers = await eventNamed(UPN.priya, 'Q3 budget review');
    const uid = String(organizers.iCalUId);
    const inPriyas = await events(UPN.priya, `iCalUId eq '${uid}'`);
    const inAverys = await events(UPN.avery, `iCalUId eq '${uid}'`);
    expect(inPriyas.status).toBe(200);
    expect(inAverys.status).toBe(200);
    expect(inPriyas.json.value).toHaveLength(1);
    expect(inAverys.json.value).toHaveLength(1);
    const [priyas, averys] = [inPriyas.json.value[0] as Ev, inAverys.json.value[0] as Ev];
    expect([priyas.isOrganizer, averys.isOrganizer]).toEqual([true, false]);
    expect(averys.id).not.toBe(priyas.id);
    expect(averys.iCalUId).toBe(uid);
    expect(priyas.id).toBe(organizers.id);
  });

  it('finds the series master in an attendee mailbox too, also via /users/{upn}/events and /me/calendar/events', async () => {
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const filter = `iCalUId eq '${String(master.iCalUId)}'`;
    const danas = await events(UPN.dana, filter, '', `/users/${UPN.dana}/events`);
    expect(danas.status).toBe(200);
    expect((danas.json.value as Ev[]).map((e) => [e.type, e.isOrganizer])).toEqual([['seriesMaster', false]]);
    const viaCalendar = await events(UPN.dana, filter, '', '/me/calendar/events');
    expect((viaCalendar.json.value as Ev[]).map((e) => e.id)).toEqual([danas.json.value[0].id]);
  });

  it("an occurrence's iCalUId matches nothing: /events lists only single instances and series masters", async () => {
    const from = new Date('2025-06-17T00:00:00Z');
    const view = await h.call(`/me/calendarView?${windowQuery(from, new Date('2025-06-18T00:00:00Z'))}`);
    const occurrence = (view.json.value as Ev[]).find((e) => e.type === 'occurrence');
    if (!occurrence) throw new Error('no occurrence on Jun 17');
    expect((await subjects(UPN.avery, `iCalUId eq '${String(occurrence.iCalUId)}'`)).length).toBe(0);
  });

  it('combines with $select', async () => {
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const r = await events(UPN.avery, `iCalUId eq '${String(master.iCalUId)}'`, '&$select=subject');
    expect(Object.keys(r.json.value[0] as object).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    expect(r.json['@odata.context']).toMatch(/\/events\(subject\)$/);
  });
});

describe('$filter clauses', () => {
  it("type eq 'seriesMaster' (enum values compare case-insensitively)", async () => {
    expect(await subjects(UPN.avery, "type eq 'seriesMaster'")).toEqual(['Leadership weekly']);
    expect(await subjects(UPN.avery, "type eq 'SERIESMASTER'")).toEqual(['Leadership weekly']);
    expect(await subjects(UPN.avery, "type eq 'occurrence'")).toEqual([]);
  });

  it('startswith(subject, …) and subject eq, case-insensitively', async () => {
    expect(await subjects(UPN.avery, "startswith(subject,'product')")).toEqual([
      'Product roadmap sync',
      'Product Council monthly',
    ]);
    expect(await subjects(UPN.avery, "subject eq 'board PREP'")).toEqual(['Board prep']);
  });

  it('booleans: isOrganizer, isAllDay, isOnlineMeeting, isCancelled', async () => {
    expect(await subjects(UPN.avery, 'isOrganizer eq false')).toEqual([
      'Q3 budget review',
      'Product Council monthly',
    ]);
    expect(await subjects(UPN.avery, 'isAllDay eq true')).toEqual(['Offsite planning (focus day)']);
    expect(await subjects(UPN.avery, 'isOnlineMeeting eq false and isAllDay ne true')).toEqual([
      'Board prep',
      'Q3 budget review',
    ]);
    expect(await subjects(UPN.avery, 'isCancelled eq true')).toEqual([]);
  });

  it('and binds tighter than or; parentheses group', async () => {
    const r = await subjects(
      UPN.avery,
      "isOrganizer eq false and startswith(subject,'Q3') or type eq 'seriesMaster'",
    );
    expect(r).toEqual(['Leadership weekly', 'Q3 budget review']);
    const grouped = await subjects(
      UPN.avery,
      "isOrganizer eq false and (startswith(subject,'Q3') or type eq 'seriesMaster')",
    );
    expect(grouped).toEqual(['Q3 budget review']);
  });

  it('start/dateTime and end/dateTime compare as UTC instants', async () => {
    const upcoming = await subjects(UPN.avery, "start/dateTime ge '2025-06-11T00:00:00'");
    expect(upcoming).toEqual([
      'Q3 budget review',
      'Partnership intro: Fabrikam',
      'Product roadmap sync',
      'Product Council monthly',
      'Offsite planning (focus day)',
    ]);
    // The master starts with its first occurrence (May 20); Board prep is Jun 6 21:00Z.
    expect(await subjects(UPN.avery, "start/dateTime lt '2025-06-11T00:00:00.0000000'")).toEqual([
      'Leadership weekly',
      'Board prep',
    ]);
    expect(
      await subjects(
        UPN.avery,
        "start/dateTime ge '2025-06-06T21:00:00Z' and end/dateTime le '2025-06-13T18:00:00'",
      ),
    ).toEqual(['Board prep', 'Q3 budget review']);
  });

  it("seriesMasterId eq null, categories/any, and quotes doubled as ''", async () => {
    expect(await subjects(UPN.avery, 'seriesMasterId ne null')).toEqual([]);
    const board = await eventNamed(UPN.avery, 'Board prep');
    const patched = await h.call(`/me/events/${String(board.id)}`, {
      method: 'PATCH',
      body: { subject: "O'Brien's board prep", categories: ['Red category'] },
    });
    expect(patched.status).toBe(200);
    expect(await subjects(UPN.avery, "subject eq 'O''Brien''s board prep'")).toEqual([
      "O'Brien's board prep",
    ]);
    expect(await subjects(UPN.avery, "categories/any(c:c eq 'red category')")).toEqual([
      "O'Brien's board prep",
    ]);
  });
});

describe('$filter paging', () => {
  it('pages the filtered list with $top, carrying $filter in each nextLink', async () => {
    const filter = "startswith(subject,'P') or isOrganizer eq true";
    const expected = await subjects(UPN.avery, filter);
    expect(expected).toHaveLength(6);
    const { items, pages, links } = await allPages(
      h,
      `/me/events?$filter=${encodeURIComponent(filter)}&$top=4&$select=subject`,
    );
    expect(pages).toBe(2);
    expect(links[0]).toContain('$filter=');
    expect(links[0]).toContain('$skip=4');
    expect(items.map((e) => e.subject)).toEqual(expected);
  });

  it('applies before $orderby and $skip', async () => {
    const r = await events(UPN.avery, 'isOrganizer eq true', '&$orderby=subject desc&$skip=1&$top=2');
    expect((r.json.value as Ev[]).map((e) => e.subject)).toEqual([
      'Partnership intro: Fabrikam',
      'Offsite planning (focus day)',
    ]);
  });
});

describe('$filter refusals', () => {
  it('a name the event type does not have: 400 RequestBroker--ParseUri', async () => {
    const r = await events(UPN.avery, "favouriteColour eq 'blue'");
    expect(errorOf(r)).toEqual([400, 'RequestBroker--ParseUri']);
    expect(r.json.error.message).toBe(
      "Could not find a property named 'favouriteColour' on type 'Microsoft.OutlookServices.Event'.",
    );
    expect(errorOf(await events(UPN.avery, "nope/any(c:c eq 'x')"))).toEqual([
      400,
      'RequestBroker--ParseUri',
    ]);
  });

  it('malformed expressions and literals of the wrong type: 400 ErrorInvalidUrlQueryFilter', async () => {
    for (const bad of [
      'subject eq',
      "subject eq 'x' and",
      "subject eq 'unterminated",
      "(subject eq 'x'",
      "subject like 'x'",
      "isAllDay eq 'true'",
      'subject eq true',
      "type eq 'weekly'",
      "start/dateTime ge 'next tuesday'",
      'start/dateTime ge 2025-06-01T00:00:00Z',
      '',
    ]) {
      const r = await events(UPN.avery, bad);
      expect([bad, ...errorOf(r)]).toEqual([bad, 400, 'ErrorInvalidUrlQueryFilter']);
    }
  });

  it('valid OData the sandbox does not evaluate: 501', async () => {
    for (const gap of [
      "organizer/emailAddress/address eq 'a@b.c'",
      "attendees/any(a:a/emailAddress/address eq 'a@b.c')",
      "contains(subject,'x')",
      "subject in ('a','b')",
      "subject gt 'a'",
    ]) {
      expect([gap, ...errorOf(await events(UPN.avery, gap))]).toEqual([gap, 501, 'NotImplemented']);
    }
  });

  it('calendarView and instances still answer 501 for $filter', async () => {
    const window = windowQuery(new Date('2025-06-11T00:00:00Z'), new Date('2025-06-18T00:00:00Z'));
    const view = await h.call(`/me/calendarView?${window}&$filter=${encodeURIComponent('isAllDay eq true')}`);
    expect(errorOf(view)).toEqual([501, 'NotImplemented']);
    const master = await eventNamed(UPN.avery, 'Leadership weekly');
    const inst = await h.call(
      `/me/events/${String(master.id)}/instances?${window}&$filter=${encodeURIComponent('isAllDay eq true')}`,
    );
    expect(errorOf(inst)).toEqual([501, 'NotImplemented']);
  });
});
