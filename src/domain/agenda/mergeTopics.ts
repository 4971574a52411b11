import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Actor, AgendaError } from './agendaTypes';
import { canonicalTopicId } from './canonicalTopicId';

/**
 * Marks `fromId` as a duplicate of `intoId`. Votes are not rewritten: the tally follows the merge link and caps
 * each voter's combined dots at the per-topic maximum, so nobody ends up over budget (their total is unchanged).
 */
export function mergeTopics(
  doc: SeriesDocument,
  fromId: string,
  intoId: string,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer && !actor.isFacilitator)
    return err({
      kind: 'notAllowed',
      message: 'Only the organizer or the facilitator can merge duplicate topics.',
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
  return ok({
    ...doc,
    proposals: { ...doc.proposals, [fromId]: { ...from, mergedInto: lww(target, now, actor.id) } },
  });
}
