import { err, ok } from '../../../../src/domain/result';
import { locateMeeting } from '../../../../src/usecases/meeting/locateMeeting';
import type { ChatSource } from '../../../../src/usecases/ports';
import { InMemoryMeetingSource } from '../../../fakes/InMemoryMeetingSource';
import { aMeeting } from '../../../builders/aMeeting';

const CHAT = '19:meeting_abc@thread.v2';
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x';
const now = new Date('2026-03-10T09:10:00Z');

const chats = (answer: Awaited<ReturnType<ChatSource['meetingChat']>>): ChatSource & { calls: number } => {
  const s = {
    calls: 0,
    async meetingChat() {
      s.calls++;
      return answer;
    },
  };
  return s;
};

describe('locateMeeting', () => {
  const meeting = aMeeting({ start: '2026-03-10T09:00:00Z', end: '2026-03-10T10:00:00Z', joinUrl: JOIN });

  it('maps the chat to the user’s own event by join URL', async () => {
    const r = await locateMeeting(
      {
        meetings: new InMemoryMeetingSource([meeting]),
        chats: chats(ok({ chatId: CHAT, joinWebUrl: JOIN.toUpperCase() })),
      },
      CHAT,
      now,
      'UTC',
    );
    expect(r.ok && r.value.id).toBe(meeting.id);
  });

  it('still finds it when the chat can’t be read (no consent), by the chat id in the join URL', async () => {
    const r = await locateMeeting(
      {
        meetings: new InMemoryMeetingSource([meeting]),
        chats: chats(err({ kind: 'consentRequired', status: 403, message: 'Missing scope' })),
      },
      CHAT,
      now,
      'UTC',
    );
    expect(r.ok && r.value.id).toBe(meeting.id);
  });

  it('explains why when the meeting isn’t in the user’s calendar', async () => {
    const r = await locateMeeting(
      { meetings: new InMemoryMeetingSource([]), chats: chats(ok({ chatId: CHAT, joinWebUrl: JOIN })) },
      CHAT,
      now,
      'UTC',
    );
    expect(!r.ok && r.failure.code).toBe('MeetingNotInCalendar');
    expect(!r.ok && r.failure.message).toMatch(/ask the organizer to invite you/);
    const none = await locateMeeting(
      { meetings: new InMemoryMeetingSource([]), chats: chats(ok({ chatId: CHAT, joinWebUrl: JOIN })) },
      ' ',
      now,
      'UTC',
    );
    expect(!none.ok && none.failure.code).toBe('NoMeetingContext');
  });
});
