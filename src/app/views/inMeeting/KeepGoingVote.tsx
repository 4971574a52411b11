// Lean Coffee's "keep going?" in the side panel (issue #15): when the running item's time box runs out, a quick
// thumbs vote; the timekeeper sees the tally and decides with the run commands. A failed vote says so and keeps the
// user's choice on screen to try again.
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { NextRegular, ThumbDislikeRegular, ThumbLikeRegular, TimerRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { KeepGoingChoice } from '../../../domain/run/keepGoingTally';
import type { RunCommand } from '../../../domain/run/runState';
import type { RunView } from '../../../domain/run/viewRun';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { StoredSeries } from '../../../usecases/ports';
import { deriveKeepGoingState } from '../../hooks/deriveKeepGoingState';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';
import { ProblemBar } from '../agenda/ProblemBar';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface KeepGoingVoteProps {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  readonly view: RunView;
  readonly canRun: boolean;
  /** The running agenda's commands ("extend", "next"), with the panel's own busy state and problem reporting. */
  readonly command: (cmd: RunCommand) => Promise<void>;
  readonly busy: boolean;
}

export function KeepGoingVote({ ctx, request, view, canRun, command, busy }: KeepGoingVoteProps) {
  const styles = useStyles();
  const state = deriveKeepGoingState(ctx.stored.doc, ctx.occurrence, view, ctx.me.id, canRun);
  const [saving, setSaving] = useState<KeepGoingChoice>();
  const [problem, setProblem] = useState<ChangeProblem>();
  if (state.kind === 'hidden') return null;

  const cast = async (choice: KeepGoingChoice) => {
    setSaving(choice);
    setProblem(undefined);
    const r = await request.dispatch({
      kind: 'voteKeepGoing',
      occurrence: ctx.occurrence,
      itemId: state.itemId,
      choice,
    });
    setSaving(undefined);
    if (!r.ok) setProblem(describeChangeFailure(r.failure));
  };
  const chosen = saving ?? state.mine;
  const m = inMeetingMessages.keepGoing;

  return (
    <div className={styles.card} role="group" aria-label={m.label}>
      <Text weight="semibold">{m.timesUp(state.label)}</Text>
      <div className={styles.row}>
        <Button
          icon={<ThumbLikeRegular />}
          appearance={chosen === 'more' ? 'primary' : 'secondary'}
          aria-pressed={chosen === 'more'}
          disabledFocusable={saving !== undefined}
          onClick={() => void cast('more')}
        >
          {m.keepGoingVotes(state.more)}
        </Button>
        <Button
          icon={<ThumbDislikeRegular />}
          appearance={chosen === 'move' ? 'primary' : 'secondary'}
          aria-pressed={chosen === 'move'}
          disabledFocusable={saving !== undefined}
          onClick={() => void cast('move')}
        >
          {m.moveOnVotes(state.move)}
        </Button>
      </div>
      <Caption1 role="status">{state.summary}</Caption1>
      {state.decides ? (
        <div className={styles.row}>
          <Button icon={<TimerRegular />} disabledFocusable={busy} onClick={() => void command('extend')}>
            {m.extend(state.extendMinutes)}
          </Button>
          <Button icon={<NextRegular />} disabledFocusable={busy} onClick={() => void command('next')}>
            {m.nextItem}
          </Button>
        </div>
      ) : null}
      <ProblemBar problem={problem} />
    </div>
  );
}
