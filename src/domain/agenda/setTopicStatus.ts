import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import { occurrenceOf, type SeriesDocument, type TopicStatus } from '../series/seriesDocument';
import type { Actor, AgendaError } from './agendaTypes';
import { canonicalTopicId } from './canonicalTopicId';

/**
 * Marks a topic of one occurrence "not reached" (it carries over to the next occurrence) or "covered" again.
 * Whoever runs the meeting decides this: the organizer or the occurrence's facilitator.
 */
export function setTopicStatus(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  topicId: string,
  status: TopicStatus,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (!actor.isOrganizer && !actor.isFacilitator)
    return err({
      kind: 'notAllowed',
      message: 'Only the organizer or this meeting’s facilitator can mark a topic as not reached.',
    });
  const id = canonicalTopicId(doc, topicId);
  if (!doc.proposals[id]) return err({ kind: 'notFound', message: 'That topic no longer exists.' });
  const rec = occurrenceOf(doc, occ);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, status: { ...rec.status, [id]: lww(status, now, actor.id) } },
    },
  });
}
