import type { OccurrenceKey } from '../../domain/ids';
import type { DirectoryUser, Meeting, Team } from '../../domain/meetings/meeting';
import { meetingMinutes, occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';
import { err, ok } from '../../domain/result';
import { isDirectoryRefusal } from '../directoryAccess';
import { inviteesOf, listSeriesOccurrences, type RoleSources } from '../roles/fetchRoleSources';
import type {
  AccountLookup,
  Directory,
  MeetingSource,
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
  /**
   * The roles' inputs, read beside the agenda's (absent without `meetings` in the deps). A failure here is the
   * Roles area's to report, never the agenda's.
   */
  readonly roleSources?: Outcome<RoleSources>;
}

export interface OpenAgendaDeps {
  readonly series: SeriesResolver;
  readonly teams: TeamSource;
  readonly directory: Directory;
  readonly store: SeriesDocumentStore;
  /** When given, the series' occurrences are listed beside the document lookup, for the roles (see roleSources). */
  readonly meetings?: MeetingSource;
}

/**
 * Opens a meeting's agenda, and the roles' inputs with it, in two sequential round trips (DESIGN.md "Discovery",
 * "Speed"): first, in parallel, the series key (and the series' start), the user's teams, the user and every
 * invitee's account (the organizer's decides which file to trust; the rest are the roles' roster); then, in
 * parallel, one batched lookup across those teams' drives and the series' occurrences. Only the document's content
 * download follows, and it is not a Graph call.
 */
export async function openAgenda(deps: OpenAgendaDeps, meeting: Meeting): Promise<Outcome<AgendaContext>> {
  const invitees = inviteesOf(meeting);
  const [series, teams, me, accounts] = await Promise.all([
    deps.series.resolveSeries(meeting),
    deps.teams.listJoinedTeams(),
    deps.directory.me(),
    deps.directory.lookUp(invitees),
  ]);
  if (!series.ok) return series;
  if (!teams.ok) return teams;
  if (!me.ok) return me;
  const trust = trustOf(meeting, me.value, accounts);
  if (!trust.ok) return trust;
  const [found, occurrences] = await Promise.all([
    deps.store.find(series.value.seriesKey, teams.value, trust.value),
    deps.meetings
      ? listSeriesOccurrences(deps.meetings, meeting, series.value, Date.parse(meeting.start))
      : Promise.resolve(undefined),
  ]);
  if (!found.ok) return err(found.failure);
  const roleSources: Outcome<RoleSources> | undefined =
    occurrences === undefined
      ? undefined
      : !accounts.ok
        ? accounts
        : !occurrences.ok
          ? occurrences
          : ok({ invitees, accounts: accounts.value, occurrences: occurrences.value });
  return ok({
    meeting,
    series: series.value,
    occurrence: occurrenceKeyOf(meeting),
    meetingMinutes: meetingMinutes(meeting),
    me: me.value,
    teams: teams.value,
    stored: found.value.stored,
    untrusted: found.value.untrusted,
    ...(roleSources ? { roleSources } : {}),
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
  accounts: Outcome<ReadonlyMap<string, AccountLookup>>,
): Outcome<SeriesTrust> {
  if (meeting.isOrganizer) return ok({ creatorIds: [me.id], creatorNames: [me.displayName] });
  const names = [meeting.organizer.name].filter((n) => n.trim() !== '');
  const byName = ok({ creatorIds: [], creatorNames: names });
  const organizer: AccountLookup | undefined = accounts.ok
    ? accounts.value.get(meeting.organizer.email)
    : { kind: 'unknown', failure: accounts.failure };
  if (organizer?.kind === 'found') return ok({ creatorIds: [organizer.user.id], creatorNames: names });
  if (organizer?.kind !== 'unknown') return byName;
  // Forbidden (a guest) or an address no lookup can answer (an X.500 DN): the name is all there is. Any other
  // failure (throttled past retries) is reported rather than read as "trust by name", which is weaker.
  return isDirectoryRefusal(organizer.failure) || organizer.failure.kind === 'notFound'
    ? byName
    : err(organizer.failure);
}
