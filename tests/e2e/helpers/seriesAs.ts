// Sets up series documents through the app's own Graph adapters and use-cases, as a given member of the demo tenant:
// what another person's client would have written before the browser under test opens the meeting.
import type { Actor } from '../../../src/domain/agenda/agendaTypes';
import type { Meeting } from '../../../src/domain/meetings/meeting';
import type { SeriesIntent } from '../../../src/domain/series/seriesIntent';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createSeriesResolver } from '../../../src/graph/calendar/createSeriesResolver';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import { createTeamSource } from '../../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda, type AgendaContext } from '../../../src/usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../src/usecases/ports';
import { changeSeries } from '../../../src/usecases/series/changeSeries';
import type { Sandbox } from './startE2eEnv';

export const SERIES = 'Leadership weekly';

export interface SeriesSession {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly actor: Actor;
  /** Writes an intent over the newest version this session holds, as the app would. */
  dispatch(intent: SeriesIntent): Promise<StoredSeries>;
}

export function depsFor(sb: Sandbox, upn: string) {
  const scopes = Object.values(GRAPH_SCOPES);
  const client = createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ user: upn, scopes }) },
    scopes,
  });
  return {
    meetings: createMeetingSource(client),
    agenda: {
      series: createSeriesResolver(client),
      teams: createTeamSource(client),
      directory: createDirectory(client),
      store: createSeriesDocumentStore(client),
    },
  };
}

/** The `index`-th upcoming occurrence of the weekly series on `upn`'s calendar (0 = the next one). */
export async function weeklyOccurrence(sb: Sandbox, upn: string, index = 0): Promise<Meeting> {
  const { meetings } = depsFor(sb, upn);
  const now = new Date();
  const listed = await meetings.listMeetings(
    { start: now, end: new Date(now.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
  const weekly = listed.value
    .filter((m) => m.subject === SERIES && !m.isCancelled)
    .sort((a, b) => a.start.localeCompare(b.start));
  const m = weekly[index];
  if (!m) throw new Error(`${upn} has no occurrence ${index} of ${SERIES} in the next 14 days`);
  return m;
}

/** Opens the occurrence as `upn` (linking it to the Leadership Team first when `upn` organizes and nobody has). */
export async function seriesAs(sb: Sandbox, upn: string, index = 0): Promise<SeriesSession> {
  const deps = depsFor(sb, upn);
  const opened = await openAgenda(deps.agenda, await weeklyOccurrence(sb, upn, index));
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  let stored = opened.value.stored;
  if (!stored) {
    const team = opened.value.teams.find((t) => t.displayName === 'Leadership Team');
    if (!team || !opened.value.meeting.isOrganizer) throw new Error(`${upn} can't link ${SERIES}`);
    const linked = await linkSeriesToTeam(deps.agenda.store, opened.value, team);
    if (!linked.ok) throw new Error(JSON.stringify(linked.failure));
    stored = linked.value;
  }
  const actor: Actor = {
    id: opened.value.me.id,
    name: opened.value.me.displayName,
    email: upn,
    isOrganizer: opened.value.meeting.isOrganizer,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
  let held: StoredSeries = stored;
  return {
    ctx: { ...opened.value, stored },
    actor,
    async dispatch(intent) {
      const r = await changeSeries(deps.agenda.store, held, actor, intent, Date.now);
      if (!r.ok) throw new Error(`${upn}: ${JSON.stringify(r.failure)}`);
      held = r.value;
      return held;
    },
  };
}
