/// <reference types="office-js" />
// Composition root for the Outlook add-in's task pane (dist/taskpane.html): Office.js (loaded from the Office CDN
// by the page) says which appointment is open; NAA (Outlook's nested app authentication) signs in where the client
// has NestedAppAuth 1.1, else an Office dialog running MSAL does (after a click), and a client with neither is told
// plainly what to use instead (chooseOfficeSignIn); the meeting view shows that meeting's agenda, roles and the
// user's own proposals and votes.
import { FluentProvider, MessageBar, MessageBarBody, teamsLightTheme } from '@fluentui/react-components';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { eventId } from '../domain/ids';
import { readOpenAppointment, type OfficeLike } from '../host/office/readOpenAppointment';
import { chooseOfficeSignIn, type OfficeRequirementsLike } from '../host/office/chooseOfficeSignIn';
import {
  createOfficeDialogTokenProvider,
  type OfficeDialogHost,
  type OfficeDialogTokenProvider,
} from '../auth/createOfficeDialogTokenProvider';
import { OfficeSignInPrompt } from '../app/views/taskpane/OfficeSignInPrompt';
import type { TokenProvider } from '../usecases/ports';
import { AGENDA_SCOPES } from './agendaScopes';
import type { Host, HostedSession } from '../host/hostTypes';
import { InMeetingApp } from '../app/views/inMeeting/InMeetingApp';
import { PendingWritesProvider } from '../app/pending/PendingWritesProvider';
import { BUILD_IDENTITY } from './buildIdentity';
import { cacheUntilRejected } from './cacheUntilRejected';
import { userTimeZone } from './userTimeZone';
import { loadLanguage } from '../app/i18n/loadLanguage';
import { meetingMessages } from '../app/i18n/en-US/meeting';

function render(node: React.ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={teamsLightTheme} style={{ padding: '12px', minHeight: '100vh' }}>
        {node}
      </FluentProvider>
    </StrictMode>,
  );
}

interface TaskPaneProps {
  readonly host: Host;
  readonly restId: string;
  readonly timeZone: string;
  /** The Office dialog sign-in, where the client has no NAA. */
  readonly tokenProvider?: TokenProvider;
}

function TaskPane({ host, restId, timeZone, tokenProvider }: TaskPaneProps) {
  const loadServices = useMemo(
    () =>
      cacheUntilRejected(async () =>
        (
          await import(/* webpackChunkName: "production-services" */ './productionServices')
        ).createProductionServices({
          clientId: BUILD_IDENTITY.clientId,
          session: host.session,
          redirectUri: new URL('auth-redirect.html', window.location.href).href,
          ...(tokenProvider ? { tokenProvider } : {}),
        }),
      ),
    [host, tokenProvider],
  );
  const locate = useMemo(
    () => (s: Awaited<ReturnType<typeof loadServices>>) => s.meetings.getMeeting(eventId(restId), timeZone),
    [restId, timeZone],
  );
  return (
    <PendingWritesProvider>
      <InMeetingApp
        host={host}
        loadServices={loadServices}
        timeZone={timeZone}
        frameContext="content"
        locate={locate}
        locating={meetingMessages.openingThisMeeting}
      />
    </PendingWritesProvider>
  );
}

/** No NAA: one click on Sign in opens the Office dialog; the meeting loads once a token is held. */
function DialogSignInTaskPane(props: TaskPaneProps & { readonly tokenProvider: OfficeDialogTokenProvider }) {
  const [signedIn, setSignedIn] = useState(false);
  if (!signedIn)
    return (
      <OfficeSignInPrompt
        signIn={() => props.tokenProvider.signIn(AGENDA_SCOPES)}
        onSignedIn={() => setSignedIn(true)}
      />
    );
  return <TaskPane {...props} />;
}

function officeDialogHost(): OfficeDialogHost {
  return {
    ui: Office.context.ui,
    failed: Office.AsyncResultStatus.Failed,
    messageReceived: Office.EventType.DialogMessageReceived,
    eventReceived: Office.EventType.DialogEventReceived,
  };
}

void Office.onReady(async () => {
  // Outlook's display language picks the messages' language before anything is drawn.
  const locale = Office.context.displayLanguage || navigator.language;
  await loadLanguage(locale, document);
  const signIn = chooseOfficeSignIn(Office as unknown as OfficeRequirementsLike);
  if (signIn === 'unsupported') {
    render(
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{meetingMessages.outlookUnsupported}</MessageBarBody>
      </MessageBar>,
    );
    return;
  }
  const office = Office as unknown as OfficeLike;
  const appointment = await readOpenAppointment(office);
  if (!appointment.ok) {
    render(
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{meetingMessages.noAppointment[appointment.code]}</MessageBarBody>
      </MessageBar>,
    );
    return;
  }
  const email = Office.context.mailbox?.userProfile.emailAddress;
  const session: HostedSession = {
    kind: 'hosted',
    hostName: 'Outlook', // i18n-ignore: the host's name as TeamsJS reports it, not shown
    clientType: 'outlook-add-in',
    theme: 'light',
    locale,
    frameContext: 'content',
    user: email ? { loginHint: email, userPrincipalName: email } : {},
    // NestedAppAuth 1.1: Outlook brokers tokens for the add-in (platform-facts §8, §11).
    isNAAChannelRecommended: signIn === 'naa',
  };
  const host: Host = {
    session,
    onThemeChange: () => () => undefined,
    notifySuccess: () => undefined,
    notifyFailure: () => undefined,
  };
  if (signIn === 'naa') {
    render(<TaskPane host={host} restId={appointment.restId} timeZone={userTimeZone()} />);
    return;
  }
  const tokenProvider = createOfficeDialogTokenProvider({
    office: officeDialogHost(),
    // Same origin as this pane (12004 otherwise), and a registered SPA redirect URI: the page is MSAL's redirectUri.
    dialogUrl: new URL('auth-dialog.html', window.location.href).href,
    ...(email ? { loginHint: email } : {}),
    now: () => Date.now(),
    // Where the browser can't say, try: Office reports a blocked dialog (12009/12011) and the app explains it.
    hasUserActivation: () => navigator.userActivation?.isActive ?? true,
  });
  render(
    <DialogSignInTaskPane
      host={host}
      restId={appointment.restId}
      timeZone={userTimeZone()}
      tokenProvider={tokenProvider}
    />,
  );
});
