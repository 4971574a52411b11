import type { ActionRecord } from './actionTypes';

/** The address is one of the action's owners (compared as e-mail addresses are: without case). */
export function isOwner(action: ActionRecord, email: string): boolean {
  const e = email.trim().toLowerCase();
  return action.ownership.value.owners.some((o) => o.email.toLowerCase() === e);
}
