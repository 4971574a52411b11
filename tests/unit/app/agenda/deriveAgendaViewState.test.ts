import { mergeTopics } from '../../../../src/domain/agenda/mergeTopics';
import { withdrawTopic } from '../../../../src/domain/agenda/proposeTopic';
import { recordDecision } from '../../../../src/domain/agenda/recordDecision';
import { setTopicStatus } from '../../../../src/domain/agenda/setTopicStatus';
import { setSettings } from '../../../../src/domain/agenda/voteCommands';
import { DEFAULT_SETTINGS } from '../../../../src/domain/series/seriesDocument';
import {
  deriveAgendaViewState,
  timeLabel,
  type AgendaViewState,
  type ReadyAgendaView,
} from '../../../../src/app/hooks/deriveAgendaViewState';
import {
  adele,
  ben,
  close,
  contextFor,
  cy,
  EARLIER,
  emptyDoc,
  must,
  propose,
  topic,
  vote,
} from './agendaFixture';

const ready = (s: AgendaViewState): ReadyAgendaView => {
  if (s.kind !== 'ready') throw new Error(`expected ready, got ${s.kind}`);
  return s;
};
const closedPlan = (s: ReadyAgendaView) => {
  if (s.plan.kind !== 'closed') throw new Error('expected a closed plan');
  return s.plan;
};

describe('deriveAgendaViewState: linking', () => {
  it('offers the organizer their teams to link the series to', () => {
    const s = deriveAgendaViewState({ ctx: contextFor(null, adele), isFacilitator: false });
    expect(s).toEqual({ kind: 'linkTeam', teams: [{ id: 'g1', name: 'Leadership' }] });
  });

  it('tells an attendee who links it, where it lives and what to ask for, naming the organizer', () => {
    const s = deriveAgendaViewState({ ctx: contextFor(null, ben), isFacilitator: false });
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
    const s = ready(deriveAgendaViewState({ ctx: contextFor(doc(), ben), isFacilitator: false }));
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
    const s = ready(deriveAgendaViewState({ ctx: contextFor(doc(), cy), isFacilitator: false }));
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
    const s = ready(
      deriveAgendaViewState({ ctx: contextFor(doc(), ben), isFacilitator: false, draftDots: { hiring: 2 } }),
    );
    expect(s.ballot).toMatchObject({ used: 2, dirty: true, dotsLeftLabel: 'Dots left: 1 of 3' });
    expect(s.topics.find((t) => t.id === 'hiring')).toMatchObject({ canAddDot: false });
    expect(s.topics.find((t) => t.id === 'budget')).toMatchObject({ canAddDot: true });
  });

  it('is not dirty when the draft equals what is saved', () => {
    const s = ready(
      deriveAgendaViewState({
        ctx: contextFor(doc(), cy),
        isFacilitator: false,
        draftDots: { budget: 2, offsite: 1 },
      }),
    );
    expect(s.ballot.dirty).toBe(false);
  });

  it('hands back dots on a withdrawn topic', () => {
    const d = must(withdrawTopic(doc(), 'offsite', adele, 99_999));
    const s = ready(deriveAgendaViewState({ ctx: contextFor(d, cy), isFacilitator: false }));
    expect(s.ballot.dotsLeftLabel).toBe('Dots left: 1 of 3');
    expect(s.topics.map((t) => t.id)).not.toContain('offsite');
  });

  it('shows edit/withdraw only to the author and merge only to the organizer or facilitator', () => {
    const asBen = ready(deriveAgendaViewState({ ctx: contextFor(doc(), ben), isFacilitator: false }));
    expect(asBen.topics.map((t) => t.isMine)).toEqual([true, false, false]);
    expect(asBen.topics.every((t) => t.mergeTargets.length === 0)).toBe(true);
    expect(asBen.canToggleVoting).toBe(false);
    expect(asBen.canEditSettings).toBe(false);

    const asFacilitator = ready(deriveAgendaViewState({ ctx: contextFor(doc(), cy), isFacilitator: true }));
    expect(asFacilitator.canToggleVoting).toBe(true);
    expect(asFacilitator.canEditSettings).toBe(false);
    expect(asFacilitator.topics[0]?.mergeTargets.map((t) => t.name)).toEqual(['Budget', 'Offsite']);

    const asOrganizer = ready(deriveAgendaViewState({ ctx: contextFor(doc(), adele), isFacilitator: false }));
    expect(asOrganizer).toMatchObject({ canToggleVoting: true, canEditSettings: true });
  });

  it('says who can close voting', () => {
    const s = ready(deriveAgendaViewState({ ctx: contextFor(doc(), ben), isFacilitator: false }));
    expect(s.plan).toEqual({
      kind: 'open',
      message: expect.stringContaining(
        "Adele Vance (the organizer) or this meeting's facilitator closes voting",
      ),
    });
  });

  it('shows where a merged topic came from', () => {
    const d = must(mergeTopics(doc(), 'offsite', 'budget', adele, 99_999));
    const s = ready(deriveAgendaViewState({ ctx: contextFor(d, ben), isFacilitator: false }));
    expect(s.topics.find((t) => t.id === 'budget')?.mergedFromLabel).toBe('merged from “Offsite”');
    expect(s.topics.map((t) => t.id)).not.toContain('offsite');
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
    const s = ready(deriveAgendaViewState({ ctx: contextFor(d, ben), isFacilitator: false }));
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
  });

  it('notes a tie that straddles the cut and badges both sides', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = propose(d, 'b', cy, topic('Beta'));
    d = must(setSettings(d, { ...DEFAULT_SETTINGS, boulderCount: 1 }, adele, 5_000));
    d = vote(d, ben, { a: 1 });
    d = vote(d, cy, { b: 1 });
    d = close(d);
    const plan = closedPlan(ready(deriveAgendaViewState({ ctx: contextFor(d, ben), isFacilitator: false })));
    expect(plan.tieNote).toContain('“Alpha” made the agenda and “Beta” did not');
    expect(plan.parkingLot[0]).toMatchObject({ title: 'Beta', tied: true });
    const boulder = plan.rows.find((r) => r.kind === 'boulder');
    expect(boulder?.kind === 'boulder' && boulder.topic.tied).toBe(true);
  });

  it('carries parked topics over with "deferred ×N"', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'), EARLIER);
    d = propose(d, 'b', cy, topic('Beta'), EARLIER);
    d = must(setSettings(d, { ...DEFAULT_SETTINGS, boulderCount: 1 }, adele, 5_000));
    d = vote(d, ben, { a: 2 }, EARLIER);
    d = close(d, EARLIER);
    const s = ready(deriveAgendaViewState({ ctx: contextFor(d, ben), isFacilitator: false }));
    expect(s.topics.map((t) => [t.title, t.deferredLabel])).toEqual([['Beta', 'deferred ×1']]);
  });

  it('lets the author, organizer or facilitator record a decision on a "decide" boulder; only runners mark status', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Pick a vendor', 20, 'decide'));
    d = propose(d, 'b', cy, topic('Update', 10, 'inform'));
    d = close(d);
    d = must(
      recordDecision(d, contextFor(d, ben).occurrence, 'a', { text: 'Vendor X', holder: 'Ben' }, ben, 9_000),
    );
    d = must(setTopicStatus(d, contextFor(d, ben).occurrence, 'b', 'notReached', adele, 9_001));
    const boulders = (viewer: typeof ben) =>
      closedPlan(
        ready(deriveAgendaViewState({ ctx: contextFor(d, viewer), isFacilitator: false })),
      ).rows.flatMap((r) => (r.kind === 'boulder' ? [r.topic] : []));
    const [vendor, update] = boulders(ben);
    expect(vendor).toMatchObject({
      canRecordDecision: true,
      canSetStatus: false,
      decision: { text: 'Vendor X', holder: 'Ben' },
      holderOptions: ['Adele Vance', 'The facilitator', 'Ben'],
    });
    expect(update).toMatchObject({ canRecordDecision: false, status: 'notReached' });
    expect(boulders(cy)[0]?.canRecordDecision).toBe(false);
    expect(boulders(adele)[0]).toMatchObject({ canRecordDecision: true, canSetStatus: true });
  });

  it('explains when fixed segments leave no time for topics', () => {
    let d = propose(emptyDoc(), 'a', ben, topic('Alpha'));
    d = must(
      setSettings(
        d,
        {
          ...DEFAULT_SETTINGS,
          segments: [{ id: 's', label: 'Long check-in', minutes: 60, position: 'before' }],
        },
        adele,
        5_000,
      ),
    );
    d = close(d);
    const plan = closedPlan(ready(deriveAgendaViewState({ ctx: contextFor(d, ben), isFacilitator: false })));
    expect(plan.scaledNote).toMatch(/no time is left for topics/);
    expect(plan.totalMinutes).toBe(60);
  });
});

describe('timeLabel', () => {
  it('formats the start as h:mm from the meeting start, then the length', () => {
    expect(timeLabel({ startMinute: 10, minutes: 20 })).toBe('0:10 · 20 min');
    expect(timeLabel({ startMinute: 75, minutes: 5 })).toBe('1:15 · 5 min');
  });
});
