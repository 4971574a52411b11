// English sentences for each RoleProblem code: why a change was refused (src/domain/roles/roleProblem.ts).
import type { RoleProblem } from '../../../domain/roles/roleProblem';
import { defineMessages } from '../defineMessages';
import type { ProblemMessages } from '../problemText';

export const roleProblemsMessages = defineMessages('roleProblems', {
  roleAssignNotAllowed: () => 'Only the organizer or this meeting’s facilitator can assign roles to others.',
  roleInputsOrganizerOnly: () => 'Only the organizer’s calendar has everyone’s responses.',
  roleReplanOrganizerOnly: () => 'Only the organizer can re-plan the rest of the series.',
  roleCustomOrganizerOnly: () => 'Only the organizer can change the roles of this series.',
  roleOptOutsOrganizerOnly: () => 'Only the organizer can change someone else’s opt-outs.',
  roleNotInSeries: () => 'That role is no longer part of this series.',
  roleOptOutUnknown: () => 'One of those roles is no longer part of this series.',
  roleTooMany: (p) => `At most ${p.max} roles.`,
  roleFacilitatorRequired: () => 'The facilitator role can’t be removed.',
  roleDuplicateId: () => 'Two roles have the same id.',
  roleLabelInvalid: (p) => `Each role needs a name and a past-tense verb of at most ${p.max} characters.`,
  roleRequestUnrecorded: () => 'That request could not be recorded.',
  roleAlreadyHeld: () => 'You already hold this role.',
  roleRequestPending: () => 'You have already asked for this turn; the answer is still to come.',
  roleRequestsTooMany: () => 'This meeting has too many role requests.',
  roleRequestNotFound: () => 'That request is no longer part of this meeting.',
  roleAnswerNotAllowed: (p) => `Only ${p.to}, who was asked, can answer this request.`,
  roleWithdrawNotAllowed: (p) => `Only ${p.from}, who asked, can withdraw this request.`,
  roleTakenSince: (p) =>
    `${p.holder ?? 'Someone else'} has taken this turn since ${p.from} asked; the request no longer applies.`,
  roleRequestAccepted: (p) => `${p.to} has already accepted this request.`,
  roleRequestDeclined: (p) => `${p.to} has already declined this request.`,
  roleRequestWithdrawn: (p) => `${p.from} has withdrawn this request.`,
} satisfies ProblemMessages<RoleProblem>);
