// The recap's lease and record in the series document: only the organizer, facilitator or note-taker sends; a second
// attempt waits for the lease or finds the record; an attempt that ended unclear makes the next one look first.
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import {
  holdsRecapLease,
  recapOf,
  recapsSent,
  RECAP_LEASE_MS,
} from '../../../../src/domain/recap/recapLease';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { adele, ben, OCC, person } from '../../app/agenda/agendaFixture';
import { closedMeeting } from './recapFixture';

const T = Date.parse('2025-03-10T10:30:00.000Z');
const noteTaker = person('nia', { isNoteTaker: true });
const apply = (d: SeriesDocument, who: Actor, intent: SeriesIntent, now = T) => {
  const r = applyIntent(d, intent, who, now);
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  return r.value;
};
const start = (holder: string) =>
  ({ kind: 'startRecap', occurrence: OCC, holder, channel: 'chat', marker: 'rt-recap-x' }) as const;
const sent = (holder: string, messageId: string) =>
  ({ kind: 'recapSent', occurrence: OCC, holder, channel: 'chat', messageId, recipients: 0 }) as const;

describe('recap lease', () => {
  it('refuses an attendee without a role', () => {
    const r = applyIntent(closedMeeting(), start('h1'), ben, T);
    expect(r.ok ? 'accepted' : r.failure.kind).toBe('notAllowed');
  });

  it('a double click: the second attempt finds the first one’s lease and takes nothing', () => {
    const first = apply(closedMeeting(), noteTaker, start('h1'));
    expect(holdsRecapLease(first, OCC, 'h1', T)).toBe(true);
    const second = apply(first, noteTaker, start('h2'), T + 1);
    expect(second).toBe(first);
    expect(holdsRecapLease(second, OCC, 'h2', T + 1)).toBe(false);
  });

  it('once sent, nobody takes the lease again, and the record survives a merge with an older copy', () => {
    const leased = apply(closedMeeting(), adele, start('h1'));
    const done = apply(leased, adele, sent('h1', '17'));
    expect(recapsSent(done, OCC)).toEqual([
      expect.objectContaining({ channel: 'chat', messageId: '17', by: adele.id }),
    ]);
    expect(recapOf(done, OCC).lease?.value.until).toBe(0);
    expect(apply(done, noteTaker, start('h3'), T + 5)).toBe(done);
  });

  it('an attempt that vanished or ended unclear makes the next lease look for the marker first', () => {
    const vanished = apply(closedMeeting(), adele, start('h1'));
    const later = apply(vanished, noteTaker, start('h2'), T + RECAP_LEASE_MS + 1);
    expect(recapOf(later, OCC).lease?.value).toMatchObject({ holder: 'h2', unclear: true });
    const released = apply(apply(closedMeeting(), adele, start('h1')), adele, {
      kind: 'releaseRecap',
      occurrence: OCC,
      holder: 'h1',
      unclear: false,
    });
    expect(recapOf(apply(released, adele, start('h2')), OCC).lease?.value.unclear).toBe(false);
    const unclear = apply(apply(closedMeeting(), adele, start('h1')), adele, {
      kind: 'releaseRecap',
      occurrence: OCC,
      holder: 'h1',
      unclear: true,
    });
    expect(recapOf(apply(unclear, adele, start('h2')), OCC).lease?.value.unclear).toBe(true);
  });
});
