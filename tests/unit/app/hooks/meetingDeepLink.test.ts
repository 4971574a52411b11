import { decodeOpenedMeeting, encodeOpenedMeeting } from '../../../../src/app/hooks/meetingDeepLink';
import { aMeeting } from '../../../builders/aMeeting';

describe('meeting deep links', () => {
  it('round-trips the meeting’s series identity and occurrence', () => {
    const m = aMeeting({ iCalUId: 'uid-1', kind: 'occurrence', originalStart: '2026-03-10T09:00:00Z' });
    expect(decodeOpenedMeeting(encodeOpenedMeeting(m))).toEqual({
      iCalUId: 'uid-1',
      occurrence: '2026-03-10T09:00:00.000Z',
    });
  });

  it('ignores anything else a link may carry', () => {
    for (const v of [undefined, null, '', 'not json', '{"i":1}', '[]', '{"o":"x"}', '{"i":"","o":"x"}'])
      expect(decodeOpenedMeeting(v)).toBeUndefined();
  });
});
