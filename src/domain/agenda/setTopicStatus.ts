import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { occurrenceOf, type SeriesDocument, type TopicStatus } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { mayRunAgenda, type Actor, type AgendaRuleError } from './agendaTypes';
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
): Result<SeriesDocument, AgendaRuleError> {
  if (!mayRunAgenda(actor))
    return err({
      kind: 'notAllowed',
      problem: { code: 'topicStatusNotAllowed' },
    });
  const outcome = outcomeOf(doc, occ);
  if (!outcome)
    return err({
      kind: 'invalidInput',
      field: 'status',
      problem: { code: 'topicStatusVotingOpen' },
    });
  if (!outcome.ranking.some((t) => t.id === topicId))
    return err({ kind: 'notFound', problem: { code: 'topicNotOnAgenda' } });
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
