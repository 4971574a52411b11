// The line under a meeting's title that says where the meeting stands (issue #16 "The header shows the date, time,
// series and state"): "Voting open until Monday 10:00 · you have 2 of 5 dots left", "Voting closed · 3 topics on
// the agenda", "In progress", "Finished". Pure, so every view says the same.
import { buildAgenda, votingStateOf } from '../../domain/agenda/buildAgenda';
import type { OccurrenceKey } from '../../domain/ids';
import { occurrenceOf, settingsOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import { meetingMessages } from '../i18n/en-US/meeting';

export interface MeetingStatusInput {
  readonly doc: SeriesDocument;
  readonly occurrence: OccurrenceKey;
  readonly me: string;
  readonly meetingMinutes: number;
  /** When voting closes (the meeting's start), as the user reads it. */
  readonly closes: string;
}

export function deriveMeetingStatus(input: MeetingStatusInput): string {
  const { doc, occurrence } = input;
  const record = occurrenceOf(doc, occurrence);
  const run = record.run?.value.status;
  if (run === 'running' || run === 'paused') return meetingMessages.agendaState.inProgress;
  if (run === 'finished') return meetingMessages.agendaState.finished;
  if (votingStateOf(doc, occurrence) === 'open') {
    const budget = settingsOf(doc).budget;
    const used = Object.values(record.ballots[input.me]?.value ?? {}).reduce((s, n) => s + Math.max(0, n), 0);
    const left = Math.max(0, budget - used);
    return meetingMessages.status.votingOpen(input.closes, left, budget);
  }
  const topics = buildAgenda(doc, occurrence, input.meetingMinutes).boulders.length;
  return meetingMessages.status.votingClosed(topics);
}
