import type { GroupedVerticalBarChartData } from '@fluentui/react-charts';
import type { ChartRow } from '../hooks/deriveRolesViewState';
import { rolesMessages } from '../i18n/en-US/roles';

/** The counts "How leadership is shared" plots for each person, in the order the chart, legend and table show them. */
export type LeadershipMeasure = 'rolesHeld' | 'topicsProposed' | 'topicsOnAgenda';

const MEASURES: readonly LeadershipMeasure[] = ['rolesHeld', 'topicsProposed', 'topicsOnAgenda'];

/** The measures with their labels, in the user's language (read when called, never kept). */
export function leadershipSeries(): readonly { readonly key: LeadershipMeasure; readonly label: string }[] {
  const m = rolesMessages.chart;
  return MEASURES.map((key) => ({ key, label: m[key] }));
}

/**
 * The chart's data: one group of bars per person, one bar per measure. Each bar carries its own spoken label
 * ("Dana Okafor: Roles held, 2"), so a screen reader that walks the bars hears who and what, not only a number.
 * Colours come in from the view: they are theme values (CSS variables), not data.
 */
export function leadershipChartData(
  rows: readonly ChartRow[],
  colors: Readonly<Record<LeadershipMeasure, string>>,
): GroupedVerticalBarChartData[] {
  const series = leadershipSeries();
  return rows.map((row) => ({
    name: row.name,
    series: series.map((s) => ({
      key: s.key,
      legend: s.label,
      data: row[s.key],
      color: colors[s.key],
      callOutAccessibilityData: { ariaLabel: `${row.name}: ${s.label}, ${row[s.key]}` },
    })),
  }));
}

/**
 * Whole-number steps for the count axis: d3 would otherwise tick 0, 0.5, 1, 1.5, 2 when the most anyone did is 2,
 * and half a role means nothing. At most 5 ticks, so a long series still has a readable axis.
 */
export function leadershipAxisTicks(max: number): number {
  return Math.max(1, Math.min(5, Math.ceil(max)));
}
