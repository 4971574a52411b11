// How many meeting updates each attendee receives when the agenda is published into the whole series: Exchange
// sends "one for the master series and one per instance that has been updated" when the master "contains multiple
// attendees, and has instances that have been updated separately" (GD event-update.md). The organizer is told
// before publishing (the app words the count: inMeeting.publish.seriesUpdates). Modified occurrences are the
// exceptions among the series' instances (one listing).
import type { Meeting } from '../../domain/meetings/meeting';
import { err, ok } from '../../domain/result';
import type { MeetingSource, Outcome } from '../ports';

export interface SeriesUpdateCount {
  /** Updates each attendee receives. */
  readonly perAttendee: number;
  /** Occurrences changed on their own (moved, renamed, or carrying someone's decline of that one meeting). */
  readonly changedOccurrences: number;
}

/** Exceptions of a series a year either side of now: far enough for the past and coming meetings anyone edits. */
const REACH_MS = 366 * 86_400_000;

export async function countSeriesUpdates(
  meetings: MeetingSource,
  meeting: Meeting,
  now: Date,
): Promise<Outcome<SeriesUpdateCount>> {
  if (!meeting.seriesMasterId) return err({ kind: 'badRequest', code: 'NotASeries' });
  const window = { start: new Date(now.getTime() - REACH_MS), end: new Date(now.getTime() + REACH_MS) };
  const listed = await meetings.listOccurrences(meeting.seriesMasterId, window, 'UTC');
  return listed.ok ? ok(seriesUpdateCount(meeting, listed.value)) : listed;
}

/** The pure half: cancelled occurrences are gone from the organizer's series and send nothing. */
export function seriesUpdateCount(meeting: Meeting, instances: readonly Meeting[]): SeriesUpdateCount {
  const organizer = meeting.organizer.email.toLowerCase();
  const attendees = meeting.attendees.filter((a) => a.email.toLowerCase() !== organizer).length;
  const changedOccurrences = instances.filter((m) => m.kind === 'exception' && !m.isCancelled).length;
  return attendees > 1
    ? { perAttendee: 1 + changedOccurrences, changedOccurrences }
    : { perAttendee: 1, changedOccurrences };
}
