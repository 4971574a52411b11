// A meeting is worked through in steps, not one long page (issue #16): Prepare (propose, vote), Agenda (what was
// agreed, the parking lot, decisions, publishing), Run (the current item, its timer, notes), Actions (who owns what)
// and Roles. Pure, so the view, the URL and the tests agree on what each step is and where a meeting opens.
import { votingStateOf } from '../../domain/agenda/buildAgenda';
import type { OccurrenceKey } from '../../domain/ids';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';

export const MEETING_STEPS = ['prepare', 'agenda', 'run', 'actions', 'roles'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

export const STEP_LABELS: Readonly<Record<MeetingStep, string>> = {
  prepare: 'Prepare',
  agenda: 'Agenda',
  run: 'Run',
  actions: 'Actions',
  roles: 'Roles',
};

export function isMeetingStep(value: unknown): value is MeetingStep {
  return typeof value === 'string' && (MEETING_STEPS as readonly string[]).includes(value);
}

/** A meeting whose series has no team yet has nothing to run or record: linking the team is its first step. */
export function stepsFor(linked: boolean): readonly MeetingStep[] {
  return linked ? MEETING_STEPS : ['prepare', 'roles'];
}

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

/** A step the URL asked for, if this meeting has it; otherwise the caller's choice stands. */
export function stepIfAvailable(step: MeetingStep | undefined, linked: boolean): MeetingStep | undefined {
  return step && stepsFor(linked).includes(step) ? step : undefined;
}
