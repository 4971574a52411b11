import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Actor } from '../../../domain/agenda/agendaTypes';
import type { UserId } from '../../../domain/ids';
import type { StoredSeries } from '../../../usecases/ports';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import type { LoadServices } from '../../AppServices';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import { deriveNotesViewState, type NotesViewState } from '../../hooks/deriveNotesViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { useRoles } from '../../hooks/useRoles';
import { actionsMessages } from '../../i18n/en-US/actions';
import { ProblemBar } from '../agenda/ProblemBar';
import { ItemNotes } from './ItemNotes';
import { useNoteDrafts } from './useNoteDrafts';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface NotesAreaProps {
  readonly loadServices: LoadServices;
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  readonly actor: Actor;
}

/** Notes per agenda item, in the meeting view: the note-taker's (and invitees') record of each item. */
export function NotesArea({ loadServices, ctx, request, actor }: NotesAreaProps) {
  const styles = useStyles();
  const m = actionsMessages.notes;
  const view = useMemo(
    () => deriveNotesViewState(ctx.stored.doc, ctx.occurrence, actor),
    [ctx.stored.doc, ctx.occurrence, actor],
  );
  const notes = useNoteDrafts(request.dispatch, ctx.occurrence);
  return (
    <section className={styles.area} aria-label={m.heading}>
      <Title3 as="h2">{m.heading}</Title3>
      {!view.open ? (
        <Body1>{m.closed}</Body1>
      ) : (
        <>
          <Caption1 className={styles.muted}>{m.whoWrites}</Caption1>
          <Writers loadServices={loadServices} ctx={ctx} request={request} view={view} />
          {view.items.map((item) => (
            <ItemNotes key={item.id} item={item} canWrite={view.canWrite} notes={notes} />
          ))}
        </>
      )}
    </section>
  );
}

/** Who else writes notes: the note-taker (or organizer) invites attendees, or withdraws the invitation. */
function Writers({
  loadServices,
  ctx,
  request,
  view,
}: Omit<NotesAreaProps, 'actor'> & { readonly view: NotesViewState }) {
  const styles = useStyles();
  const m = actionsMessages.notes;
  const roles = useRoles(loadServices, ctx, request.dispatch, { recordsInputs: false });
  const [pick, setPick] = useState('');
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const invited = new Set<string>(view.writers.map((w) => w.id));
  const candidates = (roles.plan?.roster ?? []).filter((p) => p.id !== ctx.me.id && !invited.has(p.id));
  const set = async (person: UserId, name: string, on: boolean) => {
    setBusy(true);
    setProblem(undefined);
    const r = await request.dispatch({
      kind: 'setNoteWriter',
      occurrence: ctx.occurrence,
      person,
      name,
      invited: on,
    });
    setBusy(false);
    if (r.ok) setPick('');
    else setProblem(describeChangeFailure(r.failure));
  };
  const names = view.writers.map((w) => w.name).join(', ');
  if (!view.canInvite) return names ? <Caption1>{m.alsoWriting(names)}</Caption1> : null;
  const chosen = candidates.find((p) => p.id === pick);
  return (
    <div>
      {view.writers.length > 0 ? (
        <ul aria-label={m.invited}>
          {view.writers.map((w) => (
            <li key={w.id}>
              {w.name}{' '}
              <Button
                size="small"
                appearance="subtle"
                disabled={busy}
                onClick={() => void set(w.id, w.name, false)}
              >
                {m.remove}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {candidates.length > 0 ? (
        <div className={styles.row}>
          <Field label={m.invite}>
            <Select value={pick} onChange={(_, d) => setPick(d.value)}>
              <option value="">{m.choosePerson}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={busy || !chosen} onClick={() => chosen && void set(chosen.id, chosen.name, true)}>
            {m.inviteButton}
          </Button>
        </div>
      ) : null}
      <ProblemBar problem={problem} />
    </div>
  );
}
