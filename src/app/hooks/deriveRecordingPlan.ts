import type { PlannerPlanRef } from '../../domain/actions/actionTypes';
import type { PlannerPlan } from '../../usecases/ports';
import { actionsMessages } from '../i18n/en-US/actions';

export interface RecordingPlanView {
  /** "Recording to: …", with the default said as such. */
  readonly label: string;
  /** The plan id the picker shows as selected, once known. */
  readonly selectedId?: string;
  /** The chosen plan is not among the team's plans read just now (deleted or moved in Planner). */
  readonly missing: boolean;
}

const untitled = (title: string) => title.trim() || actionsMessages.plan.anUntitledPlan;

/**
 * Which plan the series records to: the organizer's choice, else the team's oldest plan (the order
 * TaskTracker.listPlans gives and recordToPlanner falls back to), named once the plans were read.
 */
export function deriveRecordingPlan(
  chosen: PlannerPlanRef | undefined,
  plans: readonly PlannerPlan[] | undefined,
): RecordingPlanView {
  const m = actionsMessages.plan;
  if (chosen) {
    const now = plans?.find((p) => p.id === chosen.planId);
    return {
      label: m.recordingTo(untitled(now?.title ?? chosen.title)),
      selectedId: chosen.planId,
      missing: plans !== undefined && now === undefined,
    };
  }
  const oldest = plans?.[0];
  return oldest
    ? {
        label: m.recordingToOldest(untitled(oldest.title)),
        selectedId: oldest.id,
        missing: false,
      }
    : { label: m.recordingToDefault, missing: false };
}
