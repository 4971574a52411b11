// A page that is framed (or opened by another window) but whose host never answered TeamsJS: there is no host to
// tell anything, so the app runs on its own and says so, instead of passing for the personal tab. A framed page
// that simply isn't hosted (someone embedding the demo) reads the same honest sentence. Top-level pages
// (reason notFramed) show nothing: being standalone is what they are.
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { HostSession } from '../../host/hostTypes';

export function noHostMessage(session: HostSession): string | null {
  if (session.kind !== 'standalone' || session.reason === 'notFramed') return null;
  return session.reason === 'initTimeout'
    ? 'The page around Roundtable didn’t answer as Microsoft Teams, Outlook or Microsoft 365 in time, so Roundtable runs on its own here and signs you in with a pop-up window.'
    : 'The page around Roundtable refused to connect as Microsoft Teams, Outlook or Microsoft 365, so Roundtable runs on its own here and signs you in with a pop-up window.';
}

export function NoHostNotice({
  session,
  onReload,
}: {
  readonly session: HostSession;
  readonly onReload: () => void;
}) {
  const message = noHostMessage(session);
  if (message === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Not connected to Teams</MessageBarTitle>
        <Body1>{message} If you opened it in Teams or Outlook, reload to connect again.</Body1>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>Reload</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
