// Builds the Graph-backed ports from one client, so the composition root wires them in one line.
import type {
  Directory,
  MeetingSource,
  SeriesDocumentStore,
  SeriesResolver,
  TeamSource,
} from '../usecases/ports';
import { createMeetingSource } from './calendar/createMeetingSource';
import { createSeriesResolver } from './calendar/createSeriesResolver';
import { createGraphClient } from './core/createGraphClient';
import { shareRecentAnswer } from './core/shareRecentAnswer';
import type { CreateGraphClientOptions } from './core/createGraphClient';
import type { GraphClient } from './core/GraphClient';
import { createSeriesDocumentStore } from './drive/createSeriesDocumentStore';
import { createTeamSource } from './teams/createTeamSource';
import { createDirectory } from './users/createDirectory';

export interface GraphServices {
  readonly meetings: MeetingSource;
  readonly directory: Directory;
  readonly teams: TeamSource;
}

export function createGraphServices(opts: CreateGraphClientOptions): GraphServices {
  const client = createGraphClient(opts);
  return {
    meetings: createMeetingSource(client),
    directory: createDirectory(client),
    teams: createTeamSource(client),
  };
}

const SHARE_MS = 30_000;

export interface AgendaPorts {
  readonly meetings: MeetingSource;
  readonly series: SeriesResolver;
  readonly teams: TeamSource;
  readonly directory: Directory;
  readonly store: SeriesDocumentStore;
}

/**
 * What opening an agenda reads, wired once. The meetings come along so openAgenda reads the roles' inputs beside the
 * agenda's (2 round trips for the roles); a caller that left them out would silently pay a third.
 */
export function createAgendaPorts(
  client: GraphClient,
  meetings: MeetingSource = createMeetingSource(client),
  /** Who the client acts as, where that can change (the demo's "View as"): shared answers are per person. */
  who: () => string | undefined = () => undefined,
): AgendaPorts {
  const teams = createTeamSource(client);
  const directory = createDirectory(client);
  return {
    meetings,
    series: createSeriesResolver(client),
    // Asked twice at an in-meeting cold start (InMeetingApp warms them while it finds the meeting): one answer.
    teams: {
      ...teams,
      listJoinedTeams: shareRecentAnswer(() => teams.listJoinedTeams(), SHARE_MS, Date.now, who),
    },
    directory: { ...directory, me: shareRecentAnswer(() => directory.me(), SHARE_MS, Date.now, who) },
    store: createSeriesDocumentStore(client),
  };
}
