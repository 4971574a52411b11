// A meeting held in a channel: Teams gives the tab the meeting and channel ids but no chat id (TeamsJS context:
// chat is undefined for channel meetings, the conversation being the channel's). The app finds a meeting by its
// chat (locateByChat), so it says plainly that channel meetings are not supported yet instead of showing an
// unrelated list or nothing. It is a loaded app, so the host hears success.
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Host } from '../../../host/hostTypes';
import { inMeetingMessages } from '../../i18n/en-US/inMeeting';

export function ChannelMeetingNotice({ host }: { readonly host: Host }) {
  useEffect(() => {
    host.notifySuccess();
  }, [host]);
  const m = inMeetingMessages.channelMeeting;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.title}</MessageBarTitle>
        <Body1>{m.body}</Body1>
      </MessageBarBody>
    </MessageBar>
  );
}
