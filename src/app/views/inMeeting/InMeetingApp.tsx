import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Meeting } from '../../../domain/meetings/meeting';
import { err, ok } from '../../../domain/result';
import type { Host } from '../../../host/hostTypes';
import { locateMeeting } from '../../../usecases/meeting/locateMeeting';
import type { Failure, Outcome } from '../../../usecases/ports';
import type { AppServices, LoadServices } from '../../AppServices';
import { messageForFailure } from '../../errors/messageForFailure';
import { deriveMeetingsViewState } from '../../hooks/deriveMeetingsViewState';
import { failureFromError } from '../../hooks/failureFromError';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';
import { MeetingView } from '../MeetingView';
import { SidePanelView } from './SidePanelView';
import { problemText } from '../../i18n/problemText';

export interface InMeetingAppProps {
  readonly host: Host;
  readonly loadServices: LoadServices;
  readonly timeZone: string;
  readonly frameContext: string;
  /** How this surface finds its meeting: the Teams meeting chat, or the appointment open in Outlook. */
  readonly locate: (services: AppServices, now: Date) => Promise<Outcome<Meeting>>;
  /** What the spinner says while `locate` runs. */
  readonly locating?: string;
  /** The meeting chat Teams named in the context (absent in Outlook): the recap is posted there. */
  readonly chatId?: string;
}

interface State {
  readonly loading: boolean;
  readonly meeting?: Meeting;
  readonly failure?: Failure;
}

/** The in-meeting surfaces find their meeting through the meeting chat Teams names in the context. */
export function locateByChat(chatId: string, timeZone: string): InMeetingAppProps['locate'] {
  return (s, now) => {
    // Not needed to find the meeting, but needed right after by openAgenda: asked now, side by side with the lookup,
    // they cost the side panel no round trip of their own (the ports share a recent answer).
    void s.agenda.teams.listJoinedTeams();
    void s.agenda.directory.me();
    return locateMeeting({ meetings: s.meetings, chats: s.chats }, chatId, now, timeZone);
  };
}

/**
 * Roundtable inside a Teams meeting: the meeting details tab and the meeting chat tab show the meeting's agenda,
 * roles and action items (as in the personal tab); the side panel shows the running agenda, compact; the stage
 * shows it large. First, the meeting is mapped to the user's own calendar event (locateMeeting).
 */
export function InMeetingApp({
  host,
  loadServices,
  timeZone,
  frameContext,
  locate,
  locating,
  chatId,
}: InMeetingAppProps) {
  const words = inMeetingMessages.app;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ loading: true });
  const signalled = useRef(false);

  useEffect(() => {
    let alive = true;
    setState({ loading: true });
    loadServices()
      .then((s) => locate(s, new Date()))
      .catch((e: unknown): Outcome<Meeting> => err(failureFromError(e)))
      .then((r) => {
        if (!alive) return;
        setState(r.ok ? { loading: false, meeting: r.value } : { loading: false, failure: r.failure });
        if (!signalled.current) {
          signalled.current = true;
          // The tab works (it explains what failed and offers Try again), so the host is told it loaded.
          host.notifySuccess();
        }
      });
    return () => {
      alive = false;
    };
  }, [loadServices, locate, attempt, host]);

  const item = useMemo(() => {
    if (!state.meeting) return undefined;
    const view = deriveMeetingsViewState({
      loading: false,
      outcome: ok([state.meeting]),
      now: new Date(),
      locale: host.session.locale,
      timeZone,
    });
    return view.kind === 'list' ? view.days[0]?.meetings[0] : undefined;
  }, [state.meeting, host.session.locale, timeZone]);

  if (state.loading) return <Spinner label={locating ?? words.locating} />;
  if (state.failure || !state.meeting || !item) {
    const failure = state.failure ?? {
      kind: 'notFound' as const,
      message: words.couldNotShow,
    };
    const m = messageForFailure(failure);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {failure.code === 'MeetingChatNotReadable'
              ? words.chatNotReadable
              : failure.kind === 'notFound'
                ? words.notInCalendar
                : m.title}
          </MessageBarTitle>
          <Body1>
            {failure.problem
              ? problemText(failure.problem)
              : failure.kind === 'notFound'
                ? failure.message
                : m.message}
          </Body1>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setAttempt((n) => n + 1)}>{words.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (frameContext === 'sidePanel' || frameContext === 'meetingStage')
    return (
      <SidePanelView
        host={host}
        loadServices={loadServices}
        meeting={state.meeting}
        layout={frameContext === 'meetingStage' ? 'stage' : 'panel'}
      />
    );
  return (
    <MeetingView
      loadServices={loadServices}
      meeting={state.meeting}
      item={item}
      {...(chatId ? { meetingChatId: chatId } : {})}
    />
  );
}
