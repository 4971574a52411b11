import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Actor } from '../../../domain/agenda/agendaTypes';
import type { StoredSeries } from '../../../usecases/ports';
import type { AgendaContext } from '../../../usecases/agenda/openAgenda';
import { deriveNotesViewState } from '../../hooks/deriveNotesViewState';
import type { AgendaRequest } from '../../hooks/useAgenda';
import { actionsMessages } from '../../i18n/en-US/actions';
import { ItemNotes } from './ItemNotes';
import { useNoteDrafts } from './useNoteDrafts';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The side panel's notes: the running item's, plus any item whose notes are still being written (a draft stays
 * on screen when the timekeeper moves on, so nothing typed disappears under the note-taker's fingers).
 */
export function PanelNotes({
  ctx,
  request,
  actor,
  itemId,
}: {
  readonly ctx: AgendaContext & { readonly stored: StoredSeries };
  readonly request: AgendaRequest;
  readonly actor: Actor;
  readonly itemId: string | undefined;
}) {
  const styles = useStyles();
  const view = useMemo(
    () => deriveNotesViewState(ctx.stored.doc, ctx.occurrence, actor),
    [ctx.stored.doc, ctx.occurrence, actor],
  );
  const notes = useNoteDrafts(request.dispatch, ctx.occurrence);
  const shown = view.items.filter((i) => i.id === itemId || notes.drafts.has(i.id));
  if (!view.open || shown.length === 0) return null;
  return (
    <div className={styles.card} role="group" aria-label={actionsMessages.notes.heading}>
      <Caption1 className={styles.muted}>{actionsMessages.notes.heading}</Caption1>
      {shown.map((item) => (
        <ItemNotes key={item.id} item={item} canWrite={view.canWrite} notes={notes} />
      ))}
    </div>
  );
}
