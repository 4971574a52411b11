import type { ActionOwner } from '../../domain/actions/actionTypes';
import type { OwnerAccount } from '../../usecases/actions/checkOwnerAccount';
import { actionsMessages } from '../i18n/en-US/actions';

/**
 * What the capture form says about the picked owner (issue #16: an owner Planner can't assign is flagged at capture,
 * with the choice to pick an internal owner or keep the item off Planner):
 * - 'none': nothing to say (no owner yet, an owner Planner can assign, or the lookup is still out or failed);
 * - 'notAssignable': flagged, with both choices;
 * - 'keptOff': the second choice was made for this draft, and can be undone.
 */
export type OwnerFlag =
  | { readonly kind: 'none' }
  | { readonly kind: 'notAssignable'; readonly owner: ActionOwner; readonly message: string }
  | { readonly kind: 'keptOff'; readonly owner: ActionOwner; readonly message: string };

export function deriveOwnerFlag(
  owner: ActionOwner | undefined,
  account: OwnerAccount | 'checking' | undefined,
  keptOff: boolean,
): OwnerFlag {
  if (!owner) return { kind: 'none' };
  const m = actionsMessages.ownerFlag;
  const who = owner.name && owner.name !== owner.email ? m.person(owner.name, owner.email) : owner.email;
  if (account !== 'notAssignable') return { kind: 'none' };
  if (keptOff)
    return {
      kind: 'keptOff',
      owner,
      message: m.keptOff(who),
    };
  return {
    kind: 'notAssignable',
    owner,
    message: m.notAssignable(who),
  };
}
