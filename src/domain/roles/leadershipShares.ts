import { buildAgenda } from '../agenda/buildAgenda';
import type { OccurrenceKey, UserId } from '../ids';
import { votingStateOf } from '../agenda/buildAgenda';
import type { SeriesDocument } from '../series/seriesDocument';
import type { OccurrenceRoles } from './planSeriesRoles';

export interface LeadershipShare {
  readonly id: UserId;
  readonly name: string;
  /** Roles held in occurrences that have started, swaps and overrides applied. */
  readonly rolesHeld: number;
  readonly topicsProposed: number;
  /** Their topics that were boulders of an occurrence whose voting closed. */
  readonly topicsOnAgenda: number;
  /** Action items they own in this series (claimed or assigned), counted by e-mail; null without an e-mail. */
  readonly actionItems: number | null;
}

/**
 * "How leadership is shared": who shaped the meetings, not only who ran them. Counting proposals and topics
 * that made the cut next to roles shows whether the agenda, too, is shared or set by one voice.
 */
export function leadershipShares(
  doc: SeriesDocument,
  people: readonly { readonly id: UserId; readonly name: string; readonly email?: string }[],
  plan: readonly OccurrenceRoles[],
  startedBy: OccurrenceKey,
  meetingMinutes: number,
): readonly LeadershipShare[] {
  const held = new Map<string, number>();
  for (const o of plan)
    if (o.occurrence <= startedBy)
      for (const a of o.assignments) if (a.holder) held.set(a.holder, (held.get(a.holder) ?? 0) + 1);
  const proposed = new Map<string, number>();
  for (const p of Object.values(doc.proposals))
    if (!p.content.value.withdrawn) proposed.set(p.author, (proposed.get(p.author) ?? 0) + 1);
  const onAgenda = new Map<string, number>();
  const counted = new Set<string>();
  for (const occ of Object.keys(doc.occurrences).sort() as OccurrenceKey[]) {
    if (votingStateOf(doc, occ) !== 'closed') continue;
    for (const b of buildAgenda(doc, occ, meetingMinutes).boulders) {
      // A topic carried over and chosen again counts once: it made the agenda, however often.
      if (counted.has(b.id)) continue;
      counted.add(b.id);
      onAgenda.set(b.author, (onAgenda.get(b.author) ?? 0) + 1);
    }
  }
  const owned = new Map<string, number>();
  // Owned, not helped: the count is of commitments a person is accountable for.
  for (const a of Object.values(doc.actions)) {
    const key = a.ownership.value.owner.email.toLowerCase();
    owned.set(key, (owned.get(key) ?? 0) + 1);
  }
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    rolesHeld: held.get(p.id) ?? 0,
    topicsProposed: proposed.get(p.id) ?? 0,
    topicsOnAgenda: onAgenda.get(p.id) ?? 0,
    actionItems: p.email === undefined ? null : (owned.get(p.email.toLowerCase()) ?? 0),
  }));
}
