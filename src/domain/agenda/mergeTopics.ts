import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayRunAgenda, type Actor, type AgendaError } from './agendaTypes';
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
): Result<SeriesDocument, AgendaError> {
  if (!mayRunAgenda(actor))
    return err({
      kind: 'notAllowed',
      message: 'Only the organizer or the facilitator can merge duplicate topics.',
    });
  if (votingStateOf(doc, occ) === 'closed')
    return err({
      kind: 'votingClosed',
      message: 'Voting has closed on this meeting; merge duplicates on the next meeting’s list.',
    });
  const from = doc.proposals[fromId];
  if (!from || !doc.proposals[intoId])
    return err({ kind: 'notFound', message: 'That topic no longer exists.' });
  const target = canonicalTopicId(doc, intoId);
  if (target === canonicalTopicId(doc, fromId))
    return err({
      kind: 'invalidInput',
      field: 'mergeInto',
      message: 'A topic cannot be merged into itself.',
    });
  const open = new Set(candidatesFor(doc, occ, carryOverBefore(doc, occ)).map((p) => p.id));
  if (!open.has(fromId) || !open.has(target))
    return err({ kind: 'notFound', message: 'Both topics must still be on this meeting’s list.' });
  return ok({
    ...doc,
    proposals: { ...doc.proposals, [fromId]: { ...from, mergedInto: stamped<string | null>(target, stamp) } },
  });
}
