// A meeting is worked through in steps, not one long page (issue #16): Prepare (propose, vote), Agenda (what was
// agreed, the parking lot, decisions, publishing), Run (the current item, its timer, notes), Actions (who owns what)
// and Roles. Pure, so the view, the URL and the tests agree on what each step is and where a meeting opens.
// Light on purpose: the URL's route (in the first screen's JavaScript) reads it; where a meeting opens needs the
// domain's agenda code and lives in openingStep.ts, which only the meeting view loads; so do the steps' labels
// (stepLabel.ts), whose words are the meeting page's.

export const MEETING_STEPS = ['prepare', 'agenda', 'run', 'actions', 'roles'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

export function isMeetingStep(value: unknown): value is MeetingStep {
  return typeof value === 'string' && (MEETING_STEPS as readonly string[]).includes(value);
}

/** A meeting whose series has no team yet has nothing to run or record: linking the team is its first step. */
export function stepsFor(linked: boolean): readonly MeetingStep[] {
  return linked ? MEETING_STEPS : ['prepare', 'roles'];
}

/** A step the URL asked for, if this meeting has it; otherwise the caller's choice stands. */
export function stepIfAvailable(step: MeetingStep | undefined, linked: boolean): MeetingStep | undefined {
  return step && stepsFor(linked).includes(step) ? step : undefined;
}
