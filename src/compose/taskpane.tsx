/// <reference types="office-js" />
// Composition root for the Outlook add-in's task pane (dist/taskpane.html): Office.js (loaded from the Office CDN
// by the page) says which appointment is open; NAA (Outlook's nested app authentication) signs in; the meeting
// view shows that meeting's agenda, roles and the user's own proposals and votes.
import { FluentProvider, MessageBar, MessageBarBody, teamsLightTheme } from '@fluentui/react-components';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { eventId } from '../domain/ids';
import { readOpenAppointment, type OfficeLike } from '../host/office/readOpenAppointment';
import type { Host, HostedSession } from '../host/hostTypes';
import { InMeetingApp } from '../app/views/inMeeting/InMeetingApp';
import { PendingWritesProvider } from '../app/pending/PendingWritesProvider';
import { BUILD_IDENTITY } from './buildIdentity';
import { cacheUntilRejected } from './cacheUntilRejected';
import { userTimeZone } from './userTimeZone';

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

function TaskPane({ host, restId, timeZone }: { host: Host; restId: string; timeZone: string }) {
  const loadServices = useMemo(
    () =>
      cacheUntilRejected(async () =>
        (
          await import(/* webpackChunkName: "production-services" */ './productionServices')
        ).createProductionServices({
          clientId: BUILD_IDENTITY.clientId,
          session: host.session,
          redirectUri: new URL('auth-redirect.html', window.location.href).href,
        }),
      ),
    [host],
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
        locating="Opening this meeting"
      />
    </PendingWritesProvider>
  );
}

void Office.onReady(async () => {
  const office = Office as unknown as OfficeLike;
  const appointment = await readOpenAppointment(office);
  if (!appointment.ok) {
    render(
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{appointment.message}</MessageBarBody>
      </MessageBar>,
    );
    return;
  }
  const email = Office.context.mailbox?.userProfile.emailAddress;
  const session: HostedSession = {
    kind: 'hosted',
    hostName: 'Outlook',
    clientType: 'outlook-add-in',
    theme: 'light',
    locale: Office.context.displayLanguage || navigator.language,
    frameContext: 'content',
    user: email ? { loginHint: email, userPrincipalName: email } : {},
    // Outlook offers nested app authentication to add-ins (platform-facts §8).
    isNAAChannelRecommended: true,
  };
  const host: Host = {
    session,
    onThemeChange: () => () => undefined,
    notifySuccess: () => undefined,
    notifyFailure: () => undefined,
  };
  render(<TaskPane host={host} restId={appointment.restId} timeZone={userTimeZone()} />);
});
