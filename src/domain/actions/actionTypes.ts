// Owned action items (DESIGN.md "Owned action items"): recorded in the series document first, then as assigned
// Planner tasks. The action id is client-generated and is the idempotency key of the Planner write.
import type { OccurrenceKey, UserId } from '../ids';
import type { Lww } from '../series/lww';

export interface ActionOwner {
  readonly email: string;
  readonly name: string;
}

/** 'claimed': an owner said "I'll own this"; 'assigned': a note-taker, facilitator or organizer named the owners. */
export type OwnershipHow = 'claimed' | 'assigned';

/** Owners and how they came to own it change together (a claim replaces an assignment), so they share one register. */
export interface Ownership {
  readonly owners: readonly ActionOwner[];
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
  /** YYYY-MM-DD, or null for none. */
  readonly due: Lww<string | null>;
  readonly completed: Lww<boolean>;
  /** Written only after the Planner task exists. */
  readonly planner?: Lww<PlannerLink>;
}

export type ActionError =
  | { readonly kind: 'invalidInput'; readonly field: string; readonly message: string }
  | { readonly kind: 'notAllowed'; readonly message: string }
  | { readonly kind: 'notFound'; readonly message: string }
  | { readonly kind: 'busy'; readonly message: string; readonly until: number };

export const ACTION_TITLE_MAX = 255;
export const OWNERS_MAX = 20;
