import { zonedToInstant } from '../../../../src/graph/calendar/zonedToInstant';

describe('zonedToInstant', () => {
  it.each([
    ['2025-06-01T09:00:00.0000000', 'Europe/Oslo', '2025-06-01T09:00:00+02:00'],
    ['2025-01-15T09:00:00.0000000', 'Europe/Oslo', '2025-01-15T09:00:00+01:00'],
    ['2025-01-01T09:00:00', 'America/New_York', '2025-01-01T09:00:00-05:00'],
    ['2025-01-01T09:00:00', 'Asia/Kolkata', '2025-01-01T09:00:00+05:30'],
    ['2025-01-01T09:00:00.0000000', 'UTC', '2025-01-01T09:00:00Z'],
    ['2025-01-01T09:00', 'Etc/UTC', '2025-01-01T09:00:00Z'],
  ])('%s in %s is %s', (dateTime, zone, expected) => {
    expect(zonedToInstant(dateTime, zone)).toBe(expected);
  });

  it('moves a wall time in the spring-forward gap forward by the gap', () => {
    // 02:30 does not exist in Oslo on 2025-03-30; Temporal's "compatible" gives 03:30+02:00 (= 01:30Z).
    expect(zonedToInstant('2025-03-30T02:30:00', 'Europe/Oslo')).toBe('2025-03-30T03:30:00+02:00');
  });

  it('takes the earlier instant for a wall time that happens twice', () => {
    expect(zonedToInstant('2025-10-26T02:30:00', 'Europe/Oslo')).toBe('2025-10-26T02:30:00+02:00');
  });

  it('returns undefined for unknown zones and malformed times', () => {
    expect(zonedToInstant('2025-01-01T09:00:00', 'Pacific Standard Time')).toBeUndefined();
    expect(zonedToInstant('tomorrow', 'UTC')).toBeUndefined();
  });
});
