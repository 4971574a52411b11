// The side panel's "keep going?" card: hidden until the running item is over time, then the tally, and the decision
// buttons only for whoever runs the agenda.
import { deriveKeepGoingState } from '../../../src/app/hooks/deriveKeepGoingState';
import { occurrenceKey } from '../../../src/domain/ids';
import type { RunView } from '../../../src/domain/run/viewRun';
import { applyIntent } from '../../../src/domain/series/applyIntent';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../src/domain/series/seriesDocument';
import { act, adele, ben, cy, emptyDoc, must, person, propose, vote } from './agenda/agendaFixture';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const T = Date.parse(occ);
const tk = person('tk', { isTimekeeper: true });
const item = { id: 'checkin', label: 'Check-in', minutes: 5, kind: 'segment' as const };

function running(): SeriesDocument {
  let d = act(emptyDoc(), adele, {
    kind: 'setSettings',
    settings: {
      ...DEFAULT_SETTINGS,
      segments: [{ id: 'checkin', label: 'Check-in', minutes: 5, position: 'before' }],
    },
  });
  d = propose(d, 't1', ben, { title: 'Hiring', why: '', outcome: 'decide', estimateMinutes: 20 }, occ);
  d = vote(d, ben, { t1: 1 }, occ);
  d = act(d, adele, { kind: 'closeVoting', occurrence: occ, meetingMinutes: 30 });
  return must(
    applyIntent(d, { kind: 'runAgenda', occurrence: occ, command: 'start', meetingMinutes: 30 }, tk, T),
  );
}
const view = (remainingMs: number, status: RunView['status'] = 'running'): RunView => ({
  status,
  index: 0,
  current: item,
  next: undefined,
  remainingMs,
  elapsedMs: 0,
  progress: 1,
});

describe('deriveKeepGoingState', () => {
  it('is hidden while time is left, before the start and after the end', () => {
    expect(deriveKeepGoingState(running(), occ, view(1000), 'ben', false).kind).toBe('hidden');
    expect(deriveKeepGoingState(running(), occ, view(-1, 'notStarted'), 'ben', false).kind).toBe('hidden');
    expect(deriveKeepGoingState(running(), occ, view(-1, 'finished'), 'ben', false).kind).toBe('hidden');
  });

  it('over time: the tally and my vote; only the runner decides', () => {
    let d = running();
    d = must(
      applyIntent(
        d,
        { kind: 'voteKeepGoing', occurrence: occ, itemId: 'checkin', choice: 'more' },
        ben,
        T + 1,
      ),
    );
    d = must(
      applyIntent(
        d,
        { kind: 'voteKeepGoing', occurrence: occ, itemId: 'checkin', choice: 'move' },
        cy,
        T + 2,
      ),
    );
    expect(deriveKeepGoingState(d, occ, view(-60_000), 'ben', false)).toMatchObject({
      kind: 'vote',
      more: 1,
      move: 1,
      mine: 'more',
      decides: false,
      summary: '1 to keep going, 1 to move on (a tie).',
    });
    expect(deriveKeepGoingState(d, occ, view(0), 'tk', true)).toMatchObject({
      decides: true,
      mine: undefined,
    });
  });
});
