import {
  Badge,
  Button,
  Caption1,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../../domain/agenda/agendaTypes';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { deriveAgendaViewState } from '../../hooks/deriveAgendaViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { usePendingWrite } from '../../pending/PendingWritesContext';
import { LinkTeamPanel } from './LinkTeamPanel';
import { PlanSection } from './PlanSection';
import { ProblemBar } from './ProblemBar';
import { ProposeSection } from './ProposeSection';
import { SettingsDialog } from './SettingsDialog';
import { VoteSection, type SaveStatus } from './VoteSection';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  lines: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

// Long enough to click +/- a few times without a write per click. Leaving the view, switching person or closing the
// tab inside this window saves first (PendingWrites), so nothing clicked is lost to it.
const AUTOSAVE_MS = 1500;
// A save still on its way after this long says so, and keeps the dots on screen (DESIGN.md "Clear errors").
const SLOW_SAVE_MS = 3000;

export interface AgendaAreaProps {
  readonly ctx: AgendaContext;
  readonly request: Pick<AgendaRequest, 'dispatch' | 'link' | 'newId'>;
  /** Who is looking, with their roles in this occurrence: the domain decides what they may do from it. */
  readonly actor: Actor;
  /**
   * Which of the meeting's steps this shows: 'prepare' (link the team, propose, vote, close voting) or 'agenda'
   * (the agreed boulders and parking lot, reopening). Absent: both, one after the other.
   */
  readonly part?: 'prepare' | 'agenda';
  /** This person closed (or reopened) voting: the view shows what that made (the agenda, or the vote again). */
  readonly onVotingChanged?: () => void;
}

/** The meeting's Agenda area: link a team, or propose, vote and read the time-boxed agenda. */
export function AgendaArea({ ctx, request, actor, part, onVotingChanged }: AgendaAreaProps) {
  const prepare = part !== 'agenda';
  const agenda = part !== 'prepare';
  const styles = useStyles();
  const m = agendaMessages;
  const headingId = useId('agenda-heading');
  const [draftDots, setDraftDots] = useState<Readonly<Record<string, number>>>();
  const state = useMemo(
    () =>
      deriveAgendaViewState({
        ctx,
        actor,
        ...(draftDots ? { draftDots } : {}),
        formatInstant: formatInstant,
      }),
    [ctx, actor, draftDots],
  );
  const [voteProblem, setVoteProblem] = useState<ChangeProblem>();
  const [controlProblem, setControlProblem] = useState<ChangeProblem>();
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [confirmReopen, setConfirmReopen] = useState(false);
  const { dispatch } = request;

  const ready = state.kind === 'ready' ? state : undefined;
  const dirty = ready?.ballot.dirty ?? false;
  const latestDraft = useRef(draftDots);
  latestDraft.current = draftDots;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const dotsRef = useRef(ready?.ballot.dots);
  dotsRef.current = ready?.ballot.dots;
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);
  const failedRef = useRef(false);

  /*
   * Saves the draft ballot now. One save at a time: a save asked for while one is on its way waits for it and then
   * saves whatever is newer. Resolves true when what is on screen is stored.
   */
  const saveBallot = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) {
      const earlier = await inFlight.current;
      if (!earlier) return false;
    }
    if (!dirtyRef.current) return true;
    const dots = dotsRef.current;
    if (!dots) return true;
    const sent = latestDraft.current;
    const run = (async () => {
      setSaveStatus('saving');
      const slow = window.setTimeout(() => setSaveStatus('slow'), SLOW_SAVE_MS);
      const r = await dispatch({ kind: 'castBallot', occurrence: ctx.occurrence, dots });
      window.clearTimeout(slow);
      if (r.ok) {
        failedRef.current = false;
        setVoteProblem(undefined);
        setSaveStatus('saved');
        // Only forget the draft if no click happened while saving; otherwise the newer draft saves next.
        if (latestDraft.current === sent) {
          setDraftDots(undefined);
          dirtyRef.current = false;
        }
        return true;
      }
      setVoteProblem(describeChangeFailure(r.failure));
      if (r.failure.source === 'rules' && r.failure.error.kind === 'votingClosed') {
        setDraftDots(undefined);
        dirtyRef.current = false;
        setSaveStatus('idle');
        return true;
      }
      failedRef.current = true;
      setSaveStatus('failed');
      return false;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      if (inFlight.current === run) inFlight.current = undefined;
    }
  }, [ctx.occurrence, dispatch]);

  usePendingWrite({
    what: m.unsavedDots,
    isPending: () => dirtyRef.current || inFlight.current !== undefined,
    flush: saveBallot,
  });

  // Clicks undone back to what is stored: nothing is unsaved any more, so nothing may say so.
  useEffect(() => {
    if (dirty || saveStatus !== 'failed') return;
    failedRef.current = false;
    setVoteProblem(undefined);
    setSaveStatus('idle');
  }, [dirty, saveStatus]);

  useEffect(() => {
    if (!dirty || saveStatus === 'saving' || saveStatus === 'slow' || saveStatus === 'failed') return;
    const timer = window.setTimeout(() => void saveBallot(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, saveStatus, draftDots, saveBallot]);

  const onDots = useCallback(
    (topicId: string, delta: 1 | -1) => {
      if (!ready) return;
      const current = ready.ballot.dots[topicId] ?? 0;
      const next = current + delta;
      // The UI blocks over-budget and over-cap dots; castBallot checks again against the stored document.
      if (next < 0 || next > ready.ballot.maxPerTopic) return;
      if (delta > 0 && ready.ballot.used >= ready.ballot.budget) return;
      if (!failedRef.current) setVoteProblem(undefined);
      if (saveStatus === 'saved') setSaveStatus('idle');
      setDraftDots({ ...ready.ballot.dots, [topicId]: next });
    },
    [ready, saveStatus],
  );

  const closeVoting = async () => {
    // The closer's own last dots count: save them first.
    if (!(await saveBallot())) return;
    const r = await dispatch({
      kind: 'closeVoting',
      occurrence: ctx.occurrence,
      meetingMinutes: ctx.meetingMinutes,
    });
    setControlProblem(r.ok ? undefined : describeChangeFailure(r.failure));
    if (r.ok) onVotingChanged?.();
  };

  const reopenVoting = async () => {
    const r = await dispatch({ kind: 'reopenVoting', occurrence: ctx.occurrence });
    setConfirmReopen(false);
    setControlProblem(r.ok ? undefined : describeChangeFailure(r.failure));
    if (r.ok) onVotingChanged?.();
  };

  const dismissHealth = async (upTo: number) => {
    const r = await dispatch({ kind: 'dismissHealth', upTo });
    setControlProblem(r.ok ? undefined : describeChangeFailure(r.failure));
  };

  return (
    <section aria-labelledby={headingId} className={styles.area}>
      <Subtitle1 as="h2" id={headingId}>
        {part === 'prepare' ? m.beforeTheMeeting : m.agendaHeading}
      </Subtitle1>
      {state.untrustedNote ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.untrustedTitle}</MessageBarTitle>
            {state.untrustedNote}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind !== 'ready' && !prepare ? null : state.kind === 'linkTeam' ? (
        <LinkTeamPanel teams={state.teams} allTeams={ctx.teams} link={request.link} />
      ) : state.kind === 'notLinked' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {state.health ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{m.repairTitle}</MessageBarTitle>
                {m.repairIntro}
                <ul className={styles.lines}>
                  {state.health.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => void dismissHealth(state.health?.upTo ?? 0)}>{m.dismiss}</Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          <div className={styles.bar}>
            <Badge appearance="filled" color={state.voting === 'open' ? 'success' : 'informative'}>
              {state.voting === 'open' ? m.votingOpen : m.votingClosed}
            </Badge>
            <Caption1>{m.storedIn(state.teamName)}</Caption1>
            {prepare && state.canCloseVoting ? (
              <Button appearance="primary" onClick={() => void closeVoting()}>
                {m.closeVoting}
              </Button>
            ) : null}
            {agenda && state.canReopenVoting ? (
              <Button onClick={() => setConfirmReopen(true)}>{m.reopenVotingAsk}</Button>
            ) : null}
            {prepare && state.canEditSettings ? (
              <Button onClick={() => setSettingsOpen(true)}>{m.settings}</Button>
            ) : null}
          </div>
          <ProblemBar problem={controlProblem} />
          {agenda ? state.votingLog.map((line, i) => <Caption1 key={i}>{line}</Caption1>) : null}
          {agenda && state.voting === 'closed' ? (
            <PlanSection plan={state.plan} occurrence={ctx.occurrence} dispatch={dispatch} />
          ) : null}
          {prepare ? (
            <>
              <ProposeSection
                occurrence={ctx.occurrence}
                votingClosed={state.voting === 'closed'}
                dispatch={dispatch}
                newId={request.newId}
              />
              <VoteSection
                state={state}
                onDots={onDots}
                onSave={() => void saveBallot()}
                saveStatus={saveStatus}
                problem={voteProblem}
                dispatch={dispatch}
                occurrence={ctx.occurrence}
              />
            </>
          ) : null}
          {agenda && state.voting === 'open' ? (
            <PlanSection plan={state.plan} occurrence={ctx.occurrence} dispatch={dispatch} />
          ) : null}
          {settingsOpen ? (
            <SettingsDialog
              settings={state.settings}
              dispatch={dispatch}
              newId={request.newId}
              onClose={() => setSettingsOpen(false)}
            />
          ) : null}
          {confirmReopen ? (
            <FocusReturningDialog
              open
              onOpenChange={(_, d) => (d.open ? undefined : setConfirmReopen(false))}
            >
              <DialogSurface>
                <DialogBody>
                  <DialogTitle>{m.reopenTitle}</DialogTitle>
                  <DialogContent>{m.reopenBody}</DialogContent>
                  <DialogActions>
                    <Button appearance="primary" onClick={() => void reopenVoting()}>
                      {m.reopenVoting}
                    </Button>
                    <Button onClick={() => setConfirmReopen(false)}>{m.cancel}</Button>
                  </DialogActions>
                </DialogBody>
              </DialogSurface>
            </FocusReturningDialog>
          ) : null}
        </>
      )}
    </section>
  );
}

function formatInstant(ms: number): string {
  return new Date(ms).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
