import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import { occurrenceKey } from '../../../../src/domain/ids';
import { stamped } from '../../../../src/domain/series/lww';
import {
  DEFAULT_SETTINGS,
  type Proposal,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';
import { validateSeriesDocument } from '../../../../src/domain/series/validateSeriesDocument';
import {
  deriveAgendaViewState,
  timeLabel,
  type AgendaViewState,
  type ReadyAgendaView,
} from '../../../../src/app/hooks/deriveAgendaViewState';
import type { AgendaContext } from '../../../../src/usecases/agenda/openAgenda';
import {
  act,
  adele,
  ben,
  close,
  contextFor,
  cy,
  EARLIER,
  emptyDoc,
  OCC,
  person,
  propose,
  topic,
  vote,
} from './agendaFixture';

/** "@1234" for an instant: the view state passes instants through the injected formatter, never formats them. */
const formatInstant = (ms: number) => `@${ms}`;
const derive = (ctx: AgendaContext, actor: Actor, draftDots?: Readonly<Record<string, number>>) =>
  deriveAgendaViewState({ ctx, actor, formatInstant, ...(draftDots ? { draftDots } : {}) });
const ready = (s: AgendaViewState): ReadyAgendaView => {
  if (s.kind !== 'ready') throw new Error(`expected ready, got ${s.kind}`);
  return s;
};
const closedPlan = (s: ReadyAgendaView) => {
  if (s.plan.kind !== 'closed') throw new Error('expected a closed plan');
  return s.plan;
};
const boulderTitles = (s: ReadyAgendaView) =>
  closedPlan(s).rows.flatMap((r) => (r.kind === 'boulder' ? [r.topic.title] : []));
/** Cy, facilitator of this occurrence. */
const cyFacilitating = person('cy', { isFacilitator: true });
const withSettings = (d: SeriesDocument, over: Partial<typeof DEFAULT_SETTINGS>) =>
  act(d, adele, { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, ...over } });

describe('deriveAgendaViewState: linking', () => {
  it('offers the organizer their teams to link the series to', () => {
    const s = derive(contextFor(null, adele), adele);
    expect(s).toEqual({ kind: 'linkTeam', teams: [{ id: 'g1', name: 'Leadership' }] });
  });

  it('tells an attendee who links it, where it lives and what to ask for, naming the organizer', () => {
    const s = derive(contextFor(null, ben), ben);
    expect(s.kind).toBe('notLinked');
    if (s.kind !== 'notLinked') return;
    expect(s.message).toBe(
      "No agenda yet for this series. Adele Vance links it to a team; the agenda lives in that team's files, so only " +
        'its members can open it. If Adele Vance already linked it, ask them to add you to the team.',
    );
  });
});

describe('deriveAgendaViewState: while voting is open', () => {
  const doc = () => {
    let d = propose(emptyDoc(), 'hiring', ben, topic('Hiring plan'));
    d = propose(d, 'budget', cy, topic('Budget'));
    d = propose(d, 'offsite', adele, topic('Offsite'));
    d = vote(d, cy, { budget: 2, offsite: 1 });
    d = vote(d, adele, { budget: 2 });
    return d;
  };

  it('shows each person only their own dots and how many people voted, never tallies', () => {
    const s = ready(derive(contextFor(doc(), ben), ben));
    expect(s.topics.map((t) => t.myDots)).toEqual([0, 0, 0]);
    expect(s.ballot.votersLabel).toBe('2 people have voted');
    expect(s.ballot.dotsLeftLabel).toBe('Dots left: 3 of 3');
    expect(s.plan.kind).toBe('open');
    // Nothing in the state carries another person's votes.
    expect(JSON.stringify(s.topics)).not.toMatch(/"votes"|"voters"|tally/i);
    // Neutral order (oldest first), not by votes: "Budget" leads the tally but is listed second.
    expect(s.topics.map((t) => t.title)).toEqual(['Hiring plan', 'Budget', 'Offsite']);
  });

  it("counts the budget and the per-topic cap for the user's own dots", () => {
    const s = ready(derive(contextFor(doc(), cy), cy));
    expect(s.ballot.dotsLeftLabel).toBe('Dots left: 0 of 3');
    expect(s.topics.find((t) => t.id === 'budget')).toMatchObject({
      myDots: 2,
      canAddDot: false,
      canRemoveDot: true,
    });
    expect(s.topics.find((t) => t.id === 'hiring')).toMatchObject({
      myDots: 0,
      canAddDot: false,
      canRemoveDot: false,
    });
  });

  it('uses unsaved dots, marks them dirty, and blocks a dot over the cap', () => {
    const s = ready(derive(contextFor(doc(), ben), ben, { hiring: 2 }));
    expect(s.ballot).toMatchObject({ used: 2, dirty: true, dotsLeftLabel: 'Dots left: 1 of 3' });
    expect(s.topics.find((t) => t.id === 'hiring')).toMatchObject({ canAddDot: false });
    expect(s.topics.find((t) => t.id === 'budget')).toMatchObject({ canAddDot: true });
  });

  it('is not dirty when the draft equals what is saved', () => {
    const s = ready(derive(contextFor(doc(), cy), cy, { budget: 2, offsite: 1 }));
    expect(s.ballot.dirty).toBe(false);
  });

  it('hands back dots on a withdrawn topic', () => {
    const d = act(doc(), adele, { kind: 'withdrawTopic', id: 'offsite' });
    const s = ready(derive(contextFor(d, cy), cy));
    expect(s.ballot.dotsLeftLabel).toBe('Dots left: 1 of 3');
    expect(s.topics.map((t) => t.id)).not.toContain('offsite');
  });

  it('shows edit/withdraw only to the author and merge only to the organizer or facilitator', () => {
    const asBen = ready(derive(contextFor(doc(), ben), ben));
    expect(asBen.topics.map((t) => t.isMine)).toEqual([true, false, false]);
    expect(asBen.topics.every((t) => !t.canMerge)).toBe(true);
    expect(asBen.mergeTargets).toEqual([]);
    expect(asBen).toMatchObject({ canCloseVoting: false, canReopenVoting: false, canEditSettings: false });

    const asFacilitator = ready(derive(contextFor(doc(), cyFacilitating), cyFacilitating));
    expect(asFacilitator).toMatchObject({
      canCloseVoting: true,
      canReopenVoting: false,
      canEditSettings: false,
    });
    expect(asFacilitator.topics.every((t) => t.canMerge)).toBe(true);
    // Changed on purpose: one list of targets for the whole view (each topic carried its own list before, which was
    // quadratic in the number of topics); the merge dialog leaves out the topic being merged.
    expect(asFacilitator.mergeTargets.map((t) => t.name)).toEqual(['Hiring plan', 'Budget', 'Offsite']);

    const asOrganizer = ready(derive(contextFor(doc(), adele), adele));
    expect(asOrganizer).toMatchObject({ canCloseVoting: true, canEditSettings: true });
  });

  it('says who can close voting', () => {
    const s = ready(derive(contextFor(doc(), ben), ben));
    expect(s.plan).toEqual({
      kind: 'open',
      message: expect.stringContaining(
        "Adele Vance (the organizer) or this meeting's facilitator closes voting",
      ),
    });
  });

  it('shows where a merged topic came from', () => {
    const d = act(doc(), adele, { kind: 'mergeTopics', occurrence: OCC, from: 'offsite', into: 'budget' });
    const s = ready(derive(contextFor(d, ben), ben));
    expect(s.topics.find((t) => t.id === 'budget')?.mergedFromLabel).toBe('merged from “Offsite”');
    expect(s.topics.map((t) => t.id)).not.toContain('offsite');
  });

  it('offers no merge with a single topic on the list', () => {
    const d = propose(emptyDoc(), 'only', ben, topic('Only one'));
    const s = ready(derive(contextFor(d, adele), adele));
    expect(s.topics[0]?.canMerge).toBe(false);
  });

  it('derives a 2,000-topic list in linear size: one merge-target list, no per-topic lists', () => {
    // A file can hold this many (from any client, or a long carry-over); the reader caps what one meeting weighs,
    // but the view state must not grow with the square of the list either way. Built by hand: the propose rule
    // itself refuses more than OPEN_TOPICS_MAX on one list.
    const n = 2_000;
    const proposals: Record<string, Proposal> = {};
    for (let i = 0; i < n; i++) {
      const id = `t${String(i).padStart(4, '0')}`;
      proposals[id] = {
        id,
        author: ben.id,
        authorName: ben.name,
        proposedFor: OCC,
        createdAt: 1_000 + i,
        content: stamped(
          {
            title: `Topic ${i}`,
            why: '',
            outcome: 'discuss' as const,
            estimateMinutes: 10,
            withdrawn: false,
          },
          { at: 1_000 + i, c: 0, by: ben.id },
        ),
      };
    }
    const d: SeriesDocument = { ...emptyDoc(), proposals };
    const s = ready(derive(contextFor(d, adele), adele));
    expect(s.topics).toHaveLength(n);
    expect(s.mergeTargets).toHaveLength(n);
    expect(s.topics.every((t) => t.canMerge && !('mergeTargets' in t))).toBe(true);
    const json = JSON.stringify(s);
    // Every topic appears once as a TopicView and once as a merge target: 2n, not n².
    expect(json.match(/"canMerge"/g)).toHaveLength(n);
    expect(json.match(/"Topic \d+"/g)).toHaveLength(2 * n);
    expect(json.length).toBeLessThan(n * 600);
  });
});

describe('deriveAgendaViewState: once voting is closed', () => {
  it('time-boxes the boulders between the fixed segments, summing to the meeting length', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha', 30));
    d = propose(d, 'b', cy, topic('Beta', 30));
    d = propose(d, 'c', adele, topic('Gamma', 30));
    d = propose(d, 'd', adele, topic('Delta', 10));
    d = vote(d, ben, { a: 2, b: 1 });
    d = vote(d, cy, { c: 1, a: 1 });
    d = close(d);
    const s = ready(derive(contextFor(d, ben), ben));
    const plan = closedPlan(s);
    expect(plan.rows.map((r) => [r.label, r.timeLabel])).toEqual([
      ['Check-in', '0:00 · 5 min'],
      ['Review of last actions', '0:05 · 5 min'],
      ['Alpha', '0:10 · 15 min'],
      ['Beta', '0:25 · 15 min'],
      ['Gamma', '0:40 · 15 min'],
      ['Wrap-up', '0:55 · 5 min'],
    ]);
    expect(plan.totalMinutes).toBe(60);
    expect(plan.totalLabel).toBe('Total 60 min');
    expect(plan.scaledNote).toBe('Estimates total 90 min; scaled to fit 45 min.');
    expect(plan.parkingLot).toEqual([
      expect.objectContaining({ title: 'Delta', tallyLabel: '0 dots', tied: false }),
    ]);
    const alpha = plan.rows[2];
    expect(alpha?.kind === 'boulder' && alpha.topic.tallyLabel).toBe('3 dots from 2 people');
    // The vote part no longer offers dots.
    expect(s.topics.every((t) => !t.canAddDot && !t.canRemoveDot)).toBe(true);
    expect(plan.late).toEqual([]);
  });

  it('says who closed voting and when, and that the agenda is kept as it was', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = close(d);
    const closedAt = d.occurrences[OCC]?.voting?.at;
    const plan = closedPlan(ready(derive(contextFor(d, ben), ben)));
    expect(plan.closedNote).toBe(
      `Voting closed by Adele Vance on @${closedAt}. This agenda is kept as it was then: later merges, edits and ` +
        'withdrawals don’t change it.',
    );
  });

  it('notes a tie that straddles the cut and badges both sides', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = propose(d, 'b', cy, topic('Beta'));
    d = withSettings(d, { boulderCount: 1 });
    d = vote(d, ben, { a: 1 });
    d = vote(d, cy, { b: 1 });
    d = close(d);
    const plan = closedPlan(ready(derive(contextFor(d, ben), ben)));
    expect(plan.tieNote).toContain('“Alpha” made the agenda and “Beta” did not');
    expect(plan.parkingLot[0]).toMatchObject({ title: 'Beta', tied: true });
    const boulder = plan.rows.find((r) => r.kind === 'boulder');
    expect(boulder?.kind === 'boulder' && boulder.topic.tied).toBe(true);
  });

  it('carries parked topics over with "deferred ×N"', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'), EARLIER);
    d = propose(d, 'b', cy, topic('Beta'), EARLIER);
    d = withSettings(d, { boulderCount: 1 });
    d = vote(d, ben, { a: 2 }, EARLIER);
    d = close(d, EARLIER);
    const s = ready(derive(contextFor(d, ben), ben));
    expect(s.topics.map((t) => [t.title, t.deferredLabel])).toEqual([['Beta', 'deferred ×1']]);
  });

  it('shows the frozen agenda of a closed meeting after later merges, edits and withdrawals', () => {
    // EARLIER closes with the ranking Alpha, Gamma, Beta: Alpha and Gamma make the cut, Beta is parked.
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'), EARLIER);
    d = propose(d, 'b', ben, topic('Beta'), EARLIER);
    d = propose(d, 'c', cy, topic('Gamma'), EARLIER);
    d = withSettings(d, { boulderCount: 2 });
    d = vote(d, ben, { a: 2, b: 1 }, EARLIER);
    d = vote(d, cy, { a: 1, c: 2 }, EARLIER);
    d = close(d, EARLIER);
    const earlier = (doc: SeriesDocument) => ({ ...contextFor(doc, ben), occurrence: EARLIER });
    const before = closedPlan(ready(derive(earlier(d), ben)));
    expect([
      ...boulderTitles(ready(derive(earlier(d), ben))),
      ...before.parkingLot.map((p) => p.title),
    ]).toEqual(['Alpha', 'Gamma', 'Beta']);

    // Next meeting: Beta carries over and is merged into a new topic; Gamma's author renames it; Alpha is withdrawn.
    d = propose(d, 'e', adele, topic('Epsilon'));
    d = act(d, adele, { kind: 'mergeTopics', occurrence: OCC, from: 'b', into: 'e' });
    d = act(d, cy, { kind: 'editTopic', id: 'c', input: topic('Gamma, renamed') });
    d = act(d, ben, { kind: 'withdrawTopic', id: 'a' });

    const after = ready(derive(earlier(d), ben));
    expect(boulderTitles(after)).toEqual(['Alpha', 'Gamma']);
    expect(closedPlan(after).parkingLot).toEqual([
      expect.objectContaining({ id: 'b', title: 'Beta', tallyLabel: '1 dot from 1 person' }),
    ]);
    expect(closedPlan(after).rows).toEqual(before.rows);
    // The meeting being planned sees the merge.
    const now = ready(derive(contextFor(d, ben), ben));
    expect(now.topics.map((t) => [t.title, t.mergedFromLabel])).toEqual([['Epsilon', 'merged from “Beta”']]);
  });

  it('lists topics proposed after voting closed as late: not on this agenda, on the next one', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = close(d);
    d = propose(d, 'late', cy, topic('Came in late'));
    const plan = closedPlan(ready(derive(contextFor(d, ben), ben)));
    expect(plan.late).toEqual([
      expect.objectContaining({ id: 'late', title: 'Came in late', authorName: 'Cy' }),
    ]);
    expect(plan.rows.some((r) => r.kind === 'boulder' && r.topic.id === 'late')).toBe(false);
    expect(plan.parkingLot.map((p) => p.id)).not.toContain('late');
    const next = occurrenceKey('2025-03-17T09:00:00.000Z');
    const s = ready(derive({ ...contextFor(d, ben), occurrence: next }, ben));
    expect(s.topics.map((t) => t.id)).toEqual(['late']);
  });

  it('only the organizer may reopen; the reopening is logged with who, when and the agenda it replaced', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = propose(d, 'b', cy, topic('Beta'));
    d = vote(d, ben, { b: 2 });
    d = close(d);
    expect(ready(derive(contextFor(d, adele), adele))).toMatchObject({
      voting: 'closed',
      canCloseVoting: false,
      canReopenVoting: true,
    });
    for (const who of [cyFacilitating, ben])
      expect(ready(derive(contextFor(d, who), who))).toMatchObject({
        canCloseVoting: false,
        canReopenVoting: false,
      });

    d = act(d, adele, { kind: 'reopenVoting', occurrence: OCC });
    const reopenedAt = d.occurrences[OCC]?.voting?.at;
    const s = ready(derive(contextFor(d, ben), ben));
    expect(s.voting).toBe('open');
    expect(s.votingLog).toEqual([
      `Voting was reopened by Adele Vance on @${reopenedAt} (the agenda had been: Beta, Alpha).`,
    ]);
    expect(ready(derive(contextFor(d, cyFacilitating), cyFacilitating)).canCloseVoting).toBe(true);
  });

  it('lets the author, organizer or facilitator record a decision on a "decide" boulder; only runners mark status', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Pick a vendor', 20, 'decide'));
    d = propose(d, 'b', cy, topic('Update', 10, 'inform'));
    d = close(d);
    d = act(d, ben, {
      kind: 'recordDecision',
      occurrence: OCC,
      topicId: 'a',
      decision: { text: 'Vendor X', holder: 'Ben' },
    });
    d = act(d, adele, { kind: 'setTopicStatus', occurrence: OCC, topicId: 'b', status: 'notReached' });
    const boulders = (viewer: Actor) =>
      closedPlan(ready(derive(contextFor(d, viewer), viewer))).rows.flatMap((r) =>
        r.kind === 'boulder' ? [r.topic] : [],
      );
    const [vendor, update] = boulders(ben);
    expect(vendor).toMatchObject({
      canRecordDecision: true,
      canSetStatus: false,
      decision: { text: 'Vendor X', holder: 'Ben' },
      holderOptions: ['Adele Vance', 'The facilitator', 'Ben'],
    });
    expect(update).toMatchObject({ canRecordDecision: false, status: 'notReached' });
    expect(boulders(cy)[0]?.canRecordDecision).toBe(false);
    expect(boulders(cyFacilitating)[0]).toMatchObject({ canRecordDecision: true, canSetStatus: true });
    expect(boulders(adele)[0]).toMatchObject({ canRecordDecision: true, canSetStatus: true });
  });

  it('explains when fixed segments leave no time for topics', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = withSettings(d, { segments: [{ id: 's', label: 'Long check-in', minutes: 60, position: 'before' }] });
    d = close(d);
    const plan = closedPlan(ready(derive(contextFor(d, ben), ben)));
    expect(plan.scaledNote).toMatch(/no time is left for topics/);
    expect(plan.totalMinutes).toBe(60);
  });
});

describe('deriveAgendaViewState: trust in the file', () => {
  /** A file in which a reader found an action item with a due date that is not a date, and set it aside. */
  const damaged = () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = act(d, adele, {
      kind: 'captureAction',
      input: {
        id: 'x',
        occurrence: OCC,
        title: 'Book the room',
        owner: { email: 'ben@x', name: 'Ben' },
        how: 'assigned',
      },
    });
    const x = d.actions['x']!;
    d = { ...d, actions: { x: { ...x, due: { ...x.due, value: 'soon' } } } };
    return validateSeriesDocument(d, 50_000).doc;
  };

  it('shows what was set aside to the organizer only, until dismissed', () => {
    const d = damaged();
    const s = ready(derive(contextFor(d, adele), adele));
    expect(s.health?.upTo).toBe(50_000);
    expect(s.health?.lines).toEqual([
      expect.stringMatching(/^@50000: .*“Book the room” \(its due date is not a date\)/),
    ]);
    expect(ready(derive(contextFor(d, ben), ben)).health).toBeUndefined();
    expect(ready(derive(contextFor(d, cyFacilitating), cyFacilitating)).health).toBeUndefined();

    const dismissed = act(d, adele, { kind: 'dismissHealth', upTo: 50_000 });
    expect(ready(derive(contextFor(dismissed, adele), adele)).health).toBeUndefined();
  });

  it('names a same-named file someone else planted, on every kind of view', () => {
    const untrusted = [{ teamName: 'Sales', createdByName: 'Mallory' }];
    const note = (s: AgendaViewState) => s.untrustedNote;
    const withCopies = (ctx: AgendaContext): AgendaContext => ({ ...ctx, untrusted });
    const expected =
      'Roundtable found a file for this meeting in “Sales” (created by Mallory) that Adele Vance, the organizer, did ' +
      'not create. It is not used: anyone in that team could have put it there, and votes in it could be read ' +
      'outside this meeting.';
    const linked = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    expect(note(derive(withCopies(contextFor(linked, ben)), ben))).toBe(expected);
    expect(note(derive(withCopies(contextFor(null, ben)), ben))).toBe(expected);
    expect(note(derive(withCopies(contextFor(null, adele)), adele))).toBe(expected);
    expect(note(derive(contextFor(linked, ben), ben))).toBeUndefined();
  });
});

describe('timeLabel', () => {
  it('formats the start as h:mm from the meeting start, then the length', () => {
    expect(timeLabel({ startMinute: 10, minutes: 20 })).toBe('0:10 · 20 min');
    expect(timeLabel({ startMinute: 75, minutes: 5 })).toBe('1:15 · 5 min');
  });
});
