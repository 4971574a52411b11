// Who may look people up. A B2B guest's UPN is "<mail with _ for @>#EXT#@<tenant domain>" (GD user-get.md), and
// guests can't query /users (Entra "Default user permissions"; sandbox README "Guests"). Graph answers them with the
// same 403 Authorization_RequestDenied "Insufficient privileges" a token without User.ReadBasic.All gets; graph/core
// reads a 403 that names no scope as forbidden (toFailure), since no consent helps a guest or a tenant policy.
import type { DirectoryUser } from '../domain/meetings/meeting';
import type { Failure } from './ports';

export function isGuestAccount(me: DirectoryUser): boolean {
  return /#EXT#@/i.test(me.userPrincipalName);
}

/** A lookup the directory refused (a guest, or a policy), as opposed to one it couldn't answer just now. */
export function isDirectoryRefusal(failure: Failure): boolean {
  return failure.kind === 'forbidden';
}
