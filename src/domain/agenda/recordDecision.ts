import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { occurrenceOf, type Decision, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { Actor, AgendaRuleError } from './agendaTypes';
import { outcomeOf } from './buildAgenda';

export const DECISION_MAX = 2000;
export const HOLDER_MAX = 200;

/**
 * Records what was decided on a topic of a closed agenda, and who holds that decision. The organizer, the
 * facilitator or the topic's author may write it: the people accountable for the conversation, so the limits of
 * decision power stay explicit (DESIGN.md values).
 */
export function recordDecision(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  topicId: string,
  decision: Decision,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  const topic = outcomeOf(doc, occ)?.ranking.find((t) => t.id === topicId);
  if (!topic) return err({ kind: 'notFound', problem: { code: 'topicNotOnAgenda' } });
  if (!actor.isOrganizer && !actor.isFacilitator && topic.author !== actor.id)
    return err({
      kind: 'notAllowed',
      problem: { code: 'decisionNotAllowed', author: topic.authorName },
    });
  const checked = validateDecision(decision);
  if (!checked.ok) return checked;
  const rec = occurrenceOf(doc, occ);
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, decisions: { ...rec.decisions, [topicId]: stamped(checked.value, stamp) } },
    },
  });
}

/** The rules a decision obeys, on write and on read. */
export function validateDecision(decision: Decision): Result<Decision, AgendaRuleError> {
  const text = decision.text.trim();
  const holder = decision.holder.trim();
  if (text.length === 0)
    return err({ kind: 'invalidInput', field: 'decisionText', problem: { code: 'decisionTextMissing' } });
  if (text.length > DECISION_MAX)
    return err({
      kind: 'invalidInput',
      field: 'decisionText',
      problem: { code: 'decisionTextTooLong', max: DECISION_MAX },
    });
  if (holder.length === 0 || holder.length > HOLDER_MAX)
    return err({ kind: 'invalidInput', field: 'decisionHolder', problem: { code: 'decisionHolderMissing' } });
  return ok({ text, holder });
}
