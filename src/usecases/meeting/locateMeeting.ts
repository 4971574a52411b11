// The in-meeting tab's first step (issues #7, #14): from the Teams meeting it runs in to the user's calendar event.
// One round trip: the chat and the user's calendar around now are read side by side, then matched
// (domain/meetings/matchMeetingChat) by join URL in either Teams form, by the chat id inside a long join URL, by the
// organizer's item id (calendarEventId), and last by the chat's topic. Without the chat (no Chat.ReadBasic consent,
// or the user isn't a member of it) only the chat id inside an invite's long join URL can still find the meeting;
// an invite with a short link (teams.microsoft.com/meet/…) doesn't name its chat, and the message says so. Each
// failure carries its problem code (AgendaProblem's LocateProblem); the tab words it.
import { eventId } from '../../domain/ids';
import { matchMeetingChat } from '../../domain/meetings/matchMeetingChat';
import type { MeetingChatFacts } from '../../domain/meetings/matchMeetingChat';
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { ChatSource, Failure, MeetingChat, MeetingSource, Outcome } from '../ports';

export interface LocateMeetingDeps {
  readonly meetings: MeetingSource;
  readonly chats: ChatSource;
}

const HOUR = 3_600_000;
/** Before the meeting (the details tab) it may be weeks away; during it, it started at most a few hours ago. */
export const LOCATE_WINDOW = { backMs: 12 * HOUR, aheadMs: 90 * 24 * HOUR } as const;

export async function locateMeeting(
  deps: LocateMeetingDeps,
  chatId: string,
  now: Date,
  timeZone: string,
): Promise<Outcome<Meeting>> {
  if (!chatId.trim())
    return err({
      kind: 'notFound',
      code: 'NoMeetingContext',
      problem: { code: 'meetingNoContext' },
    });
  const window = {
    start: new Date(now.getTime() - LOCATE_WINDOW.backMs),
    end: new Date(now.getTime() + LOCATE_WINDOW.aheadMs),
  };
  const [chat, listed] = await Promise.all([
    deps.chats.meetingChat(chatId),
    deps.meetings.listMeetings(window, timeZone),
  ]);
  if (!listed.ok) return listed;
  if (chat.ok && chat.value.joinWebUrl === null)
    return err({
      kind: 'notFound',
      code: 'NotAMeetingChat',
      problem: { code: 'meetingNotAMeetingChat' },
    });
  const found = matchMeetingChat(listed.value, chat.ok ? factsOf(chatId, chat.value) : { chatId }, now);
  // The chat names the organizer by id: openAgenda can then trust the organizer's file without a directory lookup.
  if (found)
    return ok(chat.ok && chat.value.organizerId ? { ...found, organizerId: chat.value.organizerId } : found);
  // A second round trip, on this rare path only: the organizer's own item outside the window (a details tab opened
  // long before or after the meeting). calendarEventId is the organizer's item id, so for anyone else this GET is
  // 404; a series master isn't a meeting (its occurrences near now were in the listing), so it isn't used either.
  const organizerItem = chat.ok ? chat.value.calendarEventId : undefined;
  if (organizerItem) {
    const own = await deps.meetings.getMeeting(eventId(organizerItem), timeZone);
    if (own.ok && !own.value.isCancelled) return ok(own.value);
  }
  return err(
    chat.ok
      ? notInCalendar(undefined)
      : chat.failure.kind === 'notFound'
        ? chatNotReadable()
        : notInCalendar(chat.failure),
  );
}

function factsOf(chatId: string, chat: MeetingChat): MeetingChatFacts {
  return {
    chatId,
    joinWebUrl: chat.joinWebUrl,
    ...(chat.calendarEventId ? { calendarEventId: chat.calendarEventId } : {}),
    ...(chat.topic ? { topic: chat.topic } : {}),
  };
}

function notInCalendar(chatFailure: Failure | undefined): Failure {
  return {
    kind: 'notFound',
    code: 'MeetingNotInCalendar',
    problem: {
      code: 'meetingNotInCalendar',
      ...(chatFailure ? { chatFailure: chatFailure.message ?? chatFailure.kind } : {}),
    },
  };
}

/*
 * Teams answers 404 for a chat the user isn't a member of (an invitee who left the meeting chat or was removed from
 * it, or someone who joined by link). Then only a long join link in the user's invite can name the chat; a short one
 * (teams.microsoft.com/meet/…) doesn't, so the meeting may well be in the calendar without being recognisable.
 */
function chatNotReadable(): Failure {
  return {
    kind: 'notFound',
    code: 'MeetingChatNotReadable',
    problem: { code: 'meetingChatNotReadable' },
  };
}
