import { GRAPH_SCOPES } from '../graph/scopes';

/**
 * Everything the meeting list and the agenda need, asked for up front in one fixed order: the calendar (meetings
 * and series keys), the signed-in user, the user's teams (where documents live) and the teams' files (the series
 * document). Mail, Planner and invite publishing are not requested until a feature ships that uses them.
 */
export const AGENDA_SCOPES: readonly string[] = [
  GRAPH_SCOPES.calendarRead,
  GRAPH_SCOPES.userRead,
  GRAPH_SCOPES.teamRead,
  GRAPH_SCOPES.filesAll,
];
