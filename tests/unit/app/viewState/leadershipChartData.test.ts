import type { ChartRow } from '../../../../src/app/hooks/deriveRolesViewState';
import {
  leadershipAxisTicks,
  leadershipChartData,
  leadershipSeries,
} from '../../../../src/app/viewState/leadershipChartData';

const row = (name: string, rolesHeld: number, topicsProposed: number, topicsOnAgenda: number): ChartRow => ({
  name,
  rolesHeld,
  topicsProposed,
  topicsOnAgenda,
  actionItemsLabel: '0',
});

const COLORS = { rolesHeld: 'var(--a)', topicsProposed: 'var(--b)', topicsOnAgenda: 'var(--c)' } as const;

describe('leadershipChartData', () => {
  test('one group per person, in the rows’ order, with one bar per measure in the legend’s order', () => {
    const data = leadershipChartData([row('Dana', 2, 3, 1), row('Sam', 0, 1, 0)], COLORS);
    expect(data.map((g) => g.name)).toEqual(['Dana', 'Sam']);
    expect(data[0]?.series).toEqual([
      {
        key: 'rolesHeld',
        legend: 'Roles held',
        data: 2,
        color: 'var(--a)',
        callOutAccessibilityData: { ariaLabel: 'Dana: Roles held, 2' },
      },
      {
        key: 'topicsProposed',
        legend: 'Topics proposed',
        data: 3,
        color: 'var(--b)',
        callOutAccessibilityData: { ariaLabel: 'Dana: Topics proposed, 3' },
      },
      {
        key: 'topicsOnAgenda',
        legend: 'Topics that made the agenda',
        data: 1,
        color: 'var(--c)',
        callOutAccessibilityData: { ariaLabel: 'Dana: Topics that made the agenda, 1' },
      },
    ]);
    expect(data[1]?.series.map((s) => s.data)).toEqual([0, 1, 0]);
  });

  test('each measure keeps one colour and one legend across people, so the legend names every bar', () => {
    const data = leadershipChartData(
      [row('Dana', 1, 1, 1), row('Sam', 4, 0, 2), row('Luis', 0, 0, 0)],
      COLORS,
    );
    for (const [i, s] of leadershipSeries().entries()) {
      const bars = data.map((g) => g.series[i]);
      expect(new Set(bars.map((b) => b?.legend))).toEqual(new Set([s.label]));
      expect(new Set(bars.map((b) => b?.color))).toEqual(new Set([COLORS[s.key]]));
    }
  });

  test('nobody in the rotation: no groups', () => {
    expect(leadershipChartData([], COLORS)).toEqual([]);
  });
});

describe('leadershipAxisTicks', () => {
  test('one tick per whole count up to five, so the axis never shows half a role', () => {
    expect([1, 2, 3, 5].map(leadershipAxisTicks)).toEqual([1, 2, 3, 5]);
  });

  test('at most five ticks for long series, and at least one', () => {
    expect(leadershipAxisTicks(12)).toBe(5);
    expect(leadershipAxisTicks(0)).toBe(1);
  });
});
