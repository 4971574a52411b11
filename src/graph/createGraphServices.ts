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
): AgendaPorts {
  return {
    meetings,
    series: createSeriesResolver(client),
    teams: createTeamSource(client),
    directory: createDirectory(client),
    store: createSeriesDocumentStore(client),
  };
}
