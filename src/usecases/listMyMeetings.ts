import type { Meeting } from '../domain/meetings/meeting';
import type { MeetingSource, Outcome, TimeWindow } from './ports';

/** "My meetings" looks two weeks ahead: enough to prepare agendas, small enough for one calendarView page. */
export const MY_MEETINGS_WINDOW_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ListMyMeetingsRequest {
  readonly now: Date;
  /** The user's IANA time zone; the source returns times in it. */
  readonly timeZone: string;
}

export function myMeetingsWindow(now: Date): TimeWindow {
  return { start: new Date(now.getTime()), end: new Date(now.getTime() + MY_MEETINGS_WINDOW_DAYS * DAY_MS) };
}

/** The signed-in user's meetings from now to now + 14 days, series expanded; failures come back as values. */
export function listMyMeetings(
  source: MeetingSource,
  request: ListMyMeetingsRequest,
): Promise<Outcome<readonly Meeting[]>> {
  return source.listMeetings(myMeetingsWindow(request.now), request.timeZone);
}
