import {
  Button,
  Caption1,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { conflictTitle, type NoteItemView } from '../../hooks/deriveNotesViewState';
import { actionsMessages } from '../../i18n/en-US/actions';
import { ProblemBar } from '../agenda/ProblemBar';
import { NoteText } from './NoteText';
import type { NoteDrafts } from './useNoteDrafts';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  version: { padding: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ItemNotesProps {
  readonly item: NoteItemView;
  readonly canWrite: boolean;
  readonly notes: NoteDrafts;
}

/** One agenda item's notes: read, edit, or resolve two versions saved at once. */
export function ItemNotes({ item, canWrite, notes }: ItemNotesProps) {
  const styles = useStyles();
  const m = actionsMessages.notes;
  const draft = notes.drafts.get(item.id);
  const fieldError = draft?.problem?.kind === 'field' ? draft.problem.message : undefined;
  const editor = draft ? (
    <>
      <Field label={m.editorLabel(item.label)} hint={m.editorHint} validationMessage={fieldError}>
        <Textarea
          value={draft.text}
          resize="vertical"
          rows={5}
          onChange={(_, d) => notes.change(item.id, d.value)}
        />
      </Field>
      <ProblemBar problem={draft.problem} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={draft.busy} onClick={() => void notes.save(item.id)}>
          {draft.busy ? m.saving : m.save}
        </Button>
        <Button disabled={draft.busy} onClick={() => notes.cancel(item.id)}>
          {m.cancel}
        </Button>
      </div>
    </>
  ) : null;

  return (
    <section className={styles.item} aria-label={m.itemLabel(item.label)}>
      <Subtitle2 as="h3">{item.label}</Subtitle2>
      {item.conflict ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{conflictTitle(item.versions.length)}</MessageBarTitle>
            {m.conflict}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {item.versions.length === 0 && !draft ? <Caption1 className={styles.muted}>{m.none}</Caption1> : null}
      {!draft || item.conflict
        ? item.versions.map((v, i) => (
            <Card
              key={v.id}
              className={item.conflict ? styles.version : undefined}
              appearance={item.conflict ? 'outline' : 'subtle'}
            >
              {item.conflict ? <Caption1>{m.versionBy(i + 1, v.byName)}</Caption1> : null}
              <NoteText text={v.text} />
              {!item.conflict ? <Caption1 className={styles.muted}>{m.by(v.byName)}</Caption1> : null}
              {item.conflict && canWrite && !draft ? (
                <Button size="small" onClick={() => void keep(notes, item, v.text)}>
                  {m.keepVersion(i + 1)}
                </Button>
              ) : null}
            </Card>
          ))
        : null}
      {editor}
      {canWrite && !draft ? (
        <div className={styles.row}>
          {item.conflict ? (
            <Button
              onClick={() => notes.open(item.id, item.versions.map((v) => v.text).join('\n\n'), item.ids)}
            >
              {m.combine}
            </Button>
          ) : (
            <Button onClick={() => notes.open(item.id, item.versions[0]?.text ?? '', item.ids)}>
              {item.versions.length === 0 ? m.write : m.edit}
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}

/** Keeping one version is a save that saw them all: it replaces every version shown. */
function keep(notes: NoteDrafts, item: NoteItemView, text: string): Promise<boolean> {
  notes.open(item.id, text, item.ids);
  return notes.save(item.id, text);
}
