// TaskTracker over Microsoft Planner (DESIGN.md "Owned action items", platform-facts §4). Graph wire shapes stay in
// this folder; the port speaks action ids, user ids and YYYY-MM-DD dates.
import { userId, type GroupId, type UserId } from '../../domain/ids';
import { err, ok } from '../../domain/result';
import type {
  BucketSnapshot,
  Failure,
  Outcome,
  RecordedTask,
  TaskBucket,
  TaskPatch,
  TaskToRecord,
  TaskTracker,
  TrackedTask,
} from '../../usecases/ports';
import type { BatchRequest, GraphClient } from '../core/GraphClient';
import { readModifyWrite } from '../core/readModifyWrite';
import { actionIdOfReference, encodeReferenceKey, markerUrl } from './actionMarker';
import {
  bucketSchema,
  planSchema,
  taskDetailsSchema,
  taskSchema,
  type WireTask,
  type WireTaskDetails,
} from './plannerSchemas';

// plannerassignments.md: each value needs its @odata.type and an orderHint; " !" lets Planner place it.
const ASSIGNMENT = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } as const;
const REFERENCE_TYPE = '#microsoft.graph.plannerExternalReference';

/** A listed task with what reconciliation needs from its details. */
interface ListedTask {
  readonly task: TrackedTask;
  readonly detailsEtag: string;
}

export function createTaskTracker(client: GraphClient): TaskTracker {
  async function ensureBucket(
    groupId: GroupId,
    seriesTitle: string,
    known?: TaskBucket,
  ): Promise<Outcome<TaskBucket>> {
    const name = bucketName(seriesTitle);
    let planId = known?.planId;
    if (planId === undefined) {
      const plans = await client.getAllPages<unknown>(`/groups/${encodeURIComponent(groupId)}/planner/plans`);
      if (!plans.ok) return plans;
      const first = plans.value.map((p) => planSchema.safeParse(p)).find((p) => p.success);
      if (!first?.data)
        return err({
          kind: 'notFound',
          code: 'NoPlannerPlan',
          message: 'The team has no Planner plan yet. Add a Planner tab to the team, then record again.',
        });
      planId = first.data.id;
    }
    const listed = await client.getAllPages<unknown>(`/planner/plans/${encodeURIComponent(planId)}/buckets`);
    if (!listed.ok) return listed;
    const buckets = listed.value.flatMap((b) => {
      const parsed = bucketSchema.safeParse(b);
      return parsed.success ? [parsed.data] : [];
    });
    if (known && buckets.some((b) => b.id === known.bucketId)) return ok(known);
    // Two clients racing past the lease (or an older app) can leave twins; the smallest id is a stable pick.
    const byName = buckets.filter((b) => b.name === name).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (byName) return ok({ planId, bucketId: byName.id });
    const created = await client.request<unknown>('POST', '/planner/buckets', {
      name,
      planId,
      orderHint: ' !',
    });
    if (!created.ok) return created;
    const bucket = bucketSchema.safeParse(created.value.body);
    if (!bucket.success) return err(invalid('created bucket', bucket.error.message));
    return ok({ planId, bucketId: bucket.data.id });
  }

  /** Every task of the bucket with its details (references, eTag), the details read in $batch chunks of 20. */
  async function listWithDetails(
    bucket: TaskBucket,
    skipDetails: ReadonlySet<string> = new Set(),
  ): Promise<Outcome<readonly ListedTask[]>> {
    const listed = await client.getAllPages<unknown>(
      `/planner/buckets/${encodeURIComponent(bucket.bucketId)}/tasks`,
    );
    if (!listed.ok) return listed;
    const tasks: WireTask[] = [];
    for (const raw of listed.value) {
      const t = taskSchema.safeParse(raw);
      if (!t.success) return err(invalid('task', t.error.message));
      tasks.push(t.data);
    }
    const details = await readDetails(tasks.filter((t) => !skipDetails.has(t.id)).map((t) => t.id));
    if (!details.ok) return details;
    return ok(
      tasks.flatMap((t) => {
        if (skipDetails.has(t.id)) return [{ task: toTracked(t), detailsEtag: '' }];
        const d = details.value.get(t.id);
        // A task deleted between the listing and the details read is simply gone.
        return d ? [{ task: toTracked(t, d), detailsEtag: d['@odata.etag'] }] : [];
      }),
    );
  }

  async function readDetails(taskIds: readonly string[]): Promise<Outcome<Map<string, WireTaskDetails>>> {
    const out = new Map<string, WireTaskDetails>();
    if (taskIds.length === 0) return ok(out);
    const answers = await client.batch(
      taskIds.map((id, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/planner/tasks/${encodeURIComponent(id)}/details`,
      })),
    );
    if (!answers.ok) return answers;
    for (const [i, id] of taskIds.entries()) {
      const answer = answers.value.get(String(i + 1));
      if (!answer) return err(invalid(`details of ${id}`, 'missing from $batch'));
      if (!answer.ok) {
        if (answer.failure.kind === 'notFound') continue;
        return answer;
      }
      const d = taskDetailsSchema.safeParse(answer.value.body);
      if (!d.success) return err(invalid(`details of ${id}`, d.error.message));
      out.set(id, d.data);
    }
    return ok(out);
  }

  /*
   * Exactly once, without a server of our own:
   * 1. Reconcile first. A task whose details carry this action's marker is the action's task ('existing').
   * 2. A task with no Roundtable marker but the same title is an orphan of an earlier attempt: its POST landed but
   *    the answer or the details write was lost (a dropped connection). It is adopted and completed, not duplicated.
   * 3. Only the rest are created, 20 per $batch. The marker goes into the details, which need their own eTag, and a
   *    $batch dependsOn orders requests but can't pass one answer's id or eTag into the next request's URL or
   *    header (json-batching.md); so the details are read, then patched, each in a batched round of its own.
   * Two recorders racing between step 1 and 3 would both create: the use-case holds the series' Planner lease
   * around this call (domain/actions/plannerLease.ts).
   */
  async function recordTasks(
    bucket: TaskBucket,
    items: readonly TaskToRecord[],
    knownTaskIds: ReadonlySet<string> = new Set(),
    snapshot?: BucketSnapshot,
  ): Promise<Outcome<readonly RecordedTask[]>> {
    const listed: Outcome<readonly ListedTask[]> =
      snapshot && snapshot.bucket.bucketId === bucket.bucketId
        ? ok(snapshot.tasks.map((t) => ({ task: t.task, detailsEtag: t.detailsEtag ?? '' })))
        : await listWithDetails(bucket, knownTaskIds);
    if (!listed.ok) return listed;
    const byAction = new Map<string, ListedTask>();
    const orphans: ListedTask[] = [];
    for (const l of listed.value) {
      // A task linked to another action is neither an orphan nor this recording's.
      if (knownTaskIds.has(l.task.taskId)) continue;
      if (l.task.actionId === undefined) orphans.push(l);
      else if (!byAction.has(l.task.actionId)) byAction.set(l.task.actionId, l);
    }
    const results = new Map<string, RecordedTask>();
    const toMark = new Map<
      string,
      { item: TaskToRecord; taskId: string; etag?: string; status: 'created' | 'existing' }
    >();
    const toCreate: TaskToRecord[] = [];
    for (const item of dedupe(items)) {
      const found = byAction.get(item.actionId);
      if (found) {
        results.set(item.actionId, {
          actionId: item.actionId,
          status: 'existing',
          taskId: found.task.taskId,
        });
        continue;
      }
      const title = item.title.trim();
      // Prefer the orphan that matches in everything we wrote (two items may share a title).
      const sameTitle = (o: ListedTask) => o.task.title.trim() === title;
      const exact = (o: ListedTask) =>
        sameTitle(o) &&
        dueFromPlanner(o.task.dueDateTime) === (item.due ?? null) &&
        [...o.task.assigneeIds].sort().join() === [...item.assigneeIds].sort().join();
      const exactAt = orphans.findIndex(exact);
      const orphanAt = exactAt >= 0 ? exactAt : orphans.findIndex(sameTitle);
      const orphan = orphanAt >= 0 ? orphans.splice(orphanAt, 1)[0] : undefined;
      if (orphan)
        toMark.set(item.actionId, {
          item,
          taskId: orphan.task.taskId,
          etag: orphan.detailsEtag,
          status: 'existing',
        });
      else toCreate.push(item);
    }

    if (toCreate.length > 0) {
      const created = await client.batch(
        toCreate.map((item, i) => ({
          id: String(i + 1),
          method: 'POST' as const,
          url: '/planner/tasks',
          headers: { 'Content-Type': 'application/json' },
          body: taskBody(bucket, item),
        })),
      );
      if (!created.ok) return created;
      for (const [i, item] of toCreate.entries()) {
        const answer = created.value.get(String(i + 1));
        if (!answer || !answer.ok) {
          const failure = answer?.failure ?? invalid('task answer', 'missing from $batch');
          results.set(item.actionId, { actionId: item.actionId, status: 'failed', failure });
          continue;
        }
        const t = taskSchema.safeParse(answer.value.body);
        if (!t.success) {
          const failure = invalid('created task', t.error.message);
          results.set(item.actionId, { actionId: item.actionId, status: 'failed', failure });
          continue;
        }
        toMark.set(item.actionId, { item, taskId: t.data.id, status: 'created' });
      }
    }

    const marking = [...toMark.values()];
    const needEtag = marking.filter((m) => m.etag === undefined).map((m) => m.taskId);
    const details = await readDetails(needEtag);
    if (!details.ok) return details;
    const patches: BatchRequest[] = [];
    for (const [i, m] of marking.entries()) {
      const etag = m.etag ?? details.value.get(m.taskId)?.['@odata.etag'];
      if (etag === undefined) {
        results.set(m.item.actionId, {
          actionId: m.item.actionId,
          status: 'failed',
          failure: { kind: 'notFound', message: `Task ${m.taskId} disappeared before it was marked.` },
        });
        continue;
      }
      patches.push({
        id: String(i + 1),
        method: 'PATCH',
        url: `/planner/tasks/${encodeURIComponent(m.taskId)}/details`,
        headers: { 'Content-Type': 'application/json', 'If-Match': etag },
        body: detailsBody(m.item),
      });
    }
    const patched = patches.length > 0 ? await client.batch(patches) : ok(new Map());
    if (!patched.ok) return patched;
    for (const [i, m] of marking.entries()) {
      if (results.has(m.item.actionId)) continue;
      const answer = patched.value.get(String(i + 1));
      // A task left without its marker is adopted by title on the next attempt, so it is reported as failed now
      // and never linked half-done.
      if (!answer || !answer.ok)
        results.set(m.item.actionId, {
          actionId: m.item.actionId,
          status: 'failed',
          failure: answer?.failure ?? invalid('details answer', 'missing from $batch'),
        });
      else results.set(m.item.actionId, { actionId: m.item.actionId, status: m.status, taskId: m.taskId });
    }
    return ok(dedupe(items).flatMap((item) => results.get(item.actionId) ?? []));
  }

  async function readBucket(
    bucket: TaskBucket,
    knownTaskIds: ReadonlySet<string> = new Set(),
  ): Promise<Outcome<BucketSnapshot>> {
    const listed = await listWithDetails(bucket, knownTaskIds);
    if (!listed.ok) return listed;
    return ok({
      bucket,
      tasks: listed.value.map((l) => ({
        task: l.task,
        ...(l.detailsEtag !== '' ? { detailsEtag: l.detailsEtag } : {}),
      })),
    });
  }

  async function listTasks(bucket: TaskBucket): Promise<Outcome<readonly TrackedTask[]>> {
    const listed = await listWithDetails(bucket);
    return listed.ok ? ok(listed.value.map((l) => l.task)) : listed;
  }

  async function getTasks(
    taskIds: readonly string[],
  ): Promise<Outcome<ReadonlyMap<string, TrackedTask | null>>> {
    const out = new Map<string, TrackedTask | null>();
    const ids = [...new Set(taskIds)];
    if (ids.length === 0) return ok(out);
    const answers = await client.batch(
      ids.map((id, i) => ({
        id: String(i + 1),
        method: 'GET' as const,
        url: `/planner/tasks/${encodeURIComponent(id)}`,
      })),
    );
    if (!answers.ok) return answers;
    for (const [i, id] of ids.entries()) {
      const answer = answers.value.get(String(i + 1));
      if (!answer) return err(invalid(`task ${id}`, 'missing from $batch'));
      if (!answer.ok) {
        if (answer.failure.kind === 'notFound') {
          out.set(id, null);
          continue;
        }
        return answer;
      }
      const t = taskSchema.safeParse(answer.value.body);
      if (!t.success) return err(invalid(`task ${id}`, t.error.message));
      out.set(id, toTracked(t.data));
    }
    return ok(out);
  }

  async function updateTask(taskId: string, patch: TaskPatch): Promise<Outcome<TrackedTask>> {
    const path = `/planner/tasks/${encodeURIComponent(taskId)}`;
    const readTask = async (): Promise<Outcome<{ value: WireTask; etag: string }>> => {
      const res = await client.request<unknown>('GET', path);
      if (!res.ok) return res;
      const t = taskSchema.safeParse(res.value.body);
      if (!t.success) return err(invalid('task', t.error.message));
      return ok({ value: t.data, etag: t.data['@odata.etag'] });
    };
    // Planner answers a stale eTag with 409 or 412 (platform-facts §4); the core loop re-reads and re-applies.
    const written = await readModifyWrite<WireTask, { value: WireTask; etag: string }, never>({
      read: readTask,
      apply: (latest) => ok(latest),
      merge: (_latest, applied) => applied,
      write: async (_value, latest) => {
        const res = await client.request<unknown>('PATCH', path, patchBody(latest.value, patch), {
          'Content-Type': 'application/json',
          'If-Match': latest.etag,
          Prefer: 'return=representation',
        });
        if (!res.ok) return res;
        const t = taskSchema.safeParse(res.value.body);
        // A service that ignores Prefer answers 204; read the task back once to report its state.
        if (!t.success) return readTask();
        return ok({ value: t.data, etag: t.data['@odata.etag'] });
      },
      maxAttempts: 5,
    });
    if (!written.ok) return written;
    return ok(toTracked(written.value.value));
  }

  return { ensureBucket, recordTasks, readBucket, listTasks, getTasks, updateTask };
}

/** Planner bucket names are short; a long series title is cut rather than refused. */
export function bucketName(seriesTitle: string): string {
  const t = seriesTitle.trim() || 'Roundtable';
  return t.length > 200 ? t.slice(0, 200) : t;
}

// A date-only due date is sent as noon UTC so it shows as the same calendar day from UTC−11 to UTC+11; midnight UTC
// would show as the day before in the Americas.
export function dueToPlanner(due: string): string {
  return `${due}T12:00:00Z`;
}

export function dueFromPlanner(dueDateTime: string | null | undefined): string | null {
  return dueDateTime ? dueDateTime.slice(0, 10) : null;
}

function taskBody(bucket: TaskBucket, item: TaskToRecord): Record<string, unknown> {
  return {
    planId: bucket.planId,
    bucketId: bucket.bucketId,
    title: item.title.trim(),
    ...(item.due ? { dueDateTime: dueToPlanner(item.due) } : {}),
    assignments: Object.fromEntries(item.assigneeIds.map((id) => [id, ASSIGNMENT])),
  };
}

function detailsBody(item: TaskToRecord): Record<string, unknown> {
  return {
    description: item.description,
    references: {
      [encodeReferenceKey(markerUrl(item.meetingUrl, item.actionId))]: {
        '@odata.type': REFERENCE_TYPE,
        alias: 'Roundtable: where this was agreed',
        type: 'Other',
        previewPriority: ' !',
      },
    },
  };
}

function patchBody(latest: WireTask, patch: TaskPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.title !== undefined) body['title'] = patch.title.trim();
  if (patch.percentComplete !== undefined) body['percentComplete'] = patch.percentComplete;
  if (patch.due !== undefined) body['dueDateTime'] = patch.due === null ? null : dueToPlanner(patch.due);
  if (patch.assigneeIds !== undefined) {
    const wanted = new Set<string>(patch.assigneeIds);
    const assignments: Record<string, unknown> = {};
    for (const id of wanted) assignments[id] = ASSIGNMENT;
    // null unassigns (plannerassignments.md); computed against the latest task, so a concurrent assignee is seen.
    for (const id of Object.keys(latest.assignments ?? {})) if (!wanted.has(id)) assignments[id] = null;
    body['assignments'] = assignments;
  }
  return body;
}

function toTracked(t: WireTask, details?: WireTaskDetails): TrackedTask {
  const actionId = details
    ? Object.keys(details.references ?? {})
        .map(actionIdOfReference)
        .find((id) => id !== undefined)
    : undefined;
  return {
    taskId: t.id,
    ...(actionId !== undefined ? { actionId } : {}),
    title: t.title,
    percentComplete: t.percentComplete,
    dueDateTime: t.dueDateTime ?? null,
    assigneeIds: Object.keys(t.assignments ?? {})
      .filter((id) => (t.assignments ?? {})[id] !== null)
      .map((id): UserId => userId(id)),
    etag: t['@odata.etag'],
  };
}

function dedupe(items: readonly TaskToRecord[]): TaskToRecord[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.actionId) ? false : (seen.add(i.actionId), true)));
}

function invalid(what: string, detail: string): Failure {
  return {
    kind: 'badRequest',
    code: 'InvalidGraphPayload',
    message: `Unexpected Planner ${what}: ${detail}`,
  };
}
