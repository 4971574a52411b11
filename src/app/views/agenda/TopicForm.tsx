import { Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { ESTIMATE_MAX, ESTIMATE_MIN, TITLE_MAX } from '../../../domain/agenda/agendaTypes';
import type { TopicInput } from '../../../domain/agenda/validateTopic';
import type { OutcomeKind } from '../../../domain/series/seriesDocument';
import { WholeNumberSpinButton } from '../../components/WholeNumberSpinButton';
import { agendaMessages } from '../../i18n/en-US/agenda';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalM,
  },
  estimate: { maxWidth: '10rem' },
  // The three outcomes wrap onto two lines in a narrow pane instead of widening the page.
  outcomes: { flexWrap: 'wrap' },
  outcomeField: { minWidth: 0, maxWidth: '100%' },
});

export const EMPTY_TOPIC: TopicInput = { title: '', why: '', outcome: 'discuss', estimateMinutes: 15 };

/** A rule error from validateTopic, shown on the field it names. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface TopicFormProps {
  readonly value: TopicInput;
  readonly onChange: (next: TopicInput) => void;
  readonly error: FieldError | undefined;
  readonly disabled?: boolean;
  /** The title input, for the caller to move focus to (after a proposal is stored, or to a field in error). */
  readonly titleRef?: Ref<HTMLInputElement>;
}

/** The fields of a topic; used to propose one and to edit one's own. Controlled, so nothing typed is ever lost. */
export function TopicForm({ value, onChange, error, disabled = false, titleRef }: TopicFormProps) {
  const styles = useStyles();
  const m = agendaMessages;
  const on = (field: string) => (error?.field === field ? error.message : undefined);
  const titleLength = value.title.trim().length;
  const titleError = on('title');
  return (
    <div className={styles.form}>
      <Field
        label={m.title}
        required
        validationMessage={titleError}
        validationState={titleError || titleLength > TITLE_MAX ? 'error' : 'none'}
        hint={m.titleLength(titleLength, TITLE_MAX)}
      >
        <Input
          ref={titleRef}
          value={value.title}
          disabled={disabled}
          onChange={(_, d) => onChange({ ...value, title: d.value })}
        />
      </Field>
      <Field label={m.why} validationMessage={on('why')}>
        <Textarea
          value={value.why}
          disabled={disabled}
          resize="vertical"
          onChange={(_, d) => onChange({ ...value, why: d.value })}
        />
      </Field>
      <div className={styles.row}>
        <Field label={m.outcomeLabel} validationMessage={on('outcome')} className={styles.outcomeField}>
          <RadioGroup
            className={styles.outcomes}
            layout="horizontal"
            value={value.outcome}
            disabled={disabled}
            onChange={(_, d) => onChange({ ...value, outcome: d.value as OutcomeKind })}
          >
            <Radio value="decide" label={m.outcome.decide} />
            <Radio value="discuss" label={m.outcome.discuss} />
            <Radio value="inform" label={m.outcome.inform} />
          </RadioGroup>
        </Field>
        <Field label={m.estimate} validationMessage={on('estimateMinutes')} className={styles.estimate}>
          <WholeNumberSpinButton
            min={ESTIMATE_MIN}
            max={ESTIMATE_MAX}
            value={value.estimateMinutes}
            disabled={disabled}
            onChange={(n) => onChange({ ...value, estimateMinutes: n })}
          />
        </Field>
      </div>
    </div>
  );
}
