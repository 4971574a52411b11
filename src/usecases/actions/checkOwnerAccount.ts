// "Flagged at capture" (issue #16): whether Planner can assign an owner is known before the item is recorded, from the
// same directory lookup the recording makes (platform-facts §5: an external attendee with no guest object has no oid,
// so Planner can't assign them). One round trip, made when an owner is picked, never while typing.
import type { ActionOwner } from '../../domain/actions/actionTypes';
import { assertNever } from '../../domain/ids';
import type { Directory } from '../ports';

/**
 * 'assignable': an account in the organization; 'notAssignable': none (an external guest, an address nobody has);
 * 'unknown': the lookup itself failed (a guest may not query /users, a throttled tenant): the item is not flagged,
 * and recording decides.
 */
export type OwnerAccount = 'assignable' | 'notAssignable' | 'unknown';

export async function checkOwnerAccount(directory: Directory, owner: ActionOwner): Promise<OwnerAccount> {
  // By address alone, exactly as recordToPlanner resolves owners (Directory.resolveEmails), so the flag foretells
  // what recording will do: an X.500 address, found by display name for the roster, can't be assigned either.
  const looked = await directory.lookUp([{ email: owner.email, name: '' }]);
  if (!looked.ok) return 'unknown';
  const answer = looked.value.get(owner.email);
  if (!answer) return 'unknown';
  switch (answer.kind) {
    case 'found':
      return 'assignable';
    case 'noAccount':
      return 'notAssignable';
    case 'unknown':
      return 'unknown';
    default:
      return assertNever(answer);
  }
}
