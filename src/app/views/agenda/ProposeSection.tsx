import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { validateTopic, type TopicInput } from '../../../domain/agenda/validateTopic';
import type { OccurrenceKey } from '../../../domain/ids';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { Dispatch } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { EMPTY_TOPIC, TopicForm } from './TopicForm';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface ProposeSectionProps {
  readonly occurrence: OccurrenceKey;
  readonly votingClosed: boolean;
  readonly dispatch: Dispatch;
  readonly newId: () => string;
}

/** "Propose a topic": the form stays filled until the proposal is stored, whatever fails on the way. */
export function ProposeSection({ occurrence, votingClosed, dispatch, newId }: ProposeSectionProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const headingId = useId('propose-heading');
  const [draft, setDraft] = useState<TopicInput>(EMPTY_TOPIC);
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  // One id per draft, kept across retries: if a write landed but its answer was lost, the retry finds the
  // topic already there (proposeTopic treats the same id from the same author as done) instead of storing it twice.
  const pendingId = useRef<string | undefined>(undefined);
  const title = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(undefined);
    const checked = validateTopic(draft);
    if (!checked.ok) {
      setProblem(describeChangeFailure({ source: 'rules', error: checked.failure }));
      return;
    }
    pendingId.current ??= newId();
    const id = pendingId.current;
    setBusy(true);
    const r = await dispatch({ kind: 'proposeTopic', id, occurrence, input: draft });
    setBusy(false);
    if (r.ok) {
      pendingId.current = undefined;
      setSaved(checked.value.title);
      setDraft(EMPTY_TOPIC);
      setProblem(undefined);
      // Ready for the next topic: the empty title, not <body> (the fields were disabled while it saved). The
      // success message is a status, so it is still announced.
      requestAnimationFrame(() => title.current?.focus());
    } else {
      setProblem(describeChangeFailure(r.failure));
      // Back where the user acted (Enter in a field that was disabled while saving would leave it on <body>).
      requestAnimationFrame(() => submitButton.current?.focus());
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle2 as="h3" id={headingId}>
        {m.proposeHeading}
      </Subtitle2>
      {votingClosed ? (
        <MessageBar intent="info">
          <MessageBarBody>{m.proposeAfterClose}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form onSubmit={(e) => void submit(e)} className={styles.section}>
        <TopicForm
          value={draft}
          onChange={(next) => {
            setDraft(next);
            if (problem?.kind === 'field') setProblem(undefined);
          }}
          error={problem?.kind === 'field' ? problem : undefined}
          disabled={busy}
          titleRef={title}
        />
        <ProblemBar problem={problem} />
        <div className={styles.actions}>
          {/* Focusable while it saves, so a keyboard user's focus stays on it instead of falling to the page. */}
          <Button ref={submitButton} type="submit" appearance="primary" disabledFocusable={busy}>
            {busy ? m.proposing : m.propose}
          </Button>
        </div>
        {saved ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{m.proposed(saved)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </form>
    </section>
  );
}
