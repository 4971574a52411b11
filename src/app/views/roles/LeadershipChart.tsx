import { Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { ChartRow } from '../../hooks/deriveRolesViewState';
import { useShownOnce } from '../stepShown';
import { rolesMessages } from '../../i18n/en-US/roles';
import { leadershipSeries } from '../../viewState/leadershipChartData';

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  // The chart's height, so nothing below jumps when it arrives.
  loading: { minHeight: '260px', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  // Visually hidden, still read by screen readers: the numbers behind the bars. On a wrapper, not the table itself: a
  // table is never narrower than its content, so a 1px table still widened the page (sideways scroll at 280 px).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** What shows when the chart's chunk can't be fetched (a deploy replaced it, the network dropped): the same counts. */
function ChartUnavailable({ rows }: { readonly rows: readonly ChartRow[] }) {
  const styles = useStyles();
  const m = rolesMessages.chart;
  return (
    <div aria-hidden="true">
      <Caption1 className={styles.muted}>{m.unavailable}</Caption1>
      {rows.map((r) => (
        <Caption1 as="p" key={r.name}>
          {m.counts(r.name, r.rolesHeld, r.topicsProposed, r.topicsOnAgenda)}
        </Caption1>
      ))}
    </div>
  );
}

// Fluent's chart and the d3 modules under it weigh more than the rest of the Roles area, so they are a chunk of
// their own, fetched when this section first renders (DESIGN.md "Speed"). A failed fetch shows the counts as text
// rather than taking the meeting view down with it.
const LeadershipBars = lazy(() =>
  import(/* webpackChunkName: "leadership-chart" */ './LeadershipBars').then(
    (m) => ({ default: m.LeadershipBars }),
    () => ({ default: ChartUnavailable }),
  ),
);

/**
 * "How leadership is shared": roles held, topics proposed and topics that made the agenda, per person, as
 * grouped bars (Fluent's GroupedVerticalBarChart, whose SVG is named and whose bars each speak their value). A
 * visually hidden table carries the same numbers, with the action items each person owns, for screen readers.
 */
export function LeadershipChart({ rows, max }: { readonly rows: readonly ChartRow[]; readonly max: number }) {
  const styles = useStyles();
  const m = rolesMessages.chart;
  const series = leadershipSeries();
  // Fetched when the Roles step is first shown, not whenever a meeting opens.
  const shown = useShownOnce();
  return (
    <section aria-labelledby="roles-chart-title" className={styles.chart}>
      <Subtitle2 as="h3" id="roles-chart-title">
        {m.title}
      </Subtitle2>
      <Suspense
        fallback={
          <div className={styles.loading}>
            <Spinner size="tiny" label={m.loading} />
          </div>
        }
      >
        {shown ? <LeadershipBars rows={rows} max={max} /> : <div className={styles.loading} />}
      </Suspense>
      <Caption1 className={styles.muted}>
        {m.actionItemsOwned(rows.map((r) => `${r.name} ${r.actionItemsLabel}`).join(' · '))}
      </Caption1>
      <div className={styles.hidden}>
        <table>
          <caption>{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.person}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">{m.actionItemsHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                {series.map((s) => (
                  <td key={s.key}>{r[s.key]}</td>
                ))}
                <td>{r.actionItemsLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
