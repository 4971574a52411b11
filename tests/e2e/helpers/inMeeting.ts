// Prepares an in-meeting scenario on the sandbox: the organizer's Leadership weekly linked to the Leadership Team
// with two proposed topics, and the meeting context Teams would hand the tab (the meeting chat's id).
import { randomUUID } from 'node:crypto';
import { groupId, userId } from '../../../src/domain/ids';
import { threadIdOf } from '../../../src/domain/meetings/matchMeetingChat';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createSeriesResolver } from '../../../src/graph/calendar/createSeriesResolver';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import { createChatSource } from '../../../src/graph/teams/createChatSource';
import { createTeamSource } from '../../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda } from '../../../src/usecases/agenda/openAgenda';
import { locateMeeting } from '../../../src/usecases/meeting/locateMeeting';
import { changeSeries } from '../../../src/usecases/series/changeSeries';
import type { Sandbox } from './startE2eEnv';

export const ORGANIZER = 'avery.chen@northwind.example';

export interface MeetingContext {
  readonly chatId: string;
  /** TeamsJS's meeting.id: base64 of "0#<thread id>#0". */
  readonly meetingId: string;
  readonly subject: string;
}

export async function linkedWeeklyMeeting(sb: Sandbox, topics: readonly string[]): Promise<MeetingContext> {
  const scopes = Object.values(GRAPH_SCOPES);
  const client = createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ user: ORGANIZER, scopes }) },
    scopes,
  });
  const meetings = createMeetingSource(client);
  const now = new Date();
  const listed = await meetings.listMeetings(
    { start: now, end: new Date(now.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
  const weekly = listed.value.find((m) => m.subject === 'Leadership weekly' && m.joinUrl);
  const chatId = weekly?.joinUrl ? threadIdOf(weekly.joinUrl) : undefined;
  if (!chatId) throw new Error('no online Leadership weekly in the next 14 days');
  const located = await locateMeeting({ meetings, chats: createChatSource(client) }, chatId, now, 'UTC');
  if (!located.ok) throw new Error(JSON.stringify(located.failure));
  const deps = {
    series: createSeriesResolver(client),
    teams: createTeamSource(client),
    directory: createDirectory(client),
    store: createSeriesDocumentStore(client),
  };
  const opened = await openAgenda(deps, located.value);
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  let stored = opened.value.stored;
  if (!stored) {
    const team = opened.value.teams.find((t) => t.displayName === 'Leadership Team');
    if (!team) throw new Error('no Leadership Team');
    const linked = await linkSeriesToTeam(deps.store, opened.value, { ...team, id: groupId(team.id) });
    if (!linked.ok) throw new Error(JSON.stringify(linked.failure));
    stored = linked.value;
  }
  const actor = {
    id: userId(opened.value.me.id),
    name: opened.value.me.displayName,
    email: ORGANIZER,
    isOrganizer: true,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
  for (const title of topics) {
    const r = await changeSeries(
      deps.store,
      stored,
      actor,
      {
        kind: 'proposeTopic',
        id: randomUUID(),
        occurrence: opened.value.occurrence,
        input: { title, why: '', outcome: 'discuss', estimateMinutes: 15 },
      },
      Date.now,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    stored = r.value;
  }
  return { chatId, meetingId: Buffer.from(`0#${chatId}#0`).toString('base64'), subject: 'Leadership weekly' };
}
