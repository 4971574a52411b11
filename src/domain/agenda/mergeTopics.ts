import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayRunAgenda, type Actor, type AgendaRuleError } from './agendaTypes';
import { candidatesFor, carryOverBefore, votingStateOf } from './buildAgenda';
import { canonicalTopicId } from './canonicalTopicId';

/**
 * Marks `fromId` as a duplicate of `intoId`, both on `occ`'s open list. Votes are not rewritten: the tally follows
 * the merge link and caps each voter's combined dots at the per-topic maximum, so nobody ends up over budget (their
 * total is unchanged). Closed agendas keep the topics as they were: their outcome is frozen.
 */
export function mergeTopics(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  fromId: string,
  intoId: string,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  if (!mayRunAgenda(actor))
    return err({
      kind: 'notAllowed',
      problem: { code: 'mergeNotAllowed' },
    });
  if (votingStateOf(doc, occ) === 'closed')
    return err({
      kind: 'votingClosed',
      problem: { code: 'mergeVotingClosed' },
    });
  const from = doc.proposals[fromId];
  if (!from || !doc.proposals[intoId]) return err({ kind: 'notFound', problem: { code: 'topicGone' } });
  const target = canonicalTopicId(doc, intoId);
  if (target === canonicalTopicId(doc, fromId))
    return err({
      kind: 'invalidInput',
      field: 'mergeInto',
      problem: { code: 'mergeIntoItself' },
    });
  const open = new Set(candidatesFor(doc, occ, carryOverBefore(doc, occ)).map((p) => p.id));
  if (!open.has(fromId) || !open.has(target))
    return err({ kind: 'notFound', problem: { code: 'mergeNotOnList' } });
  return ok({
    ...doc,
    proposals: { ...doc.proposals, [fromId]: { ...from, mergedInto: stamped<string | null>(target, stamp) } },
  });
}
