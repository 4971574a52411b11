import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ChartRow } from '../../hooks/deriveRolesViewState';

const useStyles = makeStyles({
  chart: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  person: {
    display: 'grid',
    gridTemplateColumns: '9rem 1fr',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  bars: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  bar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  fill: { height: '0.6rem', borderRadius: tokens.borderRadiusSmall, minWidth: '2px' },
  roles: { backgroundColor: tokens.colorBrandBackground },
  proposed: { backgroundColor: tokens.colorPaletteTealBackground2 },
  agenda: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: 'inline-block',
    width: '0.6rem',
    height: '0.6rem',
    marginInlineEnd: tokens.spacingHorizontalXS,
  },
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

/**
 * "How leadership is shared": CSS bars in Fluent tokens rather than a chart library (the meeting view is a lazy
 * chunk, but a chart library would still triple it). The bars are aria-hidden; a visually hidden table carries
 * the same numbers for screen readers.
 */
export function LeadershipChart({ rows, max }: { readonly rows: readonly ChartRow[]; readonly max: number }) {
  const styles = useStyles();
  const series = [
    { key: 'rolesHeld', label: 'Roles held', className: styles.roles },
    { key: 'topicsProposed', label: 'Topics proposed', className: styles.proposed },
    { key: 'topicsOnAgenda', label: 'Topics that made the agenda', className: styles.agenda },
  ] as const;
  return (
    <section aria-labelledby="roles-chart-title" className={styles.chart}>
      <Subtitle2 as="h3" id="roles-chart-title">
        How leadership is shared
      </Subtitle2>
      <div className={styles.legend} aria-hidden="true">
        {series.map((s) => (
          <Caption1 key={s.key}>
            <span className={`${styles.swatch} ${s.className}`} />
            {s.label}
          </Caption1>
        ))}
      </div>
      <div aria-hidden="true">
        {rows.map((r) => (
          <div key={r.name} className={styles.person}>
            <Caption1>{r.name}</Caption1>
            <div className={styles.bars}>
              {series.map((s) => (
                <div key={s.key} className={styles.bar}>
                  <div
                    className={`${styles.fill} ${s.className}`}
                    style={{ width: `${(r[s.key] / max) * 80}%` }}
                  />
                  <Caption1>{r[s.key]}</Caption1>
                </div>
              ))}
              <Caption1>Action items owned: {r.actionItemsLabel}</Caption1>
            </div>
          </div>
        ))}
      </div>
      <div className={styles.hidden}>
        <table>
          <caption>How leadership is shared, per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Action items owned</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.rolesHeld}</td>
                <td>{r.topicsProposed}</td>
                <td>{r.topicsOnAgenda}</td>
                <td>{r.actionItemsLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
