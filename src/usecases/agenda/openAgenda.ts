import type { OccurrenceKey, SeriesKey } from '../../domain/ids';
import type { DirectoryUser, Meeting, Team } from '../../domain/meetings/meeting';
import { meetingMinutes, occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';
import { seriesKeyOf } from '../../domain/meetings/seriesKeyOf';
import { err, ok } from '../../domain/result';
import { isDirectoryRefusal } from '../directoryAccess';
import { inviteesOf, listSeriesOccurrences, type RoleSources } from '../roles/fetchRoleSources';
import type {
  AccountLookup,
  Directory,
  FoundSeries,
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
  /** Instead of roleSources when the series' start came too late to list them beside the lookup: planRoles calls it. */
  readonly loadRoleSources?: () => Promise<Outcome<RoleSources>>;
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
 *
 * The lookup starts as soon as its own inputs are there, not when the whole first round is: the series key usually
 * comes from the meeting itself (seriesKeyOf), and the organizer's id from the meeting chat (locateMeeting) or from
 * being the organizer. With the user's teams already at hand (the in-meeting surfaces ask for them while they find
 * the meeting), the lookup then runs beside the master and directory reads, and the side panel shows the current
 * item after 2 sequential round trips from its cold start instead of 3. The roles' occurrence listing needs the
 * master's start; when that comes after the lookup started, the context offers `loadRoleSources` rather than waiting.
 */
export async function openAgenda(deps: OpenAgendaDeps, meeting: Meeting): Promise<Outcome<AgendaContext>> {
  const invitees = inviteesOf(meeting);
  const seriesP = deps.series.resolveSeries(meeting);
  const teamsP = deps.teams.listJoinedTeams();
  const meP = deps.directory.me();
  const accountsP = deps.directory.lookUp(invitees);
  const derived = seriesKeyOf(meeting);
  const keyP: Promise<Outcome<SeriesKey>> = derived
    ? Promise.resolve(ok(derived))
    : seriesP.then((s) => (s.ok ? ok(s.value.seriesKey) : s));
  const trustP: Promise<Outcome<SeriesTrust>> = meP.then(async (me) => {
    if (!me.ok) return me;
    const known = knownTrust(meeting, me.value);
    return known ? ok(known) : trustOf(meeting, me.value, await accountsP);
  });
  const { meetings } = deps;
  const rolesFrom = (series: Outcome<SeriesIdentity>): Promise<Outcome<RoleSources>> =>
    Promise.all([
      accountsP,
      series.ok && meetings
        ? listSeriesOccurrences(meetings, meeting, series.value, Date.parse(meeting.start))
        : Promise.resolve(series.ok ? ok<readonly Meeting[]>([]) : series),
    ]).then(([accounts, occurrences]) =>
      !accounts.ok
        ? accounts
        : !occurrences.ok
          ? occurrences
          : ok({ invitees, accounts: accounts.value, occurrences: occurrences.value }),
    );
  // The occurrences are listed beside the lookup when the series' start is known by then; otherwise after the agenda
  // shows (loadRoleSources), so the roles never hold the agenda back by a round trip.
  let rolesBeside: Promise<Outcome<RoleSources>> | undefined;
  const foundP = Promise.all([keyP, teamsP, trustP]).then(
    async ([key, teams, trust]): Promise<Outcome<FoundSeries>> => {
      if (!key.ok) return key;
      if (!teams.ok) return teams;
      if (!trust.ok) return trust;
      if (meetings) {
        const known = await Promise.race([seriesP, Promise.resolve(PENDING)]);
        if (known !== PENDING) rolesBeside = rolesFrom(known);
      }
      return deps.store.find(key.value, teams.value, trust.value);
    },
  );

  const [series, teams, me, trust] = await Promise.all([seriesP, teamsP, meP, trustP]);
  if (!series.ok) return series;
  if (!teams.ok) return teams;
  if (!me.ok) return me;
  if (!trust.ok) return trust;
  let found = await foundP;
  // A key taken from the meeting that isn't the master's after all (an iCalUId of another make): look again by the
  // master's. Costs a round trip, never a wrong file.
  if (found.ok && derived !== undefined && derived !== series.value.seriesKey)
    found = await deps.store.find(series.value.seriesKey, teams.value, trust.value);
  if (!found.ok) return err(found.failure);
  const seriesOutcome = series;
  const roles = rolesBeside
    ? { roleSources: await rolesBeside }
    : meetings
      ? { loadRoleSources: () => rolesFrom(seriesOutcome) }
      : {};
  return ok({
    meeting,
    series: series.value,
    occurrence: occurrenceKeyOf(meeting),
    meetingMinutes: meetingMinutes(meeting),
    me: me.value,
    teams: teams.value,
    stored: found.value.stored,
    untrusted: found.value.untrusted,
    ...roles,
  });
}

const PENDING: unique symbol = Symbol('pending');

/** Whose file counts, when no directory lookup is needed: the user's own meeting, or the chat named the organizer. */
function knownTrust(meeting: Meeting, me: DirectoryUser): SeriesTrust | undefined {
  if (meeting.isOrganizer) return { creatorIds: [me.id], creatorNames: [me.displayName] };
  if (meeting.organizerId)
    return {
      creatorIds: [meeting.organizerId],
      creatorNames: [meeting.organizer.name].filter((n) => n.trim() !== ''),
    };
  return undefined;
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
