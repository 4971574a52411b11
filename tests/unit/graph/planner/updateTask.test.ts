// TaskTracker.updateTask's concurrency rules (issue #5 "Later edits"): every PATCH carries If-Match with the eTag
// just read; a 409 or 412 (someone changed the task in between) re-reads and re-applies the change to the newer
// task, so a concurrent assignee added in Planner is kept and nothing is overwritten blindly.
import { err, ok } from '../../../../src/domain/result';
import { userId } from '../../../../src/domain/ids';
import type { GraphClient, GraphResponse, HttpMethod } from '../../../../src/graph/core/GraphClient';
import { createTaskTracker } from '../../../../src/graph/planner/createTaskTracker';
import type { Failure, Outcome } from '../../../../src/usecases/ports';

interface Call {
  readonly method: HttpMethod;
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const ASSIGN = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
const task = (etag: string, assignees: readonly string[], percentComplete = 0) => ({
  '@odata.etag': etag,
  id: 'task-1',
  planId: 'plan-1',
  bucketId: 'bucket-1',
  title: 'Book the offsite',
  percentComplete,
  dueDateTime: null,
  assignments: Object.fromEntries(assignees.map((a) => [a, ASSIGN])),
});

/** A GraphClient that answers `request` from a script, in order, and records every call. */
function scripted(answers: readonly Outcome<GraphResponse<unknown>>[]): {
  client: GraphClient;
  calls: Call[];
} {
  const calls: Call[] = [];
  let i = 0;
  const unused = async (): Promise<never> => {
    throw new Error('not used by updateTask');
  };
  const client: GraphClient = {
    get: unused,
    getAllPages: unused,
    batch: unused,
    request: async <T>(
      method: HttpMethod,
      path: string,
      body?: unknown,
      headers?: Readonly<Record<string, string>>,
    ) => {
      calls.push({ method, path, ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });
      const answer = answers[i++];
      if (!answer) throw new Error(`unexpected call ${method} ${path}`);
      return answer as Outcome<GraphResponse<T>>;
    },
  };
  return { client, calls };
}

const res = (body: unknown, status = 200): Outcome<GraphResponse<unknown>> =>
  ok({ status, headers: {}, body });
const conflict = (status: 409 | 412): Outcome<GraphResponse<unknown>> =>
  err<Failure>({
    kind: 'preconditionFailed',
    status,
    code: status === 412 ? 'PreconditionFailed' : 'Conflict',
  });

describe('Planner updateTask', () => {
  it.each([409, 412] as const)(
    're-reads after a %i and re-applies the change to the newer task',
    async (status) => {
      const { client, calls } = scripted([
        res(task('W/"e1"', ['u-a'])),
        conflict(status),
        // Meanwhile someone added u-c in Planner.
        res(task('W/"e2"', ['u-a', 'u-c'])),
        res(task('W/"e3"', ['u-b', 'u-c'], 100)),
      ]);
      const r = await createTaskTracker(client).updateTask('task-1', {
        assigneeIds: [userId('u-b'), userId('u-c')],
        percentComplete: 100,
      });
      expect(r.ok && r.value.etag).toBe('W/"e3"');
      const patches = calls.filter((c) => c.method === 'PATCH');
      expect(patches.map((p) => p.headers?.['If-Match'])).toEqual(['W/"e1"', 'W/"e2"']);
      // First attempt: against the first read (u-a removed); second: against the newer task.
      expect((patches[0]?.body as { assignments: Record<string, unknown> }).assignments).toEqual({
        'u-b': ASSIGN,
        'u-c': ASSIGN,
        'u-a': null,
      });
      expect((patches[1]?.body as { assignments: Record<string, unknown> }).assignments).toEqual({
        'u-b': ASSIGN,
        'u-c': ASSIGN,
        'u-a': null,
      });
      expect(patches.every((p) => p.headers?.['Prefer'] === 'return=representation')).toBe(true);
    },
  );

  it('never sends a PATCH without If-Match, and gives up after bounded attempts', async () => {
    const answers: Outcome<GraphResponse<unknown>>[] = [];
    for (let i = 0; i < 5; i++) answers.push(res(task(`W/"e${i}"`, [])), conflict(412));
    const { client, calls } = scripted(answers);
    const r = await createTaskTracker(client).updateTask('task-1', { percentComplete: 50 });
    expect(r.ok ? 'ok' : r.failure.kind).toBe('preconditionFailed');
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches).toHaveLength(5);
    expect(patches.every((p) => typeof p.headers?.['If-Match'] === 'string')).toBe(true);
  });

  it('reads the task back when the service ignores Prefer and answers 204', async () => {
    const { client } = scripted([res(task('W/"e1"', [])), res(undefined, 204), res(task('W/"e2"', [], 100))]);
    const r = await createTaskTracker(client).updateTask('task-1', { percentComplete: 100 });
    expect(r.ok && [r.value.percentComplete, r.value.etag]).toEqual([100, 'W/"e2"']);
  });
});
