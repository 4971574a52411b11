import type { OccurrenceKey, UserId } from '../ids';
import type {
  Availability,
  HeldRole,
  RoleAssignment,
  RoleDef,
  RosterMember,
  RotationResult,
} from './roleTypes';
import { rotateRoles } from './rotateRoles';

export interface RoleOverride {
  readonly holder: UserId;
  /**
   * override: the organizer or facilitator assigned it; taken: a volunteer took a role nobody held (or a swap taken
   * without asking, before schema 6); swap: the holder accepted a request to take their turn.
   */
  readonly kind: 'override' | 'taken' | 'swap';
  /** Who recorded it (override, taken) or who gave the turn (swap), by name; null when the roster doesn't name them. */
  readonly by: string | null;
  readonly at: number;
  /** The capacity an override was made in. */
  readonly as?: 'organizer' | 'facilitator';
  /** The change's causal stamp as a key (stampKey): a re-plan counts only the changes it saw. */
  readonly stamp: string;
}

/** A re-plan (replanRoles): from `from` on, changes stamped before `stamp` count as the turns they were. */
export interface RoleReplanInput {
  readonly from: OccurrenceKey;
  readonly stamp: string;
}

export interface SeriesRolesInput {
  readonly roles: readonly RoleDef[];
  readonly roster: readonly RosterMember[];
  /** Every occurrence of the series up to the last one wanted, in any order. */
  readonly occurrences: readonly OccurrenceKey[];
  readonly availability: (occ: OccurrenceKey) => ReadonlyMap<UserId, Availability>;
  readonly overrides: (occ: OccurrenceKey) => ReadonlyMap<string, RoleOverride>;
  readonly replans?: readonly RoleReplanInput[];
  readonly seed: string;
}

export interface OccurrenceRoles extends RotationResult {
  readonly occurrence: OccurrenceKey;
}

/**
 * Replays the rotation over a series from its first occurrence.
 *
 * Rationale: a change to one meeting (a swap the holder accepted, an organizer's override) changes that meeting only
 * (issue #16: one take-over used to reshuffle 3 of the next 4 meetings, because each meeting's result, swaps and
 * overrides applied, became the history of the next, so every later pick moved). So the history each meeting is
 * planned from holds the rotation's own picks; a change counts as the turn it was only for meetings from an
 * organizer's re-plan on, and only if the re-plan saw it (its stamp is older). The plan stays a pure function of the
 * document and the responses, so every client derives the same roles without storing a schedule.
 */
export function planSeriesRoles(input: SeriesRolesInput): readonly OccurrenceRoles[] {
  const occs = [...new Set(input.occurrences)].sort();
  const replans = input.replans ?? [];
  const names = new Map(input.roster.map((m) => [m.id as string, m.name]));
  const picks: { occurrence: OccurrenceKey; role: string; picked: UserId | null; change?: RoleOverride }[] =
    [];
  const out: OccurrenceRoles[] = [];
  for (const occurrence of occs) {
    const history: HeldRole[] = [];
    for (const p of picks) {
      const counted =
        p.change !== undefined &&
        replans.some(
          (r) => p.occurrence < r.from && r.from <= occurrence && (p.change as RoleOverride).stamp < r.stamp,
        );
      const holder = counted ? (p.change as RoleOverride).holder : p.picked;
      if (holder) history.push({ occurrence: p.occurrence, role: p.role, holder });
    }
    const planned = rotateRoles({
      occurrence,
      roles: input.roles,
      roster: input.roster,
      history,
      availability: input.availability(occurrence),
      seed: input.seed,
    });
    const ov = input.overrides(occurrence);
    const assignments: RoleAssignment[] = planned.assignments.map((a) => {
      const o = ov.get(a.role);
      picks.push({ occurrence, role: a.role, picked: a.holder, ...(o ? { change: o } : {}) });
      if (!o) return a;
      return {
        role: a.role,
        holder: o.holder,
        reason: {
          kind: 'changed',
          name: names.get(o.holder) ?? o.holder,
          change: o.kind,
          by: o.by,
          at: o.at,
          ...(o.kind === 'override' ? { as: o.as ?? 'organizer' } : {}),
        },
      };
    });
    out.push({ occurrence, assignments, skipped: planned.skipped });
  }
  return out;
}
