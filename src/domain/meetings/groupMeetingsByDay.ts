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
      /**
       * The occurrence starts or ends other than its series' pattern says. Graph makes an occurrence an
       * "exception" for any change to it (a new body when the agenda is published, an attendee declining it in their
       * copy), so the event type alone doesn't say it moved (issue #16 "Truthful labels").
       */
      readonly moved: boolean;
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
  const durations = patternDurations(meetings);

  const byDay = new Map<string, GroupedMeeting[]>();
  for (const meeting of meetings) {
    const day = localDayKey(new Date(meeting.start), timeZone);
    const grouped: GroupedMeeting = { meeting, series: membershipOf(meeting, perSeries, durations) };
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

function membershipOf(
  meeting: Meeting,
  perSeries: ReadonlyMap<string, number>,
  durations: ReadonlyMap<string, number>,
): SeriesMembership {
  if (meeting.kind === 'singleInstance') return { kind: 'single' };
  const occurrencesInView =
    meeting.seriesMasterId === undefined ? 1 : (perSeries.get(meeting.seriesMasterId) ?? 1);
  const pattern = meeting.seriesMasterId === undefined ? undefined : durations.get(meeting.seriesMasterId);
  const moved = isMoved(meeting, pattern);
  return meeting.seriesMasterId === undefined
    ? { kind: meeting.kind, occurrencesInView, moved }
    : { kind: meeting.kind, seriesMasterId: meeting.seriesMasterId, occurrencesInView, moved };
}

/**
 * Moved: an exception whose start differs from the start the pattern gave it (originalStart), or whose length
 * differs from the series' (the unchanged occurrences in view show it; Graph gives no original end).
 */
export function isMoved(meeting: Meeting, patternDurationMs: number | undefined): boolean {
  if (meeting.kind !== 'exception') return false;
  const start = Date.parse(meeting.start);
  if (meeting.originalStart !== undefined && Date.parse(meeting.originalStart) !== start) return true;
  return patternDurationMs !== undefined && Date.parse(meeting.end) - start !== patternDurationMs;
}

/** Per series, the length of its unchanged occurrences in view (the most common one, should they differ). */
function patternDurations(meetings: readonly Meeting[]): ReadonlyMap<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const m of meetings) {
    if (m.kind !== 'occurrence' || m.seriesMasterId === undefined) continue;
    const ms = Date.parse(m.end) - Date.parse(m.start);
    const c = counts.get(m.seriesMasterId) ?? new Map<number, number>();
    c.set(ms, (c.get(ms) ?? 0) + 1);
    counts.set(m.seriesMasterId, c);
  }
  const out = new Map<string, number>();
  for (const [series, c] of counts) {
    const [best] = [...c.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (best) out.set(series, best[0]);
  }
  return out;
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
