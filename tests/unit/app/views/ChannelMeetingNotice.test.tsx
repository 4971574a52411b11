import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { appKindFor } from '../../../../src/app/App';
import { ChannelMeetingNotice } from '../../../../src/app/views/inMeeting/ChannelMeetingNotice';
import type { Host, HostedSession } from '../../../../src/host/hostTypes';

const session = (over: Partial<HostedSession>): HostedSession => ({
  kind: 'hosted',
  hostName: 'Teams',
  clientType: 'web',
  theme: 'light',
  locale: 'en-US',
  frameContext: 'sidePanel',
  user: {},
  isNAAChannelRecommended: true,
  ...over,
});

describe('channel meetings (a meeting context with no chat id)', () => {
  it('are told apart from chat meetings and from the personal tab', () => {
    expect(appKindFor(session({ meetingId: 'm1', chatId: '19:meeting_x@thread.v2' }))).toBe('inMeeting');
    expect(appKindFor(session({ meetingId: 'm1', channelId: '19:abc@thread.tacv2', teamId: 'g1' }))).toBe(
      'channelMeeting',
    );
    expect(appKindFor(session({ frameContext: 'content' }))).toBe('myMeetings');
    expect(appKindFor({ kind: 'standalone', theme: 'light', locale: 'en', reason: 'notFramed' })).toBe(
      'myMeetings',
    );
  });

  it('say plainly that they are not supported yet', () => {
    const host: Host = {
      session: session({ meetingId: 'm1', channelId: 'c1' }),
      onThemeChange: () => () => undefined,
      notifySuccess: () => undefined,
      notifyFailure: () => undefined,
    };
    const html = renderToStaticMarkup(
      <FluentProvider theme={teamsLightTheme}>
        <ChannelMeetingNotice host={host} />
      </FluentProvider>,
    );
    expect(html).toContain('Channel meetings aren’t supported yet');
    expect(html).toContain('Open Roundtable from your personal app');
  });
});
