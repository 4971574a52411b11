import { captureAction } from '../../../../src/domain/actions/captureAction';
import { linkTask } from '../../../../src/domain/actions/linkTask';
import { occurrenceKey, seriesKey, userId, type OccurrenceKey } from '../../../../src/domain/ids';
import { emptySeriesDocument, type SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { reviewCommitments } from '../../../../src/usecases/actions/reviewCommitments';
import type { TaskBucket } from '../../../../src/usecases/ports';
import { NOTE_TAKER, TEAM, owner, value } from '../../../fakes/actionFixtures';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { InMemoryTaskTracker } from '../../../fakes/InMemoryTaskTracker';

const weekly = (i: number): OccurrenceKey =>
  occurrenceKey(new Date(Date.UTC(2026, 2, 3 + 7 * i, 17)).toISOString());
const TODAY = '2026-03-17'; // the day of occurrence #2

interface Spec {
  readonly id: string;
  readonly occ: number;
  readonly title: string;
  readonly due?: string;
  readonly record: boolean;
  readonly createdAt: number;
}

async function seriesWith(specs: readonly Spec[]) {
  const store = new InMemorySeriesStore({ random: () => 0 });
  const tracker = new InMemoryTaskTracker({ g1: 'plan-1' }, [userId('id-dana'), userId('id-sam')]);
  const bucket: TaskBucket = value(await tracker.ensureBucket(TEAM.id, 'Leadership weekly'));
  let doc: SeriesDocument = emptySeriesDocument(seriesKey('S1'), 'Leadership weekly');
  const taskOf = new Map<string, string>();
  for (const s of specs) {
    doc = value(
      captureAction(
        doc,
        {
          id: s.id,
          occurrence: weekly(s.occ),
          title: s.title,
          owner: owner('dana'),
          how: 'assigned',
          ...(s.due !== undefined ? { due: s.due } : {}),
        },
        NOTE_TAKER,
        { at: s.createdAt, c: 0, by: NOTE_TAKER.id },
      ),
    );
    if (!s.record) continue;
    const [r] = value(
      await tracker.recordTasks(bucket, [
        {
          actionId: s.id,
          title: s.title,
          assigneeIds: [userId('id-dana')],
          ...(s.due !== undefined ? { due: s.due } : {}),
          description: '',
          meetingUrl: 'https://teams.example/meet/1',
        },
      ]),
    );
    if (!r || r.status === 'failed') throw new Error('setup: task not created');
    taskOf.set(s.id, r.taskId);
    doc = value(
      linkTask(doc, s.id, { ...bucket, taskId: r.taskId }, { at: s.createdAt, c: 1, by: NOTE_TAKER.id }),
    );
  }
  const stored = value(await store.create(TEAM, doc));
  return { tracker, stored, taskOf: (id: string) => taskOf.get(id)! };
}

describe('reviewCommitments', () => {
  it('reviews earlier occurrences’ actions with their live Planner state, in one getTasks call', async () => {
    const { tracker, stored, taskOf } = await seriesWith([
      { id: 'late', occ: 1, title: 'Send the minutes', due: '2026-03-13', record: true, createdAt: 3 },
      { id: 'done', occ: 0, title: 'Draft the budget', due: '2026-03-06', record: true, createdAt: 2 },
      { id: 'open', occ: 1, title: 'Book the offsite', due: '2026-03-31', record: true, createdAt: 4 },
      { id: 'nodue', occ: 1, title: 'Ask legal', record: true, createdAt: 5 },
      { id: 'unrecorded', occ: 1, title: 'Call the venue', record: false, createdAt: 6 },
      { id: 'deleted', occ: 0, title: 'Order badges', record: true, createdAt: 1 },
      { id: 'current', occ: 2, title: 'Agreed today', record: true, createdAt: 7 },
      { id: 'future', occ: 3, title: 'From a later occurrence', record: false, createdAt: 8 },
    ]);
    value(await tracker.updateTask(taskOf('done'), { percentComplete: 100 }));
    tracker.deleteTask(taskOf('deleted'));
    const spy = jest.spyOn(tracker, 'getTasks');

    const review = value(await reviewCommitments(tracker, stored, weekly(2), TODAY));

    // Earlier occurrences only, ordered by occurrence and then by capture time.
    expect(review.map((c) => c.actionId)).toEqual(['deleted', 'done', 'late', 'open', 'nodue', 'unrecorded']);
    const by = new Map(review.map((c) => [c.actionId, c]));
    expect(by.get('done')).toMatchObject({ state: 'done', percentComplete: 100, taskId: taskOf('done') });
    expect(by.get('late')).toMatchObject({ state: 'overdue', due: '2026-03-13', percentComplete: 0 });
    expect(by.get('open')).toMatchObject({ state: 'open', due: '2026-03-31', percentComplete: 0 });
    expect(by.get('nodue')).toMatchObject({ state: 'open', due: null });
    expect(by.get('unrecorded')).toMatchObject({ state: 'notInPlanner', due: null, title: 'Call the venue' });
    expect(by.get('unrecorded')?.taskId).toBeUndefined();
    expect(by.get('unrecorded')?.percentComplete).toBeUndefined();
    expect(by.get('deleted')).toMatchObject({
      state: 'deletedInPlanner',
      taskId: taskOf('deleted'),
      title: 'Order badges',
    });
    expect(by.get('done')?.occurrence).toBe(weekly(0));
    expect(by.get('done')?.owner).toEqual(owner('dana'));
    expect(by.get('done')?.helpers).toEqual([]);

    expect(spy).toHaveBeenCalledTimes(1);
    expect([...spy.mock.calls[0]![0]].sort()).toEqual(
      ['deleted', 'done', 'late', 'open', 'nodue'].map(taskOf).sort(),
    );
  });

  it('Planner is the truth once the task exists: its title and due date win over the document’s', async () => {
    const { tracker, stored, taskOf } = await seriesWith([
      { id: 'a', occ: 0, title: 'Draft the budget', due: '2026-03-31', record: true, createdAt: 1 },
    ]);
    value(await tracker.updateTask(taskOf('a'), { title: 'Draft the FY27 budget', due: '2026-03-10' }));
    const [c] = value(await reviewCommitments(tracker, stored, weekly(2), TODAY));
    expect(c).toMatchObject({ title: 'Draft the FY27 budget', due: '2026-03-10', state: 'overdue' });
  });

  it('a due date of today is not overdue', async () => {
    const { tracker, stored } = await seriesWith([
      { id: 'a', occ: 0, title: 'Draft the budget', due: TODAY, record: true, createdAt: 1 },
    ]);
    const [c] = value(await reviewCommitments(tracker, stored, weekly(2), TODAY));
    expect(c?.state).toBe('open');
  });

  it('no earlier actions: an empty review and no Planner call', async () => {
    const { tracker, stored } = await seriesWith([
      { id: 'current', occ: 2, title: 'Agreed today', record: true, createdAt: 1 },
    ]);
    const spy = jest.spyOn(tracker, 'getTasks');
    expect(value(await reviewCommitments(tracker, stored, weekly(2), TODAY))).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('earlier actions none of which is in Planner are reviewed without a Planner call', async () => {
    const { tracker, stored } = await seriesWith([
      { id: 'a', occ: 0, title: 'Call the venue', record: false, createdAt: 1 },
    ]);
    const spy = jest.spyOn(tracker, 'getTasks');
    const review = value(await reviewCommitments(tracker, stored, weekly(2), TODAY));
    expect(review).toEqual([expect.objectContaining({ actionId: 'a', state: 'notInPlanner' })]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('a Planner failure is returned as it is', async () => {
    const { tracker, stored } = await seriesWith([
      { id: 'a', occ: 0, title: 'Draft the budget', record: true, createdAt: 1 },
    ]);
    tracker.failWith({ kind: 'throttled', status: 429, retryAfterMs: 2000 });
    const r = await reviewCommitments(tracker, stored, weekly(2), TODAY);
    expect(r).toEqual({ ok: false, failure: { kind: 'throttled', status: 429, retryAfterMs: 2000 } });
  });
});
