// Mutual exclusion between Roundtable clients recording the same series to Planner (DESIGN.md "Exactly-once Planner
// writes"). Reconciliation by marker alone can't stop two recorders that both list the bucket before either has
// created a task; the lease, written with If-Match through the series document, makes them take turns.
//
// Why `at` is bumped past the previous lease: the merge picks the register with the larger `at`. A writer whose
// clock lags could otherwise write a lease that the merge silently drops in favour of an older, expired one.
import type { UserId } from '../ids';
import { err, ok, type Result } from '../result';
import { overwrite } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { ActionError } from './actionTypes';

export const PLANNER_LEASE_MS = 60_000;

export function acquirePlannerLease(
  doc: SeriesDocument,
  holder: string,
  by: UserId,
  now: number,
  ttlMs: number = PLANNER_LEASE_MS,
): Result<SeriesDocument, ActionError> {
  const current = doc.plannerLease;
  if (current && current.value.holder !== holder && current.value.until > now)
    return err({
      kind: 'busy',
      message: 'Someone else is recording these actions to Planner right now; try again in a moment.',
      until: current.value.until,
    });
  return ok({ ...doc, plannerLease: overwrite(current, { holder, until: now + ttlMs }, now, by) });
}

/** Ends our lease early; someone else's lease is left alone. */
export function releasePlannerLease(
  doc: SeriesDocument,
  holder: string,
  by: UserId,
  now: number,
): Result<SeriesDocument, ActionError> {
  const current = doc.plannerLease;
  if (!current || current.value.holder !== holder) return ok(doc);
  return ok({ ...doc, plannerLease: overwrite(current, { holder, until: 0 }, now, by) });
}
