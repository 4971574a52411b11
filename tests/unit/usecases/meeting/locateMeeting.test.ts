import { eventId } from '../../../../src/domain/ids';
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
    // The sentence ("…ask the organizer to invite you.") is the app's: tests/unit/app/i18n/agendaProblems.test.ts.
    expect(!r.ok && r.failure.problem).toEqual({ code: 'meetingNotInCalendar' });
    const none = await locateMeeting(
      { meetings: new InMemoryMeetingSource([]), chats: chats(ok({ chatId: CHAT, joinWebUrl: JOIN })) },
      ' ',
      now,
      'UTC',
    );
    expect(!none.ok && none.failure.code).toBe('NoMeetingContext');
  });

  const SHORT = 'https://teams.microsoft.com/meet/2414128301281?p=NzhDLMLT8b07DrkwkE';

  it('short-link invite, long-link chat: an attendee matches by the chat’s topic in one round trip', async () => {
    const mine = aMeeting({ ...meeting, subject: 'Roadmap', joinUrl: SHORT });
    const source = new InMemoryMeetingSource([mine]);
    const r = await locateMeeting(
      {
        meetings: source,
        chats: chats(
          ok({ chatId: CHAT, joinWebUrl: JOIN, calendarEventId: 'AAMkA-organizers', topic: 'Roadmap' }),
        ),
      },
      CHAT,
      now,
      'UTC',
    );
    expect(r.ok && r.value.id).toBe(mine.id);
    expect(source.calls.map((c) => c.method)).toEqual(['listMeetings']);
  });

  it('the organizer’s item outside the window: fetched by calendarEventId on the rare second trip', async () => {
    const old = aMeeting({
      id: eventId('AAMkA-organizers'),
      start: '2026-02-01T09:00:00Z',
      end: '2026-02-01T10:00:00Z',
      joinUrl: SHORT,
      isOrganizer: true,
    });
    const r = await locateMeeting(
      {
        meetings: new InMemoryMeetingSource([old]),
        chats: chats(ok({ chatId: CHAT, joinWebUrl: JOIN, calendarEventId: 'AAMkA-organizers' })),
      },
      CHAT,
      now,
      'UTC',
    );
    expect(r.ok && r.value.id).toBe(old.id);
  });

  it('a chat the user can’t read (404) and a short-link invite: says so, and how to fix it', async () => {
    const r = await locateMeeting(
      {
        meetings: new InMemoryMeetingSource([aMeeting({ ...meeting, joinUrl: SHORT })]),
        chats: chats(err({ kind: 'notFound', status: 404, code: 'NotFound', message: 'Chat not found' })),
      },
      CHAT,
      now,
      'UTC',
    );
    expect(!r.ok && r.failure.code).toBe('MeetingChatNotReadable');
    expect(!r.ok && r.failure.problem).toEqual({ code: 'meetingChatNotReadable' });
  });
});
