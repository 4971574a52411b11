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
import { actionsMessages } from '../../i18n/en-US/actions';
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

// The words for each state are read when rendering (actionsMessages.review.state), so they follow the language.
const COLOR: Readonly<Record<Commitment['state'], BadgeProps['color']>> = {
  done: 'success',
  overdue: 'danger',
  open: 'informative',
  notInPlanner: 'subtle',
  deletedInPlanner: 'warning',
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
  const m = actionsMessages.review;
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
    <section aria-label={m.heading} className={styles.area}>
      <div className={styles.head}>
        <Subtitle1 as="h2">{m.heading}</Subtitle1>
        <Button size="small" appearance="subtle" onClick={onRefresh} disabled={review.loading}>
          {m.refresh}
        </Button>
      </div>
      {review.loading ? (
        <Spinner size="small" label={m.reading} />
      ) : review.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.readFailed(messageForFailure(review.failure).title)}</MessageBarTitle>
            {messageForFailure(review.failure).message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRefresh}>{m.tryAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <>
          <Body1>{m.counts(count('open'), count('overdue'), count('done'))}</Body1>
          <ul className={styles.list}>
            {sorted.map((c) => (
              <li key={c.actionId} className={styles.item} aria-label={`${c.title}: ${m.state[c.state]}`}>
                <Badge appearance="filled" color={COLOR[c.state]}>
                  {m.state[c.state]}
                </Badge>
                <Text className={styles.title} weight="semibold">
                  {c.title}
                </Text>
                <Caption1 className={styles.muted}>
                  {m.line(
                    [c.owner, ...c.helpers].map((o) => o.name).join(', '),
                    c.due ? date(c.due) : undefined,
                    date(c.occurrence),
                  )}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
