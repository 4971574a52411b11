import {
  Button,
  Dialog,
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
import { mergeTopics } from '../../../domain/agenda/mergeTopics';
import {
  editTopic,
  validateTopic,
  withdrawTopic,
  type TopicInput,
} from '../../../domain/agenda/proposeTopic';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { TopicView } from '../../hooks/deriveAgendaViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { TopicForm } from './TopicForm';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type Open = 'edit' | 'withdraw' | 'merge' | undefined;

/** Edit and Withdraw for the author; "Merge into…" for the organizer or facilitator. Others see no buttons. */
export function TopicActions({
  topic,
  run,
}: {
  readonly topic: TopicView;
  readonly run: AgendaRequest['run'];
}) {
  const styles = useStyles();
  const [open, setOpen] = useState<Open>();
  if (!topic.isMine && topic.mergeTargets.length === 0) return null;
  return (
    <div className={styles.actions}>
      {topic.isMine ? (
        <>
          <Button size="small" onClick={() => setOpen('edit')} aria-label={`Edit ${topic.title}`}>
            Edit
          </Button>
          <Button size="small" onClick={() => setOpen('withdraw')} aria-label={`Withdraw ${topic.title}`}>
            Withdraw
          </Button>
        </>
      ) : null}
      {topic.mergeTargets.length > 0 ? (
        <Button
          size="small"
          onClick={() => setOpen('merge')}
          aria-label={`Merge ${topic.title} into another topic`}
        >
          Merge into…
        </Button>
      ) : null}
      {open === 'edit' ? <EditDialog topic={topic} run={run} onClose={() => setOpen(undefined)} /> : null}
      {open === 'withdraw' ? (
        <WithdrawDialog topic={topic} run={run} onClose={() => setOpen(undefined)} />
      ) : null}
      {open === 'merge' ? <MergeDialog topic={topic} run={run} onClose={() => setOpen(undefined)} /> : null}
    </div>
  );
}

interface DialogProps {
  readonly topic: TopicView;
  readonly run: AgendaRequest['run'];
  readonly onClose: () => void;
}

/** Runs a command; closes on success, otherwise keeps the dialog (and what was typed) open with the message. */
function useDialogCommand(run: AgendaRequest['run'], onClose: () => void) {
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const exec = async (command: Parameters<AgendaRequest['run']>[0]) => {
    setBusy(true);
    const r = await run(command);
    setBusy(false);
    if (r.ok) onClose();
    else setProblem(describeChangeFailure(r.failure));
  };
  return { problem, setProblem, busy, exec };
}

function EditDialog({ topic, run, onClose }: DialogProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<TopicInput>({
    title: topic.title,
    why: topic.why,
    outcome: topic.outcome,
    estimateMinutes: topic.estimateMinutes,
  });
  const { problem, setProblem, busy, exec } = useDialogCommand(run, onClose);
  const save = () => {
    const checked = validateTopic(draft);
    if (!checked.ok) return setProblem(describeChangeFailure({ source: 'rules', error: checked.failure }));
    return void exec((doc, actor, now) => editTopic(doc, topic.id, draft, actor, now));
  };
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Edit topic</DialogTitle>
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
            <Button appearance="primary" disabled={busy} onClick={save}>
              Save changes
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function WithdrawDialog({ topic, run, onClose }: DialogProps) {
  const { problem, busy, exec } = useDialogCommand(run, onClose);
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Withdraw “{topic.title}”?</DialogTitle>
          <DialogContent>
            It leaves the list for everyone, and any dots on it are handed back to the voters.
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void exec((doc, actor, now) => withdrawTopic(doc, topic.id, actor, now))}
            >
              Withdraw
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function MergeDialog({ topic, run, onClose }: DialogProps) {
  const styles = useStyles();
  const [into, setInto] = useState(topic.mergeTargets[0]?.id ?? '');
  const { problem, busy, exec } = useDialogCommand(run, onClose);
  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Merge “{topic.title}” into another topic</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label="Merge into…"
              hint="Its votes move to the topic you choose (each person's dots stay within the per-topic limit)."
              validationMessage={problem?.kind === 'field' ? problem.message : undefined}
            >
              <Select value={into} onChange={(_, d) => setInto(d.value)}>
                {topic.mergeTargets.map((t) => (
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
              disabled={busy || into === ''}
              onClick={() => void exec((doc, actor, now) => mergeTopics(doc, topic.id, into, actor, now))}
            >
              Merge
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
