// Which calendar event a Teams meeting tab runs in (issue #7 "Mapping the meeting to its event"). Teams gives the
// tab the meeting chat's id; the chat knows the meeting's join URL; the user's own calendar items carry the same
// join URL (each attendee's copy has its own event id, so the organizer's calendarEventId can't be used).
// Join URLs differ in encoding, case and query string between the two sources, so they are compared normalised.
import type { Meeting } from './meeting';

/** Lower-cased, percent-decoded, without query or fragment or trailing slash. */
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

/** The meeting chat's thread id inside a Teams join URL ("19:meeting_…@thread.v2"), lower-cased. */
export function threadIdOf(joinUrl: string): string | undefined {
  const m = /\/l\/meetup-join\/([^/?#]+)/i.exec(normaliseJoinUrl(joinUrl));
  return m?.[1];
}

/**
 * Among the user's meetings, the one the chat belongs to: matched by the chat's join URL when it is known, else by
 * the chat id inside each meeting's join URL. A recurring series shares one join URL (and chat) across all its
 * occurrences, so the occurrence in progress wins, then the next one, then the most recent one.
 */
export function matchMeetingChat(
  meetings: readonly Meeting[],
  chat: { readonly chatId: string; readonly joinWebUrl?: string | null },
  now: Date,
): Meeting | undefined {
  const wantUrl = chat.joinWebUrl ? normaliseJoinUrl(chat.joinWebUrl) : undefined;
  const wantThread = chat.chatId.trim().toLowerCase();
  const candidates = meetings.filter((m) => {
    if (!m.joinUrl || m.isCancelled) return false;
    return wantUrl !== undefined
      ? normaliseJoinUrl(m.joinUrl) === wantUrl || threadIdOf(m.joinUrl) === wantThread
      : threadIdOf(m.joinUrl) === wantThread;
  });
  const t = now.getTime();
  const start = (m: Meeting) => new Date(m.start).getTime();
  const end = (m: Meeting) => new Date(m.end).getTime();
  const running = candidates.filter((m) => start(m) <= t && t < end(m)).sort((a, b) => start(a) - start(b));
  if (running[0]) return running[0];
  const upcoming = candidates.filter((m) => start(m) >= t).sort((a, b) => start(a) - start(b));
  if (upcoming[0]) return upcoming[0];
  return [...candidates].sort((a, b) => start(b) - start(a))[0];
}
