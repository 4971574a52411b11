import type { OccurrenceKey, UserId } from '../ids';

export interface RoleDef {
  readonly id: string;
  readonly label: string;
  /** Past-tense verb for explanations: "facilitated", "kept time", "took notes". */
  readonly served: string;
}

/**
 * The three roles a series rotates until its organizer sets its own. Their labels here are the stored English ones;
 * the app shows them in the user's language by id (a custom role keeps the label its team typed).
 */
export const DEFAULT_ROLES: readonly RoleDef[] = [
  { id: 'facilitator', label: 'Facilitator', served: 'facilitated' }, // i18n-ignore: stored; shown by id
  { id: 'timekeeper', label: 'Timekeeper', served: 'kept time' }, // i18n-ignore: stored; shown by id
  { id: 'noteTaker', label: 'Note-taker', served: 'took notes' }, // i18n-ignore: stored; shown by id
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

/**
 * Why a role went to whom, as the facts behind the sentence people read (issue #16: every pick is explained); the
 * app words it in the user's language. Roles are named by id; people by the name the rotation knows them by.
 */
export type RoleReason =
  /** Nobody can take the role: everyone declined or opted out. */
  | { readonly kind: 'vacant'; readonly role: string }
  | {
      readonly kind: 'picked';
      readonly name: string;
      readonly role: string;
      /** Turns in this role before this meeting. */
      readonly count: number;
      /** Turns above the least-served of those who could take it: above 0 is an extra turn. */
      readonly excess: number;
      /** Their answer to the invite; someone who hasn't accepted is picked only when nobody who accepted can be. */
      readonly response: Exclude<Availability, 'declined'>;
      /** The other roles they hold in this meeting (too few people are available), by id, in pick order. */
      readonly alsoHolds: readonly string[];
      /** A facilitator twice in a row: nobody else could. */
      readonly facilitatedLastTime: boolean;
    }
  /** A swap, an override or a taken turn replaced the rotation's pick (planSeriesRoles). */
  | {
      readonly kind: 'changed';
      readonly name: string;
      readonly change: 'override' | 'taken' | 'swap';
      /** Who recorded it (override, taken) or gave the turn (swap), by name; null when they aren't in the rotation. */
      readonly by: string | null;
      readonly at: number;
      /** The capacity an override was made in. */
      readonly as?: 'organizer' | 'facilitator';
    };

/** Why someone was passed over in this meeting. */
export type SkipReason =
  | { readonly kind: 'declined'; readonly name: string }
  | { readonly kind: 'optedOut'; readonly name: string; readonly role: string };

export interface RoleAssignment {
  readonly role: string;
  /** null when nobody available could take it. */
  readonly holder: UserId | null;
  readonly reason: RoleReason;
}

export interface RotationResult {
  readonly assignments: readonly RoleAssignment[];
  /** Who was passed over and why (declined, opted out), for transparency. */
  readonly skipped: readonly { readonly who: UserId; readonly reason: SkipReason }[];
}
