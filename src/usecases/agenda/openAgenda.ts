import type { OccurrenceKey } from '../../domain/ids';
import type { DirectoryUser, Meeting, Team } from '../../domain/meetings/meeting';
import { meetingMinutes, occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';
import { err, ok } from '../../domain/result';
import type {
  Directory,
  Outcome,
  SeriesDocumentStore,
  SeriesIdentity,
  SeriesResolver,
  SeriesTrust,
  StoredSeries,
  TeamSource,
  UntrustedCopy,
} from '../ports';

export interface AgendaContext {
  readonly meeting: Meeting;
  readonly series: SeriesIdentity;
  readonly occurrence: OccurrenceKey;
  readonly meetingMinutes: number;
  readonly me: DirectoryUser;
  /** The user's teams: where the document was looked for, and where an organizer can link it. */
  readonly teams: readonly Team[];
  /** null: no trusted document in any of the user's teams. */
  readonly stored: StoredSeries | null;
  /** Files of this series' name that someone other than the organizer created: never read, but named. */
  readonly untrusted: readonly UntrustedCopy[];
}

export interface OpenAgendaDeps {
  readonly series: SeriesResolver;
  readonly teams: TeamSource;
  readonly directory: Directory;
  readonly store: SeriesDocumentStore;
}

/**
 * Opens a meeting's agenda in two sequential round trips (DESIGN.md "Discovery"): first, in parallel, the
 * series key, the user's teams, the user and (for an attendee) the organizer's account; then one batched lookup
 * across those teams' drives that trusts only a file the organizer created.
 */
export async function openAgenda(deps: OpenAgendaDeps, meeting: Meeting): Promise<Outcome<AgendaContext>> {
  const [series, teams, me, organizer] = await Promise.all([
    deps.series.resolveSeries(meeting),
    deps.teams.listJoinedTeams(),
    deps.directory.me(),
    meeting.isOrganizer
      ? Promise.resolve(undefined)
      : deps.directory.resolveEmails([meeting.organizer.email]),
  ]);
  if (!series.ok) return series;
  if (!teams.ok) return teams;
  if (!me.ok) return me;
  const trust = trustOf(meeting, me.value, organizer);
  if (!trust.ok) return trust;
  const found = await deps.store.find(series.value.seriesKey, teams.value, trust.value);
  if (!found.ok) return err(found.failure);
  return ok({
    meeting,
    series: series.value,
    occurrence: occurrenceKeyOf(meeting),
    meetingMinutes: meetingMinutes(meeting),
    me: me.value,
    teams: teams.value,
    stored: found.value.stored,
    untrusted: found.value.untrusted,
  });
}

/**
 * The organizer's id: the user's own when they organize it, else looked up by the organizer's address. A guest may
 * not look people up (403), and an address Graph gives as an X.500 DN resolves to nobody: then only the organizer's
 * display name can be compared, which is weaker, but never trusts a file that names someone else.
 */
function trustOf(
  meeting: Meeting,
  me: DirectoryUser,
  organizer: Outcome<ReadonlyMap<string, DirectoryUser | null>> | undefined,
): Outcome<SeriesTrust> {
  if (meeting.isOrganizer) return ok({ creatorIds: [me.id], creatorNames: [me.displayName] });
  const names = [meeting.organizer.name].filter((n) => n.trim() !== '');
  if (!organizer) return ok({ creatorIds: [], creatorNames: names });
  if (!organizer.ok) {
    if (organizer.failure.kind === 'forbidden') return ok({ creatorIds: [], creatorNames: names });
    return organizer;
  }
  const email = meeting.organizer.email;
  const user = organizer.value.get(email) ?? organizer.value.get(email.toLowerCase()) ?? null;
  return ok(user ? { creatorIds: [user.id], creatorNames: names } : { creatorIds: [], creatorNames: names });
}
