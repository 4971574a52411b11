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
import { shellMessages } from '../i18n/en-US/shell';

export function noHostMessage(session: HostSession): string | null {
  if (session.kind !== 'standalone' || session.reason === 'notFramed') return null;
  const m = shellMessages.noHost;
  return session.reason === 'initTimeout' ? m.initTimeout : m.initFailed;
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
  const m = shellMessages.noHost;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.title}</MessageBarTitle>
        <Body1>{`${message} ${m.reloadHint}`}</Body1>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{m.reload}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
