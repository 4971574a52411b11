import { userTimeZone } from '../../../src/compose/userTimeZone';

describe('userTimeZone', () => {
  it('keeps a zone Intl can format in', () => {
    expect(userTimeZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(userTimeZone('America/Los_Angeles')).toBe('America/Los_Angeles');
  });

  it("stands UTC in for a zone the browser couldn't tell or Intl refuses, so no date formatter throws", () => {
    for (const reported of ['Etc/Unknown', '', 'Mars/Olympus', undefined]) {
      const zone = userTimeZone(reported ?? '');
      expect(zone).toBe('UTC');
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
    }
  });
});
