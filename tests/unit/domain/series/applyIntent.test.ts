// applyIntent, the one write path (DESIGN.md "Writes are intents", "Concurrency"): every write is stamped past
// everything it saw, so a write only ever loses to one that saw it, whatever the writers' clocks say.
import fc from 'fast-check';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { buildAgenda, votingStateOf } from '../../../../src/domain/agenda/buildAgenda';
import { occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { compareLww, stamped } from '../../../../src/domain/series/lww';
import { parseHealthLine } from '../../../../src/domain/series/healthIssue';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { compareStamps, MAX_CLOCK_SKEW_MS, maxStampIn } from '../../../../src/domain/series/stamp';
import { validateSeriesDocument } from '../../../../src/domain/series/validateSeriesDocument';
import { adele, ben, cy, emptyDoc, person, topic } from '../../app/agenda/agendaFixture';

const W0 = occurrenceKey('2025-12-29T09:00:00.000Z');
const W1 = occurrenceKey('2026-01-05T09:00:00.000Z');
const W2 = occurrenceKey('2026-01-12T09:00:00.000Z');
const T = Date.parse('2026-01-05T09:30:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const YEAR = 365 * DAY;
const dee = person('dee', { isFacilitator: true });
const noteTaker = person('nia', { isNoteTaker: true });

const at = (d: SeriesDocument, who: Actor, intent: SeriesIntent, now: number): SeriesDocument => {
  const r = applyIntent(d, intent, who, now);
  if (!r.ok) throw new Error(`${r.failure.kind}: ${JSON.stringify(r.failure)}`);
  return r.value;
};
const propose = (id: string, occurrence: OccurrenceKey = W1) =>
  ({ kind: 'proposeTopic', id, occurrence, input: topic(`Topic ${id}`) }) as const;
const ballot = (dots: Record<string, number>, occurrence: OccurrenceKey = W1) =>
  ({ kind: 'castBallot', occurrence, dots }) as const;
const closeW1 = { kind: 'closeVoting', occurrence: W1, meetingMinutes: 60 } as const;

/** Topics A and B for W1, proposed an hour before T by writers with correct clocks. */
const topics = (): SeriesDocument =>
  at(at(emptyDoc(), ben, propose('A'), T - 60 * MIN), cy, propose('B'), T - 59 * MIN);

describe('a writer whose clock runs behind still replaces what it saw', () => {
  describe.each([
    ['10 minutes', 10 * MIN],
    ['a day', DAY],
  ])('%s behind', (_, lag) => {
    it('re-votes: the laptop’s ballot replaces the phone’s', () => {
      const phone = at(topics(), ben, ballot({ A: 2 }), T);
      const other = at(phone, cy, ballot({ A: 1 }), T + 1_000);
      const laptop = at(other, ben, ballot({ B: 1 }), T - lag);
      const before = other.occurrences[W1]!.ballots[ben.id]!;
      const after = laptop.occurrences[W1]!.ballots[ben.id]!;
      expect(after.value).toEqual({ B: 1 });
      expect(compareLww(after, before)).toBeGreaterThan(0);
      expect(compareStamps(after, other.occurrences[W1]!.ballots[cy.id]!)).toBeGreaterThan(0);
      for (const merged of [mergeSeriesDocuments(phone, laptop), mergeSeriesDocuments(laptop, phone)])
        expect(merged.occurrences[W1]?.ballots[ben.id]?.value).toEqual({ B: 1 });
      expect(buildAgenda(laptop, W1, 60).ranked.map((t) => [t.id, t.votes])).toEqual([
        ['A', 1],
        ['B', 1],
      ]);
    });

    it('reopens voting that a writer with a correct clock closed', () => {
      const closed = at(topics(), dee, closeW1, T);
      const reopened = at(closed, adele, { kind: 'reopenVoting', occurrence: W1 }, T - lag);
      const before = closed.occurrences[W1]!.voting!;
      const after = reopened.occurrences[W1]!.voting!;
      expect(compareLww(after, before)).toBeGreaterThan(0);
      for (const merged of [mergeSeriesDocuments(closed, reopened), mergeSeriesDocuments(reopened, closed)])
        expect(votingStateOf(merged, W1)).toBe('open');
      // The log shows the reopen after the close, at a time no earlier than the close.
      const log = Object.entries(reopened.occurrences[W1]?.votingLog ?? {}).sort(([a], [b]) =>
        a < b ? -1 : 1,
      );
      expect(log.map(([, e]) => e.kind)).toEqual(['closed', 'reopened']);
      expect(log[1]![1].at).toBeGreaterThanOrEqual(log[0]![1].at);
    });

    it('sets a topic status after the facilitator set it', () => {
      const closed = at(topics(), dee, closeW1, T);
      const byFacilitator = at(
        closed,
        dee,
        { kind: 'setTopicStatus', occurrence: W1, topicId: 'B', status: 'notReached' },
        T + 1_000,
      );
      const byOrganizer = at(
        byFacilitator,
        adele,
        { kind: 'setTopicStatus', occurrence: W1, topicId: 'B', status: 'covered' },
        T - lag,
      );
      const before = byFacilitator.occurrences[W1]!.status['B']!;
      const after = byOrganizer.occurrences[W1]!.status['B']!;
      expect(compareLww(after, before)).toBeGreaterThan(0);
      for (const merged of [
        mergeSeriesDocuments(byFacilitator, byOrganizer),
        mergeSeriesDocuments(byOrganizer, byFacilitator),
      ])
        expect(merged.occurrences[W1]?.status['B']?.value).toBe('covered');
      expect(buildAgenda(byOrganizer, W2, 60).ranked).toEqual([]);
    });
  });

  it('stamps stay close to physical time: a clock that is right writes its own time', () => {
    const d = at(topics(), ben, ballot({ A: 1 }), T);
    expect(d.occurrences[W1]?.ballots[ben.id]).toMatchObject({ at: T, c: 0, by: ben.id });
    // A lagging writer writes the highest time it saw, with the counter moved on.
    const lagging = at(d, cy, ballot({ B: 1 }), T - DAY);
    expect(lagging.occurrences[W1]?.ballots[cy.id]).toMatchObject({ at: T, c: 1, by: cy.id });
  });

  it('no acknowledged ballot is ever lost, whatever the clocks (property)', () => {
    const base = at(topics(), cy, propose('C'), T - 58 * MIN);
    const voters = [ben, cy, dee, adele];
    const write = fc.record({
      voter: fc.integer({ min: 0, max: voters.length - 1 }),
      topicIndex: fc.integer({ min: 0, max: 2 }),
      dots: fc.integer({ min: 0, max: 2 }),
      clockOffset: fc.integer({ min: -2 * DAY, max: 2 * DAY }),
    });
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 15 }), (writes) => {
        let d = base;
        const versions: SeriesDocument[] = [];
        const last = new Map<string, Record<string, number>>();
        writes.forEach((w, i) => {
          const who = voters[w.voter]!;
          const dots = w.dots === 0 ? {} : { [['A', 'B', 'C'][w.topicIndex]!]: w.dots };
          // Each write is applied to the newest version, as the store does (If-Match).
          d = at(d, who, ballot(dots), T + i * 1_000 + w.clockOffset);
          versions.push(d);
          last.set(who.id, dots);
        });
        for (const [voter, dots] of last) expect(d.occurrences[W1]?.ballots[voter]?.value).toEqual(dots);
        // Merging any older acknowledged version back in never brings an overwritten ballot back.
        for (const v of versions) {
          expect(mergeSeriesDocuments(v, d).occurrences[W1]?.ballots).toEqual(d.occurrences[W1]?.ballots);
          expect(mergeSeriesDocuments(d, v).occurrences[W1]?.ballots).toEqual(d.occurrences[W1]?.ballots);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a stamp forged far into the future', () => {
  const forged = (): SeriesDocument => ({
    ...topics(),
    settings: {
      value: { ...DEFAULT_SETTINGS, budget: 1, maxPerTopic: 1 },
      at: T + 100 * YEAR,
      c: 0,
      by: userId('mallory'),
    },
  });
  const fix = { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, budget: 5, maxPerTopic: 2 } } as const;

  it('would drag every later write into the next century if it were not clamped', () => {
    const unclamped = at(forged(), adele, fix, T);
    expect(unclamped.settings?.at).toBe(T + 100 * YEAR);
  });

  it('is clamped when read, and a later fix then stands, stamped near now', () => {
    const read = validateSeriesDocument(forged(), T);
    expect(read.doc.settings?.at).toBe(T + MAX_CLOCK_SKEW_MS);
    expect(read.doc.settings?.value.budget).toBe(1);
    expect(read.issues.map(parseHealthLine)).toContainEqual(
      expect.objectContaining({
        code: 'futureStamps',
        count: 1,
        furthest: expect.stringMatching(/^2125-/) as unknown,
      }),
    );
    const fixed = at(read.doc, adele, fix, T);
    expect(fixed.settings?.value.budget).toBe(5);
    expect(fixed.settings!.at).toBeLessThanOrEqual(T + MAX_CLOCK_SKEW_MS);
    expect(compareLww(fixed.settings!, read.doc.settings!)).toBeGreaterThan(0);
    // The next reader, an hour later, finds nothing to clamp and keeps the fix.
    const later = validateSeriesDocument(fixed, T + 60 * MIN);
    expect(later.issues).toEqual([]);
    expect(later.doc.settings?.value.budget).toBe(5);
  });
});

describe('retries after a lost answer', () => {
  it('proposing the same draft again (same id) changes nothing', () => {
    const once = at(emptyDoc(), ben, propose('A'), T);
    expect(at(once, ben, propose('A'), T + 5_000)).toBe(once);
  });

  it('casting the same ballot again leaves the same ballot and the same agenda', () => {
    const once = at(topics(), ben, ballot({ A: 2, B: 1 }), T);
    const twice = at(once, ben, ballot({ A: 2, B: 1 }), T + 5_000);
    const withoutStamp = (d: SeriesDocument) => {
      const { at: _at, c: _c, ...b } = d.occurrences[W1]!.ballots[ben.id]!;
      return {
        ...d,
        occurrences: { ...d.occurrences, [W1]: { ...d.occurrences[W1]!, ballots: { [ben.id]: b } } },
      };
    };
    expect(withoutStamp(twice)).toEqual(withoutStamp(once));
    expect(buildAgenda(twice, W1, 60)).toEqual(buildAgenda(once, W1, 60));
  });

  it('closing again changes nothing, even with another meeting length: the outcome is not refrozen', () => {
    const once = at(topics(), adele, closeW1, T);
    expect(at(once, adele, closeW1, T + 5_000)).toBe(once);
    expect(at(once, dee, { ...closeW1, meetingMinutes: 90 }, T + 6_000)).toBe(once);
    expect(Object.keys(once.occurrences[W1]?.votingLog ?? {})).toHaveLength(1);
  });

  it('capturing the same action again changes nothing', () => {
    const capture = {
      kind: 'captureAction',
      input: {
        id: 'act-1',
        occurrence: W1,
        title: 'Draft the plan',
        owner: { email: 'nia@x', name: 'Nia' },
        how: 'assigned',
      },
    } as const;
    const once = at(emptyDoc(), noteTaker, capture, T);
    expect(at(once, noteTaker, capture, T + 5_000)).toBe(once);
  });
});

describe('archived occurrences', () => {
  const archived = (): SeriesDocument => ({
    ...topics(),
    archive: stamped(
      { through: W1, files: ['Leadership weekly.archive-1.json'], occurrences: 2, proposals: 0, actions: 0 },
      { at: T - 30 * MIN, c: 0, by: adele.id },
    ),
  });
  const refused: readonly [string, SeriesIntent][] = [
    ['a proposal', propose('X', W1)],
    ['a ballot', ballot({ A: 1 })],
    ['a ballot on an earlier meeting', ballot({ A: 1 }, W0)],
    ['closing voting', closeW1],
    ['reopening voting', { kind: 'reopenVoting', occurrence: W1 }],
    ['a merge', { kind: 'mergeTopics', occurrence: W1, from: 'A', into: 'B' }],
    ['a status', { kind: 'setTopicStatus', occurrence: W1, topicId: 'A', status: 'covered' }],
    [
      'a decision',
      { kind: 'recordDecision', occurrence: W1, topicId: 'A', decision: { text: 'y', holder: 'h' } },
    ],
    ['a run command', { kind: 'runAgenda', occurrence: W1, command: 'start', meetingMinutes: 60 }],
    ['taking a role', { kind: 'takeRole', occurrence: W1, roleId: 'timekeeper' }],
    ['assigning a role', { kind: 'assignRole', occurrence: W1, roleId: 'timekeeper', holder: ben.id }],
    [
      'an action',
      {
        kind: 'captureAction',
        input: {
          id: 'x',
          occurrence: W1,
          title: 'T',
          owner: { email: 'adele@x', name: 'A' },
          how: 'claimed',
        },
      },
    ],
  ];
  it.each(refused)('refuses %s for a meeting in the archive', (_, intent) => {
    expect(applyIntent(archived(), intent, adele, T)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('a recording that captures an action for a meeting in the archive does not write it', () => {
    const capture = {
      id: 'late-1',
      occurrence: W1,
      title: 'T',
      owner: { email: 'adele@x', name: 'A' },
      how: 'claimed' as const,
    };
    const r = applyIntent(archived(), { kind: 'startRecording', holder: 'h', captures: [capture] }, adele, T);
    // Refusing the write, or leaving that capture out, would both do; storing it would not.
    expect(r.ok ? r.value.actions['late-1'] : undefined).toBeUndefined();
  });

  it('the organizer’s role inputs don’t bring an archived meeting’s record back', () => {
    const responses = { [W0]: { [ben.id]: 'accepted' as const }, [W2]: { [ben.id]: 'declined' as const } };
    const r = applyIntent(archived(), { kind: 'recordRoleInputs', inputs: { responses } }, adele, T);
    expect(r.ok ? Object.keys(r.value.occurrences).filter((k) => k <= W1) : []).toEqual([]);
  });

  it('accepts the same for a later meeting, and intents that name no meeting', () => {
    const d = archived();
    expect(applyIntent(d, propose('X', W2), adele, T).ok).toBe(true);
    expect(applyIntent(d, ballot({ A: 1 }, W2), adele, T).ok).toBe(true);
    expect(applyIntent(d, { kind: 'editTopic', id: 'A', input: topic('Topic A, edited') }, ben, T).ok).toBe(
      true,
    );
  });
});

describe('applyIntent is total', () => {
  // A compile-time list: a new intent kind without an entry here fails tsc, as applyIntent's assertNever does.
  const one: { readonly [K in SeriesIntent['kind']]: Extract<SeriesIntent, { kind: K }> } = {
    proposeTopic: propose('Z', W2),
    editTopic: { kind: 'editTopic', id: 'P', input: topic('Topic P, edited') },
    withdrawTopic: { kind: 'withdrawTopic', id: 'P' },
    mergeTopics: { kind: 'mergeTopics', occurrence: W2, from: 'P', into: 'Q' },
    castBallot: ballot({ P: 1 }, W2),
    closeVoting: { kind: 'closeVoting', occurrence: W2, meetingMinutes: 60 },
    reopenVoting: { kind: 'reopenVoting', occurrence: W1 },
    setTopicStatus: { kind: 'setTopicStatus', occurrence: W1, topicId: 'A', status: 'notReached' },
    recordDecision: {
      kind: 'recordDecision',
      occurrence: W1,
      topicId: 'A',
      decision: { text: 'Yes', holder: 'Adele' },
    },
    setSettings: { kind: 'setSettings', settings: DEFAULT_SETTINGS },
    runAgenda: { kind: 'runAgenda', occurrence: W1, command: 'extend', meetingMinutes: 60 },
    takeRole: { kind: 'takeRole', occurrence: W1, roleId: 'noteTaker' },
    assignRole: { kind: 'assignRole', occurrence: W1, roleId: 'timekeeper', holder: ben.id },
    requestRoleSwap: {
      kind: 'requestRoleSwap',
      id: 'rq-new',
      occurrence: W1,
      roleId: 'noteTaker',
      holder: ben.id,
      holderName: 'Ben',
    },
    answerRoleSwap: { kind: 'answerRoleSwap', occurrence: W1, requestId: 'rq-in', accept: true },
    withdrawRoleSwap: { kind: 'withdrawRoleSwap', occurrence: W1, requestId: 'rq-out' },
    replanRoles: { kind: 'replanRoles', from: W2 },
    setRoles: {
      kind: 'setRoles',
      roles: [{ id: 'facilitator', label: 'Facilitator', served: 'facilitated' }],
    },
    setOptOut: { kind: 'setOptOut', person: adele.id, roleId: 'noteTaker', optedOut: true },
    recordRoleInputs: { kind: 'recordRoleInputs', inputs: { responses: { [W1]: { [ben.id]: 'accepted' } } } },
    captureAction: {
      kind: 'captureAction',
      input: {
        id: 'z',
        occurrence: W1,
        title: 'T',
        owner: { email: 'ben@x', name: 'Ben' },
        how: 'assigned',
      },
    },
    claimAction: { kind: 'claimAction', actionId: 'act-1' },
    reassignAction: { kind: 'reassignAction', actionId: 'act-1', owner: { email: 'cy@x', name: 'Cy' } },
    setActionHelpers: {
      kind: 'setActionHelpers',
      actionId: 'act-1',
      helpers: [{ email: 'dee@x', name: 'Dee' }],
    },
    keepOffPlanner: { kind: 'keepOffPlanner', actionId: 'act-1', kept: true },
    setActionDue: { kind: 'setActionDue', actionId: 'act-1', due: '2026-02-01' },
    completeAction: { kind: 'completeAction', actionId: 'act-1', completed: true },
    startRecording: { kind: 'startRecording', holder: 'h1', captures: [] },
    finishRecording: {
      kind: 'finishRecording',
      holder: 'h0',
      bucket: { planId: 'p', bucketId: 'b' },
      links: [{ actionId: 'act-1', taskId: 't' }],
    },
    releaseRecording: { kind: 'releaseRecording', holder: 'h0' },
    choosePlannerPlan: { kind: 'choosePlannerPlan', planId: 'p2', planTitle: 'Offsite 2026' },
    dismissHealth: { kind: 'dismissHealth', upTo: T },
    writeNotes: { kind: 'writeNotes', occurrence: W1, itemId: 'A', text: '- agreed', basedOn: [] },
    setNoteWriter: { kind: 'setNoteWriter', occurrence: W1, person: ben.id, name: 'Ben', invited: true },
    archive: {
      kind: 'archive',
      part: { through: W1, doc: emptySeriesDocument(seriesKey('S'), 'Leadership weekly') },
      file: 'series-s.archive.json',
    },
    startRecap: { kind: 'startRecap', occurrence: W1, holder: 'r1', channel: 'chat', marker: 'rt-recap-x' },
    recapSent: {
      kind: 'recapSent',
      occurrence: W1,
      holder: 'r1',
      channel: 'chat',
      messageId: '1',
      recipients: 0,
    },
    releaseRecap: { kind: 'releaseRecap', occurrence: W1, holder: 'r1', unclear: false },
    markNudges: { kind: 'markNudges', keys: [`roleNext:${W2}:facilitator:${ben.id}`], token: 'tok' },
    voteKeepGoing: { kind: 'voteKeepGoing', occurrence: W1, itemId: 'check-in', choice: 'more' },
  };
  /**
   * W1 closed with A and B on it and running, the organizer's P and Q for W2, one action, a lease held by 'h0', and
   * two role requests on W1: one to the organizer, one from her.
   */
  const rich = (): SeriesDocument => {
    let d = at(topics(), adele, closeW1, T - 30 * MIN);
    d = at(at(d, adele, propose('P', W2), T - 25 * MIN), adele, propose('Q', W2), T - 25 * MIN);
    d = at(
      d,
      noteTaker,
      {
        kind: 'captureAction',
        input: {
          id: 'act-1',
          occurrence: W1,
          title: 'Plan',
          owner: { email: 'ben@x', name: 'Ben' },
          how: 'assigned',
        },
      },
      T - 20 * MIN,
    );
    d = at(d, noteTaker, { kind: 'startRecording', holder: 'h0', captures: [] }, T - 10 * MIN);
    // Ben asks the organizer for her turn as facilitator; she asks Ben for his as timekeeper.
    const ask = (id: string, roleId: string, holder: Actor) =>
      ({
        kind: 'requestRoleSwap',
        id,
        occurrence: W1,
        roleId,
        holder: holder.id,
        holderName: holder.name,
      }) as const;
    d = at(d, ben, ask('rq-in', 'facilitator', adele), T - 9 * MIN);
    d = at(d, adele, ask('rq-out', 'timekeeper', ben), T - 9 * MIN);
    // W1 runs (its first item is on), so "keep going" and the run commands have something to act on.
    return at(
      d,
      adele,
      { kind: 'runAgenda', occurrence: W1, command: 'start', meetingMinutes: 60 },
      T - 5 * MIN,
    );
  };

  it.each(Object.entries(one))(
    '%s: the organizer’s write succeeds and is stamped past everything it saw',
    (_, listed) => {
      const d = rich();
      // The archive intent carries what the archive file holds: here W1, exactly as the document has it.
      const intent: SeriesIntent =
        listed.kind === 'archive'
          ? {
              ...listed,
              part: {
                ...listed.part,
                doc: { ...listed.part.doc, occurrences: { [W1]: d.occurrences[W1]! } },
              },
            }
          : listed;
      // Written from a clock a day behind: the stamp must still order after everything in the document.
      const r = applyIntent(d, intent, adele, T - DAY);
      if (!r.ok) throw new Error(`${r.failure.kind}: ${JSON.stringify(r.failure)}`);
      // To a clock a day behind, h0's lease has not expired (it runs on its holder's clock), so it is left alone.
      // Nor does r1 hold a recap lease there, so releasing it changes nothing.
      if (intent.kind === 'startRecording' || intent.kind === 'releaseRecap') {
        expect(r.value).toBe(d);
        return;
      }
      expect(r.value).not.toBe(d);
      expect(
        compareStamps({ ...maxStampIn(r.value)!, by: adele.id }, { ...maxStampIn(d)!, by: adele.id }),
      ).toBe(1);
    },
  );

  it('only the organizer dismisses the file’s health notices', () => {
    expect(applyIntent(rich(), one.dismissHealth, dee, T)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    expect(at(rich(), adele, one.dismissHealth, T).healthSeen?.value).toBe(T);
  });
});
