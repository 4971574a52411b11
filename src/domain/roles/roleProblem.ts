// Why a role change was refused, as data: a code and the values its sentence needs. The app words it in the user's
// language (src/app/i18n/problemText.ts); the domain never writes the sentence itself. Codes start with `role` so they
// stay unique across every problem union (src/domain/problem.ts).
export type RoleProblem =
  | { readonly code: 'roleAssignNotAllowed' }
  | { readonly code: 'roleInputsOrganizerOnly' }
  | { readonly code: 'roleReplanOrganizerOnly' }
  | { readonly code: 'roleCustomOrganizerOnly' }
  | { readonly code: 'roleOptOutsOrganizerOnly' }
  | { readonly code: 'roleNotInSeries' }
  | { readonly code: 'roleOptOutUnknown' }
  | { readonly code: 'roleTooMany'; readonly max: number }
  | { readonly code: 'roleFacilitatorRequired' }
  | { readonly code: 'roleDuplicateId' }
  | { readonly code: 'roleLabelInvalid'; readonly max: number }
  | { readonly code: 'roleRequestUnrecorded' }
  | { readonly code: 'roleAlreadyHeld' }
  | { readonly code: 'roleRequestPending' }
  | { readonly code: 'roleRequestsTooMany' }
  | { readonly code: 'roleRequestNotFound' }
  | { readonly code: 'roleAnswerNotAllowed'; readonly to: string }
  | { readonly code: 'roleWithdrawNotAllowed'; readonly from: string }
  | { readonly code: 'roleTakenSince'; readonly holder: string | null; readonly from: string }
  | { readonly code: 'roleRequestAccepted'; readonly to: string }
  | { readonly code: 'roleRequestDeclined'; readonly to: string }
  | { readonly code: 'roleRequestWithdrawn'; readonly from: string };

/** A refused role change: the kind the app reacts to (a field, a rule, a missing thing) and the problem it words. */
export type RoleError =
  | { readonly kind: 'invalidInput'; readonly field: string; readonly problem: RoleProblem }
  | { readonly kind: 'notAllowed'; readonly problem: RoleProblem }
  | { readonly kind: 'notFound'; readonly problem: RoleProblem };
