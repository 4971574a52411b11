// The in-meeting tab's first step (issue #7): from the Teams meeting it runs in to the user's calendar event, in
// one round trip: the chat and the user's calendar around now are read side by side, then matched by join URL
// (domain/meetings/matchMeetingChat). Without the chat (no Chat.ReadBasic consent, or Graph refused it) the chat id
// inside each event's join URL still finds the meeting, so the tab works for organizers and attendees alike.
import { matchMeetingChat } from '../../domain/meetings/matchMeetingChat';
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { ChatSource, Failure, MeetingSource, Outcome } from '../ports';

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
      message: 'Teams didn’t say which meeting this tab belongs to. Open Roundtable from the meeting itself.',
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
      message: 'This chat isn’t a meeting’s chat. Roundtable runs in meetings: add it to a meeting instead.',
    });
  const found = matchMeetingChat(
    listed.value,
    { chatId, joinWebUrl: chat.ok ? chat.value.joinWebUrl : null },
    now,
  );
  if (found) return ok(found);
  return err(notInCalendar(chat.ok ? undefined : chat.failure));
}

function notInCalendar(chatFailure: Failure | undefined): Failure {
  const why = chatFailure
    ? ` (the meeting chat couldn’t be read either: ${chatFailure.message ?? chatFailure.kind})`
    : '';
  return {
    kind: 'notFound',
    code: 'MeetingNotInCalendar',
    message:
      `Roundtable couldn’t find this meeting in your calendar between 12 hours ago and 90 days ahead${why}. ` +
      'It matches the meeting by its Teams join link, so it needs the invitation in your own calendar: if the ' +
      'meeting was forwarded to you or you joined by link, ask the organizer to invite you.',
  };
}
