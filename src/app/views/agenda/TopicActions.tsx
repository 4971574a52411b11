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
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { validateTopic, type TopicInput } from '../../../domain/agenda/validateTopic';
import type { OccurrenceKey } from '../../../domain/ids';
import type { SeriesIntent } from '../../../domain/series/seriesIntent';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { ReadyAgendaView, TopicView } from '../../hooks/deriveAgendaViewState';
import type { Dispatch } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { TopicForm } from './TopicForm';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Open = 'edit' | 'withdraw' | 'merge' | undefined;

/** Edit and Withdraw for the author; "Merge into…" for the organizer or facilitator. Others see no buttons. */
export function TopicActions({
  topic,
  dispatch,
  occurrence,
  mergeTargets,
}: {
  readonly topic: TopicView;
  readonly dispatch: Dispatch;
  readonly occurrence: OccurrenceKey;
  /** Every topic on the list; the merge dialog leaves this one out. */
  readonly mergeTargets: ReadyAgendaView['mergeTargets'];
}) {
  const styles = useStyles();
  const m = agendaMessages;
  const [open, setOpen] = useState<Open>();
  if (!topic.isMine && !topic.canMerge) return null;
  return (
    <div className={styles.actions}>
      {topic.isMine ? (
        <>
          <Button size="small" onClick={() => setOpen('edit')} aria-label={m.editOf(topic.title)}>
            {m.edit}
          </Button>
          <Button size="small" onClick={() => setOpen('withdraw')} aria-label={m.withdrawOf(topic.title)}>
            {m.withdraw}
          </Button>
        </>
      ) : null}
      {topic.canMerge ? (
        <Button size="small" onClick={() => setOpen('merge')} aria-label={m.mergeOf(topic.title)}>
          {m.mergeInto}
        </Button>
      ) : null}
      {open === 'edit' ? (
        <EditDialog topic={topic} dispatch={dispatch} onClose={() => setOpen(undefined)} />
      ) : null}
      {open === 'withdraw' ? (
        <WithdrawDialog topic={topic} dispatch={dispatch} onClose={() => setOpen(undefined)} />
      ) : null}
      {open === 'merge' ? (
        <MergeDialog
          topic={topic}
          dispatch={dispatch}
          occurrence={occurrence}
          targets={mergeTargets.filter((t) => t.id !== topic.id)}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </div>
  );
}

interface DialogProps {
  readonly topic: TopicView;
  readonly dispatch: Dispatch;
  readonly onClose: () => void;
}

/** Dispatches an intent; closes on success, otherwise keeps the dialog (and what was typed) open with the message. */
function useDialogCommand(dispatch: Dispatch, onClose: () => void) {
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const exec = async (intent: SeriesIntent) => {
    setBusy(true);
    const r = await dispatch(intent);
    setBusy(false);
    if (r.ok) onClose();
    else setProblem(describeChangeFailure(r.failure));
  };
  return { problem, setProblem, busy, exec };
}

function EditDialog({ topic, dispatch, onClose }: DialogProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const [draft, setDraft] = useState<TopicInput>({
    title: topic.title,
    why: topic.why,
    outcome: topic.outcome,
    estimateMinutes: topic.estimateMinutes,
  });
  const { problem, setProblem, busy, exec } = useDialogCommand(dispatch, onClose);
  const save = () => {
    const checked = validateTopic(draft);
    if (!checked.ok) return setProblem(describeChangeFailure({ source: 'rules', error: checked.failure }));
    return void exec({ kind: 'editTopic', id: topic.id, input: draft });
  };
  return (
    <FocusReturningDialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.editTopic}</DialogTitle>
          <DialogContent className={styles.content}>
            <TopicForm
              value={draft}
              onChange={setDraft}
              error={problem?.kind === 'field' ? problem : undefined}
              disabled={busy}
            />
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={save}>
              {m.saveChanges}
            </Button>
            <Button onClick={onClose}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </FocusReturningDialog>
  );
}

function WithdrawDialog({ topic, dispatch, onClose }: DialogProps) {
  const m = agendaMessages;
  const { problem, busy, exec } = useDialogCommand(dispatch, onClose);
  return (
    <FocusReturningDialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.withdrawTitle(topic.title)}</DialogTitle>
          <DialogContent>
            {m.withdrawBody}
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={busy}
              onClick={() => void exec({ kind: 'withdrawTopic', id: topic.id })}
            >
              {m.withdraw}
            </Button>
            <Button onClick={onClose}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </FocusReturningDialog>
  );
}

function MergeDialog({
  topic,
  dispatch,
  occurrence,
  targets,
  onClose,
}: DialogProps & { readonly occurrence: OccurrenceKey; readonly targets: ReadyAgendaView['mergeTargets'] }) {
  const styles = useStyles();
  const m = agendaMessages;
  const [into, setInto] = useState(targets[0]?.id ?? '');
  const { problem, busy, exec } = useDialogCommand(dispatch, onClose);
  return (
    <FocusReturningDialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.mergeTitle(topic.title)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label={m.mergeInto}
              hint={m.mergeHint}
              validationMessage={problem?.kind === 'field' ? problem.message : undefined}
            >
              <Select value={into} onChange={(_, d) => setInto(d.value)}>
                {targets.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            </Field>
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={busy || into === ''}
              onClick={() => void exec({ kind: 'mergeTopics', occurrence, from: topic.id, into })}
            >
              {m.merge}
            </Button>
            <Button onClick={onClose}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </FocusReturningDialog>
  );
}
