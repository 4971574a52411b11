import { toHostName } from '../../../src/host/toHostName';

describe('toHostName', () => {
  it.each([
    ['Teams', 'Teams'],
    ['TeamsModern', 'Teams'],
    ['Outlook', 'Outlook'],
    ['OutlookWin32', 'Outlook'],
    ['Office', 'Office'],
    ['Places', 'Other'],
    ['Orange', 'Other'],
    [undefined, 'Other'],
  ] as const)('maps TeamsJS host %p to %p', (teamsHost, expected) => {
    expect(toHostName(teamsHost)).toBe(expected);
  });
});
