// Where a meeting opens (issue #16 "It opens on the step that matters now") and which steps it has.
import { stepIfAvailable, stepsFor } from '../../../../src/app/navigation/meetingStep';
import { openingStep } from '../../../../src/app/navigation/openingStep';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { OCC, act, adele, ben, close, emptyDoc, propose, topic, vote } from '../agenda/agendaFixture';

const HOUR = 3_600_000;
const start = Date.parse('2026-12-07T09:00:00Z');
const at = (doc: SeriesDocument | undefined, nowMs: number) =>
  openingStep({ doc, occurrence: OCC, startMs: start, endMs: start + HOUR, nowMs });

const open = (): SeriesDocument => vote(propose(emptyDoc(), 'a', ben, topic('Hiring')), ben, { a: 2 });
const run = (d: SeriesDocument, command: 'start' | 'finish') =>
  act(d, adele, { kind: 'runAgenda', occurrence: OCC, command, meetingMinutes: 60 });

describe('openingStep', () => {
  it('before the meeting: Prepare while voting is open, Agenda once it is agreed', () => {
    expect(at(open(), start - 24 * HOUR)).toBe('prepare');
    expect(at(close(open()), start - 24 * HOUR)).toBe('agenda');
  });

  it('once the meeting has started (or its run was started early): Run', () => {
    expect(at(close(open()), start + 10 * 60_000)).toBe('run');
    // Voting still open at the start time: the meeting is what matters now, not the vote.
    expect(at(open(), start)).toBe('run');
    expect(at(run(close(open()), 'start'), start - 10 * 60_000)).toBe('run');
  });

  it('after the meeting, or once its run was finished: Actions', () => {
    expect(at(close(open()), start + 2 * HOUR)).toBe('actions');
    expect(at(run(run(close(open()), 'start'), 'finish'), start + 30 * 60_000)).toBe('actions');
  });

  it('a meeting whose series has no team yet opens on Prepare (linking the team), whenever it is', () => {
    expect(at(undefined, start - HOUR)).toBe('prepare');
    expect(at(undefined, start + 2 * HOUR)).toBe('prepare');
  });
});

describe('stepsFor / stepIfAvailable', () => {
  it('a linked meeting has five steps in working order; an unlinked one only Prepare and Roles', () => {
    expect(stepsFor(true)).toEqual(['prepare', 'agenda', 'run', 'actions', 'roles']);
    expect(stepsFor(false)).toEqual(['prepare', 'roles']);
  });

  it('a step the meeting lacks (a link to Actions of an unlinked meeting) is not shown', () => {
    expect(stepIfAvailable('actions', false)).toBeUndefined();
    expect(stepIfAvailable('roles', false)).toBe('roles');
    expect(stepIfAvailable('actions', true)).toBe('actions');
    expect(stepIfAvailable(undefined, true)).toBeUndefined();
  });
});
