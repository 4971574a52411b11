import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { occurrenceOf, type SeriesDocument, type TopicStatus } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayRunAgenda, type Actor, type AgendaError } from './agendaTypes';
import { outcomeOf } from './buildAgenda';

/**
 * Marks a topic of a closed agenda "not reached" (it carries over to the next occurrence) or "covered" again.
 * Whoever runs the meeting decides this: the organizer or the occurrence's facilitator. It records what happened in
 * the meeting; the frozen agenda itself is not touched.
 */
export function setTopicStatus(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  topicId: string,
  status: TopicStatus,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaError> {
  if (!mayRunAgenda(actor))
    return err({
      kind: 'notAllowed',
      message: 'Only the organizer or this meeting’s facilitator can mark a topic as not reached.',
    });
  const outcome = outcomeOf(doc, occ);
  if (!outcome)
    return err({
      kind: 'invalidInput',
      field: 'status',
      message: 'Voting is still open: there is no agenda yet.',
    });
  if (!outcome.ranking.some((t) => t.id === topicId))
    return err({ kind: 'notFound', message: 'That topic was not on this meeting’s agenda.' });
  const rec = occurrenceOf(doc, occ);
  if (rec.status[topicId]?.value === status) return ok(doc);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, status: { ...rec.status, [topicId]: stamped(status, stamp) } },
    },
  });
}
