import { teamsAppIdFor, teamsAppLink } from '../../../src/compose/teamsAppLink';
import type { HostSession } from '../../../src/host/hostTypes';

const hosted = (appId?: string): HostSession => ({
  kind: 'hosted',
  hostName: 'Teams',
  clientType: 'web',
  theme: 'light',
  locale: 'en-US',
  frameContext: 'content',
  ...(appId ? { appId } : {}),
  user: {},
  isNAAChannelRecommended: true,
});

describe('invite deep links name the app id the host reports', () => {
  it('prefers the run-time id (an org-catalog upload has its own) over the package id', () => {
    expect(teamsAppIdFor(hosted('9c1e6c1b-0000-4000-8000-00000000ca7a'), 'package-id')).toBe(
      '9c1e6c1b-0000-4000-8000-00000000ca7a',
    );
  });

  it('falls back to the package id when the host gives none, or outside a host', () => {
    expect(teamsAppIdFor(hosted(), 'package-id')).toBe('package-id');
    expect(
      teamsAppIdFor({ kind: 'standalone', theme: 'light', locale: 'en', reason: 'notFramed' }, 'p'),
    ).toBe('p');
  });

  it('builds the personal-tab link with the meeting as subEntityId', () => {
    const link = new URL(teamsAppLink('9c1e6c1b-0000-4000-8000-00000000ca7a', 'm:AAMk/1'));
    expect(link.pathname).toBe('/l/entity/9c1e6c1b-0000-4000-8000-00000000ca7a/myMeetings');
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'm:AAMk/1' });
  });
});
