// Who may look people up. A B2B guest's UPN is "<mail with _ for @>#EXT#@<tenant domain>" (GD user-get.md), and
// guests can't query /users (Entra "Default user permissions"; sandbox README "Guests"). Graph answers them with the
// same 403 Authorization_RequestDenied "Insufficient privileges" a token without User.ReadBasic.All gets, which
// graph/core reads as missing consent; for a guest no consent would help, so it is a refusal.
import type { DirectoryUser } from '../domain/meetings/meeting';
import type { Failure } from './ports';

export function isGuestAccount(me: DirectoryUser): boolean {
  return /#EXT#@/i.test(me.userPrincipalName);
}

export function isDirectoryRefusal(failure: Failure, me: DirectoryUser): boolean {
  return failure.kind === 'forbidden' || (failure.kind === 'consentRequired' && isGuestAccount(me));
}
