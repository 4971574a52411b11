import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda } from '../../../../src/domain/agenda/buildAgenda';
import { mergeTopics } from '../../../../src/domain/agenda/mergeTopics';
import { proposeTopic } from '../../../../src/domain/agenda/proposeTopic';
import { recordDecision } from '../../../../src/domain/agenda/recordDecision';
import { setTopicStatus } from '../../../../src/domain/agenda/setTopicStatus';
import { setSettings, setVoting } from '../../../../src/domain/agenda/voteCommands';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import type { Result } from '../../../../src/domain/result';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const person = (id: string, extra: Partial<Actor> = {}): Actor => ({
  id: userId(id),
  name: id.toUpperCase(),
  isOrganizer: false,
  isFacilitator: false,
  ...extra,
});
const ava = person('ava', { isOrganizer: true });
const ben = person('ben');
const cy = person('cy');
const dee = person('dee', { isFacilitator: true });
const must = <T, E>(r: Result<T, E>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.failure));
  return r.value;
};
const base = (): SeriesDocument => {
  let d = emptySeriesDocument(seriesKey('S'), 'Weekly');
  d = must(
    proposeTopic(
      d,
      {
        id: 'a',
        occurrence: W1,
        input: { title: 'Vendor', why: '', outcome: 'decide', estimateMinutes: 20 },
      },
      ben,
      1,
    ),
  );
  d = must(
    proposeTopic(
      d,
      { id: 'b', occurrence: W1, input: { title: 'Dup', why: '', outcome: 'decide', estimateMinutes: 20 } },
      cy,
      2,
    ),
  );
  return d;
};

describe('recordDecision', () => {
  it('lets the author, the organizer and the facilitator record it; nobody else', () => {
    const decision = { text: ' Go with X ', holder: ' BEN ' };
    const d = must(recordDecision(base(), W1, 'a', decision, ben, 10));
    expect(d.occurrences[W1]?.decisions.a).toEqual({
      value: { text: 'Go with X', holder: 'BEN' },
      at: 10,
      by: 'ben',
    });
    expect(recordDecision(base(), W1, 'a', decision, ava, 10).ok).toBe(true);
    expect(recordDecision(base(), W1, 'a', decision, dee, 10).ok).toBe(true);
    const r = recordDecision(base(), W1, 'a', decision, cy, 10);
    expect(r.ok ? null : r.failure.kind).toBe('notAllowed');
  });

  it('requires the decision text and its holder', () => {
    const noText = recordDecision(base(), W1, 'a', { text: '  ', holder: 'Ben' }, ben, 10);
    expect(noText.ok ? null : noText.failure).toMatchObject({ kind: 'invalidInput', field: 'decisionText' });
    const noHolder = recordDecision(base(), W1, 'a', { text: 'Yes', holder: '' }, ben, 10);
    expect(noHolder.ok ? null : noHolder.failure).toMatchObject({
      kind: 'invalidInput',
      field: 'decisionHolder',
    });
  });

  it('records on the surviving topic of a merge, and refuses unknown topics', () => {
    const merged = must(mergeTopics(base(), 'b', 'a', ava, 5));
    const d = must(recordDecision(merged, W1, 'b', { text: 'Yes', holder: 'AVA' }, ava, 10));
    expect(Object.keys(d.occurrences[W1]?.decisions ?? {})).toEqual(['a']);
    const r = recordDecision(base(), W1, 'zzz', { text: 'Yes', holder: 'AVA' }, ava, 10);
    expect(r.ok ? null : r.failure.kind).toBe('notFound');
  });
});

describe('setTopicStatus', () => {
  it('only the organizer or facilitator marks a topic not reached', () => {
    expect(setTopicStatus(base(), W1, 'a', 'notReached', dee, 10).ok).toBe(true);
    const r = setTopicStatus(base(), W1, 'a', 'notReached', ben, 10);
    expect(r.ok ? null : r.failure.kind).toBe('notAllowed');
  });

  it('makes a boulder "not reached" carry over to the next occurrence, deferred once', () => {
    let d = must(setSettings(base(), { ...DEFAULT_SETTINGS, boulderCount: 1 }, ava, 3));
    d = must(setVoting(d, W1, 'closed', ava, 4));
    expect(buildAgenda(d, W2, 60).ranked.map((t) => t.id)).toEqual(['b']);
    d = must(setTopicStatus(d, W1, 'a', 'notReached', ava, 5));
    const next = buildAgenda(d, W2, 60);
    expect(next.ranked.map((t) => [t.id, t.deferred])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});
