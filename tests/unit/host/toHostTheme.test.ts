import { toHostTheme } from '../../../src/host/toHostTheme';

describe('toHostTheme', () => {
  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    ['something-new', 'light'],
    [undefined, 'light'],
  ] as const)('maps TeamsJS theme %p to %p', (teamsTheme, expected) => {
    expect(toHostTheme(teamsTheme)).toBe(expected);
  });
});
