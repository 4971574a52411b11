import { err, ok, type Result } from '../result';
import type { SeriesSettings } from '../series/seriesDocument';
import type { AgendaError } from './agendaTypes';

export const BUDGET_MAX = 20;
export const BOULDERS_MAX = 10;
export const SEGMENTS_MAX = 10;
export const SEGMENT_LABEL_MAX = 60;
export const SEGMENT_MINUTES_MAX = 240;

/** The rules the series settings obey, on write (setSettings) and on read (validateSeriesDocument). */
export function validateSettings(s: SeriesSettings): Result<SeriesSettings, AgendaError> {
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (!whole(s.budget, 1, BUDGET_MAX))
    return err({ kind: 'invalidInput', field: 'budget', message: `The budget is 1 to ${BUDGET_MAX} dots.` });
  if (!whole(s.maxPerTopic, 1, s.budget))
    return err({
      kind: 'invalidInput',
      field: 'maxPerTopic',
      message: 'Dots per topic must be 1 up to the budget.',
    });
  if (!whole(s.boulderCount, 1, BOULDERS_MAX))
    return err({
      kind: 'invalidInput',
      field: 'boulderCount',
      message: `Between 1 and ${BOULDERS_MAX} topics can make the cut.`,
    });
  if (s.segments.length > SEGMENTS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'segments',
      message: `At most ${SEGMENTS_MAX} fixed segments.`,
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
        message: `Each fixed segment needs a name of up to ${SEGMENT_LABEL_MAX} characters and 1–${SEGMENT_MINUTES_MAX} minutes.`,
      });
    ids.add(seg.id);
  }
  return ok({
    ...s,
    segments: s.segments.map((seg) => ({ ...seg, label: seg.label.trim() })),
  });
}
