// Issue #15 nudges, end to end through the real SDK chain against the sandbox: two people close voting on the same
// meeting at the same moment, each with their own client, and each sends the nudges that closing made due. The
// marker in the series document (claimed intent-first) means every recipient is notified exactly once. A recipient
// without the app installed is refused by Teams; the act that caused the nudge still stands.
import type { Actor } from '../../../src/domain/agenda/agendaTypes';
import { userId, type UserId } from '../../../src/domain/ids';
import type { Meeting, Team } from '../../../src/domain/meetings/meeting';
import type { NudgeAttendee, NudgeRole } from '../../../src/domain/nudges/dueNudges';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createSeriesResolver } from '../../../src/graph/calendar/createSeriesResolver';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import type { GraphClient } from '../../../src/graph/core/GraphClient';
import { actionProblemsMessages } from '../../../src/app/i18n/en-US/actionProblems';
import { NUDGE_SCOPES } from '../../../src/compose/agendaScopes';
import { createActivityNotifier } from '../../../src/graph/teams/createActivityNotifier';
import { createTeamSource } from '../../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda, type AgendaContext } from '../../../src/usecases/agenda/openAgenda';
import { sendNudges } from '../../../src/usecases/nudges/sendNudges';
import { TokenError, type StoredSeries } from '../../../src/usecases/ports';
import { changeSeries } from '../../../src/usecases/series/changeSeries';
import { clientFor, teamOf, tenantOf, type TenantView } from '../drive/sandboxDrive';

const AVERY = 'avery.chen@northwind.example';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, drivePostProcessingMs: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => sb.reset());

type Opened = AgendaContext & { readonly stored: StoredSeries };

async function openAs(upn: string, team: Team, link: boolean): Promise<Opened> {
  const client = clientFor(sb, upn);
  const start = new Date();
  const meetings = await createMeetingSource(client).listMeetings(
    { start, end: new Date(start.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!meetings.ok) throw new Error(JSON.stringify(meetings.failure));
  const meeting = meetings.value.find(
    (m: Meeting) => m.subject === 'Leadership weekly' && m.kind === 'occurrence',
  );
  if (!meeting) throw new Error(`${upn} has no upcoming Leadership weekly`);
  const store = createSeriesDocumentStore(client);
  const opened = await openAgenda(
    {
      series: createSeriesResolver(client),
      teams: createTeamSource(client),
      directory: createDirectory(client),
      store,
    },
    meeting,
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  if (opened.value.stored) return { ...opened.value, stored: opened.value.stored };
  if (!link) throw new Error(`${upn} did not find the document`);
  const linked = await linkSeriesToTeam(store, opened.value, team);
  if (!linked.ok) throw new Error(JSON.stringify(linked.failure));
  return { ...opened.value, stored: linked.value };
}

const notifierFor = (client: GraphClient, upn: string) =>
  createActivityNotifier(client, {
    provider: { getToken: async (scopes) => sb.mintToken({ user: upn, scopes }) },
    scopes: NUDGE_SCOPES,
  });

const actor = (o: Opened, facilitator: boolean): Actor => ({
  id: o.me.id,
  name: o.me.displayName,
  email: o.me.mail,
  isOrganizer: o.meeting.isOrganizer,
  isFacilitator: facilitator,
  isTimekeeper: false,
  isNoteTaker: false,
});

/** The meeting's invitees who have an account in the tenant. */
function attendeesOf(meeting: Meeting, tenant: TenantView): NudgeAttendee[] {
  const emails = [meeting.organizer.email, ...meeting.attendees.map((a) => a.email)].map((e) =>
    e.toLowerCase(),
  );
  return tenant.users
    .filter((u) => emails.includes(u.userPrincipalName.toLowerCase()))
    .map((u) => ({ id: userId(u.id), name: u.displayName, email: u.userPrincipalName }));
}

async function notificationsOf(
  user: string,
): Promise<{ activityType: string; text: string; senderId: string }[]> {
  const r = await fetch(`${sb.url}/_sandbox/notifications?user=${encodeURIComponent(user)}`);
  return ((await r.json()) as { notifications: { activityType: string; text: string; senderId: string }[] })
    .notifications;
}

async function twoClosers() {
  const tenant = await tenantOf(sb);
  const team = teamOf(tenant, 'Leadership Team');
  const organizer = await openAs(AVERY, team, true);
  const attendees = attendeesOf(organizer.meeting, tenant);
  const other = attendees.find((a) => a.id !== organizer.me.id);
  if (!other) throw new Error('no second attendee');
  const facilitator = await openAs(other.email, team, false);
  // Three role holders, the two closers among them (each is nudged by the other one).
  const holders: UserId[] = attendees.slice(0, 3).map((a) => a.id);
  const roles: NudgeRole[] = holders.map((h, i) => ({
    roleId: ['facilitator', 'timekeeper', 'noteTaker'][i] ?? 'r',
    label: ['Facilitator', 'Timekeeper', 'Note-taker'][i] ?? 'Role',
    holder: h,
  }));
  return { tenant, organizer, facilitator, attendees, roles, holders };
}

it('two people closing voting at once: each role holder is nudged exactly once', async () => {
  const { organizer, facilitator, attendees, roles, holders } = await twoClosers();
  const closeAndNudge = async (o: Opened, upn: string, isFacilitator: boolean) => {
    const client = clientFor(sb, upn);
    const store = createSeriesDocumentStore(client);
    const who = actor(o, isFacilitator);
    const closed = await changeSeries(
      store,
      o.stored,
      who,
      { kind: 'closeVoting', occurrence: o.occurrence, meetingMinutes: o.meetingMinutes },
      Date.now,
    );
    if (!closed.ok) throw new Error(JSON.stringify(closed.failure));
    return sendNudges(
      { store, notifier: notifierFor(client, upn) },
      closed.value,
      who,
      {
        occurrence: o.occurrence,
        occurrenceStart: Date.parse(o.meeting.start),
        meetingTitle: o.meeting.subject,
        words: actionProblemsMessages.nudgePreview,
        attendees,
        roles,
        trigger: 'votingClosed',
      },
      {
        now: Date.now,
        newToken: () => `${upn}-${Math.random()}`,
        webUrl: 'https://teams.microsoft.com/l/entity/x',
      },
    );
  };
  const [a, b] = await Promise.all([
    closeAndNudge(organizer, AVERY, false),
    closeAndNudge(facilitator, facilitator.me.userPrincipalName, true),
  ]);
  expect(a.failed).toEqual([]);
  expect(b.failed).toEqual([]);
  for (const h of holders) {
    const got = await notificationsOf(h);
    expect(got.filter((n) => n.activityType === 'roleNext')).toHaveLength(1);
    expect(got[0]?.text).toMatch(
      /^You are the (Facilitator|Timekeeper|Note-taker) of the next Leadership weekly$/,
    );
  }
  // Nobody else got one, and the two senders together sent exactly one per holder.
  expect(a.sent.length + b.sent.length).toBe(holders.length);
  for (const x of attendees.filter((p) => !holders.includes(p.id)))
    expect(await notificationsOf(x.id)).toEqual([]);
});

it('a recipient without the app installed is refused (403) and reported; the others are nudged, voting is closed', async () => {
  const { organizer, roles, holders, attendees } = await twoClosers();
  const missing = holders.find((h) => h !== organizer.me.id);
  if (!missing) throw new Error('no other holder');
  await fetch(`${sb.url}/_sandbox/notifications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ installed: { [missing]: false } }),
  });
  const client = clientFor(sb, AVERY);
  const store = createSeriesDocumentStore(client);
  const who = actor(organizer, false);
  const closed = await changeSeries(
    store,
    organizer.stored,
    who,
    { kind: 'closeVoting', occurrence: organizer.occurrence, meetingMinutes: organizer.meetingMinutes },
    Date.now,
  );
  if (!closed.ok) throw new Error(JSON.stringify(closed.failure));
  const report = await sendNudges(
    { store, notifier: notifierFor(client, AVERY) },
    closed.value,
    who,
    {
      occurrence: organizer.occurrence,
      occurrenceStart: Date.parse(organizer.meeting.start),
      meetingTitle: organizer.meeting.subject,
      words: actionProblemsMessages.nudgePreview,
      attendees,
      roles,
      trigger: 'votingClosed',
    },
    { now: Date.now, newToken: () => 'tok', webUrl: 'https://teams.microsoft.com/l/entity/x' },
  );
  expect(report.failed.map((f) => [f.nudge.recipient, f.failure.kind, f.failure.status])).toEqual([
    [missing, 'forbidden', 403],
  ]);
  expect(report.sent.length).toBe(holders.filter((h) => h !== organizer.me.id && h !== missing).length);
  expect(report.stored?.doc.occurrences[organizer.occurrence]?.voting?.value.state).toBe('closed');
  expect(await notificationsOf(missing)).toEqual([]);
});

it('without consent to TeamsActivity.Send nothing is claimed, so the next act that makes them due still sends them', async () => {
  const { organizer, roles, holders, attendees } = await twoClosers();
  const client = clientFor(sb, AVERY);
  const store = createSeriesDocumentStore(client);
  const who = actor(organizer, false);
  const closed = await changeSeries(
    store,
    organizer.stored,
    who,
    { kind: 'closeVoting', occurrence: organizer.occurrence, meetingMinutes: organizer.meetingMinutes },
    Date.now,
  );
  if (!closed.ok) throw new Error(JSON.stringify(closed.failure));
  const input = {
    occurrence: organizer.occurrence,
    occurrenceStart: Date.parse(organizer.meeting.start),
    meetingTitle: organizer.meeting.subject,
    words: actionProblemsMessages.nudgePreview,
    attendees,
    roles,
    trigger: 'votingClosed' as const,
  };
  const env = { now: Date.now, newToken: () => 'tok', webUrl: 'https://teams.microsoft.com/l/entity/x' };
  const refused = createActivityNotifier(client, {
    provider: {
      getToken: async (scopes) => {
        throw new TokenError('consentRequired', 'The user declined consent.', scopes);
      },
    },
    scopes: NUDGE_SCOPES,
  });
  const report = await sendNudges({ store, notifier: refused }, closed.value, who, input, env);
  expect(report.notAuthorized?.kind).toBe('consentRequired');
  expect(report.sent).toEqual([]);
  expect(report.stored).toBeUndefined();
  for (const h of holders) expect(await notificationsOf(h)).toEqual([]);
  const reread = await store.load(closed.value.location);
  if (!reread.ok) throw new Error(JSON.stringify(reread.failure));
  expect(reread.value.doc.nudgesSent ?? {}).toEqual({});

  // Consent given later: the same act sends every nudge it made due.
  const again = await sendNudges(
    { store, notifier: notifierFor(client, AVERY) },
    reread.value,
    who,
    input,
    env,
  );
  expect(again.failed).toEqual([]);
  expect(again.sent.length).toBe(holders.filter((h) => h !== organizer.me.id).length);
});
