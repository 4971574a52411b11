import type { ActionRecord } from './actionTypes';

/** The address is the action's owner (compared as e-mail addresses are: without case). Helpers are not owners. */
export function isOwner(action: ActionRecord, email: string): boolean {
  return action.ownership.value.owner.email.toLowerCase() === email.trim().toLowerCase();
}
