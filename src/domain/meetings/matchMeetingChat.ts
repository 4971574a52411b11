// Which calendar event a Teams meeting tab runs in (issue #7 "Mapping the meeting to its event", issue #14). Teams
// gives the tab the meeting chat's id; the chat's onlineMeetingInfo names the meeting's join URL and the organizer's
// calendar item; the user's own calendar items carry a join URL too (each attendee's copy has its own event id).
// Teams writes two join-link forms (MC772556; sandbox README "Teams join links"), and the chat and the event need
// not carry the same one:
//   long   https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…  (names the chat)
//   short  https://teams.microsoft.com/meet/<meeting id>?p=<passcode>                       (names no chat)
// So a meeting is recognised, from surest to weakest, by: the same join URL (normalised), the chat id inside its
// long join URL, the organizer's item id (calendarEventId: the organizer's own event or series), and only when
// none of those finds anything, the chat's topic among meetings whose short link can't say which chat is theirs.
import type { Meeting } from './meeting';

/**
 * Lower-cased, percent-decoded, without query, fragment or trailing slash. Safe to compare on both forms: the long
 * form's query is only the tenant/organizer context, which differs in encoding between sources; the short form's
 * `p` is the passcode of the meeting the path's number already identifies.
 */
export function normaliseJoinUrl(url: string): string {
  let u = url.trim();
  const cut = u.search(/[?#]/);
  if (cut >= 0) u = u.slice(0, cut);
  try {
    u = decodeURIComponent(u);
  } catch {
    // A malformed escape: compare as it is.
  }
  return u.replace(/\/+$/, '').toLowerCase();
}

/** The meeting chat's thread id inside a long Teams join URL ("19:meeting_…@thread.v2"), lower-cased. */
export function threadIdOf(joinUrl: string): string | undefined {
  const m = /\/l\/meetup-join\/([^/?#]+)/i.exec(normaliseJoinUrl(joinUrl));
  return m?.[1];
}

/** The numeric meeting id of a short Teams join URL (".../meet/<id>?p=…"); undefined for the long form. */
export function shortLinkMeetingIdOf(joinUrl: string): string | undefined {
  return /\/meet\/(\d+)$/.exec(normaliseJoinUrl(joinUrl))?.[1];
}

export interface MeetingChatFacts {
  readonly chatId: string;
  /** The chat's onlineMeetingInfo.joinWebUrl; null or absent when the chat couldn't be read. */
  readonly joinWebUrl?: string | null;
  /** The organizer's calendar item id (onlineMeetingInfo.calendarEventId): a series master for a series. */
  readonly calendarEventId?: string;
  /** The chat's topic: usually the meeting's subject, weak evidence (a member may rename the chat). */
  readonly topic?: string;
}

/**
 * Among the user's meetings, the one the chat belongs to. A recurring series shares one join URL (and chat) across
 * all its occurrences, so the occurrence in progress wins, then the next one, then the most recent one.
 */
export function matchMeetingChat(
  meetings: readonly Meeting[],
  chat: MeetingChatFacts,
  now: Date,
): Meeting | undefined {
  const online = meetings.filter((m) => m.joinUrl && !m.isCancelled);
  const wantUrl = chat.joinWebUrl ? normaliseJoinUrl(chat.joinWebUrl) : undefined;
  const wantThread = chat.chatId.trim().toLowerCase();
  const sure = online.filter((m) => {
    const url = m.joinUrl ?? '';
    return (
      (wantUrl !== undefined && normaliseJoinUrl(url) === wantUrl) ||
      threadIdOf(url) === wantThread ||
      (chat.calendarEventId !== undefined &&
        (m.id === chat.calendarEventId || m.seriesMasterId === chat.calendarEventId))
    );
  });
  return pickOccurrence(sure.length > 0 ? sure : byTopic(online, chat), now);
}

/*
 * The weakest evidence, used only when nothing surer matched: an attendee whose invite carries the short link while
 * the chat carries the long one shares no URL and no id with the chat. The chat's topic is usually the meeting's
 * subject, so a meeting with that subject whose short link names no chat is taken, but only if all such meetings
 * are one meeting (one join link): two meetings with the same title are never guessed between. A meeting whose long
 * link names another chat is never taken, nor is one when the chat has a short link of its own.
 */
function byTopic(online: readonly Meeting[], chat: MeetingChatFacts): readonly Meeting[] {
  const topic = chat.topic?.trim().toLowerCase();
  // Two short links are compared exactly above: a chat with a short link of its own is no other short link's chat.
  if (!topic || (chat.joinWebUrl && shortLinkMeetingIdOf(chat.joinWebUrl) !== undefined)) return [];
  const hits = online.filter(
    (m) =>
      m.subject.trim().toLowerCase() === topic &&
      m.joinUrl !== undefined &&
      shortLinkMeetingIdOf(m.joinUrl) !== undefined,
  );
  const links = new Set(hits.map((m) => normaliseJoinUrl(m.joinUrl ?? '')));
  return links.size === 1 ? hits : [];
}

function pickOccurrence(candidates: readonly Meeting[], now: Date): Meeting | undefined {
  const t = now.getTime();
  const start = (m: Meeting) => new Date(m.start).getTime();
  const end = (m: Meeting) => new Date(m.end).getTime();
  const running = candidates.filter((m) => start(m) <= t && t < end(m)).sort((a, b) => start(a) - start(b));
  if (running[0]) return running[0];
  const upcoming = candidates.filter((m) => start(m) >= t).sort((a, b) => start(a) - start(b));
  if (upcoming[0]) return upcoming[0];
  return [...candidates].sort((a, b) => start(b) - start(a))[0];
}
