import type { ActionOwner, ActionRecord } from './actionTypes';

/**
 * The action's helpers as they stand: never the owner. Helpers and the owner are separate registers, so a merge of a
 * reassignment with a concurrent helper edit can name one person in both; the owner wins.
 */
export function helpersOf(action: ActionRecord): readonly ActionOwner[] {
  const owner = action.ownership.value.owner.email.toLowerCase();
  return (action.helpers?.value ?? []).filter((h) => h.email.toLowerCase() !== owner);
}

/** "Ana Lopez" or "Ana Lopez, with Ben Ode and Kim" (recaps, logs and lists that name who does the work). */
export function ownerWithHelpers(action: ActionRecord): string {
  const name = (p: ActionOwner) => p.name || p.email;
  const helpers = helpersOf(action).map(name);
  const owner = name(action.ownership.value.owner);
  if (helpers.length === 0) return owner;
  const last = helpers.pop() as string;
  return `${owner}, with ${helpers.length > 0 ? `${helpers.join(', ')} and ${last}` : last}`;
}
