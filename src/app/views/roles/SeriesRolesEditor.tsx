import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Result } from '../../../domain/result';
import { FACILITATOR, ROLE_LABEL_MAX, ROLES_MAX } from '../../../domain/roles/roleTypes';
import type { CustomRole } from '../../../domain/series/seriesDocument';
import type { ChangeFailure } from '../../../usecases/series/changeSeries';
import { describeChangeFailure } from '../../hooks/describeChangeFailure';
import { rolesMessages } from '../../i18n/en-US/roles';
import { shownRole, storedRole } from '../../viewState/roleLabel';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface SeriesRolesEditorProps {
  readonly roles: readonly CustomRole[];
  readonly busy: boolean;
  readonly newId: () => string;
  readonly onSave: (roles: readonly CustomRole[]) => Promise<Result<void, ChangeFailure>>;
}

/**
 * The organizer's editor for the series' roles: rename, add (e.g. "Challenger" / "challenged"), remove (never the
 * facilitator) and reorder (the order is the pick order). The draft survives a failed save, with the reason shown.
 */
export function SeriesRolesEditor({ roles, busy, newId, onSave }: SeriesRolesEditorProps) {
  const styles = useStyles();
  const m = rolesMessages.editor;
  const [open, setOpen] = useState(false);
  // The default roles' words in the user's language; left as shown, they are saved as the stored English again.
  const [draft, setDraft] = useState<CustomRole[]>(() => roles.map(shownRole));
  const [problem, setProblem] = useState<string>();
  const update = (i: number, patch: Partial<CustomRole>) =>
    setDraft((d) => d.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      const [r] = next.splice(i, 1);
      if (r) next.splice(i + by, 0, r);
      return next;
    });
  const save = async () => {
    setProblem(undefined);
    const r = await onSave(draft.map(storedRole));
    if (r.ok) setOpen(false);
    else setProblem(describeChangeFailure(r.failure).message);
  };
  // An inline panel rather than a modal Dialog: the editor needs no focus trap, and a modal's focus sentinels
  // would sit in the page for every organizer.
  if (!open)
    return (
      <div>
        <Button
          aria-expanded={false}
          onClick={() => {
            setDraft(roles.map(shownRole));
            setProblem(undefined);
            setOpen(true);
          }}
        >
          {m.open}
        </Button>
      </div>
    );
  return (
    <section className={styles.panel} aria-labelledby="series-roles-title">
      <Subtitle2 as="h3" id="series-roles-title">
        {m.title}
      </Subtitle2>
      <div className={styles.rows}>
        {problem ? (
          <MessageBar intent="warning">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        ) : null}
        {draft.map((r, i) => (
          <div key={r.id} className={styles.row}>
            <Field label={m.role(i + 1)} required>
              <Input
                value={r.label}
                maxLength={ROLE_LABEL_MAX}
                onChange={(_, d) => update(i, { label: d.value })}
              />
            </Field>
            <Field label={m.pastTense(r.label || m.unnamed(i + 1))} hint={m.pastTenseHint} required>
              <Input
                value={r.served}
                maxLength={ROLE_LABEL_MAX}
                onChange={(_, d) => update(i, { served: d.value })}
              />
            </Field>
            <Button disabled={i === 0} onClick={() => move(i, -1)} aria-label={m.moveUp(r.label)}>
              {m.up}
            </Button>
            <Button
              disabled={i === draft.length - 1}
              onClick={() => move(i, 1)}
              aria-label={m.moveDown(r.label)}
            >
              {m.down}
            </Button>
            {r.id === FACILITATOR ? null : (
              <Button
                onClick={() => setDraft((d) => d.filter((_, j) => j !== i))}
                aria-label={m.removeRole(r.label || m.unnamed(i + 1))}
              >
                {m.remove}
              </Button>
            )}
          </div>
        ))}
        <div>
          <Button
            disabled={draft.length >= ROLES_MAX}
            onClick={() => setDraft((d) => [...d, { id: `custom-${newId()}`, label: '', served: '' }])}
          >
            {m.add}
          </Button>
        </div>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {m.save}
        </Button>
        <Button onClick={() => setOpen(false)}>{m.cancel}</Button>
      </div>
    </section>
  );
}
