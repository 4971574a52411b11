import type { ActionOwner, ActionRecord } from './actionTypes';

/**
 * The action's helpers as they stand: never the owner. Helpers and the owner are separate registers, so a merge of a
 * reassignment with a concurrent helper edit can name one person in both; the owner wins.
 */
export function helpersOf(action: ActionRecord): readonly ActionOwner[] {
  const owner = action.ownership.value.owner.email.toLowerCase();
  return (action.helpers?.value ?? []).filter((h) => h.email.toLowerCase() !== owner);
}

/**
 * The owner, then the helpers, as one phrase in the caller's words ("Ana Lopez, with Ben Ode and Kim"): for recaps,
 * logs and lists that name who does the work. Names fall back to the address.
 */
export function ownerWithHelpers(
  action: ActionRecord,
  say: (owner: string, helpers: readonly string[]) => string,
): string {
  const name = (p: ActionOwner) => p.name || p.email;
  return say(name(action.ownership.value.owner), helpersOf(action).map(name));
}
