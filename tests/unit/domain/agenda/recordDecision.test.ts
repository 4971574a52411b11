// Decisions and topic statuses are recorded against a closed agenda's frozen outcome, through applyIntent.
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda } from '../../../../src/domain/agenda/buildAgenda';
import { DECISION_MAX } from '../../../../src/domain/agenda/recordDecision';
import { occurrenceKey } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { DEFAULT_SETTINGS, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { Decision, TopicStatus } from '../../../../src/domain/series/seriesDocument';
import { act, adele, ben, cy, emptyDoc, person, propose } from '../../app/agenda/agendaFixture';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const dee = person('dee', { isFacilitator: true });
const LATER = 1_000_000;

/** Two topics for W1: 'a' by Ben, 'b' by Cy. */
const proposed = (): SeriesDocument => {
  let d = emptyDoc();
  d = propose(d, 'a', ben, { title: 'Vendor', why: '', outcome: 'decide', estimateMinutes: 20 }, W1);
  d = propose(d, 'b', cy, { title: 'Dup', why: '', outcome: 'decide', estimateMinutes: 20 }, W1);
  return d;
};
const closed = (d: SeriesDocument = proposed()) =>
  act(d, adele, { kind: 'closeVoting', occurrence: W1, meetingMinutes: 60 });
const decide = (d: SeriesDocument, topicId: string, decision: Decision, who: Actor, now = LATER) =>
  applyIntent(d, { kind: 'recordDecision', occurrence: W1, topicId, decision }, who, now);
const mark = (d: SeriesDocument, topicId: string, status: TopicStatus, who: Actor) =>
  applyIntent(d, { kind: 'setTopicStatus', occurrence: W1, topicId, status }, who, LATER);

describe('recordDecision', () => {
  it('lets the author, the organizer and the facilitator record it; nobody else', () => {
    const decision = { text: ' Go with X ', holder: ' BEN ' };
    const r = decide(closed(), 'a', decision, ben);
    expect(r.ok && r.value.occurrences[W1]?.decisions['a']).toEqual({
      value: { text: 'Go with X', holder: 'BEN' },
      at: LATER,
      c: 0,
      by: ben.id,
    });
    expect(decide(closed(), 'a', decision, adele).ok).toBe(true);
    expect(decide(closed(), 'a', decision, dee).ok).toBe(true);
    expect(decide(closed(), 'a', decision, cy)).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
  });

  it('requires the decision text and its holder, within their lengths', () => {
    expect(decide(closed(), 'a', { text: '  ', holder: 'Ben' }, ben)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'decisionText' },
    });
    expect(decide(closed(), 'a', { text: 'x'.repeat(DECISION_MAX + 1), holder: 'Ben' }, ben)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'decisionText' },
    });
    expect(decide(closed(), 'a', { text: 'Yes', holder: '' }, ben)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'decisionHolder' },
    });
  });

  it('is recorded on a topic of the closed agenda; a topic merged away before the close is not on it', () => {
    // Changed rule: a decision on a merged-away topic used to follow the merge link to the survivor. Decisions now
    // name a topic of the frozen outcome, and a merged-away topic is not one (its survivor lists it in mergedFrom).
    const merged = act(proposed(), adele, { kind: 'mergeTopics', occurrence: W1, from: 'b', into: 'a' });
    const d = closed(merged);
    expect(buildAgenda(d, W1, 60).ranked.map((t) => [t.id, t.mergedFrom])).toEqual([['a', ['b']]]);
    expect(decide(d, 'b', { text: 'Yes', holder: 'ADELE' }, adele)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
    const r = decide(d, 'a', { text: 'Yes', holder: 'ADELE' }, adele);
    expect(r.ok && Object.keys(r.value.occurrences[W1]?.decisions ?? {})).toEqual(['a']);
    expect(decide(closed(), 'zzz', { text: 'Yes', holder: 'ADELE' }, adele)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('waits for the agenda: no decision while voting is open', () => {
    // Changed rule: decisions could be recorded on any existing topic before; now only on a closed agenda's topics.
    expect(decide(proposed(), 'a', { text: 'Yes', holder: 'Ben' }, ben)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('a later decision replaces an earlier one even when written with a slower clock', () => {
    const first = decide(closed(), 'a', { text: 'Go with X', holder: 'Ben' }, ben, LATER);
    if (!first.ok) throw new Error('first');
    const second = decide(first.value, 'a', { text: 'Go with Y', holder: 'Ben' }, adele, LATER - 3_600_000);
    expect(second.ok && second.value.occurrences[W1]?.decisions['a']?.value.text).toBe('Go with Y');
  });
});

describe('setTopicStatus', () => {
  it('only the organizer or facilitator marks a topic not reached', () => {
    expect(mark(closed(), 'a', 'notReached', dee).ok).toBe(true);
    expect(mark(closed(), 'a', 'notReached', adele).ok).toBe(true);
    expect(mark(closed(), 'a', 'notReached', ben)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
  });

  it('needs a closed agenda and one of its topics', () => {
    // Changed rule: a status could be set on any topic of an open occurrence before; it records what happened to a
    // closed agenda's topic, so there must be one.
    expect(mark(proposed(), 'a', 'notReached', adele)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'status' },
    });
    expect(mark(closed(), 'zzz', 'notReached', adele)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('setting the status it already has changes nothing', () => {
    const once = mark(closed(), 'a', 'notReached', adele);
    if (!once.ok) throw new Error('once');
    expect(mark(once.value, 'a', 'notReached', dee)).toEqual({ ok: true, value: once.value });
  });

  it('makes a boulder "not reached" carry over to the next occurrence, deferred once', () => {
    let d = act(proposed(), adele, {
      kind: 'setSettings',
      settings: { ...DEFAULT_SETTINGS, boulderCount: 1 },
    });
    d = closed(d);
    expect(buildAgenda(d, W2, 60).ranked.map((t) => t.id)).toEqual(['b']);
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: W1, topicId: 'a', status: 'notReached' });
    expect(buildAgenda(d, W2, 60).ranked.map((t) => [t.id, t.deferred])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    // Marking the parked topic covered takes it off the next list; marking the boulder covered again does too.
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: W1, topicId: 'b', status: 'covered' });
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: W1, topicId: 'a', status: 'covered' });
    expect(buildAgenda(d, W2, 60).ranked).toEqual([]);
  });
});
