// Who an act's nudges go to, from the role plan the views already compute (no extra round trip): the invitees with
// an account (the roster, the organizer included), and who holds which role in the occurrence the nudges are about.
import type { OccurrenceKey } from '../../domain/ids';
import type { NudgeAttendee, NudgeRole } from '../../domain/nudges/dueNudges';
import type { NudgeTrigger } from '../../domain/nudges/nudgeTypes';
import type { RolesPlan } from '../roles/planRoles';

export interface NudgeAudience {
  readonly occurrence: OccurrenceKey;
  /** Epoch ms the occurrence starts. */
  readonly occurrenceStart: number;
  readonly attendees: readonly NudgeAttendee[];
  readonly roles: readonly NudgeRole[];
}

/**
 * Voting and publishing are about the opened occurrence; recording closes it, so its nudges name the one after it
 * ("you hold a role in the next occurrence"); a single meeting recorded has none, and only its actions are due. Null
 * when the plan has no opened occurrence.
 */
export function nudgeAudienceOf(plan: RolesPlan, trigger: NudgeTrigger): NudgeAudience | null {
  const at = plan.occurrences.findIndex((o) => o.isCurrent);
  const current = plan.occurrences[at];
  if (!current) return null;
  const next = trigger === 'recorded' ? plan.occurrences[at + 1] : current;
  const target = next ?? current;
  const attendees = plan.roster.map((p) => ({ id: p.id, name: p.name, email: p.email }));
  const labels = new Map(plan.roles.map((r) => [r.id, r.label]));
  const roles: NudgeRole[] = [];
  if (next)
    for (const a of target.assignments)
      if (a.holder !== null)
        roles.push({ roleId: a.role, label: labels.get(a.role) ?? a.role, holder: a.holder });
  return { occurrence: target.occurrence, occurrenceStart: Date.parse(target.start), attendees, roles };
}
