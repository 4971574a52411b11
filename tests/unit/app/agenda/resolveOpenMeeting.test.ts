import { openedMeetingOf, resolveOpenMeeting } from '../../../../src/app/hooks/resolveOpenMeeting';
import { eventId } from '../../../../src/domain/ids';
import { aMeeting } from '../../../builders/aMeeting';

describe('resolveOpenMeeting', () => {
  it("finds the same meeting in another person's mailbox by iCalUId (event ids differ per mailbox)", () => {
    const mine = aMeeting({ id: eventId('organizer-copy'), iCalUId: 'uid-1' });
    const theirs = aMeeting({ id: eventId('attendee-copy'), iCalUId: 'uid-1' });
    const other = aMeeting({ iCalUId: 'uid-2' });
    expect(resolveOpenMeeting([other, theirs], openedMeetingOf(mine))).toBe(theirs);
  });

  it('tells occurrences sharing an iCalUId apart by their original start', () => {
    const opened = aMeeting({ iCalUId: 'uid', start: '2025-03-17T09:00:00Z', end: '2025-03-17T09:30:00Z' });
    const week1 = aMeeting({ iCalUId: 'uid', start: '2025-03-10T09:00:00Z' });
    const week2 = aMeeting({
      iCalUId: 'uid',
      start: '2025-03-17T10:00:00Z',
      end: '2025-03-17T10:30:00Z',
      originalStart: '2025-03-17T09:00:00Z',
    });
    expect(resolveOpenMeeting([week1, week2], openedMeetingOf(opened))).toBe(week2);
  });

  it('is undefined when the person is not invited', () => {
    expect(
      resolveOpenMeeting([aMeeting({ iCalUId: 'x' })], openedMeetingOf(aMeeting({ iCalUId: 'y' }))),
    ).toBeUndefined();
  });
});
