import type { UserId } from '../ids';
import type { Problem } from '../problem';
import type { AgendaProblem } from './agendaProblem';

/**
 * Who is acting, and in which capacity for the occurrence concerned. Permissions are decided in the domain from
 * this, never in views; the use-case layer fills the capacities from the calendar and the role plan.
 */
export interface Actor {
  readonly id: UserId;
  readonly name: string;
  /** Makes them an action's owner when it names this address. */
  readonly email: string;
  readonly isOrganizer: boolean;
  /** Holds the facilitator role for the occurrence concerned. */
  readonly isFacilitator: boolean;
  readonly isTimekeeper: boolean;
  readonly isNoteTaker: boolean;
}

/**
 * Why a change was refused: its kind (what the view does with it) and the problem, as data the app words. A few
 * refusals outside this folder (roles, notes) still carry an English `message` while they move to problem codes
 * (issue #16); the app reads either through ruleMessage.
 */
export type AgendaError = AgendaRefusal & ({ readonly problem: Problem } | { readonly message: string });

/** An AgendaError of this folder's own rules: always a problem code. */
export type AgendaRuleError = AgendaRefusal & { readonly problem: AgendaProblem };

type AgendaRefusal =
  | { readonly kind: 'invalidInput'; readonly field: string }
  | { readonly kind: 'notAllowed' }
  | { readonly kind: 'notFound' }
  | { readonly kind: 'votingClosed' }
  | { readonly kind: 'overBudget'; readonly budget: number; readonly requested: number };

export const TITLE_MAX = 200;
export const WHY_MAX = 2000;
export const ESTIMATE_MIN = 1;
export const ESTIMATE_MAX = 240;
/** Topics on one occurrence's list (new and carried over): more than one agenda can weigh. */
export const OPEN_TOPICS_MAX = 200;

/** The organizer and the occurrence's facilitator run the agenda: close voting, merge, mark not reached. */
export const mayRunAgenda = (a: Actor): boolean => a.isOrganizer || a.isFacilitator;
