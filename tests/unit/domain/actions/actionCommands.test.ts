// Action items through the one write path (applyIntent): capture, later edits, the Planner recording's bookkeeping.
import type { ActionActor } from '../../../../src/domain/actions/actionActor';
import type { CaptureInput } from '../../../../src/domain/actions/captureAction';
import { helpersOf, ownerWithHelpers } from '../../../../src/domain/actions/helpersOf';
import { goesToPlanner } from '../../../../src/domain/actions/goesToPlanner';
import { holdsLease, isLeaseBusy, PLANNER_LEASE_MS } from '../../../../src/domain/actions/plannerLease';
import { reviewState } from '../../../../src/domain/actions/reviewState';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { compareLww } from '../../../../src/domain/series/lww';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const base = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
const anActor = (over: Partial<ActionActor> = {}): ActionActor => ({
  id: userId('u-sam'),
  name: 'Sam',
  email: 'sam@northwind.example',
  isOrganizer: false,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
  ...over,
});
const noteTaker = anActor({
  id: userId('u-mei'),
  name: 'Mei',
  email: 'mei@northwind.example',
  isNoteTaker: true,
});
const anInput = (over: Partial<CaptureInput> = {}): CaptureInput => ({
  id: 'a1',
  occurrence: occ,
  title: '  Draft the hiring plan ',
  owner: { email: 'sam@northwind.example', name: 'Sam' },
  due: '2026-01-31',
  how: 'assigned',
  ...over,
});
const apply = (doc: SeriesDocument, intent: SeriesIntent, actor: ActionActor, now: number) =>
  applyIntent(doc, intent, actor, now);
const must = (doc: SeriesDocument, intent: SeriesIntent, actor: ActionActor, now: number): SeriesDocument => {
  const r = apply(doc, intent, actor, now);
  if (!r.ok) throw new Error(`${r.failure.kind}: ${JSON.stringify(r.failure)}`);
  return r.value;
};
const capture = (over: Partial<CaptureInput> = {}) =>
  ({ kind: 'captureAction', input: anInput(over) }) as const satisfies SeriesIntent;
function captured(over: Partial<CaptureInput> = {}): SeriesDocument {
  return must(base, capture(over), noteTaker, 10);
}

describe('captureAction', () => {
  it('records the action with trimmed title, its one owner, due date and who assigned it', () => {
    const a = captured().actions['a1'];
    expect(a?.title.value).toBe('Draft the hiring plan');
    expect(a?.helpers).toBeUndefined();
    expect(a?.keptOffPlanner).toBeUndefined();
    expect(a?.ownership).toEqual({
      value: { owner: { email: 'sam@northwind.example', name: 'Sam' }, how: 'assigned' },
      at: 10,
      c: 0,
      by: noteTaker.id,
    });
    expect(a?.due.value).toBe('2026-01-31');
    expect(a?.completed.value).toBe(false);
    expect(a?.planner).toBeUndefined();
    expect(a?.createdBy).toBe(noteTaker.id);
  });

  it('is idempotent per id: a retried capture changes nothing', () => {
    const doc = captured();
    expect(apply(doc, capture({ title: 'Something else' }), noteTaker, 99)).toEqual({ ok: true, value: doc });
  });

  it.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(256) }, 'title'],
    [{ owner: { email: '', name: '' } }, 'owner'],
    [{ owner: { email: 'not an address', name: 'X' } }, 'owner'],
    [
      { helpers: Array.from({ length: 21 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}` })) },
      'helpers',
    ],
    [{ helpers: [{ email: 'not an address', name: 'X' }] }, 'helpers'],
    [{ due: '2026-02-30' }, 'due'],
    [{ due: '31/01/2026' }, 'due'],
    [{ id: '  ' }, 'id'],
  ])('refuses %j', (over, field) => {
    const r = apply(base, capture(over as Partial<CaptureInput>), noteTaker, 1);
    expect(r.ok ? 'ok' : r.failure.kind === 'invalidInput' && r.failure.field).toBe(field);
  });

  it('only the note-taker, facilitator or organizer assign; anyone claims for themselves', () => {
    const sam = anActor();
    expect(apply(base, capture(), sam, 1)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'actionAssignNotAllowed' } },
    });
    expect(apply(base, capture({ how: 'claimed' }), sam, 1).ok).toBe(true);
    expect(
      apply(base, capture({ how: 'claimed', owner: { email: 'mei@northwind.example', name: 'M' } }), sam, 1)
        .ok,
    ).toBe(false);
    expect(apply(base, capture(), anActor({ isFacilitator: true }), 1).ok).toBe(true);
    expect(apply(base, capture(), anActor({ isOrganizer: true }), 1).ok).toBe(true);
  });

  it('keeps helpers apart from the owner: each once, case-insensitively, never the owner again', () => {
    const doc = captured({
      helpers: [
        { email: 'SAM@northwind.example', name: 'Sam again' },
        { email: 'ana@northwind.example', name: 'Ana' },
        { email: 'ANA@northwind.example', name: 'Ana again' },
        { email: 'ben@northwind.example', name: '' },
      ],
    });
    expect(doc.actions['a1']?.helpers?.value).toEqual([
      { email: 'ana@northwind.example', name: 'Ana' },
      { email: 'ben@northwind.example', name: 'ben@northwind.example' },
    ]);
    expect(
      ownerWithHelpers(
        must(doc, { kind: 'claimAction', actionId: 'a1' }, noteTaker, 20).actions['a1']!,
        (owner, helpers) => `${owner} | ${helpers.join(' | ')}`,
      ),
    ).toBe('Mei | Ana | ben@northwind.example');
    // 20 helpers are allowed (every document from before one owner had at most 19 others).
    const twenty = Array.from({ length: 20 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}` }));
    expect(captured({ helpers: twenty }).actions['a1']?.helpers?.value).toHaveLength(20);
  });

  it('can keep an item off Planner from the start', () => {
    expect(captured({ keptOffPlanner: true }).actions['a1']?.keptOffPlanner?.value).toBe(true);
    expect(captured({ keptOffPlanner: false }).actions['a1']?.keptOffPlanner).toBeUndefined();
  });
});

describe('later edits', () => {
  const farah = anActor({ id: userId('u-farah'), name: 'Farah', email: 'farah@northwind.example' });
  const owner = anActor();

  it('claim makes the actor the owner, marked claimed; a helper who claims leaves the helpers', () => {
    const withFarah = captured({ helpers: [{ email: 'Farah@northwind.example', name: 'F' }] });
    const d = must(withFarah, { kind: 'claimAction', actionId: 'a1' }, farah, 20);
    expect(d.actions['a1']?.ownership.value).toEqual({
      owner: { email: 'farah@northwind.example', name: 'Farah' },
      how: 'claimed',
    });
    expect(d.actions['a1']?.helpers?.value).toEqual([]);
    expect(apply(captured(), { kind: 'claimAction', actionId: 'nope' }, farah, 20)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound', problem: { code: 'actionGone' } },
    });
  });

  it('reassign, due date and complete are for owners and the meeting leads', () => {
    const doc = captured();
    const to = (email: string, name: string) =>
      ({ kind: 'reassignAction', actionId: 'a1', owner: { email, name } }) as const;
    expect(apply(doc, to('x@y.example', 'X'), farah, 20)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'actionChangeNotAllowed' } },
    });
    const moved = must(doc, to('farah@northwind.example', 'Farah'), owner, 20);
    expect(moved.actions['a1']?.ownership.value.how).toBe('assigned');
    // An owner is found by address without regard to case.
    const shouty = anActor({ email: 'SAM@northwind.example' });
    expect(apply(doc, { kind: 'setActionDue', actionId: 'a1', due: null }, shouty, 21).ok).toBe(true);
    const due = must(doc, { kind: 'setActionDue', actionId: 'a1', due: null }, owner, 21);
    expect(due.actions['a1']?.due.value).toBeNull();
    expect(apply(doc, { kind: 'setActionDue', actionId: 'a1', due: '2026-13-01' }, owner, 21)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'due', problem: { code: 'actionDueInvalid' } },
    });
    const done = must(doc, { kind: 'completeAction', actionId: 'a1', completed: true }, noteTaker, 22);
    expect(done.actions['a1']?.completed).toEqual({ value: true, at: 22, c: 0, by: noteTaker.id });
    expect(
      apply(doc, { kind: 'completeAction', actionId: 'missing', completed: true }, noteTaker, 22),
    ).toMatchObject({ ok: false, failure: { kind: 'notFound' } });
  });

  it('an edit in the same millisecond, or from a lagging clock, still wins the merge over what it replaced', () => {
    const doc = captured();
    const captureAt = doc.actions['a1']?.completed.at ?? 0;
    // Done and reopened within one millisecond: the reopen must survive merging with the "done" replica.
    const done = must(doc, { kind: 'completeAction', actionId: 'a1', completed: true }, noteTaker, captureAt);
    const reopened = must(
      done,
      { kind: 'completeAction', actionId: 'a1', completed: false },
      noteTaker,
      captureAt,
    );
    expect(mergeSeriesDocuments(done, reopened).actions['a1']?.completed.value).toBe(false);
    expect(mergeSeriesDocuments(reopened, done).actions['a1']?.completed.value).toBe(false);
    // A clock 5 s behind the capture: reassign, due and claim still replace the values they saw.
    const behind = captureAt - 5_000;
    const moved = must(
      doc,
      {
        kind: 'reassignAction',
        actionId: 'a1',
        owner: { email: 'farah@northwind.example', name: 'Farah' },
      },
      owner,
      behind,
    );
    const due = must(doc, { kind: 'setActionDue', actionId: 'a1', due: '2027-01-01' }, owner, behind);
    const claimed = must(doc, { kind: 'claimAction', actionId: 'a1' }, farah, behind);
    expect(mergeSeriesDocuments(doc, moved).actions['a1']?.ownership.value.owner.name).toBe('Farah');
    expect(mergeSeriesDocuments(doc, due).actions['a1']?.due.value).toBe('2027-01-01');
    expect(mergeSeriesDocuments(doc, claimed).actions['a1']?.ownership.value.how).toBe('claimed');
  });
});

describe('helpers and keeping off Planner', () => {
  const ana = { email: 'ana@northwind.example', name: 'Ana' };
  const ben = { email: 'ben@northwind.example', name: 'Ben' };
  const farah = anActor({ id: userId('u-farah'), name: 'Farah', email: 'farah@northwind.example' });

  it('helpers are set by the owner or the meeting leads, never include the owner, and are bounded', () => {
    const doc = captured();
    const set = (helpers: readonly { email: string; name: string }[]) =>
      ({ kind: 'setActionHelpers', actionId: 'a1', helpers }) as const;
    expect(apply(doc, set([ana]), farah, 20)).toMatchObject({ ok: false, failure: { kind: 'notAllowed' } });
    const d = must(doc, set([ana, { email: 'SAM@northwind.example', name: 'Sam' }, ben]), anActor(), 20);
    expect(d.actions['a1']?.helpers?.value).toEqual([ana, ben]);
    const many = Array.from({ length: 21 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}` }));
    expect(apply(doc, set(many), noteTaker, 20)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'helpers', problem: { code: 'actionHelpersTooMany', max: 20 } },
    });
    expect(must(d, set([]), noteTaker, 21).actions['a1']?.helpers?.value).toEqual([]);
  });

  it('reassigning keeps the helpers, less the new owner', () => {
    const doc = must(
      captured(),
      { kind: 'setActionHelpers', actionId: 'a1', helpers: [ana, ben] },
      noteTaker,
      20,
    );
    const d = must(doc, { kind: 'reassignAction', actionId: 'a1', owner: ana }, noteTaker, 21);
    expect(d.actions['a1']?.ownership.value.owner).toEqual(ana);
    expect(d.actions['a1']?.helpers?.value).toEqual([ben]);
    expect(helpersOf(d.actions['a1']!)).toEqual([ben]);
  });

  it('a reassignment and a concurrent helper edit both stand, and the owner is never their own helper', () => {
    const doc = captured();
    const moved = must(doc, { kind: 'reassignAction', actionId: 'a1', owner: ana }, noteTaker, 30);
    const helped = must(
      doc,
      { kind: 'setActionHelpers', actionId: 'a1', helpers: [ana, ben] },
      anActor(),
      31,
    );
    for (const merged of [mergeSeriesDocuments(moved, helped), mergeSeriesDocuments(helped, moved)]) {
      const a = merged.actions['a1']!;
      expect(a.ownership.value.owner).toEqual(ana);
      expect(helpersOf(a)).toEqual([ben]);
    }
    expect(mergeSeriesDocuments(moved, helped)).toEqual(mergeSeriesDocuments(helped, moved));
  });

  it('keeping off Planner is a per-item choice that can be undone, and not for an item already in Planner', () => {
    const doc = captured();
    const off = must(doc, { kind: 'keepOffPlanner', actionId: 'a1', kept: true }, noteTaker, 20);
    expect(goesToPlanner(off.actions['a1']!)).toBe(false);
    const back = must(off, { kind: 'keepOffPlanner', actionId: 'a1', kept: false }, noteTaker, 21);
    expect(goesToPlanner(back.actions['a1']!)).toBe(true);
    expect(apply(doc, { kind: 'keepOffPlanner', actionId: 'a1', kept: true }, farah, 20)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed' },
    });
    const linked = must(
      doc,
      {
        kind: 'finishRecording',
        holder: 'A',
        bucket: { planId: 'p1', bucketId: 'b1' },
        links: [{ actionId: 'a1', taskId: 't1' }],
      },
      noteTaker,
      22,
    );
    expect(
      apply(linked, { kind: 'keepOffPlanner', actionId: 'a1', kept: true }, noteTaker, 23),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'actionAlreadyInPlanner' } },
    });
  });
});

describe('the Planner recording', () => {
  const bucket = { planId: 'p1', bucketId: 'b1' };
  const finish = {
    kind: 'finishRecording',
    holder: 'A',
    bucket,
    links: [{ actionId: 'a1', taskId: 't1' }],
  } as const;

  it('finishing links the tasks and remembers the bucket; a retried finish changes nothing', () => {
    const started = must(captured(), { kind: 'startRecording', holder: 'A', captures: [] }, noteTaker, 30);
    const once = must(started, finish, noteTaker, 31);
    expect(once.actions['a1']?.planner?.value).toEqual({ taskId: 't1', bucketId: 'b1', planId: 'p1' });
    expect(once.plannerBucket?.value).toEqual(bucket);
    expect(holdsLease(once, 'A', 32)).toBe(false);
    expect(apply(once, finish, noteTaker, 33)).toEqual({ ok: true, value: once });
  });

  it('a link for an action that is gone is skipped; the rest is recorded', () => {
    const started = must(captured(), { kind: 'startRecording', holder: 'A', captures: [] }, noteTaker, 30);
    const d = must(
      started,
      { ...finish, links: [{ actionId: 'gone', taskId: 't0' }, ...finish.links] },
      noteTaker,
      31,
    );
    expect(d.actions['a1']?.planner?.value.taskId).toBe('t1');
    expect(d.actions['gone']).toBeUndefined();
  });
});

describe('choosePlannerPlan', () => {
  const organizer = anActor({
    id: userId('u-ada'),
    name: 'Ada',
    email: 'ada@northwind.example',
    isOrganizer: true,
  });
  const choose = (planId: string, planTitle: string) =>
    ({ kind: 'choosePlannerPlan', planId, planTitle }) as const satisfies SeriesIntent;

  it('the organizer chooses the plan; it is stored for every client and leaves recorded tasks linked', () => {
    const recorded = must(
      must(captured(), { kind: 'startRecording', holder: 'A', captures: [] }, noteTaker, 30),
      { kind: 'finishRecording', holder: 'A', bucket: { planId: 'p1', bucketId: 'b1' }, links: [] },
      noteTaker,
      31,
    );
    const d = must(recorded, choose('p2', ' Offsite 2026 '), organizer, 40);
    expect(d.plannerPlan?.value).toEqual({ planId: 'p2', title: 'Offsite 2026' });
    expect(d.plannerPlan?.by).toBe('u-ada');
    // The old bucket stays as it was; the recording decides it no longer applies (recordToPlanner).
    expect(d.plannerBucket).toEqual(recorded.plannerBucket);
    expect(d.actions).toBe(recorded.actions);
  });

  it('others are refused with the organizer-only rule', () => {
    for (const who of [noteTaker, anActor({ isFacilitator: true }), anActor()])
      expect(apply(base, choose('p2', 'Offsite 2026'), who, 40)).toEqual({
        ok: false,
        failure: { kind: 'notAllowed', problem: { code: 'plannerPlanChooseNotAllowed' } },
      });
  });

  it('choosing the same plan again leaves the document as it is (same reference)', () => {
    const d = must(base, choose('p2', 'Offsite 2026'), organizer, 40);
    expect(apply(d, choose('p2', 'Offsite 2026'), organizer, 50)).toEqual({ ok: true, value: d });
    expect((apply(d, choose('p2', 'Offsite 2026'), organizer, 50) as { value: SeriesDocument }).value).toBe(
      d,
    );
    // A renamed plan is a change: the title shown follows it.
    expect(must(d, choose('p2', 'Offsite 2027'), organizer, 50).plannerPlan?.value.title).toBe(
      'Offsite 2027',
    );
  });

  it('an empty or overlong plan id is refused as input', () => {
    expect(apply(base, choose(' ', 'Offsite'), organizer, 40)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'plan' },
    });
    expect(apply(base, choose('p'.repeat(401), 'Offsite'), organizer, 40).ok).toBe(false);
  });

  it('two organizers’ windows choosing concurrently: the later choice wins on merge, in either order', () => {
    const first = must(base, choose('p1', 'Leadership Team'), organizer, 40);
    const second = must(base, choose('p2', 'Offsite 2026'), organizer, 41);
    expect(mergeSeriesDocuments(first, second).plannerPlan?.value.planId).toBe('p2');
    expect(mergeSeriesDocuments(second, first).plannerPlan?.value.planId).toBe('p2');
    expect(mergeSeriesDocuments(base, first).plannerPlan).toEqual(first.plannerPlan);
  });
});

describe('plannerLease', () => {
  const start = (holder: string, captures: readonly CaptureInput[] = []) =>
    ({ kind: 'startRecording', holder, captures }) as const;

  it('one holder at a time until it expires or is released', () => {
    const a = must(base, start('A'), noteTaker, 1_000);
    expect(a.plannerLease?.value).toEqual({ holder: 'A', until: 1_000 + PLANNER_LEASE_MS });
    // Changed rule: taking a busy lease no longer fails (the old 'busy' error); the write leaves the lease alone and
    // the caller reads the result to learn that it does not hold it.
    const b = must(a, start('B'), noteTaker, 2_000);
    expect(b).toBe(a);
    expect([isLeaseBusy(b, 'B', 2_000), holdsLease(b, 'B', 2_000), holdsLease(b, 'A', 2_000)]).toEqual([
      true,
      false,
      true,
    ]);
    expect(holdsLease(must(a, start('A'), noteTaker, 2_000), 'A', 2_000)).toBe(true);
    expect(holdsLease(must(a, start('B'), noteTaker, 1_000 + PLANNER_LEASE_MS + 1), 'B', 61_001)).toBe(true);
    const released = must(a, { kind: 'releaseRecording', holder: 'A' }, noteTaker, 3_000);
    expect(holdsLease(must(released, start('B'), noteTaker, 3_001), 'B', 3_001)).toBe(true);
    // Releasing someone else's lease leaves it alone.
    expect(must(a, { kind: 'releaseRecording', holder: 'B' }, noteTaker, 3_000)).toBe(a);
  });

  it('a busy lease does not cost the recorder the actions captured in the same write', () => {
    const a = must(base, start('A'), noteTaker, 1_000);
    const b = must(a, start('B', [anInput({ id: 'a2' })]), noteTaker, 2_000);
    expect(b.actions['a2']?.title.value).toBe('Draft the hiring plan');
    expect(b.plannerLease).toEqual(a.plannerLease);
  });

  it('a lease taken over after expiry wins the merge, even when another writer’s clock ran ahead', () => {
    // Someone whose clock is 2 minutes ahead wrote last; every later stamp orders after theirs.
    const ahead = must(base, capture(), noteTaker, 100_000 + 120_000);
    const a = must(ahead, start('A'), noteTaker, 100_000);
    const b = must(a, start('B'), noteTaker, 100_000 + PLANNER_LEASE_MS + 1);
    expect(b.plannerLease?.value.holder).toBe('B');
    expect(compareLww(b.plannerLease!, a.plannerLease!)).toBeGreaterThan(0);
    expect(mergeSeriesDocuments(a, b).plannerLease?.value.holder).toBe('B');
  });
});

describe('reviewState', () => {
  const a = captured().actions['a1']!;
  it('reads Planner once the task exists, the document before', () => {
    expect(reviewState(a, undefined, '2026-02-10')).toBe('notInPlanner');
    expect(reviewState(a, { percentComplete: 100, due: '2026-01-31' }, '2026-02-10')).toBe('done');
    expect(reviewState(a, { percentComplete: 50, due: '2026-01-31' }, '2026-02-10')).toBe('overdue');
    expect(reviewState(a, { percentComplete: 0, due: '2026-01-31' }, '2026-01-31')).toBe('open');
    expect(reviewState(a, { percentComplete: 0, due: null }, '2030-01-01')).toBe('open');
  });
});
