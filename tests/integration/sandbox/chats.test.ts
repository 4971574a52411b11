// GET /chats/{id} for a Teams meeting chat (GD chat-get.md, teamworkonlinemeetinginfo.md), and the in-meeting tab's
// mapping from that chat to each user's own calendar item through the real Graph adapters.
import { threadIdOf } from '../../../src/domain/meetings/matchMeetingChat';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createChatSource } from '../../../src/graph/teams/createChatSource';
import { locateMeeting } from '../../../src/usecases/meeting/locateMeeting';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';

async function weeklyOf(user: string) {
  const from = FIXED_NOW.toISOString();
  const to = new Date(FIXED_NOW.getTime() + 14 * 86_400_000).toISOString();
  const r = await sb.call(
    `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,onlineMeeting,start&$top=100`,
    { token: sb.token(user) },
  );
  const weekly = (
    r.json.value as { id: string; subject: string; onlineMeeting: { joinUrl: string } | null }[]
  ).filter((e) => e.subject === 'Leadership weekly');
  const joinUrl = weekly[0]?.onlineMeeting?.joinUrl ?? '';
  return { weekly, joinUrl, chatId: threadIdOf(joinUrl) ?? '' };
}

describe('meeting chats', () => {
  it('the organizer and an attendee read the chat and its onlineMeetingInfo', async () => {
    const { joinUrl, chatId } = await weeklyOf(AVERY);
    expect(chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    for (const user of [AVERY, DANA]) {
      const r = await sb.call(`/chats/${encodeURIComponent(chatId)}`, { token: sb.token(user) });
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ id: chatId, chatType: 'meeting', topic: 'Leadership weekly' });
      expect(r.json.onlineMeetingInfo.joinWebUrl).toBe(joinUrl);
      expect(r.json.onlineMeetingInfo.organizer).toMatchObject({ userIdentityType: 'aadUser' });
    }
    const me = await sb.call(`/me/chats/${encodeURIComponent(chatId)}`, { token: sb.token(DANA) });
    expect(me.status).toBe(200);
  });

  it('refuses a non-member (404), a token without a chat scope (403) and an unknown chat (404)', async () => {
    const { chatId } = await weeklyOf(AVERY);
    const outsider = await sb.call(`/chats/${encodeURIComponent(chatId)}`, {
      token: sb.token('b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d09'), // Rowan, a B2B guest not invited
    });
    expect([outsider.status, outsider.json.error.code]).toEqual([404, 'NotFound']);
    const noScope = await sb.call(`/chats/${encodeURIComponent(chatId)}`, {
      token: sb.token(DANA, ['Calendars.Read']),
    });
    expect([noScope.status, noScope.json.error.code]).toEqual([403, 'Forbidden']);
    const unknown = await sb.call(`/chats/${encodeURIComponent('19:meeting_nope@thread.v2')}`);
    expect(unknown.status).toBe(404);
  });

  it('locateMeeting maps the chat to each user’s own event (their copies have different ids)', async () => {
    const { chatId } = await weeklyOf(AVERY);
    const ids: string[] = [];
    for (const user of [AVERY, DANA]) {
      const client = clientFor(sb.sandbox(), user);
      const r = await locateMeeting(
        { meetings: createMeetingSource(client), chats: createChatSource(client) },
        chatId,
        FIXED_NOW,
        'UTC',
      );
      if (!r.ok) throw new Error(JSON.stringify(r.failure));
      expect(r.value.subject).toBe('Leadership weekly');
      expect(new Date(r.value.start).getTime()).toBeGreaterThanOrEqual(FIXED_NOW.getTime() - 12 * 3_600_000);
      ids.push(r.value.id);
      const own = await weeklyOf(user);
      expect(own.weekly.map((e) => e.id)).toContain(r.value.id);
    }
    expect(ids[0]).not.toBe(ids[1]);
  });
});
