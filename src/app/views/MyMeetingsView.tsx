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
import { failuresMessages } from '../i18n/en-US/failures';
import { shellMessages } from '../i18n/en-US/shell';

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
      <Title2 as="h1">{shellMessages.myMeetings.title}</Title2>
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
  const m = shellMessages.myMeetings;
  return (
    <section aria-labelledby="earlier-meetings" className={styles.section}>
      <Subtitle2 as="h2" id="earlier-meetings">
        {m.earlier}
      </Subtitle2>
      {past === undefined ? (
        <Button className={styles.showPast} onClick={onShowPast}>
          {m.showPast}
        </Button>
      ) : past.kind === 'loading' ? (
        <Spinner label={m.loadingPast} />
      ) : past.kind === 'empty' ? (
        <Body1 role="status">{m.noPast}</Body1>
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
  const m = shellMessages.myMeetings;
  switch (state.kind) {
    case 'loading':
      return <Spinner className={styles.status} label={m.loading} />;
    case 'empty':
      return (
        <Body1 className={styles.status} role="status">
          {m.empty}
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
        <section aria-label={m.title} className={styles.section}>
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
  const m = shellMessages.noCalendar;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.title}</MessageBarTitle>
        {m.body}
        <Text block weight="semibold" className={styles.noticeHeading}>
          {m.canDoHeading}
        </Text>
        <ul className={styles.noticeList}>
          <li>{m.canDoInTeams}</li>
          <li>{m.canDoInvitation}</li>
        </ul>
        <Text block weight="semibold" className={styles.noticeHeading}>
          {m.needsAccountHeading}
        </Text>
        <ul className={styles.noticeList}>
          <li>{m.needsAccountList}</li>
          <li>{m.needsAccountPeople}</li>
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
            {failuresMessages.reference(message.reference)}
          </Text>
        ) : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRetry}>
          {failuresMessages.tryAgain}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
