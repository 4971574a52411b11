// Lean Coffee's "keep going?" (issue #15): per-voter votes on the running item, the tally, and "extend".
import { occurrenceKey } from '../../../../src/domain/ids';
import { tallyKeepGoing } from '../../../../src/domain/run/keepGoingTally';
import { viewRun } from '../../../../src/domain/run/viewRun';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { act, adele, ben, cy, emptyDoc, must, person, propose, vote } from '../../app/agenda/agendaFixture';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const MIN = 60_000;
const T = Date.parse('2026-01-05T09:00:00.000Z');
const timekeeper = person('tk', { isTimekeeper: true });

function running(): SeriesDocument {
  let d = act(emptyDoc(), adele, {
    kind: 'setSettings',
    settings: {
      ...DEFAULT_SETTINGS,
      segments: [{ id: 'checkin', label: 'Check-in', minutes: 5, position: 'before' }],
    },
  });
  d = propose(d, 't1', ben, { title: 'Hiring plan', why: '', outcome: 'decide', estimateMinutes: 20 }, occ);
  d = vote(d, ben, { t1: 2 }, occ);
  d = act(d, adele, { kind: 'closeVoting', occurrence: occ, meetingMinutes: 30 });
  return must(
    applyIntent(
      d,
      { kind: 'runAgenda', occurrence: occ, command: 'start', meetingMinutes: 30 },
      timekeeper,
      T,
    ),
  );
}
const voteAs = (d: SeriesDocument, who: typeof ben, choice: 'more' | 'move', now: number, item = 'checkin') =>
  applyIntent(d, { kind: 'voteKeepGoing', occurrence: occ, itemId: item, choice }, who, now);

describe('keep going?', () => {
  it('tallies one vote per voter; a changed mind replaces the vote, even from a clock that runs behind', () => {
    let d = running();
    d = must(voteAs(d, ben, 'more', T + 6 * MIN));
    d = must(voteAs(d, cy, 'move', T + 6 * MIN));
    d = must(voteAs(d, ben, 'move', T - 2 * 86_400_000));
    expect(tallyKeepGoing(d, occ, 'checkin', ben.id)).toEqual({ more: 0, move: 2, mine: 'move' });
  });

  it('two voters at once merge: both votes count', () => {
    const d = running();
    const a = must(voteAs(d, ben, 'more', T + 6 * MIN));
    const b = must(voteAs(d, cy, 'more', T + 6 * MIN - 3 * MIN));
    const m = mergeSeriesDocuments(a, b);
    expect(tallyKeepGoing(m, occ, 'checkin', cy.id)).toEqual({ more: 2, move: 0, mine: 'more' });
    expect(mergeSeriesDocuments(b, a)).toEqual(m);
  });

  it('refuses a vote on an item that is not on, or once the meeting finished', () => {
    const d = running();
    expect(voteAs(d, ben, 'more', T, 't1')).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
    const finished = must(
      applyIntent(
        d,
        { kind: 'runAgenda', occurrence: occ, command: 'finish', meetingMinutes: 30 },
        timekeeper,
        T + MIN,
      ),
    );
    expect(voteAs(finished, ben, 'more', T + 2 * MIN)).toMatchObject({ ok: false });
  });

  it('"Keep going 5 min" gives the item that is on five minutes from now, however far over it ran; Next drops them', () => {
    const d = running();
    const items = [
      { id: 'checkin', label: 'Check-in', minutes: 5, kind: 'segment' as const },
      { id: 't1', label: 'Hiring plan', minutes: 20, kind: 'boulder' as const },
    ];
    const cmd = (doc: SeriesDocument, command: 'extend' | 'next', now: number) =>
      must(
        applyIntent(
          doc,
          { kind: 'runAgenda', occurrence: occ, command, meetingMinutes: 30 },
          timekeeper,
          now,
        ),
      );
    const over = viewRun(d.occurrences[occ]?.run?.value, items, T + 6 * MIN);
    expect(over.remainingMs).toBe(-MIN);
    const extended = cmd(d, 'extend', T + 6 * MIN);
    expect(viewRun(extended.occurrences[occ]?.run?.value, items, T + 6 * MIN).remainingMs).toBe(5 * MIN);
    // Thirty-five minutes over: still five minutes from now, not five minutes off the overrun.
    const late = cmd(d, 'extend', T + 40 * MIN);
    expect(viewRun(late.occurrences[occ]?.run?.value, items, T + 40 * MIN).remainingMs).toBe(5 * MIN);
    // Pressed again while time is left: five more on top of what is left.
    const again = cmd(extended, 'extend', T + 8 * MIN);
    expect(viewRun(again.occurrences[occ]?.run?.value, items, T + 8 * MIN).remainingMs).toBe(8 * MIN);
    const moved = cmd(extended, 'next', T + 7 * MIN);
    expect(moved.occurrences[occ]?.run?.value).not.toHaveProperty('extendedMs');
    expect(viewRun(moved.occurrences[occ]?.run?.value, items, T + 7 * MIN).remainingMs).toBe(20 * MIN);
  });
});
