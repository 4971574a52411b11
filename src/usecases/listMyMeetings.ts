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

/** "Earlier meetings" reach back four weeks (issue #16): enough to find last month's decisions and write-ups. */
export const PAST_MEETINGS_WINDOW_DAYS = 28;

/** The signed-in user's meetings of the last four weeks, up to now (today's finished ones included). */
export function listPastMeetings(
  source: MeetingSource,
  request: ListMyMeetingsRequest,
): Promise<Outcome<readonly Meeting[]>> {
  const end = request.now;
  const start = new Date(end.getTime() - PAST_MEETINGS_WINDOW_DAYS * DAY_MS);
  return source.listMeetings({ start, end }, request.timeZone);
}
