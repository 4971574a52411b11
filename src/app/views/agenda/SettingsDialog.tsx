import { shownSegment, storedSegment } from '../../viewState/segmentLabel';
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { validateSettings } from '../../../domain/agenda/validateSettings';
import type { Segment, SeriesSettings } from '../../../domain/series/seriesDocument';
import { describeChangeFailure, type ChangeProblem } from '../../hooks/describeChangeFailure';
import type { Dispatch } from '../../hooks/useAgenda';
import { ProblemBar } from './ProblemBar';
import { WholeNumberSpinButton } from '../../components/WholeNumberSpinButton';
import { FocusReturningDialog } from '../../components/FocusReturningDialog';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  numbers: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  number: { width: '9rem' },
  segment: {
    display: 'grid',
    gridTemplateColumns: '1fr 7rem 9rem auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
});

export interface SettingsDialogProps {
  readonly settings: SeriesSettings;
  readonly dispatch: Dispatch;
  readonly newId: () => string;
  readonly onClose: () => void;
}

/** The organizer's series settings, checked with the domain's validateSettings before anything is stored. */
export function SettingsDialog({ settings, dispatch, newId, onClose }: SettingsDialogProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const [draft, setDraft] = useState<SeriesSettings>(() => ({
    ...settings,
    segments: settings.segments.map(shownSegment),
  }));
  const [problem, setProblem] = useState<ChangeProblem>();
  const [busy, setBusy] = useState(false);
  const on = (field: string) =>
    problem?.kind === 'field' && problem.field === field ? problem.message : undefined;
  const setSegment = (i: number, patch: Partial<Segment>) =>
    setDraft((d) => ({ ...d, segments: d.segments.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const save = async () => {
    // Default segments left as shown are stored in English, so they stay translated for everyone (segmentLabel.ts).
    const settingsToStore = { ...draft, segments: draft.segments.map(storedSegment) };
    const checked = validateSettings(settingsToStore);
    if (!checked.ok) return setProblem(describeChangeFailure({ source: 'rules', error: checked.failure }));
    setBusy(true);
    const r = await dispatch({ kind: 'setSettings', settings: settingsToStore });
    setBusy(false);
    if (r.ok) onClose();
    else setProblem(describeChangeFailure(r.failure));
  };
  return (
    <FocusReturningDialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.settingsTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.numbers}>
              <Field
                label={m.topicsOnAgenda}
                validationMessage={on('boulderCount')}
                className={styles.number}
              >
                <WholeNumberSpinButton
                  min={1}
                  max={10}
                  value={draft.boulderCount}
                  onChange={(n) => setDraft({ ...draft, boulderCount: n })}
                />
              </Field>
              <Field label={m.dotsPerPerson} validationMessage={on('budget')} className={styles.number}>
                <WholeNumberSpinButton
                  min={1}
                  max={20}
                  value={draft.budget}
                  onChange={(n) => setDraft({ ...draft, budget: n })}
                />
              </Field>
              <Field
                label={m.mostDotsOnOneTopic}
                validationMessage={on('maxPerTopic')}
                className={styles.number}
              >
                <WholeNumberSpinButton
                  min={1}
                  max={20}
                  value={draft.maxPerTopic}
                  onChange={(n) => setDraft({ ...draft, maxPerTopic: n })}
                />
              </Field>
            </div>
            <Subtitle2 as="h3">{m.fixedSegments}</Subtitle2>
            {draft.segments.map((s, i) => (
              <div key={s.id} className={styles.segment}>
                <Field label={m.segmentName(i + 1)}>
                  <Input value={s.label} onChange={(_, d) => setSegment(i, { label: d.value })} />
                </Field>
                <Field label={m.minutes}>
                  <WholeNumberSpinButton
                    min={0}
                    max={240}
                    value={s.minutes}
                    onChange={(n) => setSegment(i, { minutes: n })}
                  />
                </Field>
                <Field label={m.when}>
                  <Select
                    value={s.position}
                    onChange={(_, d) => setSegment(i, { position: d.value === 'after' ? 'after' : 'before' })}
                  >
                    <option value="before">{m.beforeTheTopics}</option>
                    <option value="after">{m.afterTheTopics}</option>
                  </Select>
                </Field>
                <Button
                  icon={<DeleteRegular />}
                  aria-label={m.removeSegment(s.label || String(i + 1))}
                  onClick={() => setDraft({ ...draft, segments: draft.segments.filter((_, j) => j !== i) })}
                />
              </div>
            ))}
            {on('segments') ? <ProblemBar problem={{ kind: 'rule', message: on('segments') ?? '' }} /> : null}
            <div>
              <Button
                onClick={() =>
                  setDraft({
                    ...draft,
                    segments: [...draft.segments, { id: newId(), label: '', minutes: 5, position: 'after' }],
                  })
                }
              >
                {m.addSegment}
              </Button>
            </div>
            <ProblemBar problem={problem} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
              {m.saveSettings}
            </Button>
            <Button onClick={onClose}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </FocusReturningDialog>
  );
}
