import type { EventId } from '../ids';
import { localDayKey } from './localDayKey';
import type { Meeting } from './meeting';

/** Whether a meeting belongs to a recurring series, and how many of the series' occurrences are in view. */
export type SeriesMembership =
  | { readonly kind: 'single' }
  | {
      readonly kind: 'occurrence' | 'exception';
      readonly seriesMasterId?: EventId;
      /** Occurrences (incl. exceptions) of the same series among the grouped meetings. */
      readonly occurrencesInView: number;
    };

export interface GroupedMeeting {
  readonly meeting: Meeting;
  readonly series: SeriesMembership;
}

export interface MeetingDay {
  /** The local calendar day, YYYY-MM-DD in the requested time zone. */
  readonly day: string;
  readonly meetings: readonly GroupedMeeting[];
}

/**
 * Groups meetings by the local calendar day they start on, in `timeZone`; days ascending.
 * Nothing is dropped: cancelled meetings stay in (the view marks them) because silently hiding an invite the user
 * still has on their calendar is worse than showing it struck through. A meeting spanning midnight appears on
 * its start day only.
 * Order inside a day: all-day first, then by start, end, subject and id, so the order is total and stable.
 */
export function groupMeetingsByDay(meetings: readonly Meeting[], timeZone: string): readonly MeetingDay[] {
  const perSeries = new Map<string, number>();
  for (const m of meetings) {
    if (m.seriesMasterId !== undefined)
      perSeries.set(m.seriesMasterId, (perSeries.get(m.seriesMasterId) ?? 0) + 1);
  }

  const byDay = new Map<string, GroupedMeeting[]>();
  for (const meeting of meetings) {
    const day = localDayKey(new Date(meeting.start), timeZone);
    const grouped: GroupedMeeting = { meeting, series: membershipOf(meeting, perSeries) };
    const list = byDay.get(day);
    if (list === undefined) byDay.set(day, [grouped]);
    else list.push(grouped);
  }

  return [...byDay.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([day, list]) => ({
      day,
      meetings: [...list].sort((a, b) => compareMeetings(a.meeting, b.meeting)),
    }));
}

function membershipOf(meeting: Meeting, perSeries: ReadonlyMap<string, number>): SeriesMembership {
  if (meeting.kind === 'singleInstance') return { kind: 'single' };
  const occurrencesInView =
    meeting.seriesMasterId === undefined ? 1 : (perSeries.get(meeting.seriesMasterId) ?? 1);
  return meeting.seriesMasterId === undefined
    ? { kind: meeting.kind, occurrencesInView }
    : { kind: meeting.kind, seriesMasterId: meeting.seriesMasterId, occurrencesInView };
}

function compareMeetings(a: Meeting, b: Meeting): number {
  if (a.isAllDay !== b.isAllDay) return a.isAllDay ? -1 : 1;
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    Date.parse(a.end) - Date.parse(b.end) ||
    compareStrings(a.subject, b.subject) ||
    compareStrings(a.id, b.id)
  );
}

// Code-unit order, not localeCompare: the domain must not depend on the runtime's default locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
