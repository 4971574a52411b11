import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { OccurrenceKey } from '../../../domain/ids';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { BoulderTopicView, ParkedView, PlanRow, PlanView } from '../../hooks/deriveAgendaViewState';
import type { Dispatch } from '../../hooks/useAgenda';
import { DecisionDialog } from './DecisionDialog';
import { ProblemBar } from './ProblemBar';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  row: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: '8rem 1fr',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  boulder: { boxShadow: tokens.shadow4 },
  segment: { color: tokens.colorNeutralForeground2 },
  time: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  decision: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  total: { paddingInline: tokens.spacingHorizontalL, fontVariantNumeric: 'tabular-nums' },
});

export interface PlanSectionProps {
  readonly plan: PlanView;
  readonly occurrence: OccurrenceKey;
  readonly dispatch: Dispatch;
}

/** "Boulders": the topics time-boxed to the meeting, and the parking lot with full tallies once voting closed. */
export function PlanSection({ plan, occurrence, dispatch }: PlanSectionProps) {
  const styles = useStyles();
  const headingId = useId('plan-heading');
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h3" id={headingId}>
        {agendaMessages.boulders}
      </Subtitle2>
      {plan.kind === 'open' ? (
        <Body1>{plan.message}</Body1>
      ) : (
        <ClosedPlan plan={plan} occurrence={occurrence} dispatch={dispatch} />
      )}
    </section>
  );
}

function ClosedPlan({
  plan,
  occurrence,
  dispatch,
}: {
  readonly plan: Extract<PlanView, { kind: 'closed' }>;
  readonly occurrence: OccurrenceKey;
  readonly dispatch: Dispatch;
}) {
  const styles = useStyles();
  const m = agendaMessages;
  const before: PlanRow[] = [];
  const boulders: Extract<PlanRow, { kind: 'boulder' }>[] = [];
  const after: PlanRow[] = [];
  for (const r of plan.rows) {
    if (r.kind === 'boulder') boulders.push(r);
    else (boulders.length === 0 ? before : after).push(r);
  }
  return (
    <>
      <Caption1>{plan.closedNote}</Caption1>
      {plan.scaledNote ? (
        <MessageBar intent="info">
          <MessageBarBody>{plan.scaledNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {plan.tieNote ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{plan.tieNote}</MessageBarBody>
        </MessageBar>
      ) : null}
      {before.length > 0 ? <SegmentList label={m.beforeTheTopics} rows={before} /> : null}
      {boulders.length === 0 ? (
        <Body1>{m.noTopicsProposed}</Body1>
      ) : (
        <ol role="list" aria-label={m.boulders} className={styles.list}>
          {boulders.map((r) => (
            <BoulderItem key={r.id} row={r} occurrence={occurrence} dispatch={dispatch} />
          ))}
        </ol>
      )}
      {after.length > 0 ? <SegmentList label={m.afterTheTopics} rows={after} /> : null}
      <Text weight="semibold" className={styles.total}>
        {plan.totalLabel}
      </Text>
      <Subtitle2 as="h4">{m.parkingLot}</Subtitle2>
      {plan.parkingLot.length === 0 ? (
        <Body1>{m.nothingParked}</Body1>
      ) : (
        <ParkedList label={m.parkingLot} items={plan.parkingLot} />
      )}
      {plan.late.length > 0 ? (
        <>
          <Subtitle2 as="h4">{m.lateHeading}</Subtitle2>
          <Body1>{m.lateIntro}</Body1>
          <ParkedList label={m.lateHeading} items={plan.late} />
        </>
      ) : null}
    </>
  );
}

function ParkedList({ label, items }: { readonly label: string; readonly items: readonly ParkedView[] }) {
  const styles = useStyles();
  return (
    <ul role="list" aria-label={label} className={styles.list}>
      {items.map((p) => (
        <li key={p.id} className={styles.row}>
          <Caption1 className={styles.time}>{p.tallyLabel}</Caption1>
          <div className={styles.details}>
            <Text weight="semibold" className={styles.title}>
              {p.title}
            </Text>
            <div className={styles.meta}>
              <Caption1>{agendaMessages.proposedBy(p.authorName)}</Caption1>
              {p.deferredLabel ? (
                <Badge appearance="outline" color="warning">
                  {p.deferredLabel}
                </Badge>
              ) : null}
              {p.tied ? <TiedBadge /> : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

function SegmentList({ label, rows }: { readonly label: string; readonly rows: readonly PlanRow[] }) {
  const styles = useStyles();
  return (
    <ul role="list" aria-label={label} className={styles.list}>
      {rows.map((r) => (
        <li key={r.id} className={`${styles.row} ${styles.segment}`}>
          <Text className={styles.time}>{r.timeLabel}</Text>
          <Text>{r.label}</Text>
        </li>
      ))}
    </ul>
  );
}

function TiedBadge() {
  return (
    <Badge appearance="tint" color="severe">
      {agendaMessages.tied}
    </Badge>
  );
}

function BoulderItem({
  row,
  occurrence,
  dispatch,
}: {
  readonly row: Extract<PlanRow, { kind: 'boulder' }>;
  readonly occurrence: OccurrenceKey;
  readonly dispatch: Dispatch;
}) {
  const styles = useStyles();
  const m = agendaMessages;
  const t: BoulderTopicView = row.topic;
  const [deciding, setDeciding] = useState(false);
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const notReached = t.status === 'notReached';
  const toggleStatus = async () => {
    setBusy(true);
    const next = notReached ? 'covered' : 'notReached';
    const r = await dispatch({ kind: 'setTopicStatus', occurrence, topicId: t.id, status: next });
    setBusy(false);
    setProblem(r.ok ? undefined : describeChangeFailure(r.failure));
  };
  return (
    <li className={`${styles.row} ${styles.boulder}`}>
      <Text className={styles.time}>{row.timeLabel}</Text>
      <div className={styles.details}>
        <Text as="h5" weight="semibold" size={400} className={styles.title}>
          {t.title}
        </Text>
        <div className={styles.meta}>
          <Caption1>{m.proposedBy(t.authorName)}</Caption1>
          <Badge appearance="tint" color={t.outcome === 'decide' ? 'brand' : 'informative'}>
            {t.outcomeLabel}
          </Badge>
          <Caption1>{t.tallyLabel}</Caption1>
          {t.estimateMinutes !== row.minutes ? <Caption1>{m.estimated(t.estimateMinutes)}</Caption1> : null}
          {t.deferredLabel ? (
            <Badge appearance="outline" color="warning">
              {t.deferredLabel}
            </Badge>
          ) : null}
          {t.tied ? <TiedBadge /> : null}
          {notReached ? (
            <Badge appearance="filled" color="warning">
              {m.notReached}
            </Badge>
          ) : null}
        </div>
        {t.decision ? (
          <Body1 className={styles.decision}>
            <Text weight="semibold">{m.decisionLabel}</Text> {t.decision.text}{' '}
            <Caption1>{m.heldBy(t.decision.holder)}</Caption1>
          </Body1>
        ) : null}
        <div className={styles.actions}>
          {t.canRecordDecision ? (
            <Button size="small" onClick={() => setDeciding(true)} aria-label={m.recordDecisionOn(t.title)}>
              {t.decision ? m.changeDecision : m.recordDecision}
            </Button>
          ) : null}
          {t.canSetStatus ? (
            <Button
              size="small"
              disabled={busy}
              aria-label={notReached ? m.markCoveredOf(t.title) : m.markNotReachedOf(t.title)}
              onClick={() => void toggleStatus()}
            >
              {notReached ? m.markCovered : m.markNotReached}
            </Button>
          ) : null}
        </div>
        <ProblemBar problem={problem} />
        {deciding ? (
          <DecisionDialog
            topic={t}
            occurrence={occurrence}
            dispatch={dispatch}
            onClose={() => setDeciding(false)}
          />
        ) : null}
      </div>
    </li>
  );
}
