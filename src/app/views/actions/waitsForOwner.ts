import type { ActionRecord } from '../../../domain/actions/actionTypes';
import { goesToPlanner } from '../../../domain/actions/goesToPlanner';
import type { ItemResult } from '../../../usecases/actions/recordToPlanner';

/**
 * The last recording kept this item back for want of an owner with an account, and its owner is the same. An item
 * kept off Planner by choice waits for nothing.
 */
export function waitsForOwner(a: ActionRecord, result: ItemResult | undefined): boolean {
  if (!goesToPlanner(a)) return false;
  if (result?.status !== 'failed' || result.failure.code !== 'NoAssignableOwner') return false;
  const named = result.notAssigned.join(' ').toLowerCase();
  return named.includes(a.ownership.value.owner.email.toLowerCase());
}

/** Pressing "Record to Planner" would send it: not in Planner yet, not kept off by choice, not waiting for an owner. */
export function isRecordable(a: ActionRecord, result: ItemResult | undefined): boolean {
  return a.planner === undefined && goesToPlanner(a) && !waitsForOwner(a, result);
}
