import { GroupedVerticalBarChart, ResponsiveContainer } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartRow } from '../../hooks/deriveRolesViewState';
import { rolesMessages } from '../../i18n/en-US/roles';
import { leadershipAxisTicks, leadershipChartData } from '../../viewState/leadershipChartData';

// Each measure's colour is a CSS variable set here, so one rule can swap all three for system colours when the user
// forces colours (Windows contrast themes). The chart draws SVG, whose fill Chromium keeps in forced colours (SVG is
// `forced-color-adjust: preserve-parent-color`): without the swap, a theme colour could sit on a forced background
// of the same colour. The tokens are chosen so that the three stay apart in every Teams theme: indigo, teal and
// near-black in light (each ≥ 4.5:1 on white), lighter indigo, teal and white in dark, and yellow, cyan and white
// in Teams' high-contrast theme, which collapses most palette tokens into one colour.
const useStyles = makeStyles({
  chart: {
    // A narrow pane (the 280 px side panel, the Outlook task pane) scrolls the chart sideways rather than squeezing
    // eight people's bars into a sliver; the page itself never scrolls sideways. Keyboard users reach the bars with
    // Tab and the chart's arrow keys, and the browser scrolls the focused bar into view.
    overflowX: 'auto',
    overflowY: 'hidden',
    '--roundtable-roles-held': tokens.colorBrandForegroundLink,
    '--roundtable-topics-proposed': tokens.colorPaletteTealBorderActive,
    '--roundtable-topics-on-agenda': tokens.colorNeutralForeground1,
    '@media (forced-colors: active)': {
      '--roundtable-roles-held': 'Highlight',
      '--roundtable-topics-proposed': 'LinkText',
      '--roundtable-topics-on-agenda': 'CanvasText',
    },
  },
});

/** Room for one person's three bars and their name under them. */
const PX_PER_PERSON = 72;
const PX_FOR_AXIS = 48;

const COLORS = {
  rolesHeld: 'var(--roundtable-roles-held)',
  topicsProposed: 'var(--roundtable-topics-proposed)',
  topicsOnAgenda: 'var(--roundtable-topics-on-agenda)',
} as const;

/**
 * The bars of "How leadership is shared", drawn by Fluent's own chart. It is a chunk of its own
 * (LeadershipChart loads it lazily): the chart and d3 are far more than the rest of the Roles area.
 */
export function LeadershipBars({ rows, max }: { readonly rows: readonly ChartRow[]; readonly max: number }) {
  const styles = useStyles();
  return (
    <div className={styles.chart}>
      <ResponsiveContainer height={260} minWidth={rows.length * PX_PER_PERSON + PX_FOR_AXIS}>
        <GroupedVerticalBarChart
          chartTitle={rolesMessages.chart.description}
          data={leadershipChartData(rows, COLORS)}
          yMaxValue={max}
          yAxisTickCount={leadershipAxisTicks(max)}
          hideTooltip
          wrapXAxisLables
          legendProps={{ enabledWrapLines: true }}
        />
      </ResponsiveContainer>
    </div>
  );
}
