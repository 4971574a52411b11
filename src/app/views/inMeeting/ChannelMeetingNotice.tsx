// A meeting held in a channel: Teams gives the tab the meeting and channel ids but no chat id (TeamsJS context:
// chat is undefined for channel meetings, the conversation being the channel's). The app finds a meeting by its
// chat (locateByChat), so it says plainly that channel meetings are not supported yet instead of showing an
// unrelated list or nothing. It is a loaded app, so the host hears success.
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { Host } from '../../../host/hostTypes';

export function ChannelMeetingNotice({ host }: { readonly host: Host }) {
  useEffect(() => {
    host.notifySuccess();
  }, [host]);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Channel meetings aren’t supported yet</MessageBarTitle>
        <Body1>
          Roundtable works in meetings scheduled from a calendar, which have their own meeting chat. This
          meeting was held in a channel, so Roundtable can’t find its agenda here. Open Roundtable from your
          personal app to see your meetings.
        </Body1>
      </MessageBarBody>
    </MessageBar>
  );
}
