// Builds the Graph-backed ports from one client, so the composition root wires them in one line.
import type { Directory, MeetingSource, TeamSource } from '../usecases/ports';
import { createMeetingSource } from './calendar/createMeetingSource';
import { createGraphClient } from './core/createGraphClient';
import type { CreateGraphClientOptions } from './core/createGraphClient';
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
