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
  StoredSeries,
  TeamSource,
} from '../ports';

export interface AgendaContext {
  readonly meeting: Meeting;
  readonly series: SeriesIdentity;
  readonly occurrence: OccurrenceKey;
  readonly meetingMinutes: number;
  readonly me: DirectoryUser;
  /** The user's teams: where the document was looked for, and where an organizer can link it. */
  readonly teams: readonly Team[];
  /** null: no document in any of the user's teams. */
  readonly stored: StoredSeries | null;
}

export interface OpenAgendaDeps {
  readonly series: SeriesResolver;
  readonly teams: TeamSource;
  readonly directory: Directory;
  readonly store: SeriesDocumentStore;
}

/**
 * Opens a meeting's agenda in two sequential round trips (DESIGN.md "Discovery"): first, in parallel, the
 * series key, the user's teams and the user; then one batched lookup across those teams' drives.
 */
export async function openAgenda(deps: OpenAgendaDeps, meeting: Meeting): Promise<Outcome<AgendaContext>> {
  const [series, teams, me] = await Promise.all([
    deps.series.resolveSeries(meeting),
    deps.teams.listJoinedTeams(),
    deps.directory.me(),
  ]);
  if (!series.ok) return series;
  if (!teams.ok) return teams;
  if (!me.ok) return me;
  const found = await deps.store.find(series.value.seriesKey, teams.value);
  if (!found.ok) return err(found.failure);
  return ok({
    meeting,
    series: series.value,
    occurrence: occurrenceKeyOf(meeting),
    meetingMinutes: meetingMinutes(meeting),
    me: me.value,
    teams: teams.value,
    stored: found.value,
  });
}
