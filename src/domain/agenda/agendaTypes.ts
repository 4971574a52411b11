import type { UserId } from '../ids';

/** Who is acting, and in which capacity. Permissions are decided in the domain, not in views. */
export interface Actor {
  readonly id: UserId;
  readonly name: string;
  readonly isOrganizer: boolean;
  /** Holds the facilitator role for the occurrence concerned. */
  readonly isFacilitator: boolean;
}

export type AgendaError =
  | { readonly kind: 'invalidInput'; readonly field: string; readonly message: string }
  | { readonly kind: 'notAllowed'; readonly message: string }
  | { readonly kind: 'notFound'; readonly message: string }
  | { readonly kind: 'votingClosed'; readonly message: string }
  | {
      readonly kind: 'overBudget';
      readonly message: string;
      readonly budget: number;
      readonly requested: number;
    };

export const TITLE_MAX = 200;
export const WHY_MAX = 2000;
export const ESTIMATE_MIN = 1;
export const ESTIMATE_MAX = 240;
