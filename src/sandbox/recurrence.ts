// Expands a Graph patternedRecurrence into occurrence start instants (GD resources/recurrencepattern.md,
// resources/recurrencerange.md). Dates are walked as civil day numbers in the recurrence time zone and each
// occurrence keeps the master's wall-clock start time there, so a 09:00 meeting stays at 09:00 across DST.
import type { DayOfWeek, RecurrenceRecord, WeekIndex } from './store';
import {
  civilFromDayNumber,
  dayNumber,
  daysInMonth,
  localToUtc,
  parseDateOnly,
  resolveZone,
  utcToLocal,
} from './time';

const WEEKDAYS: readonly DayOfWeek[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const INDEX: Readonly<Record<WeekIndex, number>> = { first: 0, second: 1, third: 2, fourth: 3, last: -1 };

// A runaway pattern (say daily since 1900) must not hang the server.
const MAX_STEPS = 200_000;

export interface SeriesTiming {
  readonly recurrence: RecurrenceRecord;
  /** The master's start and end (UTC ms): the first occurrence's times. */
  readonly startMs: number;
  readonly endMs: number;
}

/** Original start instants (UTC ms) of every occurrence whose [start, start+duration) overlaps [fromMs, toMs). */
export function occurrenceStarts(series: SeriesTiming, fromMs: number, toMs: number): number[] {
  const zone = resolveZone(series.recurrence.range.recurrenceTimeZone) ?? 'UTC';
  const duration = series.endMs - series.startMs;
  const wall = utcToLocal(series.startMs, zone);
  const out: number[] = [];
  for (const day of candidateDays(series.recurrence)) {
    const c = civilFromDayNumber(day);
    const start = localToUtc(
      { ...c, hour: wall.hour, minute: wall.minute, second: wall.second, ms: 0 },
      zone,
    );
    if (start >= toMs) break;
    if (start + duration > fromMs || (duration === 0 && start >= fromMs)) out.push(start);
  }
  return out;
}

/** True when `originalStartMs` is an occurrence of the series. */
export function isOccurrenceStart(series: SeriesTiming, originalStartMs: number): boolean {
  return occurrenceStarts(series, originalStartMs, originalStartMs + 1).includes(originalStartMs);
}

/* Day numbers of the pattern, in order, honouring the range's start, end date and count. */
function* candidateDays(recurrence: RecurrenceRecord): Generator<number> {
  const { range } = recurrence;
  const start = parseDateOnly(range.startDate);
  if (start === undefined) return;
  const end = range.type === 'endDate' ? parseDateOnly(range.endDate) : undefined;
  const limit = range.type === 'numbered' ? range.numberOfOccurrences : Infinity;
  let count = 0;
  let steps = 0;
  for (const day of patternDays(recurrence, start)) {
    if (++steps > MAX_STEPS) return;
    if (day < start) continue;
    if (end !== undefined && day > end) return;
    if (count >= limit) return;
    count++;
    yield day;
  }
}

function* patternDays(recurrence: RecurrenceRecord, start: number): Generator<number> {
  const p = recurrence.pattern;
  const interval = Math.max(1, p.interval);
  const first = civilFromDayNumber(start);
  switch (p.type) {
    case 'daily':
      for (let d = start; ; d += interval) yield d;
    case 'weekly': {
      const fdow = WEEKDAYS.indexOf(p.firstDayOfWeek);
      const weekStart = start - ((first.weekday - fdow + 7) % 7);
      const wanted = new Set(p.daysOfWeek.map((d) => WEEKDAYS.indexOf(d)));
      if (wanted.size === 0) return;
      for (let w = weekStart; ; w += 7 * interval) {
        for (let i = 0; i < 7; i++) if (wanted.has((fdow + i) % 7)) yield w + i;
      }
    }
    case 'absoluteMonthly':
      for (let m = 0; ; m += interval) {
        const { year, month } = addMonths(first.year, first.month, m);
        yield dayNumber(year, month, Math.min(p.dayOfMonth, daysInMonth(year, month)));
      }
    case 'relativeMonthly':
      for (let m = 0; ; m += interval) {
        const { year, month } = addMonths(first.year, first.month, m);
        const day = relativeDay(year, month, p.daysOfWeek, p.index);
        if (day !== undefined) yield day;
      }
    case 'absoluteYearly':
      for (let y = first.year; ; y += interval) {
        yield dayNumber(y, p.month, Math.min(p.dayOfMonth, daysInMonth(y, p.month)));
      }
    case 'relativeYearly':
      for (let y = first.year; ; y += interval) {
        const day = relativeDay(y, p.month, p.daysOfWeek, p.index);
        if (day !== undefined) yield day;
      }
  }
}

function addMonths(year: number, month: number, add: number): { year: number; month: number } {
  const zeroBased = month - 1 + add;
  return { year: year + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

// "The first/second/…/last {daysOfWeek} of the month": with several days (e.g. weekdays) any of them counts.
function relativeDay(
  year: number,
  month: number,
  days: readonly DayOfWeek[],
  index: WeekIndex,
): number | undefined {
  const wanted = new Set(days.map((d) => WEEKDAYS.indexOf(d)));
  const matches: number[] = [];
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const n = dayNumber(year, month, d);
    if (wanted.has(civilFromDayNumber(n).weekday)) matches.push(n);
  }
  const i = INDEX[index];
  return i < 0 ? matches[matches.length - 1] : matches[i];
}
