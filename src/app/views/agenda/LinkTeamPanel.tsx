import { Body1, Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Team } from '../../../domain/meetings/meeting';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { TeamOption } from '../../hooks/deriveAgendaViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '32rem' },
});

export interface LinkTeamPanelProps {
  readonly teams: readonly TeamOption[];
  readonly allTeams: readonly Team[];
  readonly link: AgendaRequest['link'];
}

/** The organizer's first step: the agenda lives in a team's files, so every member can read and write it. */
export function LinkTeamPanel({ teams, allTeams, link }: LinkTeamPanelProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  if (teams.length === 0) return <Body1>{m.noTeams}</Body1>;
  const submit = async () => {
    const team = allTeams.find((t) => t.id === teamId);
    if (!team) return;
    setBusy(true);
    const r = await link(team);
    setBusy(false);
    setProblem(r.ok ? undefined : describeChangeFailure(r.failure));
  };
  return (
    <div className={styles.panel}>
      <Body1>{m.linkIntro}</Body1>
      <Field label={m.team}>
        <Select value={teamId} onChange={(_, d) => setTeamId(d.value)}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <ProblemBar problem={problem} />
      <div>
        <Button appearance="primary" disabled={busy || teamId === ''} onClick={() => void submit()}>
          {busy ? m.linking : m.linkTeam}
        </Button>
      </div>
    </div>
  );
}
