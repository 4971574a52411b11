import { err, ok, type Result } from '../result';
import type { OutcomeKind, TopicContent } from '../series/seriesDocument';
import { ESTIMATE_MAX, ESTIMATE_MIN, TITLE_MAX, WHY_MAX, type AgendaRuleError } from './agendaTypes';

export interface TopicInput {
  readonly title: string;
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly estimateMinutes: number;
}

/** The rules a topic's content obeys, on write and on read (validateSeriesDocument). */
export function validateTopic(input: TopicInput): Result<TopicContent, AgendaRuleError> {
  const title = input.title.trim();
  if (title.length === 0)
    return err({ kind: 'invalidInput', field: 'title', problem: { code: 'topicTitleMissing' } });
  if (title.length > TITLE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'title',
      problem: { code: 'topicTitleTooLong', max: TITLE_MAX, actual: title.length },
    });
  const why = input.why.trim();
  if (why.length > WHY_MAX)
    return err({
      kind: 'invalidInput',
      field: 'why',
      problem: { code: 'topicWhyTooLong', max: WHY_MAX },
    });
  if (!['decide', 'discuss', 'inform'].includes(input.outcome))
    return err({ kind: 'invalidInput', field: 'outcome', problem: { code: 'topicOutcomeUnknown' } });
  const m = input.estimateMinutes;
  if (!Number.isInteger(m) || m < ESTIMATE_MIN || m > ESTIMATE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'estimateMinutes',
      problem: { code: 'topicEstimateOutOfRange', min: ESTIMATE_MIN, max: ESTIMATE_MAX },
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
