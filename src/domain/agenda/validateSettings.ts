import { err, ok, type Result } from '../result';
import type { SeriesSettings } from '../series/seriesDocument';
import type { AgendaRuleError } from './agendaTypes';

export const BUDGET_MAX = 20;
export const BOULDERS_MAX = 10;
export const SEGMENTS_MAX = 10;
export const SEGMENT_LABEL_MAX = 60;
export const SEGMENT_MINUTES_MAX = 240;

/** The rules the series settings obey, on write (setSettings) and on read (validateSeriesDocument). */
export function validateSettings(s: SeriesSettings): Result<SeriesSettings, AgendaRuleError> {
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (!whole(s.budget, 1, BUDGET_MAX))
    return err({
      kind: 'invalidInput',
      field: 'budget',
      problem: { code: 'settingsBudgetOutOfRange', max: BUDGET_MAX },
    });
  if (!whole(s.maxPerTopic, 1, s.budget))
    return err({
      kind: 'invalidInput',
      field: 'maxPerTopic',
      problem: { code: 'settingsDotsPerTopicOutOfRange' },
    });
  if (!whole(s.boulderCount, 1, BOULDERS_MAX))
    return err({
      kind: 'invalidInput',
      field: 'boulderCount',
      problem: { code: 'settingsBouldersOutOfRange', max: BOULDERS_MAX },
    });
  if (s.segments.length > SEGMENTS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'segments',
      problem: { code: 'settingsTooManySegments', max: SEGMENTS_MAX },
    });
  const ids = new Set<string>();
  for (const seg of s.segments) {
    const label = seg.label.trim();
    if (
      !whole(seg.minutes, 1, SEGMENT_MINUTES_MAX) ||
      label === '' ||
      label.length > SEGMENT_LABEL_MAX ||
      seg.id.trim() === '' ||
      ids.has(seg.id) ||
      (seg.position !== 'before' && seg.position !== 'after')
    )
      return err({
        kind: 'invalidInput',
        field: 'segments',
        problem: {
          code: 'settingsSegmentInvalid',
          labelMax: SEGMENT_LABEL_MAX,
          minutesMax: SEGMENT_MINUTES_MAX,
        },
      });
    ids.add(seg.id);
  }
  return ok({
    ...s,
    segments: s.segments.map((seg) => ({ ...seg, label: seg.label.trim() })),
  });
}
