import { occurrenceKey, type OccurrenceKey } from '../ids';
import type { Meeting } from './meeting';

/**
 * An occurrence is keyed by its original start in UTC (DESIGN.md "Series key"), so a moved occurrence
 * (an exception) keeps its proposals and votes. Single meetings use their start.
 */
export function occurrenceKeyOf(meeting: Pick<Meeting, 'start' | 'originalStart'>): OccurrenceKey {
  return occurrenceKey(new Date(meeting.originalStart ?? meeting.start).toISOString());
}

export function meetingMinutes(meeting: Pick<Meeting, 'start' | 'end'>): number {
  return Math.max(0, Math.round((Date.parse(meeting.end) - Date.parse(meeting.start)) / 60000));
}
