import { listMyMeetings, myMeetingsWindow } from '../../../src/usecases/listMyMeetings';
import { aMeeting } from '../../builders/aMeeting';
import { InMemoryMeetingSource } from '../../fakes/InMemoryMeetingSource';

const now = new Date('2025-03-10T08:00:00Z');

describe('listMyMeetings', () => {
  it('asks the source for now … now + 14 days in the user time zone', async () => {
    const source = new InMemoryMeetingSource([]);
    await listMyMeetings(source, { now, timeZone: 'Europe/Berlin' });
    expect(source.calls).toEqual([
      {
        method: 'listMeetings',
        window: { start: new Date('2025-03-10T08:00:00Z'), end: new Date('2025-03-24T08:00:00Z') },
        timeZone: 'Europe/Berlin',
      },
    ]);
  });

  it('returns the meetings in the window, including one already in progress', async () => {
    const inProgress = aMeeting({
      subject: 'Stand-up',
      start: '2025-03-10T07:45:00Z',
      end: '2025-03-10T08:15:00Z',
    });
    const past = aMeeting({
      subject: 'Yesterday',
      start: '2025-03-09T07:45:00Z',
      end: '2025-03-09T08:15:00Z',
    });
    const tooLate = aMeeting({
      subject: 'In three weeks',
      start: '2025-03-31T09:00:00Z',
      end: '2025-03-31T10:00:00Z',
    });
    const source = new InMemoryMeetingSource([inProgress, past, tooLate]);

    const outcome = await listMyMeetings(source, { now, timeZone: 'UTC' });
    expect(outcome).toEqual({ ok: true, value: [inProgress] });
  });

  it('passes failures through as values', async () => {
    const source = new InMemoryMeetingSource([aMeeting()]);
    source.failWith({ kind: 'throttled', status: 429, retryAfterMs: 5000 });
    expect(await listMyMeetings(source, { now, timeZone: 'UTC' })).toEqual({
      ok: false,
      failure: { kind: 'throttled', status: 429, retryAfterMs: 5000 },
    });
  });

  it('does not mutate the clock it is given', () => {
    const clock = new Date(now.getTime());
    const window = myMeetingsWindow(clock);
    window.start.setTime(0);
    expect(clock.getTime()).toBe(now.getTime());
  });
});
