import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { messageForFailure } from '../errors/messageForFailure';
import { MeetingListItem } from '../components/MeetingListItem';
import type { MeetingsViewState } from '../hooks/deriveMeetingsViewState';
import type { Failure } from '../../usecases/ports';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  day: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  status: { paddingBlock: tokens.spacingVerticalXXL },
});

export interface MyMeetingsViewProps {
  readonly state: MeetingsViewState;
  readonly onRetry: () => void;
  /** Opens a meeting's view by its id; absent: the list is read-only. */
  readonly onOpen?: (id: string) => void;
}

/** "My meetings": the next 14 days grouped by day, or the loading, empty or error state. */
export function MyMeetingsView({ state, onRetry, onOpen }: MyMeetingsViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Title2 as="h1">My meetings</Title2>
      <MyMeetingsBody state={state} onRetry={onRetry} {...(onOpen ? { onOpen } : {})} />
    </div>
  );
}

function MyMeetingsBody({ state, onRetry, onOpen }: MyMeetingsViewProps) {
  const styles = useStyles();
  switch (state.kind) {
    case 'loading':
      return <Spinner className={styles.status} label="Loading your meetings" />;
    case 'empty':
      return (
        <Body1 className={styles.status} role="status">
          No meetings in the next 14 days
        </Body1>
      );
    case 'error':
      return <FailureBar failure={state.failure} onRetry={onRetry} />;
    case 'list':
      return (
        <section aria-label="My meetings" className={styles.section}>
          {state.days.map((day) => (
            <div key={day.key} className={styles.day}>
              <Subtitle2 as="h2">{day.label}</Subtitle2>
              <ul role="list" className={styles.list} aria-label={day.label}>
                {day.meetings.map((m) => (
                  <MeetingListItem key={m.id} meeting={m} {...(onOpen ? { onOpen } : {})} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      );
  }
}

function FailureBar({ failure, onRetry }: { readonly failure: Failure; readonly onRetry: () => void }) {
  const message = messageForFailure(failure);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.message}
        {message.reference ? (
          <Text block size={200}>
            Reference: {message.reference}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRetry}>
          Try again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
