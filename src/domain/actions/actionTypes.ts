// Owned action items (DESIGN.md "Owned action items"): recorded in the series document first, then as assigned
// Planner tasks. The action id is client-generated and is the idempotency key of the Planner write.
import type { OccurrenceKey, UserId } from '../ids';
import type { Lww } from '../series/lww';
import type { ActionProblem } from './actionProblem';

export interface ActionOwner {
  readonly email: string;
  readonly name: string;
}

/** 'claimed': the owner said "I'll own this"; 'assigned': a note-taker, facilitator or organizer named the owner. */
export type OwnershipHow = 'claimed' | 'assigned';

/**
 * One accountable owner (issue #16): the Planner assignee. The owner and how they came to own it change together (a
 * claim replaces an assignment), so they share one register. Helpers are a register of their own (ActionRecord), so
 * adding a helper and reassigning at the same time both stand.
 */
export interface Ownership {
  readonly owner: ActionOwner;
  readonly how: OwnershipHow;
}

export interface PlannerLink {
  readonly taskId: string;
  readonly bucketId: string;
  readonly planId: string;
}

export interface PlannerBucketRef {
  readonly planId: string;
  readonly bucketId: string;
}

/** The team plan the organizer chose for the series' recordings; its title as it was when chosen, for display. */
export interface PlannerPlanRef {
  readonly planId: string;
  readonly title: string;
}

/**
 * At most one client records a series' actions to Planner at a time. The lease is taken by an If-Match write of the
 * series document, so two recorders can't both hold it (the loser's apply sees the winner's lease after its 412).
 */
export interface PlannerLease {
  /** A per-attempt token, not a user id: a double click by the same user must not share the lease. */
  readonly holder: string;
  /** Epoch ms; after it the lease may be taken over (the holder crashed or lost its connection). */
  readonly until: number;
}

export interface ActionRecord {
  readonly id: string;
  readonly occurrence: OccurrenceKey;
  readonly topicId?: string;
  readonly createdBy: UserId;
  readonly createdAt: number;
  readonly title: Lww<string>;
  /** `by` on the register records who claimed or assigned. */
  readonly ownership: Lww<Ownership>;
  /**
   * People who help the owner, noted in the Planner task's description (not assigned). Absent: none. Read them with
   * helpersOf: a concurrent reassignment may have made one of them the owner.
   */
  readonly helpers?: Lww<readonly ActionOwner[]>;
  /**
   * The item stays off Planner by choice (its owner can't be assigned there, and the team chose not to pick another):
   * never recorded, and not waiting for an owner. False or absent: it goes to Planner as usual.
   */
  readonly keptOffPlanner?: Lww<boolean>;
  /** YYYY-MM-DD, or null for none. */
  readonly due: Lww<string | null>;
  readonly completed: Lww<boolean>;
  /** Written only after the Planner task exists. */
  readonly planner?: Lww<PlannerLink>;
}

export type ActionError =
  | { readonly kind: 'invalidInput'; readonly field: string; readonly problem: ActionProblem }
  | { readonly kind: 'notAllowed'; readonly problem: ActionProblem }
  | { readonly kind: 'notFound'; readonly problem: ActionProblem }
  | { readonly kind: 'busy'; readonly problem: ActionProblem; readonly until: number };

export const ACTION_TITLE_MAX = 255;
/**
 * Helpers per item. Series documents before schema 6 held up to 20 owners (Planner's assignee limit, platform-facts
 * §4); their first became the owner and the rest helpers, so 19 would do for them, and 20 is a round bound for a list
 * that goes into the task's description.
 */
export const HELPERS_MAX = 20;
