import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PlannerPlanRef } from '../../../domain/actions/actionTypes';
import { messageForFailure } from '../../errors/messageForFailure';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { deriveRecordingPlan } from '../../hooks/deriveRecordingPlan';
import { actionsMessages } from '../../i18n/en-US/actions';
import type { ActionsRequest } from '../../hooks/useActions';
import { ProblemBar } from '../agenda/ProblemBar';

const useStyles = makeStyles({
  plan: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  picker: { minWidth: '240px' },
});

export interface RecordingPlanProps {
  readonly chosen: PlannerPlanRef | undefined;
  readonly isOrganizer: boolean;
  readonly actions: Pick<ActionsRequest, 'planList' | 'loadPlans' | 'choosePlan'>;
}

/**
 * Which of the team's Planner plans the series' actions are recorded to. Everyone sees it; the organizer can change it
 * (the plans are read when the picker opens). A failed read or write shows its message; nothing else is touched.
 */
export function RecordingPlan({ chosen, isOrganizer, actions }: RecordingPlanProps) {
  const styles = useStyles();
  const m = actionsMessages.plan;
  const list = actions.planList;
  const view = deriveRecordingPlan(chosen, list?.plans);
  const [problem, setProblem] = useState<ChangeProblem>();
  const [saving, setSaving] = useState(false);

  const onSelect = async (planId: string | undefined) => {
    const plan = list?.plans?.find((p) => p.id === planId);
    if (!plan || plan.id === view.selectedId) return;
    setProblem(undefined);
    setSaving(true);
    const r = await actions.choosePlan(plan);
    setSaving(false);
    if (!r.ok) setProblem(describeChangeFailure(r.failure));
  };

  return (
    <div className={styles.plan} role="group" aria-label={m.groupLabel}>
      <div className={styles.row}>
        <Text>{view.label}</Text>
        {isOrganizer && !list ? (
          <Button size="small" appearance="subtle" onClick={actions.loadPlans}>
            {m.change}
          </Button>
        ) : null}
      </div>
      {view.missing ? <Caption1>{m.missing}</Caption1> : null}
      {isOrganizer && list?.plans ? (
        <Field label={m.pickerLabel} hint={m.pickerHint}>
          <Dropdown
            className={styles.picker}
            disabled={saving}
            value={list.plans.find((p) => p.id === view.selectedId)?.title ?? ''}
            selectedOptions={view.selectedId ? [view.selectedId] : []}
            onOptionSelect={(_e, d) => void onSelect(d.optionValue)}
          >
            {list.plans.map((p, i) => (
              <Option key={p.id} value={p.id} text={p.title || m.untitled}>
                {i === 0 ? m.oldest(p.title || m.untitled) : p.title || m.untitled}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {isOrganizer && list?.loading ? <Spinner size="tiny" label={m.reading} /> : null}
      {isOrganizer && list?.failure ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.readFailedTitle}</MessageBarTitle>
            {m.readFailed(messageForFailure(list.failure).title, messageForFailure(list.failure).message)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={list.loading} onClick={actions.loadPlans}>
              {m.tryAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <ProblemBar problem={problem} />
    </div>
  );
}
