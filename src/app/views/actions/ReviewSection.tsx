import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { BadgeProps } from '@fluentui/react-components';
import type { Commitment } from '../../../usecases/actions/reviewCommitments';
import { messageForFailure } from '../../errors/messageForFailure';
import type { ReviewState } from '../../hooks/useActions';
import { resolveLocale } from '../../locale/resolveLocale';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  title: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATE: Readonly<Record<Commitment['state'], { label: string; color: BadgeProps['color'] }>> = {
  done: { label: 'Done', color: 'success' },
  overdue: { label: 'Overdue', color: 'danger' },
  open: { label: 'Open', color: 'informative' },
  notInPlanner: { label: 'Not in Planner', color: 'subtle' },
  deletedInPlanner: { label: 'Deleted in Planner', color: 'warning' },
};
const ORDER: readonly Commitment['state'][] = ['overdue', 'open', 'notInPlanner', 'deletedInPlanner', 'done'];

export interface ReviewSectionProps {
  readonly review: ReviewState;
  readonly onRefresh: () => void;
  readonly locale?: string;
}

/** "Review of commitments": what earlier occurrences committed to, with its live status from Planner. */
export function ReviewSection({ review, onRefresh, locale }: ReviewSectionProps) {
  const styles = useStyles();
  if (!review.loading && !review.failure && (review.commitments?.length ?? 0) === 0) return null;
  const sorted = [...(review.commitments ?? [])].sort(
    (a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state),
  );
  const count = (s: Commitment['state']) => sorted.filter((c) => c.state === s).length;
  const date = (iso: string) =>
    new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(resolveLocale(locale), {
      day: 'numeric',
      month: 'short',
    });
  return (
    <section aria-label="Review of commitments" className={styles.area}>
      <div className={styles.head}>
        <Subtitle1 as="h2">Review of commitments</Subtitle1>
        <Button size="small" appearance="subtle" onClick={onRefresh} disabled={review.loading}>
          Refresh
        </Button>
      </div>
      {review.loading ? (
        <Spinner size="small" label="Reading the tasks’ status from Planner" />
      ) : review.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              Couldn’t read the tasks from Planner: {messageForFailure(review.failure).title}
            </MessageBarTitle>
            {messageForFailure(review.failure).message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRefresh}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <>
          <Body1>
            {count('open')} open · {count('overdue')} overdue · {count('done')} done
          </Body1>
          <ul className={styles.list}>
            {sorted.map((c) => (
              <li key={c.actionId} className={styles.item} aria-label={`${c.title}: ${STATE[c.state].label}`}>
                <Badge appearance="filled" color={STATE[c.state].color}>
                  {STATE[c.state].label}
                </Badge>
                <Text className={styles.title} weight="semibold">
                  {c.title}
                </Text>
                <Caption1 className={styles.muted}>
                  {[c.owner, ...c.helpers].map((o) => o.name).join(', ')}
                  {c.due ? ` · due ${date(c.due)}` : ''} · from {date(c.occurrence)}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
