import { eventId } from '../../../../src/domain/ids';
import { groupMeetingsByDay } from '../../../../src/domain/meetings/groupMeetingsByDay';
import { aMeeting } from '../../../builders/aMeeting';

describe('groupMeetingsByDay', () => {
  it('groups by the local calendar day in the given time zone, not by UTC day', () => {
    // 23:30 UTC on the 10th is already the 11th in Berlin (UTC+1 in March) but still the 10th in New York.
    const late = aMeeting({ subject: 'Late', start: '2025-03-10T23:30:00Z', end: '2025-03-10T23:45:00Z' });
    const morning = aMeeting({
      subject: 'Morning',
      start: '2025-03-10T08:00:00Z',
      end: '2025-03-10T08:30:00Z',
    });

    const berlin = groupMeetingsByDay([late, morning], 'Europe/Berlin');
    expect(berlin.map((d) => [d.day, d.meetings.map((m) => m.meeting.subject)])).toEqual([
      ['2025-03-10', ['Morning']],
      ['2025-03-11', ['Late']],
    ]);

    const newYork = groupMeetingsByDay([late, morning], 'America/New_York');
    expect(newYork.map((d) => [d.day, d.meetings.map((m) => m.meeting.subject)])).toEqual([
      ['2025-03-10', ['Morning', 'Late']],
    ]);
  });

  it('sorts days ascending and meetings all-day first, then by start, end, subject', () => {
    const meetings = [
      aMeeting({ subject: 'B', start: '2025-03-12T10:00:00Z', end: '2025-03-12T11:00:00Z' }),
      aMeeting({ subject: 'A', start: '2025-03-12T10:00:00Z', end: '2025-03-12T11:00:00Z' }),
      aMeeting({ subject: 'Short', start: '2025-03-12T10:00:00Z', end: '2025-03-12T10:15:00Z' }),
      aMeeting({
        subject: 'Holiday',
        start: '2025-03-12T00:00:00Z',
        end: '2025-03-13T00:00:00Z',
        isAllDay: true,
      }),
      aMeeting({ subject: 'Earlier day', start: '2025-03-11T15:00:00Z', end: '2025-03-11T16:00:00Z' }),
    ];
    const days = groupMeetingsByDay(meetings, 'UTC');
    expect(days.map((d) => d.day)).toEqual(['2025-03-11', '2025-03-12']);
    expect(days[1]?.meetings.map((m) => m.meeting.subject)).toEqual(['Holiday', 'Short', 'A', 'B']);
  });

  it('keeps cancelled meetings instead of dropping them', () => {
    const cancelled = aMeeting({ subject: 'Canceled: Retro', isCancelled: true });
    const days = groupMeetingsByDay([cancelled], 'UTC');
    expect(days[0]?.meetings[0]?.meeting.isCancelled).toBe(true);
  });

  it('marks series membership and counts the series occurrences in view', () => {
    const master = eventId('master-1');
    const occ1 = aMeeting({
      kind: 'occurrence',
      seriesMasterId: master,
      start: '2025-03-10T09:00:00Z',
      end: '2025-03-10T09:30:00Z',
    });
    const occ2 = aMeeting({
      kind: 'exception',
      seriesMasterId: master,
      start: '2025-03-17T11:00:00Z',
      end: '2025-03-17T11:30:00Z',
      originalStart: '2025-03-17T09:00:00Z',
    });
    const single = aMeeting({
      kind: 'singleInstance',
      start: '2025-03-11T09:00:00Z',
      end: '2025-03-11T09:30:00Z',
    });

    const all = groupMeetingsByDay([occ1, occ2, single], 'UTC').flatMap((d) => d.meetings);
    expect(all.map((m) => m.series)).toEqual([
      { kind: 'occurrence', seriesMasterId: master, occurrencesInView: 2, moved: false },
      { kind: 'single' },
      { kind: 'exception', seriesMasterId: master, occurrencesInView: 2, moved: true },
    ]);
  });

  it('returns no days for no meetings and never loses a meeting', () => {
    expect(groupMeetingsByDay([], 'UTC')).toEqual([]);
    const many = Array.from({ length: 25 }, (_, i) =>
      aMeeting({
        start: new Date(Date.UTC(2025, 2, 10, i * 7)).toISOString(),
        end: new Date(Date.UTC(2025, 2, 10, i * 7 + 1)).toISOString(),
      }),
    );
    const grouped = groupMeetingsByDay(many, 'Asia/Kolkata').flatMap((d) =>
      d.meetings.map((m) => m.meeting.id),
    );
    expect([...grouped].sort()).toEqual(many.map((m) => m.id).sort());
  });
});
