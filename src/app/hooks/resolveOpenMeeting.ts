import type { Meeting } from '../../domain/meetings/meeting';
import { occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';

/** Which meeting is open, in terms that survive a change of mailbox. */
export interface OpenedMeeting {
  readonly iCalUId: string;
  /** The occurrence's key (original start, UTC): tells occurrences apart if a host shares one iCalUId. */
  readonly occurrence: string;
}

export function openedMeetingOf(meeting: Meeting): OpenedMeeting {
  return { iCalUId: meeting.iCalUId, occurrence: occurrenceKeyOf(meeting) };
}

/**
 * Finds the open meeting among a user's meetings. Event ids are per mailbox, so after the demo's "view as"
 * switch the same meeting has another id; its iCalUId is shared by the organizer's and attendees' copies.
 * undefined: this user has no copy (not invited).
 */
export function resolveOpenMeeting(meetings: readonly Meeting[], opened: OpenedMeeting): Meeting | undefined {
  const same = meetings.filter((m) => m.iCalUId === opened.iCalUId);
  return same.find((m) => occurrenceKeyOf(m) === opened.occurrence) ?? same[0];
}
