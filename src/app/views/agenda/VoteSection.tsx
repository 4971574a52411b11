import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
  useId,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { AddRegular, SubtractRegular } from '@fluentui/react-icons';
import type { OccurrenceKey } from '../../../domain/ids';
import type { ChangeProblem } from '../../hooks/describeChangeFailure';
import type { ReadyAgendaView, TopicView } from '../../hooks/deriveAgendaViewState';
import type { Dispatch } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { TopicActions } from './TopicActions';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  dotsLeft: { fontVariantNumeric: 'tabular-nums' },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  // Card's look without Fluent's Card (it pulls in tabster; see MeetingListItem).
  item: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  why: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  dots: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, alignSelf: 'start' },
  count: { minWidth: '4.5rem', textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  mine: {
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorBrandStroke1,
  },
});

/** Where the user's ballot stands: waiting to save, on its way, slow, stored, or not stored. */
export type SaveStatus = 'idle' | 'saving' | 'slow' | 'saved' | 'failed';

export interface VoteSectionProps {
  readonly state: ReadyAgendaView;
  readonly onDots: (topicId: string, delta: 1 | -1) => void;
  readonly onSave: () => void;
  readonly saveStatus: SaveStatus;
  readonly problem: ChangeProblem | undefined;
  readonly dispatch: Dispatch;
  readonly occurrence: OccurrenceKey;
}

/** The one line that says where the user's dots stand; never promises a save that won't come. */
function saveLine(status: SaveStatus, dirty: boolean): string | undefined {
  const m = agendaMessages;
  switch (status) {
    case 'saving':
      return m.savingDots;
    case 'slow':
      return m.savingSlow;
    case 'failed':
      return m.saveFailed;
    case 'saved':
      return dirty ? m.unsavedChanges : m.dotsSaved;
    case 'idle':
      return dirty ? m.unsavedChanges : undefined;
  }
}

/**
 * "Vote": every candidate with the user's own dots. While voting is open nobody sees tallies, only how many
 * people voted, so early votes don't steer later ones.
 */
export function VoteSection({
  state,
  onDots,
  onSave,
  saveStatus,
  problem,
  dispatch,
  occurrence,
}: VoteSectionProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const headingId = useId('vote-heading');
  // One tab stop for the whole list: arrow keys move between its buttons (issue #16 "roving focus"; a meeting with 8
  // topics had 41 tab stops here alone). The last button used is where Tab returns.
  const roving = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const open = state.voting === 'open';
  const { ballot } = state;
  const saving = saveStatus === 'saving' || saveStatus === 'slow';
  const failed = saveStatus === 'failed';
  const line = saveLine(saveStatus, ballot.dirty);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h3" id={headingId}>
        {m.voteHeading}
      </Subtitle2>
      {open ? (
        <div className={styles.summary}>
          <Text weight="semibold" className={styles.dotsLeft} role="status">
            {ballot.dotsLeftLabel}
          </Text>
          <Caption1>{m.atMostPerTopic(ballot.maxPerTopic)}</Caption1>
          <Caption1>{ballot.votersLabel}</Caption1>
          <Button
            appearance={ballot.dirty || failed ? 'primary' : 'secondary'}
            disabledFocusable={saving || !ballot.dirty}
            onClick={onSave}
          >
            {saving ? m.saving : failed ? m.tryAgain : m.saveMyVotes}
          </Button>
          <Caption1 aria-live="polite">{line ?? ''}</Caption1>
        </div>
      ) : (
        <Body1>{m.votingHasClosed}</Body1>
      )}
      <ProblemBar problem={problem} />
      {state.topics.length === 0 ? (
        <Body1>{m.noTopicsYet}</Body1>
      ) : (
        <ul role="list" aria-label={m.topics} className={styles.list} {...roving}>
          {state.topics.map((t) => (
            <TopicItem
              key={t.id}
              topic={t}
              open={open}
              onDots={onDots}
              dispatch={dispatch}
              occurrence={occurrence}
              mergeTargets={state.mergeTargets}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function TopicItem({
  topic,
  open,
  onDots,
  dispatch,
  occurrence,
  mergeTargets,
}: {
  readonly topic: TopicView;
  readonly open: boolean;
  readonly onDots: VoteSectionProps['onDots'];
  readonly dispatch: Dispatch;
  readonly occurrence: OccurrenceKey;
  readonly mergeTargets: ReadyAgendaView['mergeTargets'];
}) {
  const styles = useStyles();
  const m = agendaMessages;
  return (
    <li role="listitem" className={mergeClasses(styles.item, topic.isMine && styles.mine)}>
      <div className={styles.details}>
        <Text as="h4" weight="semibold" size={400} className={styles.title}>
          {topic.title}
        </Text>
        <div className={styles.meta}>
          <Caption1>{topic.isMine ? m.youProposed : m.proposedBy(topic.authorName)}</Caption1>
          <Badge appearance="tint" color={topic.outcome === 'decide' ? 'brand' : 'informative'}>
            {topic.outcomeLabel}
          </Badge>
          <Caption1>{m.minutesShort(topic.estimateMinutes)}</Caption1>
          {topic.deferredLabel ? (
            <Badge appearance="outline" color="warning">
              {topic.deferredLabel}
            </Badge>
          ) : null}
          {topic.mergedFromLabel ? <Caption1>{topic.mergedFromLabel}</Caption1> : null}
        </div>
        {topic.why ? <Body1 className={styles.why}>{topic.why}</Body1> : null}
        <TopicActions topic={topic} dispatch={dispatch} occurrence={occurrence} mergeTargets={mergeTargets} />
      </div>
      {open ? (
        <div className={styles.dots}>
          <Button
            icon={<SubtractRegular />}
            aria-label={m.removeDotFrom(topic.title)}
            disabledFocusable={!topic.canRemoveDot}
            onClick={() => onDots(topic.id, -1)}
          />
          <Text className={styles.count}>{m.myDots(topic.myDots)}</Text>
          <Button
            icon={<AddRegular />}
            aria-label={m.addDotTo(topic.title)}
            disabledFocusable={!topic.canAddDot}
            onClick={() => onDots(topic.id, 1)}
          />
        </div>
      ) : null}
    </li>
  );
}
