// The recurrence patterns the seed doesn't exercise (GD resources/recurrencepattern.md, recurrencerange.md), and
// wall-clock stability across DST.
import { occurrenceStarts } from '../../../src/sandbox/recurrence';
import type { RecurrenceRecord } from '../../../src/sandbox/store';

const iso = (ms: number) => new Date(ms).toISOString();

function series(
  pattern: Partial<RecurrenceRecord['pattern']>,
  range: Partial<RecurrenceRecord['range']>,
  start: string,
  minutes = 30,
) {
  const startMs = Date.parse(start);
  return {
    recurrence: {
      pattern: {
        type: 'daily',
        interval: 1,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: [],
        firstDayOfWeek: 'sunday',
        index: 'first',
        ...pattern,
      },
      range: {
        type: 'noEnd',
        startDate: start.slice(0, 10),
        endDate: '0001-01-01',
        recurrenceTimeZone: 'UTC',
        numberOfOccurrences: 0,
        ...range,
      },
    } as RecurrenceRecord,
    startMs,
    endMs: startMs + minutes * 60_000,
  };
}

const ALL = [0, Date.parse('2100-01-01T00:00:00Z')] as const;

describe('occurrenceStarts', () => {
  it('daily every 2 days, numbered', () => {
    const s = series(
      { type: 'daily', interval: 2 },
      { type: 'numbered', numberOfOccurrences: 3 },
      '2025-01-01T10:00:00Z',
    );
    expect(occurrenceStarts(s, ...ALL).map(iso)).toEqual([
      '2025-01-01T10:00:00.000Z',
      '2025-01-03T10:00:00.000Z',
      '2025-01-05T10:00:00.000Z',
    ]);
  });

  it('weekly on several days every other week, until an end date (inclusive)', () => {
    const s = series(
      { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'], firstDayOfWeek: 'sunday' },
      { type: 'endDate', endDate: '2025-01-20' },
      '2025-01-02T09:00:00Z', // a Thursday
    );
    expect(occurrenceStarts(s, ...ALL).map((ms) => iso(ms).slice(0, 10))).toEqual([
      '2025-01-02',
      '2025-01-13',
      '2025-01-16',
    ]);
  });

  it('absoluteMonthly on the 31st falls back to the last day of shorter months', () => {
    const s = series(
      { type: 'absoluteMonthly', dayOfMonth: 31 },
      { type: 'numbered', numberOfOccurrences: 3 },
      '2025-01-31T08:00:00Z',
    );
    expect(occurrenceStarts(s, ...ALL).map((ms) => iso(ms).slice(0, 10))).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
    ]);
  });

  it('relativeMonthly: the last Friday', () => {
    const s = series(
      { type: 'relativeMonthly', daysOfWeek: ['friday'], index: 'last' },
      { type: 'numbered', numberOfOccurrences: 2 },
      '2025-01-31T08:00:00Z',
    );
    expect(occurrenceStarts(s, ...ALL).map((ms) => iso(ms).slice(0, 10))).toEqual([
      '2025-01-31',
      '2025-02-28',
    ]);
  });

  it('yearly, absolute and relative', () => {
    const absolute = series(
      { type: 'absoluteYearly', month: 3, dayOfMonth: 15 },
      { type: 'numbered', numberOfOccurrences: 2 },
      '2025-03-15T12:00:00Z',
    );
    expect(occurrenceStarts(absolute, ...ALL).map((ms) => iso(ms).slice(0, 10))).toEqual([
      '2025-03-15',
      '2026-03-15',
    ]);
    const relative = series(
      { type: 'relativeYearly', month: 11, daysOfWeek: ['thursday'], index: 'fourth' },
      { type: 'numbered', numberOfOccurrences: 2 },
      '2025-11-27T17:00:00Z',
    );
    expect(occurrenceStarts(relative, ...ALL).map((ms) => iso(ms).slice(0, 10))).toEqual([
      '2025-11-27',
      '2026-11-26',
    ]);
  });

  it('keeps the wall-clock time in the recurrence zone across DST', () => {
    const s = series(
      { type: 'weekly', daysOfWeek: ['tuesday'] },
      { type: 'numbered', numberOfOccurrences: 3, recurrenceTimeZone: 'Pacific Standard Time' },
      '2025-10-28T16:00:00Z', // 09:00 PDT
    );
    expect(occurrenceStarts(s, ...ALL).map(iso)).toEqual([
      '2025-10-28T16:00:00.000Z',
      '2025-11-04T17:00:00.000Z', // 09:00 PST
      '2025-11-11T17:00:00.000Z',
    ]);
  });

  it('returns only occurrences overlapping the window, for an unbounded series', () => {
    const s = series({ type: 'daily' }, {}, '2025-01-01T10:00:00Z', 60);
    const from = Date.parse('2030-06-01T10:30:00Z');
    const to = Date.parse('2030-06-03T10:00:00Z');
    expect(occurrenceStarts(s, from, to).map(iso)).toEqual([
      '2030-06-01T10:00:00.000Z',
      '2030-06-02T10:00:00.000Z',
    ]);
  });
});
