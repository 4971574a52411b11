import type { Actor } from '../agenda/agendaTypes';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionError, PlannerPlanRef } from './actionTypes';

/** Planner ids and titles are short; the file schema allows 400 characters for either. */
export const PLAN_REF_MAX = 400;

/**
 * The organizer chooses the team plan the series records to. Stored once, for every client: without it each client
 * falls back to the team's oldest plan. Tasks already recorded stay where they are, linked; the remembered bucket
 * is only reused while it belongs to the chosen plan (usecases/actions/recordToPlanner).
 */
export function choosePlannerPlan(
  doc: SeriesDocument,
  plan: PlannerPlanRef,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  if (!actor.isOrganizer)
    return err({ kind: 'notAllowed', problem: { code: 'plannerPlanChooseNotAllowed' } });
  const planId = plan.planId.trim();
  const title = plan.title.trim();
  if (planId === '' || planId.length > PLAN_REF_MAX || title.length > PLAN_REF_MAX)
    return err({ kind: 'invalidInput', field: 'plan', problem: { code: 'plannerPlanInvalid' } });
  const current = doc.plannerPlan?.value;
  if (current && current.planId === planId && current.title === title) return ok(doc);
  return ok({ ...doc, plannerPlan: stamped({ planId, title }, stamp) });
}
