import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { lww } from '../series/lww';
import type { OutcomeKind, SeriesDocument, TopicContent } from '../series/seriesDocument';
import { ESTIMATE_MAX, ESTIMATE_MIN, TITLE_MAX, WHY_MAX, type Actor, type AgendaError } from './agendaTypes';

export interface TopicInput {
  readonly title: string;
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly estimateMinutes: number;
}

export function validateTopic(input: TopicInput): Result<TopicContent, AgendaError> {
  const title = input.title.trim();
  if (title.length === 0)
    return err({ kind: 'invalidInput', field: 'title', message: 'Give the topic a title.' });
  if (title.length > TITLE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'title',
      message: `Keep the title to ${TITLE_MAX} characters (it has ${title.length}).`,
    });
  const why = input.why.trim();
  if (why.length > WHY_MAX)
    return err({
      kind: 'invalidInput',
      field: 'why',
      message: `Keep "why it matters" to ${WHY_MAX} characters.`,
    });
  if (!['decide', 'discuss', 'inform'].includes(input.outcome))
    return err({ kind: 'invalidInput', field: 'outcome', message: 'Choose decide, discuss or inform.' });
  const m = input.estimateMinutes;
  if (!Number.isInteger(m) || m < ESTIMATE_MIN || m > ESTIMATE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'estimateMinutes',
      message: `The estimate must be a whole number of minutes from ${ESTIMATE_MIN} to ${ESTIMATE_MAX}.`,
    });
  return ok({ title, why, outcome: input.outcome, estimateMinutes: m, withdrawn: false });
}

export function proposeTopic(
  doc: SeriesDocument,
  args: { readonly id: string; readonly occurrence: OccurrenceKey; readonly input: TopicInput },
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  if (doc.proposals[args.id])
    return err({ kind: 'invalidInput', field: 'id', message: 'This topic already exists.' });
  const content = validateTopic(args.input);
  if (!content.ok) return content;
  return ok({
    ...doc,
    proposals: {
      ...doc.proposals,
      [args.id]: {
        id: args.id,
        author: actor.id,
        authorName: actor.name,
        proposedFor: args.occurrence,
        createdAt: now,
        content: lww(content.value, now, actor.id),
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
  now: number,
): Result<SeriesDocument, AgendaError> {
  const p = doc.proposals[id];
  if (!p) return err({ kind: 'notFound', message: 'That topic no longer exists.' });
  if (p.author !== actor.id)
    return err({ kind: 'notAllowed', message: `Only ${p.authorName} can edit this topic.` });
  const content = validateTopic(input);
  if (!content.ok) return content;
  return ok({
    ...doc,
    proposals: { ...doc.proposals, [id]: { ...p, content: lww(content.value, now, actor.id) } },
  });
}

export function withdrawTopic(
  doc: SeriesDocument,
  id: string,
  actor: Actor,
  now: number,
): Result<SeriesDocument, AgendaError> {
  const p = doc.proposals[id];
  if (!p) return err({ kind: 'notFound', message: 'That topic no longer exists.' });
  if (p.author !== actor.id)
    return err({ kind: 'notAllowed', message: `Only ${p.authorName} can withdraw this topic.` });
  return ok({
    ...doc,
    proposals: {
      ...doc.proposals,
      [id]: { ...p, content: lww({ ...p.content.value, withdrawn: true }, now, actor.id) },
    },
  });
}
