import { assertNever } from '../../domain/ids';
import { groupMeetingsByDay } from '../../domain/meetings/groupMeetingsByDay';
import type { GroupedMeeting } from '../../domain/meetings/groupMeetingsByDay';
import { localDayKey } from '../../domain/meetings/localDayKey';
import type { Meeting, ResponseKind } from '../../domain/meetings/meeting';
import type { Failure, Outcome } from '../../usecases/ports';
import { shellMessages } from '../i18n/en-US/shell';
import { resolveLocale } from '../locale/resolveLocale';

export type MyResponse = 'organizer' | 'accepted' | 'tentative' | 'declined' | 'none';

export interface MeetingItemView {
  readonly id: string;
  readonly subject: string;
  /** e.g. "9:00 – 9:30 AM" in the user's locale and time zone, or "All day" (in the user's language). */
  readonly timeRange: string;
  /** Machine-readable start, for <time dateTime>. */
  readonly startIso: string;
  /** "Monday, December 8" and the time range (the range alone when it spans days, as it then names them). */
  readonly whenLabel: string;
  readonly organizerName: string;
  /** "Series", or "Moved" for an occurrence moved from its series' pattern (in the user's language). */
  readonly seriesBadge?: string;
  readonly response: MyResponse;
  readonly responseLabel: string;
  readonly isTeamsMeeting: boolean;
  readonly joinUrl?: string;
  readonly attendeeCount: number;
  readonly attendeeLabel: string;
  readonly isCancelled: boolean;
}

export interface DayView {
  /** YYYY-MM-DD in the user's time zone; stable React key. */
  readonly key: string;
  /** e.g. "Today, Monday, March 10". */
  readonly label: string;
  readonly meetings: readonly MeetingItemView[];
}

export type MeetingsViewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly failure: Failure }
  | { readonly kind: 'list'; readonly days: readonly DayView[] };

export interface MeetingsViewInput {
  readonly loading: boolean;
  readonly outcome?: Outcome<readonly Meeting[]>;
  readonly now: Date;
  /** BCP 47 from the host (Teams sends e.g. "en-us"); falls back to en-US when the runtime rejects it. */
  readonly locale: string;
  readonly timeZone: string;
  /** The signed-in user's address, when known; recognises "You" as organizer on copies that lack isOrganizer. */
  readonly myEmail?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What "My meetings" shows, decided outside JSX (Parabol's derive*State). */
export function deriveMeetingsViewState(input: MeetingsViewInput): MeetingsViewState {
  if (input.loading || input.outcome === undefined) return { kind: 'loading' };
  if (!input.outcome.ok) return { kind: 'error', failure: input.outcome.failure };
  if (input.outcome.value.length === 0) return { kind: 'empty' };

  // A host or browser locale Intl can't use formats in en-US rather than fail the whole list.
  const locale = resolveLocale(input.locale) ?? 'en-US';
  const fmt = formattersFor(locale, input.timeZone);
  const today = localDayKey(input.now, input.timeZone);
  const tomorrow = localDayKey(new Date(input.now.getTime() + DAY_MS), input.timeZone);

  const days = groupMeetingsByDay(input.outcome.value, input.timeZone).map((day): DayView => {
    const first = day.meetings[0]?.meeting;
    const date = first ? fmt.dayLabel.format(new Date(first.start)) : day.day;
    const relative = day.day === today ? fmt.today : day.day === tomorrow ? fmt.tomorrow : undefined;
    return {
      key: day.day,
      label: relative ? `${relative}, ${date}` : date,
      meetings: day.meetings.map((g) => toItemView(g, fmt, input)),
    };
  });
  return { kind: 'list', days };
}

interface Formatters {
  readonly dayLabel: Intl.DateTimeFormat;
  readonly time: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly today: string;
  readonly tomorrow: string;
}

function formattersFor(locale: string, timeZone: string): Formatters {
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    dayLabel: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', month: 'long', day: 'numeric' }),
    time: new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }),
    dateTime: new Intl.DateTimeFormat(locale, {
      timeZone,
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
    today: capitalize(relative.format(0, 'day'), locale),
    tomorrow: capitalize(relative.format(1, 'day'), locale),
  };
}

function toItemView(
  { meeting, series }: GroupedMeeting,
  fmt: Formatters,
  input: MeetingsViewInput,
): MeetingItemView {
  const start = new Date(meeting.start);
  const end = new Date(meeting.end);
  const sameDay =
    localDayKey(start, input.timeZone) === localDayKey(new Date(end.getTime() - 1), input.timeZone);
  const m = shellMessages.meeting;
  const timeRange = meeting.isAllDay
    ? m.allDay
    : (sameDay ? fmt.time : fmt.dateTime).formatRange(start, end < start ? start : end);
  const whenLabel = sameDay || meeting.isAllDay ? `${fmt.dayLabel.format(start)}, ${timeRange}` : timeRange;
  const isMe =
    meeting.isOrganizer ||
    (input.myEmail !== undefined && meeting.organizer.email.toLowerCase() === input.myEmail.toLowerCase());
  const response = myResponse(meeting.myResponse, isMe);
  const attendeeCount = meeting.attendees.filter((a) => a.kind !== 'resource').length;
  const seriesBadge = series.kind === 'single' ? undefined : series.moved ? m.moved : m.series;

  return {
    id: meeting.id,
    subject: meeting.subject.trim() === '' ? m.noSubject : meeting.subject,
    timeRange,
    startIso: meeting.start,
    whenLabel,
    organizerName: isMe ? m.you : meeting.organizer.name || meeting.organizer.email || m.unknownOrganizer,
    ...(seriesBadge ? { seriesBadge } : {}),
    response,
    responseLabel: shellMessages.response[response],
    isTeamsMeeting: meeting.isOnlineMeeting,
    ...(meeting.joinUrl !== undefined ? { joinUrl: meeting.joinUrl } : {}),
    attendeeCount,
    attendeeLabel: m.attendees(attendeeCount),
    isCancelled: meeting.isCancelled,
  };
}

function myResponse(kind: ResponseKind, isOrganizer: boolean): MyResponse {
  // Graph reports the organizer's own copy as "organizer", but some copies say "none"; isOrganizer is the truth.
  if (isOrganizer) return 'organizer';
  switch (kind) {
    case 'organizer':
      return 'organizer';
    case 'accepted':
      return 'accepted';
    case 'tentativelyAccepted':
      return 'tentative';
    case 'declined':
      return 'declined';
    case 'none':
    case 'notResponded':
      return 'none';
    default:
      return assertNever(kind, 'response kind');
  }
}

function capitalize(s: string, locale: string): string {
  return s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);
}
