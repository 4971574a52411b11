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
  readonly by: string;
  readonly at: number;
  readonly kind: 'swap' | 'override';
}

export interface SeriesRolesInput {
  readonly roles: readonly RoleDef[];
  readonly roster: readonly RosterMember[];
  /** Every occurrence of the series up to the last one wanted, in any order. */
  readonly occurrences: readonly OccurrenceKey[];
  readonly availability: (occ: OccurrenceKey) => ReadonlyMap<UserId, Availability>;
  readonly overrides: (occ: OccurrenceKey) => ReadonlyMap<string, RoleOverride>;
  readonly seed: string;
}

export interface OccurrenceRoles extends RotationResult {
  readonly occurrence: OccurrenceKey;
}

/**
 * Replays the rotation over a series from its first occurrence.
 *
 * Rationale: later picks must count what really happened, not what was planned, so each occurrence's result
 * (with its swaps and overrides applied) becomes the history of the next. The plan is a pure function of the
 * document and the responses, so every client derives the same roles without storing a schedule.
 */
export function planSeriesRoles(input: SeriesRolesInput): readonly OccurrenceRoles[] {
  const occs = [...new Set(input.occurrences)].sort();
  const history: HeldRole[] = [];
  const names = new Map(input.roster.map((m) => [m.id as string, m.name]));
  const out: OccurrenceRoles[] = [];
  for (const occurrence of occs) {
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
      if (!o) return a;
      const who = names.get(o.holder) ?? o.holder;
      const what = o.kind === 'swap' ? `took the turn (swap) recorded by ${o.by}` : `assigned by ${o.by}`;
      return {
        role: a.role,
        holder: o.holder,
        reason: `${who}: ${what} on ${new Date(o.at).toISOString().slice(0, 10)}`,
      };
    });
    for (const a of assignments) if (a.holder) history.push({ occurrence, role: a.role, holder: a.holder });
    out.push({ occurrence, assignments, skipped: planned.skipped });
  }
  return out;
}
