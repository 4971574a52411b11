import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import { occurrenceOf, type Decision, type SeriesDocument } from '../series/seriesDocument';
import type { Actor, AgendaError } from './agendaTypes';
import { canonicalTopicId } from './canonicalTopicId';

export const DECISION_MAX = 2000;
export const HOLDER_MAX = 200;

/**
 * Records what was decided on a topic in one occurrence, and who holds that decision. The organizer, the
 * facilitator or the topic's author may write it: the people accountable for the conversation, so the limits of
 * decision power stay explicit (DESIGN.md values). Last writer wins, like every shared field.
 */
export function recordDecision(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  topicId: string,
  decision: Decision,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  const id = canonicalTopicId(doc, topicId);
  const p = doc.proposals[id];
  if (!p || p.content.value.withdrawn)
    return err({ kind: 'notFound', message: 'That topic no longer exists.' });
  if (!actor.isOrganizer && !actor.isFacilitator && p.author !== actor.id)
    return err({
      kind: 'notAllowed',
      message: `Only the organizer, the facilitator or ${p.authorName} can record this decision.`,
    });
  const text = decision.text.trim();
  const holder = decision.holder.trim();
  if (text.length === 0)
    return err({ kind: 'invalidInput', field: 'decisionText', message: 'Write down what was decided.' });
  if (text.length > DECISION_MAX)
    return err({
      kind: 'invalidInput',
      field: 'decisionText',
      message: `Keep the decision to ${DECISION_MAX} characters.`,
    });
  if (holder.length === 0 || holder.length > HOLDER_MAX)
    return err({ kind: 'invalidInput', field: 'decisionHolder', message: 'Say who holds this decision.' });
  const rec = occurrenceOf(doc, occ);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, decisions: { ...rec.decisions, [id]: lww({ text, holder }, now, actor.id) } },
    },
  });
}
