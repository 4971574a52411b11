import type { ActionRecord } from '../../../domain/actions/actionTypes';
import type { ItemResult } from '../../../usecases/actions/recordToPlanner';

/** The last recording kept this item back for want of an owner with an account, and its owners are the same. */
export function waitsForOwner(a: ActionRecord, result: ItemResult | undefined): boolean {
  if (result?.status !== 'failed' || result.failure.code !== 'NoAssignableOwner') return false;
  const named = result.notAssigned.join(' ').toLowerCase();
  return a.ownership.value.owners.every((o) => named.includes(o.email.toLowerCase()));
}
