// TaskTracker over Microsoft Planner (DESIGN.md "Owned action items", platform-facts §4). Graph wire shapes stay in
// this folder; the port speaks action ids, user ids and YYYY-MM-DD dates.
import { userId, type GroupId, type UserId } from '../../domain/ids';
import { err, ok } from '../../domain/result';
import type {
  BucketSnapshot,
  Failure,
  Outcome,
  PlannerPlan,
  RecordedTask,
  TaskBucket,
  TaskPatch,
  TaskToRecord,
  TaskTracker,
  TrackedTask,
} from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
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

/*
 * Planner's listings and a new task's details lag behind the create for a moment (sandbox README "Planner", read lag:
 * up to 2 s there; the service documents no figure). A create whose answer was lost is looked for only after this
 * long, so that "not listed" means "not created" and the create may be sent again.
 */
export const PLANNER_SETTLE_MS = 3000;
// Rounds of create -> settle -> re-list for items whose create had no clear answer.
const MAX_CREATE_ROUNDS = 3;

export interface TaskTrackerOptions {
  readonly settleMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createTaskTracker(client: GraphClient, opts: TaskTrackerOptions = {}): TaskTracker {
  const settleMs = opts.settleMs ?? PLANNER_SETTLE_MS;
  const sleep = opts.sleep ?? realSleep;
  // Tasks this client saw created, by action: a listing may not show them yet (read lag), and a recording that is
  // tried again at once (its document write failed after the tasks were made) must find them all the same.
  const createdHere = new Map<string, { readonly bucketId: string; readonly taskId: string }>();

  async function listPlans(groupId: GroupId): Promise<Outcome<readonly PlannerPlan[]>> {
    const plans = await client.getAllPages<unknown>(`/groups/${encodeURIComponent(groupId)}/planner/plans`);
    if (!plans.ok) return plans;
    // A group can hold several plans, listed in no documented order (sandbox README "Planner"): oldest first (the
    // team's own, made with the team) is an order every client sees alike. The organizer may choose another one
    // (series document plannerPlan).
    return ok(
      plans.value
        .flatMap((p) => {
          const parsed = planSchema.safeParse(p);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => {
          const ca = a.createdDateTime ?? '';
          const cb = b.createdDateTime ?? '';
          return ca === cb ? (a.id < b.id ? -1 : 1) : ca < cb ? -1 : 1;
        })
        .map((p) => ({
          id: p.id,
          title: p.title ?? '',
          ...(p.createdDateTime ? { createdDateTime: p.createdDateTime } : {}),
        })),
    );
  }

  async function ensureBucket(
    groupId: GroupId,
    seriesTitle: string,
    known?: TaskBucket,
  ): Promise<Outcome<TaskBucket>> {
    const name = bucketName(seriesTitle);
    let planId = known?.planId;
    if (planId === undefined) {
      const plans = await listPlans(groupId);
      if (!plans.ok) return plans;
      const first = plans.value[0];
      if (!first)
        return err({
          kind: 'notFound',
          code: 'NoPlannerPlan',
          message: 'The team has no Planner plan yet. Add a Planner tab to the team, then record again.',
        });
      planId = first.id;
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
    const wanted = tasks.filter((t) => !skipDetails.has(t.id)).map((t) => t.id);
    const firstRead = await readDetails(wanted);
    if (!firstRead.ok) return firstRead;
    const read = firstRead.value;
    // A listed task whose details answer 404 may be too new to have them yet (read lag), not deleted: read again
    // once Planner has caught up, so a task of ours is never taken for missing.
    const unread = wanted.filter((id) => !read.has(id));
    if (unread.length > 0) {
      await sleep(settleMs);
      const again = await readDetails(unread);
      if (!again.ok) return again;
      for (const [id, d] of again.value) read.set(id, d);
    }
    const details = ok(read);
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
   * 1. Reconcile first. A task whose details carry this action's marker is the action's task ('existing'). Only the
   *    marker counts: a task someone made by hand with the same title is theirs, never adopted.
   * 2. The rest are created, 20 per $batch, each POST carrying its details with the marker, so a task never exists
   *    without it (and no details read and PATCH follow: one round trip).
   * 3. A create whose outcome is unknown (a 503/504, or a dropped connection, that may come after the work) is never
   *    sent again blind (graph/core mayRepeat). Once Planner's listings have caught up (PLANNER_SETTLE_MS) the bucket
   *    is read again: what carries the marker is adopted, and only what is still missing is created again.
   * Two recorders racing between 1 and 2 would both create: the use-case holds the series' Planner lease around
   * this call, and `mayCreate` re-checks it before every creating request.
   */
  async function recordTasks(
    bucket: TaskBucket,
    items: readonly TaskToRecord[],
    knownTaskIds: ReadonlySet<string> = new Set(),
    snapshot?: BucketSnapshot,
    mayCreate: () => Promise<boolean> = async () => true,
  ): Promise<Outcome<readonly RecordedTask[]>> {
    const listed: Outcome<readonly ListedTask[]> =
      snapshot && snapshot.bucket.bucketId === bucket.bucketId
        ? ok(snapshot.tasks.map((t) => ({ task: t.task, detailsEtag: t.detailsEtag ?? '' })))
        : await listWithDetails(bucket, knownTaskIds);
    if (!listed.ok) return listed;
    const results = new Map<string, RecordedTask>();
    const claimed = new Set(knownTaskIds);
    const adopt = (tasks: readonly ListedTask[], wanted: readonly TaskToRecord[]): TaskToRecord[] => {
      const byAction = new Map<string, ListedTask>();
      for (const l of tasks)
        if (!claimed.has(l.task.taskId) && l.task.actionId !== undefined && !byAction.has(l.task.actionId))
          byAction.set(l.task.actionId, l);
      return wanted.filter((item) => {
        const mine = createdHere.get(item.actionId);
        if (mine && mine.bucketId === bucket.bucketId && !claimed.has(mine.taskId)) {
          claimed.add(mine.taskId);
          results.set(item.actionId, { actionId: item.actionId, status: 'existing', taskId: mine.taskId });
          return false;
        }
        const found = byAction.get(item.actionId);
        if (!found) return true;
        claimed.add(found.task.taskId);
        results.set(item.actionId, {
          actionId: item.actionId,
          status: 'existing',
          taskId: found.task.taskId,
        });
        return false;
      });
    };
    let pending = adopt(listed.value, dedupe(items));

    for (let round = 1; pending.length > 0 && round <= MAX_CREATE_ROUNDS; round++) {
      if (!(await mayCreate())) {
        for (const item of pending)
          results.set(item.actionId, { actionId: item.actionId, status: 'failed', failure: LEASE_LOST });
        pending = [];
        break;
      }
      const created = await client.batch(
        pending.map((item, i) => ({
          id: String(i + 1),
          method: 'POST' as const,
          url: '/planner/tasks',
          headers: { 'Content-Type': 'application/json' },
          body: taskBody(bucket, item),
        })),
      );
      if (!created.ok && !isAmbiguous(created.failure)) return created;
      const unsure: { item: TaskToRecord; failure: Failure }[] = [];
      for (const [i, item] of pending.entries()) {
        const answer = created.ok ? created.value.get(String(i + 1)) : undefined;
        const failure = !created.ok
          ? created.failure
          : !answer
            ? invalid('task answer', 'missing from $batch')
            : !answer.ok
              ? answer.failure
              : undefined;
        if (failure) {
          if (isAmbiguous(failure)) unsure.push({ item, failure });
          else results.set(item.actionId, { actionId: item.actionId, status: 'failed', failure });
          continue;
        }
        const t = taskSchema.safeParse(answer?.ok ? answer.value.body : undefined);
        if (!t.success) {
          unsure.push({ item, failure: invalid('created task', t.error.message) });
          continue;
        }
        claimed.add(t.data.id);
        createdHere.set(item.actionId, { bucketId: bucket.bucketId, taskId: t.data.id });
        results.set(item.actionId, { actionId: item.actionId, status: 'created', taskId: t.data.id });
      }
      if (unsure.length === 0) break;
      // Wait until a task created by the lost answer would be listed, then look for its marker.
      await sleep(settleMs);
      const relisted = await listWithDetails(bucket, claimed);
      if (!relisted.ok) {
        for (const u of unsure)
          results.set(u.item.actionId, { actionId: u.item.actionId, status: 'failed', failure: u.failure });
        break;
      }
      pending = adopt(
        relisted.value,
        unsure.map((u) => u.item),
      );
      if (round === MAX_CREATE_ROUNDS)
        for (const u of unsure)
          if (pending.includes(u.item))
            results.set(u.item.actionId, { actionId: u.item.actionId, status: 'failed', failure: u.failure });
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

  /**
   * The details' description, rewritten from its current text. The details carry their own eTag, and their PATCH
   * needs it in If-Match (plannertaskdetails-update.md); a stale one (409/412) re-reads and re-applies. Without
   * `Prefer: return=representation` Planner answers 204, which is all we need.
   */
  async function updateDescription(
    taskId: string,
    rewrite: (current: string) => string,
  ): Promise<Outcome<void>> {
    const path = `/planner/tasks/${encodeURIComponent(taskId)}/details`;
    const read = async (): Promise<Outcome<{ value: string; etag: string }>> => {
      let res = await client.request<unknown>('GET', path);
      // A task recorded a moment ago may not have readable details yet (read lag, as in listWithDetails).
      if (!res.ok && res.failure.kind === 'notFound') {
        await sleep(settleMs);
        res = await client.request<unknown>('GET', path);
      }
      if (!res.ok) return res;
      const d = taskDetailsSchema.safeParse(res.value.body);
      if (!d.success) return err(invalid('task details', d.error.message));
      return ok({ value: d.data.description ?? '', etag: d.data['@odata.etag'] });
    };
    const written = await readModifyWrite<string, { value: string; etag: string }, never>({
      read,
      apply: (latest) => ok(latest),
      merge: (_latest, applied) => applied,
      write: async (_value, latest) => {
        const next = rewrite(latest.value);
        if (next === latest.value) return ok(latest);
        const res = await client.request<unknown>(
          'PATCH',
          path,
          { description: next },
          { 'Content-Type': 'application/json', 'If-Match': latest.etag },
        );
        return res.ok ? ok({ value: next, etag: latest.etag }) : res;
      },
      maxAttempts: 5,
    });
    return written.ok ? ok(undefined) : written;
  }

  async function updateTask(taskId: string, patch: TaskPatch): Promise<Outcome<TrackedTask>> {
    const { description, ...fields } = patch;
    // The task and its details are separate resources with separate eTags: patched side by side (one round trip of
    // read-then-write each, not two in a row).
    const [task, details] = await Promise.all([
      Object.keys(fields).length > 0 || description === undefined
        ? updateTaskFields(taskId, fields)
        : readTrackedTask(taskId),
      description !== undefined ? updateDescription(taskId, description) : Promise.resolve(ok(undefined)),
    ]);
    if (!details.ok) return details;
    return task;
  }

  async function readTrackedTask(taskId: string): Promise<Outcome<TrackedTask>> {
    const res = await client.request<unknown>('GET', `/planner/tasks/${encodeURIComponent(taskId)}`);
    if (!res.ok) return res;
    const t = taskSchema.safeParse(res.value.body);
    return t.success ? ok(toTracked(t.data)) : err(invalid('task', t.error.message));
  }

  async function updateTaskFields(taskId: string, patch: TaskPatch): Promise<Outcome<TrackedTask>> {
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

  return { listPlans, ensureBucket, recordTasks, readBucket, listTasks, getTasks, updateTask };
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
    // The marker is born with the task (sandbox README "Planner", details on create).
    details: detailsBody(item),
  };
}

/** Answers that may come after the work was done (GD concepts/errors.md; platform-facts §11). */
function isAmbiguous(f: Failure): boolean {
  return f.kind === 'network' || f.kind === 'unavailable' || f.code === 'InvalidGraphPayload';
}

const LEASE_LOST: Failure = {
  kind: 'preconditionFailed',
  code: 'PlannerLeaseLost',
  message:
    'Recording paused: another Roundtable window took over recording these actions to Planner. Nothing was lost; try again in a moment.',
};

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
