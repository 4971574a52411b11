import type { ActionActor } from '../../../../src/domain/actions/actionActor';
import { captureAction, type CaptureInput } from '../../../../src/domain/actions/captureAction';
import { claimAction } from '../../../../src/domain/actions/claimAction';
import { completeAction } from '../../../../src/domain/actions/completeAction';
import { linkTask } from '../../../../src/domain/actions/linkTask';
import { acquirePlannerLease, releasePlannerLease } from '../../../../src/domain/actions/plannerLease';
import { reassignAction } from '../../../../src/domain/actions/reassignAction';
import { reviewState } from '../../../../src/domain/actions/reviewState';
import { setDue } from '../../../../src/domain/actions/setDue';
import { setPlannerBucket } from '../../../../src/domain/actions/setPlannerBucket';
import { occurrenceKey, seriesKey, userId } from '../../../../src/domain/ids';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const base = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
const anActor = (over: Partial<ActionActor> = {}): ActionActor => ({
  id: userId('u-sam'),
  name: 'Sam',
  email: 'sam@northwind.example',
  isOrganizer: false,
  isFacilitator: false,
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
  owners: [{ email: 'sam@northwind.example', name: 'Sam' }],
  due: '2026-01-31',
  how: 'assigned',
  ...over,
});
function captured(over: Partial<CaptureInput> = {}): SeriesDocument {
  const r = captureAction(base, anInput(over), noteTaker, 10);
  if (!r.ok) throw new Error(r.failure.message);
  return r.value;
}

describe('captureAction', () => {
  it('records the action with trimmed title, owners, due date and who assigned it', () => {
    const a = captured().actions['a1'];
    expect(a?.title.value).toBe('Draft the hiring plan');
    expect(a?.ownership).toEqual({
      value: { owners: [{ email: 'sam@northwind.example', name: 'Sam' }], how: 'assigned' },
      at: 10,
      by: noteTaker.id,
    });
    expect(a?.due.value).toBe('2026-01-31');
    expect(a?.completed.value).toBe(false);
    expect(a?.planner).toBeUndefined();
  });

  it('is idempotent per id: a retried capture changes nothing', () => {
    const doc = captured();
    const again = captureAction(doc, anInput({ title: 'Something else' }), noteTaker, 99);
    expect(again).toEqual({ ok: true, value: doc });
  });

  it.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(256) }, 'title'],
    [{ owners: [] }, 'owners'],
    [
      { owners: Array.from({ length: 21 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}` })) },
      'owners',
    ],
    [{ owners: [{ email: 'not an address', name: 'X' }] }, 'owners'],
    [{ due: '2026-02-30' }, 'due'],
    [{ due: '31/01/2026' }, 'due'],
  ])('refuses %j', (over, field) => {
    const r = captureAction(base, anInput(over as Partial<CaptureInput>), noteTaker, 1);
    expect(r.ok ? 'ok' : r.failure.kind === 'invalidInput' && r.failure.field).toBe(field);
  });

  it('only the note-taker, facilitator or organizer assign; anyone claims for themselves', () => {
    const sam = anActor();
    expect(captureAction(base, anInput(), sam, 1).ok).toBe(false);
    expect(captureAction(base, anInput({ how: 'claimed' }), sam, 1).ok).toBe(true);
    expect(
      captureAction(
        base,
        anInput({ how: 'claimed', owners: [{ email: 'mei@northwind.example', name: 'M' }] }),
        sam,
        1,
      ).ok,
    ).toBe(false);
    expect(captureAction(base, anInput(), anActor({ isFacilitator: true }), 1).ok).toBe(true);
  });

  it('drops duplicate owners, case-insensitively', () => {
    const doc = captured({
      owners: [
        { email: 'sam@northwind.example', name: 'Sam' },
        { email: 'SAM@northwind.example', name: 'Sam again' },
      ],
    });
    expect(doc.actions['a1']?.ownership.value.owners).toHaveLength(1);
  });
});

describe('later edits', () => {
  const farah = anActor({ id: userId('u-farah'), name: 'Farah', email: 'farah@northwind.example' });

  it('claim makes the actor the sole owner, marked claimed', () => {
    const r = claimAction(captured(), 'a1', farah, 20);
    expect(r.ok && r.value.actions['a1']?.ownership.value).toEqual({
      owners: [{ email: 'farah@northwind.example', name: 'Farah' }],
      how: 'claimed',
    });
  });

  it('reassign, setDue and complete are for owners and the meeting leads', () => {
    const doc = captured();
    expect(reassignAction(doc, 'a1', [{ email: 'x@y.example', name: 'X' }], farah, 20).ok).toBe(false);
    const owner = anActor();
    const moved = reassignAction(doc, 'a1', [{ email: 'farah@northwind.example', name: 'Farah' }], owner, 20);
    expect(moved.ok && moved.value.actions['a1']?.ownership.value.how).toBe('assigned');
    const due = setDue(doc, 'a1', null, owner, 21);
    expect(due.ok && due.value.actions['a1']?.due.value).toBeNull();
    expect(setDue(doc, 'a1', '2026-13-01', owner, 21).ok).toBe(false);
    const done = completeAction(doc, 'a1', true, noteTaker, 22);
    expect(done.ok && done.value.actions['a1']?.completed).toEqual({ value: true, at: 22, by: noteTaker.id });
    expect(completeAction(doc, 'missing', true, noteTaker, 22)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('an edit in the same millisecond, or from a lagging clock, still wins the merge over what it replaced', () => {
    const doc = captured();
    const captureAt = doc.actions['a1']?.completed.at ?? 0;
    // Done and reopened within one millisecond: the reopen must survive merging with the "done" replica.
    const done = completeAction(doc, 'a1', true, noteTaker, captureAt);
    if (!done.ok) throw new Error('done');
    const reopened = completeAction(done.value, 'a1', false, noteTaker, captureAt);
    if (!reopened.ok) throw new Error('reopened');
    expect(mergeSeriesDocuments(done.value, reopened.value).actions['a1']?.completed.value).toBe(false);
    expect(mergeSeriesDocuments(reopened.value, done.value).actions['a1']?.completed.value).toBe(false);
    // A clock 5 s behind the capture: reassign, due and claim still replace the values they saw.
    const owner = anActor();
    const behind = captureAt - 5_000;
    const moved = reassignAction(
      doc,
      'a1',
      [{ email: 'farah@northwind.example', name: 'Farah' }],
      owner,
      behind,
    );
    const due = setDue(doc, 'a1', '2027-01-01', owner, behind);
    const claimed = claimAction(doc, 'a1', farah, behind);
    if (!moved.ok || !due.ok || !claimed.ok) throw new Error('edits');
    expect(mergeSeriesDocuments(doc, moved.value).actions['a1']?.ownership.value.how).toBe('assigned');
    expect(mergeSeriesDocuments(doc, due.value).actions['a1']?.due.value).toBe('2027-01-01');
    expect(mergeSeriesDocuments(doc, claimed.value).actions['a1']?.ownership.value.how).toBe('claimed');
  });

  it('linkTask and setPlannerBucket are no-ops when nothing changes', () => {
    const link = { taskId: 't1', bucketId: 'b1', planId: 'p1' };
    const once = linkTask(captured(), 'a1', link, noteTaker.id, 30);
    if (!once.ok) throw new Error('link');
    expect(once.value.actions['a1']?.planner?.value).toEqual(link);
    expect(linkTask(once.value, 'a1', link, noteTaker.id, 31)).toEqual({ ok: true, value: once.value });
    const b = setPlannerBucket(once.value, { planId: 'p1', bucketId: 'b1' }, noteTaker.id, 32);
    if (!b.ok) throw new Error('bucket');
    expect(setPlannerBucket(b.value, { planId: 'p1', bucketId: 'b1' }, noteTaker.id, 33)).toEqual({
      ok: true,
      value: b.value,
    });
  });
});

describe('plannerLease', () => {
  it('one holder at a time until it expires or is released', () => {
    const a = acquirePlannerLease(base, 'A', noteTaker.id, 1_000, 60_000);
    if (!a.ok) throw new Error('A');
    expect(acquirePlannerLease(a.value, 'B', noteTaker.id, 2_000, 60_000)).toMatchObject({
      ok: false,
      failure: { kind: 'busy', until: 61_000 },
    });
    expect(acquirePlannerLease(a.value, 'A', noteTaker.id, 2_000).ok).toBe(true);
    expect(acquirePlannerLease(a.value, 'B', noteTaker.id, 61_001).ok).toBe(true);
    const released = releasePlannerLease(a.value, 'A', noteTaker.id, 3_000);
    expect(released.ok && acquirePlannerLease(released.value, 'B', noteTaker.id, 3_001).ok).toBe(true);
  });

  it('a lagging clock still writes a lease that wins the merge', () => {
    const a = acquirePlannerLease(base, 'A', noteTaker.id, 5_000, 10);
    if (!a.ok) throw new Error('A');
    const b = acquirePlannerLease(a.value, 'B', noteTaker.id, 4_000 + 2_000, 10);
    expect(b.ok && b.value.plannerLease?.at).toBeGreaterThan(a.value.plannerLease?.at ?? 0);
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
