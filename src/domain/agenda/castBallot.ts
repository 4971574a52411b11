import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { occurrenceOf, settingsOf, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { Actor, AgendaRuleError } from './agendaTypes';
import { candidatesFor, carryOverBefore, votingStateOf } from './buildAgenda';
import { canonicalTopicId } from './canonicalTopicId';

/**
 * Replaces the actor's whole ballot for one occurrence. A ballot belongs to its voter, so concurrent voters never
 * conflict. Decided here, on the newest document, not in the view: voting must be open; dots on a topic merged since
 * follow it to the surviving topic, and dots on a topic that left the list (withdrawn, covered) are handed back; the
 * per-topic cap and the budget hold for what is really stored.
 */
export function castBallot(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  dots: Readonly<Record<string, number>>,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  if (votingStateOf(doc, occ) === 'closed')
    return err({
      kind: 'votingClosed',
      problem: { code: 'ballotVotingClosed' },
    });
  const { budget, maxPerTopic } = settingsOf(doc);
  const eligible = new Set(candidatesFor(doc, occ, carryOverBefore(doc, occ)).map((p) => p.id));
  const clean: Record<string, number> = {};
  let total = 0;
  for (const [rawId, n] of Object.entries(dots)) {
    if (!Number.isInteger(n) || n < 0)
      return err({ kind: 'invalidInput', field: 'dots', problem: { code: 'ballotDotsNotWhole' } });
    if (n === 0) continue;
    const id = canonicalTopicId(doc, rawId);
    if (!eligible.has(id)) continue;
    clean[id] = (clean[id] ?? 0) + n;
    if (clean[id] > maxPerTopic)
      return err({
        kind: 'invalidInput',
        field: 'dots',
        problem: { code: 'ballotTooManyOnTopic', max: maxPerTopic },
      });
    total += n;
  }
  if (total > budget)
    return err({
      kind: 'overBudget',
      problem: { code: 'ballotOverBudget', budget, used: total },
      budget,
      requested: total,
    });
  const rec = occurrenceOf(doc, occ);
  const sorted = Object.fromEntries(Object.entries(clean).sort(([a], [b]) => (a < b ? -1 : 1)));
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, ballots: { ...rec.ballots, [actor.id]: stamped(sorted, stamp) } },
    },
  });
}
