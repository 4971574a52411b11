// The demo tenant "Northwind Leadership (demo)", built relative to now() so the demo never goes stale: a leadership
// team, a second team with fewer members, a weekly Teams meeting with a moved, a cancelled and a declined
// occurrence, and a handful of one-off meetings in the next two weeks. Every meeting exists in the organizer's
// mailbox and as a copy in each internal attendee's mailbox, as Exchange stores it.
import { occurrenceStarts } from './recurrence';
import {
  changeKeyFrom,
  driveIdFrom,
  eventIdFrom,
  iCalUIdFrom,
  occurrenceICalUId,
  occurrenceId,
  plannerIdFrom,
  teamsJoinUrl,
  teamsShortJoinUrl,
  teamsThreadId,
} from './ids';
import type {
  AttendeeRecord,
  GroupRecord,
  RecurrenceRecord,
  ResponseType,
  StoredEvent,
  TenantState,
  UserRecord,
} from './store';
import {
  civilFromDayNumber,
  dayNumber,
  formatDateOnly,
  formatUtcOffset,
  localToUtc,
  resolveZone,
  utcToLocal,
} from './time';

export const DEMO_TENANT_ID = '5f3b9c1e-7a2d-4e8f-9b6c-2d1a0e4f8c73';
export const DEMO_DOMAIN = 'northwind.example';
export const LEADERSHIP_TEAM_ID = '0b8f6c2a-3d4e-4f51-8a7b-9c0d1e2f3a4b';
export const PRODUCT_COUNCIL_ID = '7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Person {
  readonly id: string;
  readonly given: string;
  readonly surname: string;
  readonly jobTitle: string;
  readonly timeZone: string;
  readonly office: string;
  /** Secondary SMTP addresses (README "Addresses"). */
  readonly aliases?: readonly string[];
}

const PEOPLE: readonly Person[] = [
  {
    id: '3f2a1b4c-5d6e-4f70-8a91-b2c3d4e5f601',
    given: 'Avery',
    surname: 'Chen',
    jobTitle: 'Chief Executive Officer',
    timeZone: 'Pacific Standard Time',
    office: 'SEA-1/1201',
  },
  {
    id: '8c7b6a59-4e3d-4c2b-9a18-0f9e8d7c6b52',
    given: 'Dana',
    surname: 'Okafor',
    jobTitle: 'Chief Operating Officer',
    timeZone: 'Eastern Standard Time',
    office: 'NYC-2/0804',
  },
  {
    id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c03',
    given: 'Sam',
    surname: 'Rivera',
    jobTitle: 'Chief Technology Officer',
    timeZone: 'Pacific Standard Time',
    office: 'SEA-1/1207',
  },
  {
    id: '9d8c7b6a-5f4e-4d3c-ab2a-190f8e7d6c04',
    given: 'Priya',
    surname: 'Natarajan',
    jobTitle: 'Chief Financial Officer',
    timeZone: 'Eastern Standard Time',
    office: 'NYC-2/0810',
    // Invites written to the role address reach her, and arrive addressed that way (README "Addresses").
    aliases: [`cfo@${DEMO_DOMAIN}`],
  },
  {
    id: '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a05',
    given: 'Jonas',
    surname: 'Berg',
    jobTitle: 'Chief Revenue Officer',
    timeZone: 'W. Europe Standard Time',
    office: 'BER-1/0301',
  },
  {
    id: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c06',
    given: 'Mei',
    surname: 'Tanaka',
    jobTitle: 'VP Product',
    timeZone: 'W. Europe Standard Time',
    office: 'BER-1/0305',
  },
  {
    id: '4c5d6e7f-8a9b-4c0d-be1f-2a3b4c5d6e07',
    given: 'Luis',
    surname: 'Ortega',
    jobTitle: 'Chief People Officer',
    timeZone: 'Central Standard Time',
    office: 'AUS-1/0402',
  },
  {
    id: '7f8e9d0c-1b2a-4f3e-8d4c-5b6a7f8e9d08',
    given: 'Farah',
    surname: 'Haddad',
    jobTitle: 'General Counsel',
    timeZone: 'GMT Standard Time',
    office: 'LON-1/0603',
  },
];

const GUEST: Person = {
  id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d09',
  given: 'Rowan',
  surname: 'Blake',
  jobTitle: 'Board Advisor',
  timeZone: 'GMT Standard Time',
  office: '',
};

/** An attendee outside the tenant: no account, no mailbox, no object id. */
export const EXTERNAL_ATTENDEE = { name: 'Kim Lee', address: 'kim@fabrikam.example' } as const;

function member(p: Person): UserRecord {
  const local = `${p.given}.${p.surname}`.toLowerCase();
  return {
    id: p.id,
    displayName: `${p.given} ${p.surname}`,
    givenName: p.given,
    surname: p.surname,
    mail: `${local}@${DEMO_DOMAIN}`,
    userPrincipalName: `${local}@${DEMO_DOMAIN}`,
    jobTitle: p.jobTitle,
    officeLocation: p.office,
    mobilePhone: null,
    businessPhones: [`+1 425 555 01${p.id.slice(-2)}`],
    preferredLanguage: 'en-US',
    userType: 'Member',
    accountEnabled: true,
    hasMailbox: true,
    timeZone: p.timeZone,
    ...(p.aliases ? { aliases: p.aliases } : {}),
    legacyExchangeDN: legacyExchangeDN(p.id, local),
  };
}

/*
 * An Exchange Online mailbox's X.500 address: the recipient container, then a 32-hex-digit id and the alias
 * (microsoftgraph/microsoft-graph-docs#13898 shows one in an event's attendees; microsoft/idfix#79 shows the form).
 */
function legacyExchangeDN(id: string, alias: string): string {
  return `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${id.replace(/-/g, '')}-${alias.slice(0, 12)}`;
}

// A B2B guest: UPN "<mail with _ for @>#EXT#@<tenant domain>" (GD user-get.md: encode # as %23 in URLs).
function guest(p: Person): UserRecord {
  const mail = `${p.given}@contoso.example`.toLowerCase();
  return {
    ...member(p),
    mail,
    userPrincipalName: `${mail.replace('@', '_')}#EXT#@${DEMO_DOMAIN}`,
    officeLocation: null,
    businessPhones: [],
    userType: 'Guest',
    hasMailbox: false,
    legacyExchangeDN: undefined,
  };
}

export function seedDemoTenant(now: Date): TenantState {
  const nowMs = now.getTime();
  const users = [...PEOPLE.map(member), guest(GUEST)];
  const [avery, dana, sam, priya, jonas, mei, luis, farah, rowan] = users as [
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
    UserRecord,
  ];
  const tenant = {
    id: DEMO_TENANT_ID,
    displayName: 'Northwind Leadership (demo)',
    domain: DEMO_DOMAIN,
    defaultUserId: avery.id,
  };
  const groupCreated = formatUtcOffset(nowMs - 400 * DAY);
  const group = (
    id: string,
    name: string,
    nick: string,
    description: string,
    memberIds: string[],
    ownerIds: string[],
  ): GroupRecord => ({
    id,
    displayName: name,
    description,
    mail: `${nick}@${DEMO_DOMAIN}`,
    mailNickname: nick,
    visibility: 'Private',
    memberIds,
    ownerIds,
    isTeam: true,
    isArchived: false,
    driveId: driveIdFrom(id),
    plannerPlans: [
      { id: plannerIdFrom(`${id}:plan`), title: name, owner: id, createdDateTime: groupCreated },
    ],
    createdDateTime: groupCreated,
  });
  const leadership = group(
    LEADERSHIP_TEAM_ID,
    'Leadership Team',
    'leadership',
    'Northwind leadership team: priorities, decisions and commitments.',
    PEOPLE.map((p) => p.id),
    [avery.id],
  );
  const groups = [
    // A group can hold several plans (README "Planner"): the team's first plan and a newer one for the offsite.
    {
      ...leadership,
      plannerPlans: [
        ...leadership.plannerPlans,
        {
          id: plannerIdFrom(`${LEADERSHIP_TEAM_ID}:plan:offsite`),
          title: 'Offsite 2026',
          owner: LEADERSHIP_TEAM_ID,
          createdDateTime: formatUtcOffset(nowMs - 20 * DAY),
        },
      ],
    },
    group(
      PRODUCT_COUNCIL_ID,
      'Product Council',
      'productcouncil',
      'Cross-functional product decisions.',
      [avery.id, sam.id, mei.id, farah.id, rowan.id],
      [mei.id],
    ),
  ];

  const state: TenantState = { tenant, users, groups, events: new Map() };
  const put = (e: StoredEvent) => {
    let box = state.events.get(e.mailbox);
    if (!box) state.events.set(e.mailbox, (box = new Map()));
    box.set(e.id, e);
  };
  const calendar = new MeetingWriter(tenant.id, users, put);

  // Days and times are picked in each organizer's own zone, on working days.
  const workday = (who: UserRecord, offset: number, hour: number, minute = 0): number => {
    const zone = zoneOf(who);
    const today = utcToLocal(nowMs, zone);
    let day = dayNumber(today.year, today.month, today.day) + offset;
    while ([0, 6].includes(civilFromDayNumber(day).weekday)) day += offset < 0 ? -1 : 1;
    return localToUtc({ ...civilFromDayNumber(day), hour, minute, second: 0, ms: 0 }, zone);
  };

  // --- "Leadership weekly": Tuesdays 09:00 Pacific, from 3–4 weeks ago for 14 weeks, organized by Avery. ---
  const la = zoneOf(avery);
  const today = utcToLocal(nowMs, la);
  const back = dayNumber(today.year, today.month, today.day) - 21;
  const firstDay = back - ((civilFromDayNumber(back).weekday - 2 + 7) % 7);
  const seriesStart = localToUtc(
    { ...civilFromDayNumber(firstDay), hour: 9, minute: 0, second: 0, ms: 0 },
    la,
  );
  const recurrence: RecurrenceRecord = {
    pattern: {
      type: 'weekly',
      interval: 1,
      month: 0,
      dayOfMonth: 0,
      daysOfWeek: ['tuesday'],
      firstDayOfWeek: 'sunday',
      index: 'first',
    },
    range: {
      type: 'endDate',
      startDate: formatDateOnly(firstDay),
      endDate: formatDateOnly(firstDay + 13 * 7),
      recurrenceTimeZone: avery.timeZone,
      numberOfOccurrences: 0,
    },
  };
  const timing = { recurrence, startMs: seriesStart, endMs: seriesStart + HOUR };
  const upcoming = occurrenceStarts(timing, 0, Number.MAX_SAFE_INTEGER).filter((s) => s > nowMs);
  const [, jonasSkips, moved, cancelled] = upcoming as [number, number, number, number];
  const seriesCreated = seriesStart - 10 * DAY;
  const weekly = calendar.send({
    key: 'leadership-weekly',
    organizer: avery,
    subject: 'Leadership weekly',
    intro:
      'Weekly leadership sync: our top priorities, decisions that need the whole team, and commitments from last week.',
    startMs: timing.startMs,
    endMs: timing.endMs,
    online: true,
    recurrence,
    cancelledOccurrences: [cancelled],
    createdMs: seriesCreated,
    attendees: [
      { user: dana, response: 'accepted' },
      { user: sam, response: 'accepted' },
      // Invited through her role address, so the attendee list carries the alias, not her mail.
      { user: priya, response: 'tentativelyAccepted', address: `cfo@${DEMO_DOMAIN}` },
      { user: jonas, response: 'accepted' },
      { user: mei, response: 'none' },
      { user: luis, response: 'declined' },
      // Listed by her X.500 address (legacyExchangeDN), as Graph sometimes gives attendees (PF §11).
      { user: farah, response: 'notResponded', address: farah.legacyExchangeDN ?? farah.mail },
    ],
  });
  // Jonas declines one upcoming occurrence only: an exception in his copy and in the organizer's tracking.
  calendar.exception(weekly, jonasSkips, {
    responses: { [jonas.id]: 'declined' },
    onlyCopiesOf: [jonas.id],
    modifiedMs: nowMs - 2 * DAY,
  });
  // One upcoming occurrence moved to Wednesday 10:00; moving it asks everyone to respond again (Dana already has).
  calendar.exception(weekly, moved, {
    startMs: moved + 25 * HOUR,
    endMs: moved + 26 * HOUR,
    bodyNote: 'Moved to Wednesday this week because of the quarterly all-hands.',
    responses: Object.fromEntries(
      weekly.spec.attendees.map((a) => [idOf(a.user), a.user === dana ? 'accepted' : 'none']),
    ),
    modifiedMs: nowMs - 3 * DAY,
  });
  calendar.cancelOccurrence(weekly, cancelled, nowMs - DAY);

  // --- One-off meetings in the next 14 days. ---
  calendar.send({
    key: 'q3-budget-review',
    organizer: priya,
    subject: 'Q3 budget review',
    intro:
      'Review of the Q3 budget before it goes to the board. Please read the pre-read in the finance channel.',
    startMs: workday(priya, 2, 13),
    endMs: workday(priya, 2, 14),
    location: 'NYC-2 Boardroom 4A',
    online: false,
    createdMs: nowMs - 6 * DAY,
    attendees: [
      { user: avery, response: 'accepted' },
      { user: dana, response: 'tentativelyAccepted' },
      { user: sam, response: 'none' },
    ],
  });
  calendar.send({
    key: 'product-roadmap-sync',
    organizer: avery,
    subject: 'Product roadmap sync',
    intro: 'Walk through the H2 roadmap and agree the three bets we fund first.',
    startMs: workday(avery, 3, 10),
    endMs: workday(avery, 3, 10, 45),
    online: true,
    // A newer meeting: its invite carries Teams' short join link, its chat the long one; Luis left the chat.
    joinLinks: { event: 'short', chat: 'long' },
    leftChat: [luis],
    createdMs: nowMs - 4 * DAY,
    attendees: [
      { user: mei, response: 'accepted' },
      { user: sam, response: 'accepted' },
      { user: luis, response: 'none', type: 'optional' },
    ],
  });
  calendar.send({
    key: 'fabrikam-partnership-intro',
    organizer: avery,
    subject: 'Partnership intro: Fabrikam',
    intro: 'Introductions with Kim from Fabrikam about a joint go-to-market pilot.',
    startMs: workday(avery, 5, 8),
    endMs: workday(avery, 5, 8, 30),
    online: true,
    joinLinks: { event: 'short', chat: 'short' },
    createdMs: nowMs - 3 * DAY,
    attendees: [
      { user: jonas, response: 'accepted' },
      { user: EXTERNAL_ATTENDEE, response: 'none' },
    ],
  });
  calendar.send({
    key: 'product-council-monthly',
    organizer: mei,
    subject: 'Product Council monthly',
    intro: 'Monthly product council: pricing experiment results and the accessibility audit.',
    startMs: workday(mei, 8, 17),
    endMs: workday(mei, 8, 18),
    online: true,
    joinLinks: { event: 'long', chat: 'short' },
    createdMs: nowMs - 20 * DAY,
    attendees: [
      { user: avery, response: 'accepted' },
      { user: sam, response: 'tentativelyAccepted' },
      { user: farah, response: 'none' },
      { user: rowan, response: 'none' },
    ],
  });
  const offsiteDay = workday(avery, 10, 0);
  calendar.send({
    key: 'offsite-planning-day',
    organizer: avery,
    subject: 'Offsite planning (focus day)',
    intro: 'Blocked for offsite preparation.',
    startMs: offsiteDay,
    endMs: localToUtc({ ...nextDay(offsiteDay, la), hour: 0, minute: 0, second: 0, ms: 0 }, la),
    isAllDay: true,
    online: false,
    showAs: 'oof',
    createdMs: nowMs - 9 * DAY,
    attendees: [],
  });
  calendar.send({
    key: 'board-prep',
    organizer: avery,
    subject: 'Board prep',
    intro: 'Prepare the board deck: financials, hiring plan, risks.',
    startMs: workday(avery, -5, 14),
    endMs: workday(avery, -5, 15),
    online: false,
    location: 'SEA-1 Room 12B',
    createdMs: nowMs - 12 * DAY,
    attendees: [{ user: priya, response: 'accepted' }],
  });

  return state;
}

function zoneOf(user: UserRecord): string {
  return resolveZone(user.timeZone) ?? 'UTC';
}

function nextDay(utcMs: number, zone: string) {
  const l = utcToLocal(utcMs, zone);
  return civilFromDayNumber(dayNumber(l.year, l.month, l.day) + 1);
}

type Invitee = UserRecord | { readonly name: string; readonly address: string };

const idOf = (who: Invitee): string => ('id' in who ? who.id : who.address);
const addressOf = (who: Invitee) =>
  'id' in who ? { name: who.displayName, address: who.mail } : { name: who.name, address: who.address };

interface MeetingSpec {
  readonly key: string;
  readonly organizer: UserRecord;
  readonly subject: string;
  readonly intro: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly online: boolean;
  /** Which Teams join-link form the invite and the meeting chat carry (README "Teams join links"); long by default. */
  readonly joinLinks?: { readonly event: JoinLinkForm; readonly chat: JoinLinkForm };
  /** Invitees who are not members of the meeting chat (they left it). */
  readonly leftChat?: readonly UserRecord[];
  readonly location?: string;
  readonly isAllDay?: boolean;
  readonly showAs?: StoredEvent['showAs'];
  readonly recurrence?: RecurrenceRecord;
  readonly cancelledOccurrences?: readonly number[];
  readonly createdMs: number;
  readonly attendees: readonly {
    user: Invitee;
    response: ResponseType;
    type?: AttendeeRecord['type'];
    /** How the invite addressed them when not by their mail: an alias or their X.500 DN (README "Addresses"). */
    address?: string;
  }[];
}

type JoinLinkForm = 'long' | 'short';

interface SentMeeting {
  readonly spec: MeetingSpec;
  readonly organizerItem: StoredEvent;
  /** Attendee user id -> that attendee's copy. */
  readonly copies: ReadonlyMap<string, StoredEvent>;
}

/*
 * Writes a meeting the way Exchange delivers it: the organizer's item tracks everyone's responses; each internal
 * attendee with a mailbox gets a copy with the same iCalUId, their own id, their own responseStatus and isOrganizer
 * false. Attendee copies list the attendees with response "none": only the organizer's item tracks responses
 * (README "Attendee copies").
 */
class MeetingWriter {
  constructor(
    private readonly tenantId: string,
    private readonly users: readonly UserRecord[],
    private readonly put: (e: StoredEvent) => void,
  ) {}

  send(spec: MeetingSpec): SentMeeting {
    const links = {
      long: teamsJoinUrl(spec.key, this.tenantId, spec.organizer.id),
      short: teamsShortJoinUrl(spec.key),
    };
    const forms: NonNullable<MeetingSpec['joinLinks']> = spec.joinLinks ?? { event: 'long', chat: 'long' };
    const joinUrl = spec.online ? links[forms.event] : null;
    const meetingChat = spec.online
      ? {
          threadId: teamsThreadId(spec.key),
          joinWebUrl: links[forms.chat],
          notMembers: (spec.leftChat ?? []).map((u) => u.id),
        }
      : undefined;
    const iCalUId = iCalUIdFrom(spec.key, spec.createdMs);
    const respondedAt = (i: number, r: ResponseType) =>
      r === 'none' || r === 'notResponded' ? null : spec.createdMs + (i + 2) * HOUR;
    const tracked: AttendeeRecord[] = spec.attendees.map((a, i) => ({
      type: a.type ?? 'required',
      status: { response: a.response, timeMs: respondedAt(i, a.response) },
      emailAddress: a.address ? { ...addressOf(a.user), address: a.address } : addressOf(a.user),
    }));
    const common = {
      type: spec.recurrence ? ('seriesMaster' as const) : ('singleInstance' as const),
      seriesMasterId: null,
      originalStartMs: null,
      iCalUId,
      subject: spec.subject,
      body: { contentType: 'html' as const, content: inviteBody(spec.intro, joinUrl) },
      startMs: spec.startMs,
      endMs: spec.endMs,
      timeZone: spec.organizer.timeZone,
      isAllDay: spec.isAllDay ?? false,
      isCancelled: false,
      organizer: addressOf(spec.organizer),
      isOnlineMeeting: spec.online,
      onlineMeetingProvider: spec.online ? ('teamsForBusiness' as const) : ('unknown' as const),
      joinUrl,
      ...(meetingChat ? { meetingChat } : {}),
      location: spec.online && !spec.location ? 'Microsoft Teams Meeting' : (spec.location ?? ''),
      recurrence: spec.recurrence ?? null,
      importance: 'normal' as const,
      sensitivity: 'normal' as const,
      categories: [],
      reminderMinutesBeforeStart: spec.isAllDay ? 1080 : 15,
      isReminderOn: !spec.isAllDay,
      responseRequested: true,
      allowNewTimeProposals: true,
      createdMs: spec.createdMs,
    };
    const organizerItem: StoredEvent = {
      ...common,
      id: eventIdFrom(spec.organizer.id, spec.key),
      mailbox: spec.organizer.id,
      isOrganizer: true,
      attendees: tracked,
      // The organizer never responds to their own meeting: Graph writes the never-responded time.
      responseStatus: { response: 'organizer', timeMs: null },
      cancelledOccurrences: spec.cancelledOccurrences ?? [],
      showAs: spec.showAs ?? 'busy',
      changeKey: changeKeyFrom(`${spec.key}:${spec.organizer.id}:0`),
      lastModifiedMs: spec.createdMs,
    };
    this.put(organizerItem);
    const untracked = tracked.map((a) => ({ ...a, status: { response: 'none' as const, timeMs: null } }));
    const copies = new Map<string, StoredEvent>();
    spec.attendees.forEach((a, i) => {
      const user = this.mailboxUser(a.user);
      if (!user) return;
      const copy: StoredEvent = {
        ...common,
        id: eventIdFrom(user.id, spec.key),
        mailbox: user.id,
        isOrganizer: false,
        attendees: untracked,
        responseStatus: { response: a.response, timeMs: respondedAt(i, a.response) },
        cancelledOccurrences: [],
        showAs: showAsFor(a.response),
        changeKey: changeKeyFrom(`${spec.key}:${user.id}:0`),
        lastModifiedMs: respondedAt(i, a.response) ?? spec.createdMs,
      };
      this.put(copy);
      copies.set(user.id, copy);
    });
    return { spec, organizerItem, copies };
  }

  /**
   * Turns one occurrence into an exception: new times and/or new responses. `responses` maps attendee id (or
   * external address) to the response on this occurrence; `onlyCopiesOf` limits which attendee copies change
   * (a single attendee's decline touches only their copy and the organizer's tracking).
   */
  exception(
    meeting: SentMeeting,
    originalStartMs: number,
    change: {
      startMs?: number;
      endMs?: number;
      bodyNote?: string;
      responses?: Readonly<Record<string, ResponseType>>;
      onlyCopiesOf?: readonly string[];
      modifiedMs: number;
    },
  ): void {
    const { spec, organizerItem } = meeting;
    const responseOf = (a: (typeof spec.attendees)[number]) => change.responses?.[idOf(a.user)] ?? a.response;
    const body = change.bodyNote
      ? {
          contentType: 'html' as const,
          content: inviteBody(`${change.bodyNote} ${spec.intro}`, organizerItem.joinUrl),
        }
      : organizerItem.body;
    const asException = (master: StoredEvent, extra: Partial<StoredEvent>): StoredEvent => ({
      ...master,
      id: occurrenceId(master.id, originalStartMs),
      type: 'exception',
      seriesMasterId: master.id,
      originalStartMs,
      iCalUId: occurrenceICalUId(master.iCalUId, originalStartMs),
      startMs: change.startMs ?? originalStartMs,
      endMs: change.endMs ?? originalStartMs + (master.endMs - master.startMs),
      body,
      recurrence: null,
      cancelledOccurrences: [],
      changeKey: changeKeyFrom(`${master.id}:${originalStartMs}:1`),
      lastModifiedMs: change.modifiedMs,
      ...extra,
    });
    this.put(
      asException(organizerItem, {
        attendees: spec.attendees.map((a, i) => {
          const response = responseOf(a);
          const same = response === a.response && change.startMs === undefined;
          return {
            ...(organizerItem.attendees[i] as AttendeeRecord),
            status: {
              response,
              timeMs: same
                ? (organizerItem.attendees[i]?.status.timeMs ?? null)
                : response === 'none'
                  ? null
                  : change.modifiedMs,
            },
          };
        }),
      }),
    );
    for (const a of spec.attendees) {
      const id = idOf(a.user);
      const copy = meeting.copies.get(id);
      if (!copy || (change.onlyCopiesOf && !change.onlyCopiesOf.includes(id))) continue;
      const response = responseOf(a);
      this.put(
        asException(copy, {
          responseStatus: { response, timeMs: response === 'none' ? null : change.modifiedMs },
          showAs: showAsFor(response),
        }),
      );
    }
  }

  /*
   * The organizer cancels one occurrence: it leaves the organizer's calendar (the master lists it in
   * cancelledOccurrences, set when the series was sent); each attendee's copy becomes a cancelled exception with
   * "Canceled: " before the subject, as Outlook shows it until the attendee removes it (README).
   */
  cancelOccurrence(meeting: SentMeeting, originalStartMs: number, modifiedMs: number): void {
    for (const copy of meeting.copies.values()) {
      this.put({
        ...copy,
        id: occurrenceId(copy.id, originalStartMs),
        type: 'exception',
        seriesMasterId: copy.id,
        originalStartMs,
        iCalUId: occurrenceICalUId(copy.iCalUId, originalStartMs),
        startMs: originalStartMs,
        endMs: originalStartMs + (copy.endMs - copy.startMs),
        subject: `Canceled: ${copy.subject}`,
        isCancelled: true,
        showAs: 'free',
        recurrence: null,
        cancelledOccurrences: [],
        changeKey: changeKeyFrom(`${copy.id}:${originalStartMs}:cancel`),
        lastModifiedMs: modifiedMs,
      });
    }
  }

  private mailboxUser(who: Invitee): UserRecord | undefined {
    const user =
      'id' in who ? who : this.users.find((u) => u.mail.toLowerCase() === who.address.toLowerCase());
    return user?.hasMailbox ? user : undefined;
  }
}

// Unanswered invites show as tentative in the attendee's calendar; declined ones as free.
function showAsFor(response: ResponseType): StoredEvent['showAs'] {
  if (response === 'declined') return 'free';
  if (response === 'accepted') return 'busy';
  return 'tentative';
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/*
 * The invite body as Outlook/Teams write it: the organizer's text, then the Teams join block between two rules of
 * underscores. The block matters: Graph warns that removing it from the body disables the online meeting
 * (platform-facts §1), so the sandbox keeps a realistic one for the publish tests to protect. With a short join link
 * the block shows the link itself instead of "Click here to join the meeting", and the meeting ID is the one in the
 * link (MC772556, updated January 2026: "meeting invites now display the full join link directly").
 */
function inviteBody(intro: string, joinUrl: string | null): string {
  const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>';
  const text = `<div>${escapeHtml(intro)}</div>`;
  if (joinUrl === null) return `${head}${text}</body></html>`;
  const rule =
    '<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>';
  const shortId = /\/meet\/(\d+)\?/.exec(joinUrl)?.[1];
  const meetingId = (shortId ?? String(Math.abs(hash(joinUrl)) % 1e12).padStart(12, '3')).replace(
    /(\d{3})(?=\d)/g,
    '$1 ',
  );
  const passcode = `Nw${Math.abs(hash(`${joinUrl}#p`))
    .toString(36)
    .slice(0, 6)}`;
  const linkText = shortId ? escapeHtml(joinUrl) : 'Click here to join the meeting';
  return (
    `${head}${text}<br>${rule}` +
    '<div class="me-email-text" lang="en-US" style="color:#252424;font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif">' +
    '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>' +
    '<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>' +
    `<a class="me-email-headline" href="${escapeHtml(joinUrl)}" target="_blank" rel="noreferrer noopener" style="font-size:14px;text-decoration:underline;color:#6264a7">${linkText}</a></div>` +
    `<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">${meetingId}</span></span><br><span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">${passcode}</span></div></div>` +
    `</div>${rule}</body></html>`
  );
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}
