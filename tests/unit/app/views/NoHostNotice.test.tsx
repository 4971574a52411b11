import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { NoHostNotice, noHostMessage } from '../../../../src/app/views/NoHostNotice';
import type { HostSession } from '../../../../src/host/hostTypes';

const standalone = (reason: 'notFramed' | 'initTimeout' | 'initFailed'): HostSession => ({
  kind: 'standalone',
  theme: 'light',
  locale: 'en-US',
  reason,
});

describe('a framed page whose host never answered', () => {
  it('says it runs on its own, with a way to connect again; a top-level page or a hosted one says nothing', () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={teamsLightTheme}>
        <NoHostNotice session={standalone('initTimeout')} onReload={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toContain('Not connected to Teams');
    expect(html).toContain('didn’t answer as Microsoft Teams, Outlook or Microsoft 365 in time');
    expect(html).toContain('Reload');
    expect(noHostMessage(standalone('initFailed'))).toContain('refused to connect');
    expect(noHostMessage(standalone('notFramed'))).toBeNull();
    expect(
      noHostMessage({
        kind: 'hosted',
        hostName: 'Teams',
        clientType: 'web',
        theme: 'light',
        locale: 'en-US',
        frameContext: 'content',
        user: {},
        isNAAChannelRecommended: true,
      }),
    ).toBeNull();
  });
});
