import { err, ok, type Result } from '../result';
import type { OutcomeKind, TopicContent } from '../series/seriesDocument';
import { ESTIMATE_MAX, ESTIMATE_MIN, TITLE_MAX, WHY_MAX, type AgendaError } from './agendaTypes';

export interface TopicInput {
  readonly title: string;
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly estimateMinutes: number;
}

/** The rules a topic's content obeys, on write and on read (validateSeriesDocument). */
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

/** Titles compared the way people read them: case, spacing and punctuation at the ends don't make a new topic. */
export function sameTopicTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/\s+/g, ' ')
      .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  return norm(a) === norm(b);
}
