import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { OPEN_TOPICS_MAX, type Actor, type AgendaRuleError } from './agendaTypes';
import { candidatesFor, carryOverBefore, openTopics } from './buildAgenda';
import { sameTopicTitle, validateTopic, type TopicInput } from './validateTopic';

/**
 * Adds a topic. The id is made by the client once per draft, so proposing the same draft again (a retry after an
 * answer that never arrived) finds it stored and changes nothing. A topic already on this occurrence's list under the
 * same title is refused: the proposer is pointed at it, so the votes don't split between two copies.
 */
export function proposeTopic(
  doc: SeriesDocument,
  args: { readonly id: string; readonly occurrence: OccurrenceKey; readonly input: TopicInput },
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  const existing = doc.proposals[args.id];
  if (existing) {
    if (existing.author === actor.id) return ok(doc);
    return err({ kind: 'invalidInput', field: 'id', problem: { code: 'topicExists' } });
  }
  if (args.id.trim() === '' || args.id.length > 100)
    return err({ kind: 'invalidInput', field: 'id', problem: { code: 'topicIdMissing' } });
  const content = validateTopic(args.input);
  if (!content.ok) return content;
  const candidates = candidatesFor(doc, args.occurrence, carryOverBefore(doc, args.occurrence));
  const twin = candidates.find((p) => sameTopicTitle(p.content.value.title, content.value.title));
  if (twin)
    return err({
      kind: 'invalidInput',
      field: 'title',
      problem: { code: 'topicAlreadyListed', title: twin.content.value.title, author: twin.authorName },
    });
  const open = openTopics(doc).length;
  if (open >= OPEN_TOPICS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'title',
      problem: { code: 'topicsTooMany', open },
    });
  return ok({
    ...doc,
    proposals: {
      ...doc.proposals,
      [args.id]: {
        id: args.id,
        author: actor.id,
        authorName: actor.name,
        proposedFor: args.occurrence,
        createdAt: stamp.at,
        content: stamped(content.value, stamp),
      },
    },
  });
}

/** Authors edit their own topics; nobody else rewrites someone's words. */
export function editTopic(
  doc: SeriesDocument,
  id: string,
  input: TopicInput,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  const p = doc.proposals[id];
  if (!p || p.content.value.withdrawn) return err({ kind: 'notFound', problem: { code: 'topicGone' } });
  if (p.author !== actor.id)
    return err({ kind: 'notAllowed', problem: { code: 'topicEditNotAuthor', author: p.authorName } });
  const content = validateTopic(input);
  if (!content.ok) return content;
  return ok({
    ...doc,
    proposals: { ...doc.proposals, [id]: { ...p, content: stamped(content.value, stamp) } },
  });
}

/** The author takes a topic back; closed agendas that weighed it keep it as it was (their outcome is frozen). */
export function withdrawTopic(
  doc: SeriesDocument,
  id: string,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, AgendaRuleError> {
  const p = doc.proposals[id];
  if (!p) return err({ kind: 'notFound', problem: { code: 'topicGone' } });
  if (p.author !== actor.id)
    return err({ kind: 'notAllowed', problem: { code: 'topicWithdrawNotAuthor', author: p.authorName } });
  if (p.content.value.withdrawn) return ok(doc);
  return ok({
    ...doc,
    proposals: {
      ...doc.proposals,
      [id]: { ...p, content: stamped({ ...p.content.value, withdrawn: true }, stamp) },
    },
  });
}
