// DESIGN.md "Trust in the file": the series file is validated for meaning, not only for types. An entry that breaks a
// rule is set aside and reported (in words, and in the document's health log); it never crashes a view or blocks the
// rest of the document.
//
// The forged documents below all parse: every field has the right type. Before validation for meaning they reached
// the views as they were: an agenda claiming 501,000,000 dots from 501 people, a segment of −500 minutes that made
// the time boxes add up to nonsense, a budget of −5, a 5000-character title, a ballot cast in someone else's name.
import fc from 'fast-check';
import type { AgendaOutcome } from '../../../../src/domain/agenda/agendaOutcome';
import { OPEN_TOPICS_MAX, type Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, outcomeOf, votingStateOf } from '../../../../src/domain/agenda/buildAgenda';
import { occurrenceKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { stamped } from '../../../../src/domain/series/lww';
import {
  DEFAULT_SETTINGS,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
  type SeriesSettings,
} from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { ROLE_REQUESTS_MAX } from '../../../../src/domain/roles/requestRoleSwap';
import { parseHealthLine } from '../../../../src/domain/series/healthIssue';
import { MAX_CLOCK_SKEW_MS } from '../../../../src/domain/series/stamp';
import {
  HEALTH_RECORDS_MAX,
  unseenHealth,
  validateSeriesDocument,
} from '../../../../src/domain/series/validateSeriesDocument';
import { adele, ben, cy, emptyDoc, person, topic } from '../../app/agenda/agendaFixture';

const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const W5 = occurrenceKey('2026-02-02T09:00:00.000Z');
const T0 = Date.parse('2026-01-05T08:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
/** The reader's clock. */
const NOW = T0 + DAY;
const dee = person('dee', { isFacilitator: true });
const eve = person('eve');
const tk = person('tk', { isTimekeeper: true });
const nia = person('nia', { isNoteTaker: true });

/** A document with a bit of everything, written only through applyIntent, a second apart. */
function healthy(): SeriesDocument {
  let t = T0;
  const w = (d: SeriesDocument, who: Actor, intent: SeriesIntent): SeriesDocument => {
    t += 1_000;
    const r = applyIntent(d, intent, who, t);
    if (!r.ok) throw new Error(`${intent.kind}: ${JSON.stringify(r.failure)}`);
    return r.value;
  };
  let d = w(emptyDoc(), adele, {
    kind: 'setSettings',
    settings: { ...DEFAULT_SETTINGS, budget: 5, maxPerTopic: 3 },
  });
  d = w(d, adele, {
    kind: 'setRoles',
    roles: [
      { id: 'facilitator', label: 'Facilitator', served: 'facilitated' },
      { id: 'timekeeper', label: 'Timekeeper', served: 'kept time' },
      { id: 'advocate', label: 'Devil’s advocate', served: 'challenged' },
    ],
  });
  const authors = { A: ben, B: cy, C: dee, D: eve, E: ben };
  for (const [id, who] of Object.entries(authors))
    d = w(d, who, { kind: 'proposeTopic', id, occurrence: W1, input: topic(`Topic ${id}`, 10) });
  d = w(d, ben, { kind: 'castBallot', occurrence: W1, dots: { A: 3, C: 2 } });
  d = w(d, cy, { kind: 'castBallot', occurrence: W1, dots: { A: 2, B: 1 } });
  d = w(d, dee, { kind: 'castBallot', occurrence: W1, dots: { B: 2, D: 1 } });
  d = w(d, adele, { kind: 'closeVoting', occurrence: W1, meetingMinutes: 60 });
  d = w(d, dee, { kind: 'setTopicStatus', occurrence: W1, topicId: 'B', status: 'notReached' });
  d = w(d, ben, {
    kind: 'recordDecision',
    occurrence: W1,
    topicId: 'A',
    decision: { text: 'Hire two', holder: 'Ben' },
  });
  d = w(d, tk, { kind: 'runAgenda', occurrence: W1, command: 'start', meetingMinutes: 60 });
  d = w(d, tk, { kind: 'runAgenda', occurrence: W1, command: 'next', meetingMinutes: 60 });
  d = w(d, cy, { kind: 'proposeTopic', id: 'F', occurrence: W2, input: topic('Topic F', 20) });
  d = w(d, adele, { kind: 'mergeTopics', occurrence: W2, from: 'E', into: 'D' });
  d = w(d, ben, { kind: 'castBallot', occurrence: W2, dots: { B: 2, F: 1 } });
  d = w(d, cy, { kind: 'castBallot', occurrence: W2, dots: { D: 1 } });
  d = w(d, cy, { kind: 'takeRole', occurrence: W2, roleId: 'timekeeper' });
  d = w(d, adele, { kind: 'assignRole', occurrence: W2, roleId: 'advocate', holder: ben.id });
  d = w(d, dee, { kind: 'setOptOut', person: dee.id, roleId: 'advocate', optedOut: true });
  d = w(d, adele, {
    kind: 'recordRoleInputs',
    inputs: { responses: { [W2]: { [ben.id]: 'accepted', [eve.id]: 'declined' } }, rotationStart: W1 },
  });
  d = w(d, nia, {
    kind: 'captureAction',
    input: {
      id: 'act-1',
      occurrence: W1,
      topicId: 'A',
      title: 'Post the jobs',
      owner: { email: 'ben@x', name: 'Ben' },
      due: '2026-01-20',
      how: 'assigned',
    },
  });
  d = w(d, cy, {
    kind: 'captureAction',
    input: {
      id: 'act-2',
      occurrence: W1,
      title: 'Book a room',
      owner: { email: 'cy@x', name: 'Cy' },
      how: 'claimed',
    },
  });
  d = w(d, nia, { kind: 'startRecording', holder: 'rec-1', captures: [] });
  d = w(d, nia, {
    kind: 'finishRecording',
    holder: 'rec-1',
    bucket: { planId: 'plan', bucketId: 'bucket' },
    links: [{ actionId: 'act-1', taskId: 'task-1' }],
  });
  return d;
}

const validate = (d: SeriesDocument, now = NOW) => validateSeriesDocument(d, now);
const withoutHealth = ({ healthLog: _h, ...rest }: SeriesDocument) => rest;
const occ = (d: SeriesDocument, k: OccurrenceKey): OccurrenceRecord => d.occurrences[k]!;
const withOcc = (d: SeriesDocument, k: OccurrenceKey, change: (o: OccurrenceRecord) => OccurrenceRecord) => ({
  ...d,
  occurrences: { ...d.occurrences, [k]: change(occ(d, k)) },
});
const w1Outcome = (d: SeriesDocument): AgendaOutcome => outcomeOf(d, W1)!;
const withOutcome = (d: SeriesDocument, change: (o: AgendaOutcome) => AgendaOutcome) =>
  withOcc(d, W1, (o) => ({
    ...o,
    voting: { ...o.voting!, value: { state: 'closed' as const, outcome: change(w1Outcome(d)) } },
  }));
const withSettings = (d: SeriesDocument, change: (s: SeriesSettings) => SeriesSettings): SeriesDocument => ({
  ...d,
  settings: { ...d.settings!, value: change(d.settings!.value) },
});
const forgedStamp = (at: number, by = 'mallory') => ({ at, c: 0, by: userId(by) });
const aTopic = (id: string, createdAt: number, extra: Partial<Proposal> = {}): Proposal => ({
  id,
  author: userId('u-bulk'),
  authorName: 'Bulk',
  proposedFor: W1,
  createdAt,
  content: stamped({ ...topic(`Topic ${id}`), withdrawn: false }, forgedStamp(createdAt, 'u-bulk')),
  ...extra,
});
const { healthLog: _none, settings: _s, ...unsettled } = healthy();
const withoutSettings: SeriesDocument = unsettled;

describe('a healthy document', () => {
  it('passes unchanged, with no issues and no health entry', () => {
    const d = healthy();
    const read = validate(d);
    expect(read.issues).toEqual([]);
    expect(read.doc).toEqual(d);
    expect(read.doc.healthLog).toBeUndefined();
  });
});

describe('forged entries are set aside and reported; the rest stays usable', () => {
  interface Case {
    readonly forge: (d: SeriesDocument) => SeriesDocument;
    /** What the document reads as once the forged entry is set aside. */
    readonly expected: (d: SeriesDocument) => SeriesDocument;
    /** The finding reported (healthIssue.ts); its sentence is the app's (tests/unit/app/i18n/agendaProblems.test.ts). */
    readonly issue: object;
  }
  const cases: Record<string, Case> = {
    '501,000,000 dots from 501 ballots': {
      forge: (d) =>
        withOcc(d, W2, (o) => ({
          ...o,
          ballots: {
            ...o.ballots,
            ...Object.fromEntries(
              Array.from({ length: 501 }, (_, i) => {
                const who = `p${i}`;
                return [who, stamped({ B: 1_000_000 }, forgedStamp(T0, who))];
              }),
            ),
          },
        })),
      expected: (d) => d,
      issue: { code: 'ballotsSetAside', count: 501, day: '2026-01-12', budgetMax: 20 },
    },
    'a closed agenda claiming 501,000,000 dots from 501 people': {
      forge: (d) =>
        withOutcome(d, (o) => ({
          ...o,
          voterCount: 501,
          ranking: o.ranking.map((t, i) => (i === 0 ? { ...t, votes: 501_000_000, voters: 501 } : t)),
        })),
      expected: (d) => withOcc(d, W1, ({ voting: _v, ...o }) => o),
      issue: {
        code: 'agendaDamaged',
        day: '2026-01-05',
        flaw: { flaw: 'dots', title: 'Topic A', dots: 501_000_000, voters: 501 },
      },
    },
    'an outcome whose votes exceed its voters × 20': {
      forge: (d) =>
        withOutcome(d, (o) => ({
          ...o,
          ranking: o.ranking.map((t, i) => (i === 0 ? { ...t, votes: 41, voters: 2 } : t)),
        })),
      expected: (d) => withOcc(d, W1, ({ voting: _v, ...o }) => o),
      issue: { code: 'agendaDamaged', flaw: { flaw: 'dots', title: 'Topic A', dots: 41, voters: 2 } },
    },
    'a segment of −500 minutes in the settings': {
      forge: (d) =>
        withSettings(d, (s) => ({
          ...s,
          segments: [{ id: 'check-in', label: 'Check-in', minutes: -500, position: 'before' }],
        })),
      expected: () => withoutSettings,
      issue: { code: 'settingsSetAside', reason: { problem: { code: 'settingsSegmentInvalid' } } },
    },
    'a segment of −500 minutes in a closed agenda': {
      forge: (d) =>
        withOutcome(d, (o) => ({
          ...o,
          timeBox: {
            ...o.timeBox,
            before: o.timeBox.before.map((s, i) => (i === 0 ? { ...s, minutes: -500 } : s)),
          },
        })),
      expected: (d) => withOcc(d, W1, ({ voting: _v, ...o }) => o),
      issue: { code: 'agendaDamaged', day: '2026-01-05', flaw: { flaw: 'segment', minutes: -500 } },
    },
    'a budget of −5': {
      forge: (d) => withSettings(d, (s) => ({ ...s, budget: -5 })),
      expected: () => withoutSettings,
      issue: { code: 'settingsSetAside', reason: { problem: { code: 'settingsBudgetOutOfRange', max: 20 } } },
    },
    'a title of 5000 characters': {
      forge: (d) => ({
        ...d,
        proposals: {
          ...d.proposals,
          Z: aTopic('Z', T0, {
            content: stamped({ ...topic('y'.repeat(5000)), withdrawn: false }, forgedStamp(T0, 'u-bulk')),
          }),
        },
      }),
      expected: (d) => d,
      issue: {
        code: 'topicsSetAside',
        count: 1,
        topics: [
          {
            title: `${'y'.repeat(59)}…`,
            flaw: { problem: { code: 'topicTitleTooLong', max: 200, actual: 5000 } },
          },
        ],
      },
    },
    'a ballot cast in someone else’s name': {
      forge: (d) =>
        withOcc(d, W2, (o) => ({
          ...o,
          ballots: { ...o.ballots, [eve.id]: stamped({ F: 3 }, forgedStamp(T0, 'mallory')) },
        })),
      expected: (d) => d,
      issue: { code: 'ballotsSetAside', count: 1, day: '2026-01-12' },
    },
    'a change dated in the future': {
      forge: (d) =>
        withOcc(d, W1, (o) => ({ ...o, status: { ...o.status, B: { ...o.status['B']!, at: NOW + DAY } } })),
      expected: (d) =>
        withOcc(d, W1, (o) => ({
          ...o,
          status: { ...o.status, B: { ...o.status['B']!, at: NOW + MAX_CLOCK_SKEW_MS } },
        })),
      issue: {
        code: 'futureStamps',
        count: 1,
        furthest: '2026-01-07',
        now: expect.stringMatching(/^2026-01-0\d$/) as unknown,
      },
    },
  };

  it.each(Object.entries(cases))('%s', (_, c) => {
    const d = healthy();
    const read = validate(c.forge(d));
    expect(read.issues).toHaveLength(1);
    expect(parseHealthLine(read.issues[0] ?? '')).toMatchObject(c.issue);
    const expected = c.expected(d);
    expect(withoutHealth(read.doc)).toEqual(expected);
    // The health log holds exactly this read's findings.
    expect(Object.values(read.doc.healthLog ?? {})).toEqual([{ firstSeen: NOW, lines: read.issues }]);
    // Every view still works on it, and shows what the document shows without the forged entry.
    for (const k of [W1, W2]) expect(buildAgenda(read.doc, k, 60)).toEqual(buildAgenda(expected, k, 60));
  });

  it('the agenda whose outcome was set aside shows as open again, ranked from its ballots', () => {
    const read = validate(
      cases['a closed agenda claiming 501,000,000 dots from 501 people']!.forge(healthy()),
    );
    expect(votingStateOf(read.doc, W1)).toBe('open');
    expect(buildAgenda(read.doc, W1, 60).ranked[0]).toMatchObject({ id: 'A', votes: 5, voters: 2 });
  });

  it('dots on a topic that was set aside count for nothing; the rest of the ballot stands', () => {
    const d = cases['a title of 5000 characters']!.forge(healthy());
    const forged = withOcc(d, W2, (o) => ({
      ...o,
      ballots: { ...o.ballots, [eve.id]: stamped({ Z: 2, F: 1 }, forgedStamp(T0, eve.id)) },
    }));
    const read = validate(forged);
    expect(read.doc.occurrences[W2]?.ballots[eve.id]?.value).toEqual({ F: 1 });
  });

  it('every forgery at once: each is reported, and re-reading the result finds nothing more', () => {
    const all = Object.values(cases).reduce((d, c) => c.forge(d), healthy());
    const read = validate(all);
    // One line per kind of damage: the future stamp, the settings, the topic, the ballots of W2, W1's agenda.
    expect(read.issues).toHaveLength(5);
    const again = validate(read.doc, NOW + MIN);
    expect(again.issues).toEqual([]);
    expect(again.doc).toEqual(read.doc);
  });
});

describe('the health log', () => {
  const badBudget = (d: SeriesDocument) => withSettings(d, (s) => ({ ...s, budget: -5 }));
  const longTitle = (d: SeriesDocument, i: number) => ({
    ...d,
    proposals: {
      ...d.proposals,
      [`long${i}`]: aTopic(`long${i}`, T0, {
        content: stamped(
          { ...topic(`${i} ${'y'.repeat(300)}`), withdrawn: false },
          forgedStamp(T0, 'u-bulk'),
        ),
      }),
    },
  });

  it('gets one entry per distinct set of findings, the same for every reader and every re-read', () => {
    const forged = badBudget(healthy());
    const first = validate(forged, NOW);
    const second = validate(forged, NOW + 3 * MIN);
    expect(Object.keys(first.doc.healthLog ?? {})).toHaveLength(1);
    expect(Object.keys(second.doc.healthLog ?? {})).toEqual(Object.keys(first.doc.healthLog ?? {}));
    // Reading the file the first reader wrote back: nothing new.
    const reread = validate(first.doc, NOW + 10 * MIN);
    expect(reread.issues).toEqual([]);
    expect(reread.doc.healthLog).toEqual(first.doc.healthLog);
    // Finding the same damage again (say, in a copy restored from the recycle bin) keeps the first sighting.
    const sameAgain = validate({ ...forged, healthLog: first.doc.healthLog! }, NOW + 20 * MIN);
    expect(sameAgain.doc.healthLog).toEqual(first.doc.healthLog);
    // Different damage adds a second entry.
    const other = validate(longTitle(first.doc, 1), NOW + 30 * MIN);
    expect(
      Object.values(other.doc.healthLog ?? {})
        .map((h) => h.firstSeen)
        .sort(),
    ).toEqual([NOW, NOW + 30 * MIN]);
  });

  it(`keeps the newest ${HEALTH_RECORDS_MAX} entries`, () => {
    let d = healthy();
    for (let i = 0; i < HEALTH_RECORDS_MAX + 5; i += 1) d = validate(longTitle(d, i), NOW + i * MIN).doc;
    const seen = Object.values(d.healthLog ?? {}).map((h) => h.firstSeen);
    expect(seen).toHaveLength(HEALTH_RECORDS_MAX);
    expect(Math.min(...seen)).toBe(NOW + 5 * MIN);
    expect(Math.max(...seen)).toBe(NOW + (HEALTH_RECORDS_MAX + 4) * MIN);
  });

  it('unseenHealth lists what the organizer has not dismissed, newest first', () => {
    let d = healthy();
    for (let i = 0; i < 3; i += 1) d = validate(longTitle(d, i), NOW + i * MIN).doc;
    expect(unseenHealth(d).map((h) => h.firstSeen)).toEqual([NOW + 2 * MIN, NOW + MIN, NOW]);
    const r = applyIntent(d, { kind: 'dismissHealth', upTo: NOW + MIN }, adele, NOW + 3 * MIN);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(unseenHealth(r.value).map((h) => h.firstSeen)).toEqual([NOW + 2 * MIN]);
    // A later finding shows again.
    const later = validate(longTitle(r.value, 9), NOW + 4 * MIN).doc;
    expect(unseenHealth(later).map((h) => h.firstSeen)).toEqual([NOW + 4 * MIN, NOW + 2 * MIN]);
  });
});

describe('size', () => {
  it('a finding whose named titles escape to a long line names fewer of them, and still counts them all', () => {
    // Control characters escape to six characters each in JSON: five such titles, each with the problem that set
    // it aside, would overflow a log line.
    const proposals: Record<string, Proposal> = {};
    for (let i = 0; i < 6; i += 1) {
      const p = aTopic(`t${i}`, T0 + i);
      const value = { ...p.content.value, title: '\u0001'.repeat(70), estimateMinutes: 0 };
      proposals[`t${i}`] = { ...p, content: { ...p.content, value } };
    }
    const read = validate({ ...emptyDoc(), proposals });
    expect(read.issues).toHaveLength(1);
    const line = read.issues[0] ?? '';
    expect(line.length).toBeLessThanOrEqual(2000);
    const issue = parseHealthLine(line);
    expect(issue).toMatchObject({ code: 'topicsSetAside', count: 6 });
    expect(issue?.code === 'topicsSetAside' && issue.topics.length).toBeLessThan(5);
    // What the read kept is what the next read finds in the log.
    expect(Object.values(read.doc.healthLog ?? {})[0]?.lines).toEqual([line]);
  });

  it(`a document with 10,000 open topics: the oldest ${OPEN_TOPICS_MAX} are kept, the rest set aside`, () => {
    // Linear in the document: this must finish well inside the test timeout (quadratic work on 10,000 topics didn't).
    const proposals: Record<string, Proposal> = {};
    for (let i = 0; i < 10_000; i += 1) proposals[`t${i}`] = aTopic(`t${i}`, T0 + i);
    // Withdrawn topics are not open, and are kept.
    for (let i = 0; i < 50; i += 1) {
      const p = aTopic(`w${i}`, T0 + 20_000 + i);
      proposals[`w${i}`] = {
        ...p,
        content: { ...p.content, value: { ...p.content.value, withdrawn: true } },
      };
    }
    const read = validate({ ...emptyDoc(), proposals });
    expect(read.issues.map(parseHealthLine)).toEqual([
      { code: 'openTopicsCapped', count: 10_000 - OPEN_TOPICS_MAX, max: OPEN_TOPICS_MAX },
    ]);
    const kept = Object.keys(read.doc.proposals);
    expect(kept).toHaveLength(OPEN_TOPICS_MAX + 50);
    expect(kept.filter((k) => k.startsWith('t')).sort()).toEqual(
      Array.from({ length: OPEN_TOPICS_MAX }, (_, i) => `t${i}`).sort(),
    );
    expect(buildAgenda(read.doc, W1, 60).ranked).toHaveLength(OPEN_TOPICS_MAX);
  });
});

describe('the rules for reading match the rules for writing', () => {
  it('a document written only through applyIntent never trips them (property)', () => {
    // Random sequences of proposals, ballots, merges, closes and statuses by a few people, on two meetings.
    const people = [adele, ben, cy, dee];
    const ids = ['A', 'B', 'C', 'D', 'E', 'F'];
    const occs = [W1, W2];
    const step = fc.oneof(
      fc.record({
        k: fc.constant('propose' as const),
        id: fc.constantFrom(...ids),
        o: fc.constantFrom(...occs),
        who: fc.nat(3),
        est: fc.integer({ min: 1, max: 240 }),
      }),
      fc.record({
        k: fc.constant('vote' as const),
        o: fc.constantFrom(...occs),
        who: fc.nat(3),
        a: fc.constantFrom(...ids),
        b: fc.constantFrom(...ids),
      }),
      fc.record({
        k: fc.constant('merge' as const),
        o: fc.constantFrom(...occs),
        a: fc.constantFrom(...ids),
        b: fc.constantFrom(...ids),
      }),
      fc.record({
        k: fc.constant('close' as const),
        o: fc.constantFrom(...occs),
        minutes: fc.integer({ min: 1, max: 600 }),
      }),
      fc.record({ k: fc.constant('reopen' as const), o: fc.constantFrom(...occs) }),
      fc.record({
        k: fc.constant('status' as const),
        o: fc.constantFrom(...occs),
        id: fc.constantFrom(...ids),
        s: fc.constantFrom('covered' as const, 'notReached' as const),
      }),
      fc.record({ k: fc.constant('withdraw' as const), id: fc.constantFrom(...ids), who: fc.nat(3) }),
      // Requests to take a turn: asked, answered (rightly or by the wrong person, which is refused) and withdrawn.
      fc.record({
        k: fc.constant('ask' as const),
        o: fc.constantFrom(...occs),
        who: fc.nat(3),
        to: fc.nat(3),
      }),
      fc.record({
        k: fc.constant('answer' as const),
        o: fc.constantFrom(...occs),
        who: fc.nat(3),
        q: fc.nat(3),
        accept: fc.boolean(),
      }),
      fc.record({
        k: fc.constant('unask' as const),
        o: fc.constantFrom(...occs),
        who: fc.nat(3),
        q: fc.nat(3),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let d = emptyDoc();
        steps.forEach((s, i) => {
          const intent: SeriesIntent =
            s.k === 'propose'
              ? { kind: 'proposeTopic', id: s.id, occurrence: s.o, input: topic(`Topic ${s.id}`, s.est) }
              : s.k === 'vote'
                ? {
                    kind: 'castBallot',
                    occurrence: s.o,
                    dots: s.a === s.b ? { [s.a]: 2 } : { [s.a]: 1, [s.b]: 1 },
                  }
                : s.k === 'merge'
                  ? { kind: 'mergeTopics', occurrence: s.o, from: s.a, into: s.b }
                  : s.k === 'close'
                    ? { kind: 'closeVoting', occurrence: s.o, meetingMinutes: s.minutes }
                    : s.k === 'reopen'
                      ? { kind: 'reopenVoting', occurrence: s.o }
                      : s.k === 'status'
                        ? { kind: 'setTopicStatus', occurrence: s.o, topicId: s.id, status: s.s }
                        : s.k === 'ask'
                          ? {
                              kind: 'requestRoleSwap',
                              id: `q${s.who}-`,
                              occurrence: s.o,
                              roleId: 'facilitator',
                              holder: people[s.to]!.id,
                              holderName: people[s.to]!.name,
                            }
                          : s.k === 'answer'
                            ? {
                                kind: 'answerRoleSwap',
                                occurrence: s.o,
                                requestId: `q${s.q}-`,
                                accept: s.accept,
                              }
                            : s.k === 'unask'
                              ? { kind: 'withdrawRoleSwap', occurrence: s.o, requestId: `q${s.q}-` }
                              : { kind: 'withdrawTopic', id: s.id };
          const who = 'who' in s ? people[s.who]! : adele;
          const r = applyIntent(d, intent, who, T0 + i * 1_000);
          if (r.ok) d = r.value;
        });
        const read = validate(d);
        expect(read.issues).toEqual([]);
        expect(read.doc).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('a request answered by someone other than the person asked is set aside, and gives nobody the role', () => {
    const asked = applyIntent(
      emptyDoc(),
      {
        kind: 'requestRoleSwap',
        id: 'q1',
        occurrence: W1,
        roleId: 'facilitator',
        holder: ben.id,
        holderName: 'Ben',
      },
      cy,
      T0,
    );
    if (!asked.ok) throw new Error(JSON.stringify(asked.failure));
    const rec = asked.value.occurrences[W1]!;
    const q = rec.roleRequests!['q1']!;
    // Cy edits the file to accept her own request in Ben's place.
    const forged: SeriesDocument = {
      ...asked.value,
      occurrences: {
        [W1]: {
          ...rec,
          roleRequests: { q1: { ...q, answer: stamped('accepted' as const, forgedStamp(T0 + 1, cy.id)) } },
        },
      },
    };
    const read = validate(forged);
    expect(read.doc.occurrences[W1]?.roleRequests).toEqual({});
    expect(read.issues.map(parseHealthLine)).toEqual([
      { code: 'requestsSetAside', count: 1, day: '2026-01-05', max: ROLE_REQUESTS_MAX },
    ]);
    // The same request rightly accepted by Ben passes.
    const rightly = applyIntent(
      asked.value,
      { kind: 'answerRoleSwap', occurrence: W1, requestId: 'q1', accept: true },
      ben,
      T0 + 2,
    );
    if (!rightly.ok) throw new Error(JSON.stringify(rightly.failure));
    expect(validate(rightly.value).issues).toEqual([]);
  });

  it(`writing and reading count open topics the same way: ${OPEN_TOPICS_MAX} across meetings, the next refused, none set aside`, () => {
    // The cap is on the series' open topics, whatever meeting they were proposed for, on write (proposeTopic) and on
    // read (here): so a document written step by step never loses a topic when it is read back.
    let d = emptyDoc();
    let t = T0;
    const half = OPEN_TOPICS_MAX / 2;
    for (const [k, prefix] of [
      [W5, 'later'],
      [W1, 'now'],
    ] as const)
      for (let i = 0; i < half; i += 1) {
        const r = applyIntent(
          d,
          { kind: 'proposeTopic', id: `${prefix}${i}`, occurrence: k, input: topic(`${prefix} ${i}`) },
          ben,
          (t += 1),
        );
        if (!r.ok) throw new Error(`${prefix}${i}: ${JSON.stringify(r.failure)}`);
        d = r.value;
      }
    const refused = applyIntent(
      d,
      { kind: 'proposeTopic', id: 'one-more', occurrence: W1, input: topic('One more') },
      ben,
      (t += 1),
    );
    expect(refused.ok ? undefined : refused.failure).toMatchObject({ kind: 'invalidInput', field: 'title' });
    const read = validate(d);
    expect(read.issues).toEqual([]);
    expect(Object.keys(read.doc.proposals)).toHaveLength(OPEN_TOPICS_MAX);
  });

  it('validating twice finds nothing the first read missed, even when a damaged agenda was hiding open topics', () => {
    // OPEN_TOPICS_MAX + 1 open topics, one of them "covered" by a closed agenda that is itself damaged (its only
    // boulder claims 100 dots from one person). Once that agenda is set aside, the topic is open again.
    const proposals: Record<string, Proposal> = {};
    for (let i = 0; i <= OPEN_TOPICS_MAX; i += 1) proposals[`t${i}`] = aTopic(`t${i}`, T0 + i);
    const stamp = forgedStamp(T0 + DAY / 2, adele.id);
    const outcome: AgendaOutcome = {
      closedAt: stamp.at,
      closedBy: adele.id,
      closedByName: 'Adele Vance',
      meetingMinutes: 30,
      voterCount: 1,
      boulderCount: 1,
      ranking: [
        {
          id: 't0',
          title: 'Topic t0',
          outcome: 'discuss',
          estimateMinutes: 15,
          author: userId('u-bulk'),
          authorName: 'Bulk',
          votes: 100,
          voters: 1,
          deferred: 0,
          rank: 1,
          tied: false,
          mergedFrom: [],
        },
      ],
      timeBox: {
        before: [],
        boulders: [{ id: 't0', label: 'Topic t0', minutes: 30, startMinute: 0, estimateMinutes: 15 }],
        after: [],
        availableMinutes: 30,
        requestedMinutes: 15,
        adjustment: 'scaledUp',
      },
    };
    const d: SeriesDocument = {
      ...emptyDoc(),
      proposals,
      occurrences: {
        [W1]: {
          ballots: {},
          status: {},
          decisions: {},
          voting: stamped({ state: 'closed' as const, outcome }, stamp),
        },
      },
    };
    const first = validate(d);
    expect(first.issues.map(parseHealthLine)).toContainEqual(
      expect.objectContaining({ flaw: { flaw: 'dots', title: 'Topic t0', dots: 100, voters: 1 } }),
    );
    const second = validate(first.doc, NOW + MIN);
    expect(second.issues).toEqual([]);
  });
});
