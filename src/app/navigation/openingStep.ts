// Where a meeting opens (issue #16 "It opens on the step that matters now"). Apart from meetingStep.ts because it
// needs the domain's agenda code, which stays out of the first screen's JavaScript (DESIGN.md "Speed").
import { votingStateOf } from '../../domain/agenda/buildAgenda';
import type { OccurrenceKey } from '../../domain/ids';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import type { MeetingStep } from './meetingStep';

export interface OpeningStepInput {
  readonly doc: SeriesDocument | undefined;
  readonly occurrence: OccurrenceKey;
  readonly startMs: number;
  readonly endMs: number;
  readonly nowMs: number;
}

/**
 * The step that matters now: a meeting under way (or started) opens on Run; one that is over opens on its actions;
 * before it, an open vote opens on Prepare and an agreed agenda on Agenda.
 */
export function openingStep({ doc, occurrence, startMs, endMs, nowMs }: OpeningStepInput): MeetingStep {
  if (!doc) return 'prepare';
  const run = occurrenceOf(doc, occurrence).run?.value.status;
  if (run === 'finished') return 'actions';
  if (run === 'running' || run === 'paused') return 'run';
  if (nowMs >= endMs) return 'actions';
  if (nowMs >= startMs) return 'run';
  return votingStateOf(doc, occurrence) === 'open' ? 'prepare' : 'agenda';
}
