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
  noticeHeading: { marginTop: tokens.spacingVerticalS },
  noticeList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  showPast: { alignSelf: 'flex-start' },
});

export interface MyMeetingsViewProps {
  readonly state: MeetingsViewState;
  readonly onRetry: () => void;
  /** Opens a meeting's view by its id; absent: the list is read-only. */
  readonly onOpen?: (id: string) => void;
  /** The last four weeks, once asked for (onShowPast), newest first. */
  readonly past?: MeetingsViewState;
  /** Asks for the last four weeks; absent: the list offers no earlier meetings. */
  readonly onShowPast?: () => void;
}

/** "My meetings": the next 14 days grouped by day, or the loading, empty or error state. */
export function MyMeetingsView({ state, onRetry, onOpen, past, onShowPast }: MyMeetingsViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Title2 as="h1">My meetings</Title2>
      <MyMeetingsBody state={state} onRetry={onRetry} {...(onOpen ? { onOpen } : {})} />
      {onShowPast && (state.kind === 'list' || state.kind === 'empty') ? (
        <EarlierMeetings past={past} onShowPast={onShowPast} {...(onOpen ? { onOpen } : {})} />
      ) : null}
    </div>
  );
}

/** "Earlier meetings": the last four weeks on request, newest first, openable like the upcoming ones. */
function EarlierMeetings({
  past,
  onShowPast,
  onOpen,
}: {
  readonly past: MeetingsViewState | undefined;
  readonly onShowPast: () => void;
  readonly onOpen?: (id: string) => void;
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby="earlier-meetings" className={styles.section}>
      <Subtitle2 as="h2" id="earlier-meetings">
        Earlier meetings
      </Subtitle2>
      {past === undefined ? (
        <Button className={styles.showPast} onClick={onShowPast}>
          Show the last 4 weeks
        </Button>
      ) : past.kind === 'loading' ? (
        <Spinner label="Loading the last 4 weeks" />
      ) : past.kind === 'empty' ? (
        <Body1 role="status">No meetings in the last 4 weeks</Body1>
      ) : past.kind === 'error' ? (
        <FailureBar failure={past.failure} onRetry={onShowPast} />
      ) : (
        [...past.days].reverse().map((day) => (
          <div key={day.key} className={styles.day}>
            <Subtitle2 as="h3">{day.label}</Subtitle2>
            <ul role="list" className={styles.list} aria-label={day.label}>
              {[...day.meetings].reverse().map((m) => (
                <MeetingListItem key={m.id} meeting={m} {...(onOpen ? { onOpen } : {})} />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
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
      // No mailbox in this tenant (a B2B guest, or an account without Exchange Online): not a failure to retry, but
      // what this account can and can't do here.
      return state.failure.code === NO_MAILBOX ? (
        <NoCalendarNotice />
      ) : (
        <FailureBar failure={state.failure} onRetry={onRetry} />
      );
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

/** Graph's answer to a calendar read by an account with no mailbox in the tenant (sandbox README "Calendar"). */
const NO_MAILBOX = 'MailboxNotEnabledForRESTAPI';

function NoCalendarNotice() {
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Your meetings can’t be listed in this organization</MessageBarTitle>
        Your account has no Outlook calendar here: guest accounts from another organization don’t, so your
        meetings stay in your own organization’s calendar.
        <Text block weight="semibold" className={styles.noticeHeading}>
          What you can do here
        </Text>
        <ul className={styles.noticeList}>
          <li>
            Open Roundtable from the meeting in Teams (its tab or the side panel) to see the agenda, propose
            topics and vote, when the meeting’s team has added you.
          </li>
          <li>Read the agenda and roles the organizer publishes into the meeting invitation.</li>
        </ul>
        <Text block weight="semibold" className={styles.noticeHeading}>
          What needs an account in this organization
        </Text>
        <ul className={styles.noticeList}>
          <li>Listing your meetings on this page.</li>
          <li>Looking people up, so the role rotation isn’t worked out on your side; members see it.</li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
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
