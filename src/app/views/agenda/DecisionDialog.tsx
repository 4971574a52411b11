import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { OccurrenceKey } from '../../../domain/ids';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { BoulderTopicView } from '../../hooks/deriveAgendaViewState';
import type { Dispatch } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface DecisionDialogProps {
  readonly topic: BoulderTopicView;
  readonly occurrence: OccurrenceKey;
  readonly dispatch: Dispatch;
  readonly onClose: () => void;
}

/** What was decided and who holds the decision: the limits of decision power, written down. */
export function DecisionDialog({ topic, occurrence, dispatch, onClose }: DecisionDialogProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const [text, setText] = useState(topic.decision?.text ?? '');
  const [holder, setHolder] = useState(topic.decision?.holder ?? topic.holderOptions[0] ?? '');
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const options = topic.holderOptions.includes(holder)
    ? topic.holderOptions
    : [holder, ...topic.holderOptions];
  const save = async () => {
    setBusy(true);
    const r = await dispatch({
      kind: 'recordDecision',
      occurrence,
      topicId: topic.id,
      decision: { text, holder },
    });
    setBusy(false);
    if (r.ok) onClose();
    else setProblem(describeChangeFailure(r.failure));
  };
  const fieldError = (f: string) =>
    problem?.kind === 'field' && problem.field === f ? problem.message : undefined;
  return (
    <FocusReturningDialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.decisionOn(topic.title)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={m.whatWasDecided} required validationMessage={fieldError('decisionText')}>
              <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} />
            </Field>
            <Field label={m.whoHoldsDecision} validationMessage={fieldError('decisionHolder')}>
              <Select value={holder} onChange={(_, d) => setHolder(d.value)}>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </Select>
            </Field>
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
              {m.saveDecision}
            </Button>
            <Button onClick={onClose}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </FocusReturningDialog>
  );
}
