import type { OccurrenceKey, UserId } from '../ids';

export interface RoleDef {
  readonly id: string;
  readonly label: string;
  /** Past-tense verb for explanations: "facilitated", "kept time", "took notes". */
  readonly served: string;
}

export const DEFAULT_ROLES: readonly RoleDef[] = [
  { id: 'facilitator', label: 'Facilitator', served: 'facilitated' },
  { id: 'timekeeper', label: 'Timekeeper', served: 'kept time' },
  { id: 'noteTaker', label: 'Note-taker', served: 'took notes' },
];

export const FACILITATOR = 'facilitator';
export const ROLE_LABEL_MAX = 40;
export const ROLES_MAX = 8;

export interface RosterMember {
  readonly id: UserId;
  readonly name: string;
  /** Role ids this person has opted out of. */
  readonly optOuts: readonly string[];
}

/** This person's answer to the invite for one occurrence (from Graph attendees[].status). */
export type Availability = 'accepted' | 'tentative' | 'noResponse' | 'declined';

/** Who really held a role in a past occurrence (after swaps and overrides). */
export interface HeldRole {
  readonly occurrence: OccurrenceKey;
  readonly role: string;
  readonly holder: UserId;
}

export interface RoleAssignment {
  readonly role: string;
  /** null when nobody available could take it. */
  readonly holder: UserId | null;
  readonly reason: string;
}

export interface RotationResult {
  readonly assignments: readonly RoleAssignment[];
  /** Who was passed over and why (declined, opted out), for transparency. */
  readonly skipped: readonly { readonly who: UserId; readonly reason: string }[];
}
