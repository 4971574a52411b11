import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildAgenda } from '../../../domain/agenda/buildAgenda';
import { castBallot, setVoting } from '../../../domain/agenda/voteCommands';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { deriveAgendaViewState } from '../../hooks/deriveAgendaViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { LinkTeamPanel } from './LinkTeamPanel';
import { PlanSection } from './PlanSection';
import { ProblemBar } from './ProblemBar';
import { ProposeSection } from './ProposeSection';
import { SettingsDialog } from './SettingsDialog';
import { VoteSection } from './VoteSection';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});

// Long enough to click +/- a few times without a write per click; short enough that closing the tab soon after
// voting rarely loses anything (and "Save my votes" saves at once).
const AUTOSAVE_MS = 1500;

export interface AgendaAreaProps {
  readonly ctx: AgendaContext;
  readonly request: Pick<AgendaRequest, 'run' | 'link' | 'newId'>;
  /** The user holds the facilitator role for this occurrence (open/close voting, merge, mark not reached). */
  readonly isFacilitator: boolean;
}

/** The meeting's Agenda area: link a team, or propose, vote and read the time-boxed agenda. */
export function AgendaArea({ ctx, request, isFacilitator }: AgendaAreaProps) {
  const styles = useStyles();
  const headingId = useId('agenda-heading');
  const [draftDots, setDraftDots] = useState<Readonly<Record<string, number>>>();
  const state = useMemo(
    () => deriveAgendaViewState({ ctx, isFacilitator, ...(draftDots ? { draftDots } : {}) }),
    [ctx, isFacilitator, draftDots],
  );
  const [voteProblem, setVoteProblem] = useState<ChangeProblem>();
  const [controlProblem, setControlProblem] = useState<ChangeProblem>();
  const [saving, setSaving] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { run } = request;

  const ready = state.kind === 'ready' ? state : undefined;
  const dirty = ready?.ballot.dirty ?? false;
  const dots = ready?.ballot.dots;
  const latestDraft = useRef(draftDots);
  latestDraft.current = draftDots;

  const saveBallot = useCallback(async () => {
    if (!dots) return;
    const sent = latestDraft.current;
    const { occurrence, meetingMinutes } = ctx;
    setSaving(true);
    const r = await run((doc, actor, now) => {
      // Eligibility is decided on the newest document: a topic withdrawn meanwhile simply hands its dots back.
      const eligible = new Set(buildAgenda(doc, occurrence, meetingMinutes).ranked.map((t) => t.id));
      const kept = Object.fromEntries(Object.entries(dots).filter(([id]) => eligible.has(id)));
      return castBallot(doc, occurrence, kept, eligible, actor, now);
    });
    setSaving(false);
    if (r.ok) {
      setVoteProblem(undefined);
      // Only forget the draft if no click happened while saving; otherwise the newer draft saves next.
      if (latestDraft.current === sent) setDraftDots(undefined);
    } else {
      setVoteProblem(describeChangeFailure(r.failure));
      if (r.failure.source === 'rules' && r.failure.error.kind === 'votingClosed') setDraftDots(undefined);
    }
  }, [ctx, dots, run]);

  useEffect(() => {
    if (!dirty || saving || voteProblem) return;
    const timer = window.setTimeout(() => void saveBallot(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, saving, voteProblem, saveBallot]);

  const onDots = useCallback(
    (topicId: string, delta: 1 | -1) => {
      if (!ready) return;
      const current = ready.ballot.dots[topicId] ?? 0;
      const next = current + delta;
      // The UI blocks over-budget and over-cap dots; castBallot checks again against the stored document.
      if (next < 0 || next > ready.ballot.maxPerTopic) return;
      if (delta > 0 && ready.ballot.used >= ready.ballot.budget) return;
      setVoteProblem(undefined);
      setDraftDots({ ...ready.ballot.dots, [topicId]: next });
    },
    [ready],
  );

  const toggleVoting = async () => {
    if (!ready) return;
    const next = ready.voting === 'open' ? 'closed' : 'open';
    const r = await run((doc, actor, now) => setVoting(doc, ctx.occurrence, next, actor, now));
    setControlProblem(r.ok ? undefined : describeChangeFailure(r.failure));
  };

  return (
    <section aria-labelledby={headingId} className={styles.area}>
      <Subtitle1 as="h2" id={headingId}>
        Agenda
      </Subtitle1>
      {state.kind === 'linkTeam' ? (
        <LinkTeamPanel teams={state.teams} allTeams={ctx.teams} link={request.link} />
      ) : state.kind === 'notLinked' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.bar}>
            <Badge appearance="filled" color={state.voting === 'open' ? 'success' : 'informative'}>
              {state.voting === 'open' ? 'Voting open' : 'Voting closed'}
            </Badge>
            <Caption1>Stored in {state.teamName}&apos;s files</Caption1>
            {state.canToggleVoting ? (
              <Button appearance="primary" onClick={() => void toggleVoting()}>
                {state.voting === 'open' ? 'Close voting' : 'Open voting'}
              </Button>
            ) : null}
            {state.canEditSettings ? <Button onClick={() => setSettingsOpen(true)}>Settings</Button> : null}
          </div>
          <ProblemBar problem={controlProblem} />
          {state.voting === 'closed' ? (
            <PlanSection plan={state.plan} occurrence={ctx.occurrence} run={run} />
          ) : null}
          <ProposeSection
            occurrence={ctx.occurrence}
            votingClosed={state.voting === 'closed'}
            run={run}
            newId={request.newId}
          />
          <VoteSection
            state={state}
            onDots={onDots}
            onSave={() => void saveBallot()}
            saving={saving}
            problem={voteProblem}
            run={run}
          />
          {state.voting === 'open' ? (
            <PlanSection plan={state.plan} occurrence={ctx.occurrence} run={run} />
          ) : null}
          {settingsOpen ? (
            <SettingsDialog
              settings={state.settings}
              run={run}
              newId={request.newId}
              onClose={() => setSettingsOpen(false)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
