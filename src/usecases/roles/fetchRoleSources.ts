// What the roles need from Graph, read without the series document so that it can start before the document is
// found: the invitees' accounts (they are on the event) and the series' occurrences from its first one (the master's
// start, known after the first round). openAgenda runs both beside its own reads, so the roles show after the same
// 2 sequential round trips as the agenda (DESIGN.md "Speed").
import type { Meeting } from '../../domain/meetings/meeting';
import { ok, type Result } from '../../domain/result';
import type {
  AccountLookup,
  Directory,
  Failure,
  Invitee,
  MeetingSource,
  Outcome,
  SeriesIdentity,
  TimeWindow,
} from '../ports';

export interface RoleSources {
  readonly invitees: readonly Invitee[];
  /** Per invitee address (as on the event): found, no account, or unknown (that lookup failed). */
  readonly accounts: ReadonlyMap<string, AccountLookup>;
  readonly occurrences: readonly Meeting[];
}

export interface RoleSourceDeps {
  readonly meetings: MeetingSource;
  readonly directory: Directory;
}

// Generous enough for 4 occurrences of a monthly series after the current one.
const AHEAD_MS = 200 * 86_400_000;
// Moved occurrences are listed by their new time: pad the window so one moved a few days out is still read.
const PAD_MS = 14 * 86_400_000;

/** The organizer and every attendee who is a person (rooms and equipment are resources), once per address. */
export function inviteesOf(meeting: Meeting): Invitee[] {
  const all = [
    { name: meeting.organizer.name, email: meeting.organizer.email },
    ...meeting.attendees.filter((a) => a.kind !== 'resource').map((a) => ({ name: a.name, email: a.email })),
  ];
  const seen = new Set<string>();
  return all.filter((x) => {
    const k = x.email.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * From the series' first occurrence (every rotation starts at or after it) to well past the later of the opened
 * occurrence and now. Without the series' start (a single meeting, or an older resolver), from the opened occurrence.
 */
export function occurrenceWindow(
  meeting: Meeting,
  series: SeriesIdentity,
  now: number,
  earliest?: string,
): TimeWindow {
  const currentMs = Date.parse(meeting.originalStart ?? meeting.start);
  const firstMs = series.firstStart ? Date.parse(series.firstStart) : currentMs;
  const earliestMs = earliest ? Date.parse(earliest) : currentMs;
  return {
    start: new Date(Math.min(firstMs, earliestMs, currentMs, Date.parse(meeting.start)) - PAD_MS),
    end: new Date(Math.max(currentMs, now) + AHEAD_MS),
  };
}

/** The series' occurrences (one listing; a single meeting is its own). */
export function listSeriesOccurrences(
  meetings: MeetingSource,
  meeting: Meeting,
  series: SeriesIdentity,
  now: number,
  earliest?: string,
): Promise<Outcome<readonly Meeting[]>> {
  return meeting.seriesMasterId
    ? meetings.listOccurrences(
        meeting.seriesMasterId,
        occurrenceWindow(meeting, series, now, earliest),
        'UTC',
      )
    : Promise.resolve(ok<readonly Meeting[]>([meeting]));
}

/**
 * Both reads in parallel: one round trip when the series is already resolved (a retry). `earliest`: an occurrence
 * the listing must reach back to (the document's rotation start), when known.
 */
export async function fetchRoleSources(
  deps: RoleSourceDeps,
  meeting: Meeting,
  series: SeriesIdentity,
  now: number,
  earliest?: string,
): Promise<Result<RoleSources, Failure>> {
  const invitees = inviteesOf(meeting);
  const [accounts, occurrences] = await Promise.all([
    deps.directory.lookUp(invitees),
    listSeriesOccurrences(deps.meetings, meeting, series, now, earliest),
  ]);
  if (!accounts.ok) return accounts;
  if (!occurrences.ok) return occurrences;
  return ok({ invitees, accounts: accounts.value, occurrences: occurrences.value });
}
