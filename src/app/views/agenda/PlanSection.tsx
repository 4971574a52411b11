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
        Boulders
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
      {before.length > 0 ? <SegmentList label="Before the topics" rows={before} /> : null}
      {boulders.length === 0 ? (
        <Body1>No topics were proposed for this meeting.</Body1>
      ) : (
        <ol role="list" aria-label="Boulders" className={styles.list}>
          {boulders.map((r) => (
            <BoulderItem key={r.id} row={r} occurrence={occurrence} dispatch={dispatch} />
          ))}
        </ol>
      )}
      {after.length > 0 ? <SegmentList label="After the topics" rows={after} /> : null}
      <Text weight="semibold" className={styles.total}>
        {plan.totalLabel}
      </Text>
      <Subtitle2 as="h4">Parking lot</Subtitle2>
      {plan.parkingLot.length === 0 ? (
        <Body1>Nothing is parked.</Body1>
      ) : (
        <ParkedList label="Parking lot" items={plan.parkingLot} />
      )}
      {plan.late.length > 0 ? (
        <>
          <Subtitle2 as="h4">Proposed after voting closed</Subtitle2>
          <Body1>These were not on this agenda; they carry over to the next meeting.</Body1>
          <ParkedList label="Proposed after voting closed" items={plan.late} />
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
              <Caption1>Proposed by {p.authorName}</Caption1>
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
      tied
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
          <Caption1>Proposed by {t.authorName}</Caption1>
          <Badge appearance="tint" color={t.outcome === 'decide' ? 'brand' : 'informative'}>
            {t.outcomeLabel}
          </Badge>
          <Caption1>{t.tallyLabel}</Caption1>
          {t.estimateMinutes !== row.minutes ? <Caption1>estimated {t.estimateMinutes} min</Caption1> : null}
          {t.deferredLabel ? (
            <Badge appearance="outline" color="warning">
              {t.deferredLabel}
            </Badge>
          ) : null}
          {t.tied ? <TiedBadge /> : null}
          {notReached ? (
            <Badge appearance="filled" color="warning">
              Not reached — carries over
            </Badge>
          ) : null}
        </div>
        {t.decision ? (
          <Body1 className={styles.decision}>
            <Text weight="semibold">Decision:</Text> {t.decision.text}{' '}
            <Caption1>(held by {t.decision.holder})</Caption1>
          </Body1>
        ) : null}
        <div className={styles.actions}>
          {t.canRecordDecision ? (
            <Button
              size="small"
              onClick={() => setDeciding(true)}
              aria-label={`Record the decision on ${t.title}`}
            >
              {t.decision ? 'Change decision' : 'Record decision'}
            </Button>
          ) : null}
          {t.canSetStatus ? (
            <Button
              size="small"
              disabled={busy}
              aria-label={notReached ? `Mark ${t.title} as covered` : `Mark ${t.title} as not reached`}
              onClick={() => void toggleStatus()}
            >
              {notReached ? 'Mark covered' : 'Mark not reached'}
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
