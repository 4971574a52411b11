// The line under a meeting's title: where the meeting stands, for the person looking (issue #16 header).
import { deriveMeetingStatus } from '../../../../src/app/hooks/deriveMeetingStatus';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { OCC, act, adele, ben, close, emptyDoc, propose, topic, vote } from '../agenda/agendaFixture';

const status = (doc: SeriesDocument, me = ben.id) =>
  deriveMeetingStatus({ doc, occurrence: OCC, me, meetingMinutes: 60, closes: 'Monday 10:00 AM' });

function proposed(): SeriesDocument {
  let d = propose(emptyDoc(), 'a', ben, topic('Hiring'));
  d = propose(d, 'b', adele, topic('Offsite'));
  return propose(d, 'c', adele, topic('Budget'));
}

describe('deriveMeetingStatus', () => {
  it('voting open: until when, and the viewer’s own dots left', () => {
    // The default budget is 3 dots.
    const d = vote(proposed(), ben, { a: 2, b: 1 });
    expect(status(d)).toBe('Voting open until Monday 10:00 AM · you have 0 of 3 dots left');
    expect(status(d, adele.id)).toBe('Voting open until Monday 10:00 AM · you have 3 of 3 dots left');
    expect(status(vote(d, adele, { c: 1 }), adele.id)).toContain('you have 2 of 3 dots left');
  });

  it('voting closed: how many topics made the agenda; then in progress and finished', () => {
    const closed = close(vote(proposed(), ben, { a: 2 }));
    expect(status(closed)).toMatch(/^Voting closed · \d+ topics? on the agenda$/);
    const run = (d: SeriesDocument, command: 'start' | 'finish') =>
      act(d, adele, { kind: 'runAgenda', occurrence: OCC, command, meetingMinutes: 60 });
    const started = run(closed, 'start');
    expect(status(started)).toBe('In progress');
    expect(status(run(started, 'finish'))).toBe('Finished');
  });
});
