import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionError, PlannerLink } from './actionTypes';

/**
 * Records which Planner task carries the action, after the task exists. Linking the same task again is a no-op,
 * so a retried recording does not churn the document.
 */
export function linkTask(
  doc: SeriesDocument,
  actionId: string,
  link: PlannerLink,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const action = doc.actions?.[actionId];
  if (!action) return err({ kind: 'notFound', problem: { code: 'actionGone' } });
  const current = action.planner?.value;
  if (current && current.taskId === link.taskId && current.bucketId === link.bucketId) return ok(doc);
  return ok({
    ...doc,
    actions: { ...doc.actions, [actionId]: { ...action, planner: stamped(link, stamp) } },
  });
}
