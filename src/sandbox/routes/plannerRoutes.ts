// Planner: plans of a group, buckets, tasks and task details. Sources: GD api-reference/v1.0/api/
// plannergroup-list-plans.md, plannerplan-get.md, plannerplan-list-buckets.md, planner-post-buckets.md,
// plannerplan-list-tasks.md, plannerbucket-list-tasks.md, planner-post-tasks.md, plannertask-get.md,
// plannertask-update.md, plannertask-delete.md, plannertaskdetails-get.md, plannertaskdetails-update.md,
// planneruser-list-tasks.md, resources/planner-overview.md, resources/plannerassignments.md; limits and the
// If-Match messages from platform-facts.md §4.
import type { ScopeRule } from '../auth';
import { GraphError, badRequest } from '../errors';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { GroupRecord, PlannerPlanRecord } from '../store';
import {
  plannerEtag,
  plannerId,
  type AssignmentRecord,
  type BucketRecord,
  type ChecklistRecord,
  type PlannerStore,
  type ReferenceRecord,
  type TaskRecord,
} from '../plannerStore';

const READ: ScopeRule = {
  workload: 'teams',
  anyOf: ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'],
};
const WRITE: ScopeRule = { workload: 'teams', anyOf: ['Tasks.ReadWrite', 'Group.ReadWrite.All'] };

/** Service limits (learn.microsoft.com/office365/planner/planner-limits, platform-facts §4). */
export const PLANNER_LIMITS = {
  assigneesPerTask: 20,
  checklistItemsPerTask: 20,
  referencesPerTask: 10,
  bucketsPerPlan: 200,
  tasksPerPlan: 9000,
  activeTasksPerPlan: 2400,
} as const;

const ASSIGNMENT_TYPE = '#microsoft.graph.plannerAssignment';

export function plannerRoutes(planner: PlannerStore): readonly Route[] {
  return [
    { method: 'GET', path: 'groups/{group}/planner/plans', scopes: READ, handle: (c) => listPlans(c) },
    { method: 'GET', path: 'planner/plans/{plan}', scopes: READ, handle: (c) => getPlan(c) },
    {
      method: 'GET',
      path: 'planner/plans/{plan}/buckets',
      scopes: READ,
      handle: (c) => listBuckets(planner, c),
    },
    {
      method: 'GET',
      path: 'planner/plans/{plan}/tasks',
      scopes: READ,
      handle: (c) => listPlanTasks(planner, c),
    },
    { method: 'POST', path: 'planner/buckets', scopes: WRITE, handle: (c) => createBucket(planner, c) },
    {
      method: 'GET',
      path: 'planner/buckets/{bucket}/tasks',
      scopes: READ,
      handle: (c) => listBucketTasks(planner, c),
    },
    { method: 'POST', path: 'planner/tasks', scopes: WRITE, handle: (c) => createTask(planner, c) },
    { method: 'GET', path: 'planner/tasks/{task}', scopes: READ, handle: (c) => getTask(planner, c) },
    { method: 'PATCH', path: 'planner/tasks/{task}', scopes: WRITE, handle: (c) => updateTask(planner, c) },
    { method: 'DELETE', path: 'planner/tasks/{task}', scopes: WRITE, handle: (c) => deleteTask(planner, c) },
    {
      method: 'GET',
      path: 'planner/tasks/{task}/details',
      scopes: READ,
      handle: (c) => getDetails(planner, c),
    },
    {
      method: 'PATCH',
      path: 'planner/tasks/{task}/details',
      scopes: WRITE,
      handle: (c) => updateDetails(planner, c),
    },
    { method: 'GET', path: 'users/{user}/planner/tasks', scopes: READ, handle: (c) => myTasks(planner, c) },
  ];
}

// ---- plans and membership ------------------------------------------------------------------------------

function planById(ctx: RouteContext, planId: string): { plan: PlannerPlanRecord; group: GroupRecord } {
  for (const group of ctx.store.groups)
    for (const plan of group.plannerPlans) if (plan.id === planId) return { plan, group };
  throw new GraphError(404, 'NotFound', `The requested item '${planId}' is not found.`);
}

/** Planner data belongs to the plan's group: "the user must be a member of the group" (planner-overview.md). */
function requireMember(ctx: RouteContext, group: GroupRecord): void {
  const uid = ctx.caller.user.id;
  if (!group.memberIds.includes(uid) && !group.ownerIds.includes(uid))
    throw new GraphError(403, 'Forbidden', `Only members of '${group.displayName}' can use its plan.`);
}

function planJson(ctx: RouteContext, plan: PlannerPlanRecord, group: GroupRecord) {
  return {
    '@odata.etag': plannerEtag('Plan', plan.id, 1),
    id: plan.id,
    title: plan.title,
    owner: group.id,
    container: { containerId: group.id, type: 'group', url: `${ctx.graphBase}/groups/${group.id}` },
    createdDateTime: plan.createdDateTime,
    createdBy: { user: { id: group.ownerIds[0] ?? null, displayName: null } },
  };
}

function listPlans(ctx: RouteContext): GraphResponse {
  const group = ctx.store.groups.find((g) => g.id.toLowerCase() === (ctx.params.group ?? '').toLowerCase());
  if (!group)
    throw new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${ctx.params.group ?? ''}' does not exist.`,
    );
  requireMember(ctx, group);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#planner/plans`,
      // Assumption (README): the order is undocumented; newest first, so "the first plan" is not the team's own.
      value: [...group.plannerPlans]
        .sort((a, b) => (a.createdDateTime < b.createdDateTime ? 1 : -1))
        .map((p) => planJson(ctx, p, group)),
    },
  };
}

function getPlan(ctx: RouteContext): GraphResponse {
  const { plan, group } = planById(ctx, ctx.params.plan ?? '');
  requireMember(ctx, group);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#planner/plans/$entity`,
      ...planJson(ctx, plan, group),
    },
  };
}

// ---- If-Match and bodies -------------------------------------------------------------------------------

/** PATCH and DELETE need the current eTag (planner-overview.md "Versioning"; messages from platform-facts §4). */
function requireIfMatch(ctx: RouteContext, current: string): void {
  const ifMatch = ctx.req.headers['if-match'];
  if (ifMatch === undefined || ifMatch.trim() === '')
    throw new GraphError(
      412,
      'PreconditionFailed',
      'The If-Match header must be specified for this kind of request.',
    );
  const value = ifMatch.trim();
  if (value !== '*' && !/^(W\/)?"[^"]+"$/.test(value))
    throw new GraphError(400, 'BadRequest', 'The If-Match header contains an invalid value.');
  if (value !== '*' && value !== current)
    throw new GraphError(
      412,
      'PreconditionFailed',
      'The If-Match header does not match the current version of the resource.',
    );
}

function jsonBody(ctx: RouteContext): Record<string, unknown> {
  const raw = ctx.req.body?.toString('utf8') ?? '';
  if (raw.trim() === '') return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw badRequest('The request body is not a JSON object.');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `Prefer: return=representation` gives 200 with the resource, otherwise 204 (plannertask-update.md). */
function updated(ctx: RouteContext, body: Record<string, unknown>, etag: string): GraphResponse {
  const prefer = ctx.req.headers['prefer'] ?? '';
  if (/return=representation/i.test(prefer))
    return { status: 200, headers: { ETag: etag, 'Preference-Applied': 'return=representation' }, body };
  return { status: 204, headers: { ETag: etag } };
}

// ---- buckets --------------------------------------------------------------------------------------------

function bucketJson(b: BucketRecord) {
  return {
    '@odata.etag': plannerEtag('Bucket', b.id, b.version),
    id: b.id,
    name: b.name,
    planId: b.planId,
    orderHint: b.orderHint,
  };
}

function listBuckets(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const { plan, group } = planById(ctx, ctx.params.plan ?? '');
  requireMember(ctx, group);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#planner/buckets`,
      value: planner.bucketsOfPlan(plan.id).map(bucketJson),
    },
  };
}

function createBucket(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const body = jsonBody(ctx);
  const name = str(body['name']);
  const planId = str(body['planId']);
  if (!planId) throw badRequest('planId is required.');
  if (!name || name.trim() === '') throw badRequest('name is required.');
  const { plan, group } = planById(ctx, planId);
  requireMember(ctx, group);
  if (planner.bucketsOfPlan(plan.id).length >= PLANNER_LIMITS.bucketsPerPlan)
    throw new GraphError(
      403,
      'MaximumBucketsInProject',
      `A plan can have at most ${PLANNER_LIMITS.bucketsPerPlan} buckets.`,
    );
  const bucket: BucketRecord = {
    id: plannerId(),
    planId: plan.id,
    name,
    orderHint: str(body['orderHint']) ?? ' !',
    version: 1,
  };
  planner.buckets.set(bucket.id, bucket);
  return {
    status: 201,
    body: { '@odata.context': `${ctx.graphBase}/$metadata#planner/buckets/$entity`, ...bucketJson(bucket) },
  };
}

// ---- tasks ----------------------------------------------------------------------------------------------

function taskJson(t: TaskRecord) {
  return {
    '@odata.etag': plannerEtag('Task', t.id, t.version),
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: t.assigneePriority,
    percentComplete: t.percentComplete,
    priority: t.priority,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: t.details.description !== '',
    previewType: t.details.previewType,
    completedDateTime: t.completedDateTime,
    completedBy: t.completedBy ? { user: { id: t.completedBy } } : null,
    referenceCount: Object.keys(t.details.references).length,
    checklistItemCount: Object.keys(t.details.checklist).length,
    activeChecklistItemCount: Object.values(t.details.checklist).filter((c) => !c.isChecked).length,
    conversationThreadId: null,
    id: t.id,
    createdBy: { user: { id: t.createdBy } },
    appliedCategories: {},
    assignments: Object.fromEntries(
      Object.entries(t.assignments).map(([uid, a]) => [
        uid,
        {
          '@odata.type': ASSIGNMENT_TYPE,
          assignedDateTime: a.assignedDateTime,
          orderHint: a.orderHint,
          assignedBy: { user: { id: a.assignedBy } },
        },
      ]),
    ),
  };
}

function taskById(planner: PlannerStore, ctx: RouteContext): { task: TaskRecord; group: GroupRecord } {
  const task = planner.tasks.get(ctx.params.task ?? '');
  if (!task)
    throw new GraphError(404, 'NotFound', `The requested item '${ctx.params.task ?? ''}' is not found.`);
  const { group } = planById(ctx, task.planId);
  requireMember(ctx, group);
  return { task, group };
}

/** Applies an `assignments` patch: values need @odata.type and an orderHint, null unassigns (plannerassignments.md). */
function applyAssignments(
  ctx: RouteContext,
  current: Readonly<Record<string, AssignmentRecord>>,
  patch: unknown,
): Record<string, AssignmentRecord> {
  if (patch === undefined) return { ...current };
  if (!patch || typeof patch !== 'object' || Array.isArray(patch))
    throw badRequest('assignments must be an object keyed by user id.');
  const next: Record<string, AssignmentRecord> = { ...current };
  for (const [uid, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) {
      delete next[uid];
      continue;
    }
    const v = value as Record<string, unknown>;
    if (typeof value !== 'object' || v['@odata.type'] !== ASSIGNMENT_TYPE)
      throw badRequest(`The assignment for '${uid}' needs "@odata.type": "${ASSIGNMENT_TYPE}".`);
    const orderHint = str(v['orderHint']);
    if (orderHint === undefined || orderHint === '')
      throw badRequest(`The assignment for '${uid}' needs an orderHint (e.g. " !").`);
    // Planner accepts an assignee outside the plan's group; that person just can't open the plan (README
    // "Planner", assignees). Only a user unknown to the tenant is refused.
    if (!ctx.store.findUser(uid)) throw badRequest(`The assignee '${uid}' is not a user of this tenant.`);
    next[uid] = current[uid] ?? {
      assignedBy: ctx.caller.user.id,
      assignedDateTime: ctx.now.toISOString(),
      orderHint: orderHint === ' !' ? '8585269235419181611' : orderHint,
    };
  }
  if (Object.keys(next).length > PLANNER_LIMITS.assigneesPerTask)
    throw new GraphError(
      403,
      'MaximumAssigneesInTasks',
      `A task can have at most ${PLANNER_LIMITS.assigneesPerTask} assignees.`,
    );
  return next;
}

function dateOrNull(v: unknown, field: string): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
    throw badRequest(`${field} must be an ISO 8601 date-time in UTC.`);
  return new Date(v).toISOString().replace('.000Z', 'Z');
}

function percent(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
    throw badRequest('percentComplete must be a whole number from 0 to 100.');
  return v;
}

function createTask(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const body = jsonBody(ctx);
  const planId = str(body['planId']);
  if (!planId) throw badRequest('planId is required.');
  const { plan, group } = planById(ctx, planId);
  requireMember(ctx, group);
  const title = str(body['title']);
  // Assumption (sandbox README): the doc marks title optional, but the service refuses a task without one.
  if (!title || title.trim() === '') throw badRequest('title is required.');
  if (title.length > 255) throw badRequest('title must be at most 255 characters.');
  const bucketId = str(body['bucketId']) ?? null;
  if (bucketId !== null) {
    const bucket = planner.buckets.get(bucketId);
    if (!bucket) throw new GraphError(404, 'NotFound', `The requested bucket '${bucketId}' is not found.`);
    if (bucket.planId !== plan.id) throw badRequest('The bucket belongs to another plan.');
  }
  const existing = planner.tasksOfPlan(plan.id);
  if (existing.length >= PLANNER_LIMITS.tasksPerPlan)
    throw new GraphError(
      403,
      'MaximumTasksInProject',
      `A plan can have at most ${PLANNER_LIMITS.tasksPerPlan} tasks.`,
    );
  if (existing.filter((t) => t.percentComplete < 100).length >= PLANNER_LIMITS.activeTasksPerPlan)
    throw new GraphError(
      403,
      'MaximumActiveTasksInProject',
      `A plan can have at most ${PLANNER_LIMITS.activeTasksPerPlan} active tasks.`,
    );
  const pct = percent(body['percentComplete']) ?? 0;
  const assignments = applyAssignments(ctx, {}, body['assignments']);
  // Details given with the task are created with it (README "Planner": details on create, an assumption).
  const inline = body['details'];
  if (inline !== undefined && (inline === null || typeof inline !== 'object' || Array.isArray(inline)))
    throw badRequest('details must be an object.');
  const details = detailsPatch(ctx, EMPTY_DETAILS, (inline ?? {}) as Record<string, unknown>);
  const task: TaskRecord = {
    id: plannerId(),
    planId: plan.id,
    bucketId,
    title,
    orderHint: '8585269235419181611',
    assigneePriority: '',
    percentComplete: pct,
    priority: typeof body['priority'] === 'number' ? body['priority'] : 5,
    startDateTime: dateOrNull(body['startDateTime'], 'startDateTime') ?? null,
    dueDateTime: dateOrNull(body['dueDateTime'], 'dueDateTime') ?? null,
    completedDateTime: pct === 100 ? ctx.now.toISOString() : null,
    completedBy: pct === 100 ? ctx.caller.user.id : null,
    createdDateTime: ctx.now.toISOString(),
    createdBy: ctx.caller.user.id,
    assignments,
    version: 1,
    details: { ...details, version: 1 },
  };
  planner.tasks.set(task.id, task);
  planner.created(task.id);
  return {
    status: 201,
    headers: { ETag: plannerEtag('Task', task.id, 1) },
    body: { '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks/$entity`, ...taskJson(task) },
  };
}

function getTask(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const { task } = taskById(planner, ctx);
  return {
    status: 200,
    headers: { ETag: plannerEtag('Task', task.id, task.version) },
    body: { '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks/$entity`, ...taskJson(task) },
  };
}

const READ_ONLY_TASK = [
  'id',
  'createdBy',
  'createdDateTime',
  'completedBy',
  'completedDateTime',
  'hasDescription',
  'referenceCount',
  'checklistItemCount',
  'activeChecklistItemCount',
];

function updateTask(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const { task } = taskById(planner, ctx);
  requireIfMatch(ctx, plannerEtag('Task', task.id, task.version));
  const body = jsonBody(ctx);
  const readOnly = Object.keys(body).find((k) => READ_ONLY_TASK.includes(k));
  if (readOnly) throw badRequest(`The property '${readOnly}' is read-only.`);
  let bucketId = task.bucketId;
  if (body['bucketId'] !== undefined) {
    const b = str(body['bucketId']);
    const bucket = b ? planner.buckets.get(b) : undefined;
    if (!bucket || bucket.planId !== task.planId)
      throw badRequest('bucketId must name a bucket of the same plan.');
    bucketId = bucket.id;
  }
  if (body['planId'] !== undefined && body['planId'] !== task.planId)
    throw badRequest('A task cannot move to another plan here.');
  const pct = percent(body['percentComplete']) ?? task.percentComplete;
  const title = body['title'] === undefined ? task.title : str(body['title']);
  if (!title || title.trim() === '') throw badRequest('title cannot be empty.');
  const due = dateOrNull(body['dueDateTime'], 'dueDateTime');
  const start = dateOrNull(body['startDateTime'], 'startDateTime');
  const next: TaskRecord = {
    ...task,
    title,
    bucketId,
    percentComplete: pct,
    dueDateTime: due === undefined ? task.dueDateTime : due,
    startDateTime: start === undefined ? task.startDateTime : start,
    completedDateTime: pct === 100 ? (task.completedDateTime ?? ctx.now.toISOString()) : null,
    completedBy: pct === 100 ? (task.completedBy ?? ctx.caller.user.id) : null,
    assignments: applyAssignments(ctx, task.assignments, body['assignments']),
    version: task.version + 1,
  };
  planner.tasks.set(next.id, next);
  return updated(ctx, taskJson(next), plannerEtag('Task', next.id, next.version));
}

function deleteTask(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const { task } = taskById(planner, ctx);
  requireIfMatch(ctx, plannerEtag('Task', task.id, task.version));
  planner.tasks.delete(task.id);
  return { status: 204 };
}

function listPlanTasks(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const { plan, group } = planById(ctx, ctx.params.plan ?? '');
  requireMember(ctx, group);
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks`,
      value: planner.listedTasksOfPlan(plan.id).map(taskJson),
    },
  };
}

function listBucketTasks(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const bucket = planner.buckets.get(ctx.params.bucket ?? '');
  if (!bucket)
    throw new GraphError(404, 'NotFound', `The requested bucket '${ctx.params.bucket ?? ''}' is not found.`);
  const { group } = planById(ctx, bucket.planId);
  requireMember(ctx, group);
  const value = planner
    .listedTasksOfPlan(bucket.planId)
    .filter((t) => t.bucketId === bucket.id)
    .map(taskJson);
  return { status: 200, body: { '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks`, value } };
}

function myTasks(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  if ((ctx.params.user ?? '').toLowerCase() !== ctx.caller.user.id.toLowerCase())
    throw new GraphError(
      403,
      'Forbidden',
      'With delegated permissions, only the signed-in user’s tasks can be listed.',
    );
  const value = [...planner.tasks.values()]
    .filter((t) => ctx.caller.user.id in t.assignments && planner.isReadable(t.id))
    .map(taskJson);
  return { status: 200, body: { '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks`, value } };
}

// ---- details --------------------------------------------------------------------------------------------

function detailsJson(t: TaskRecord) {
  return {
    '@odata.etag': plannerEtag('TaskDetails', t.id, t.details.version),
    id: t.id,
    description: t.details.description,
    previewType: t.details.previewType,
    references: Object.fromEntries(
      Object.entries(t.details.references).map(([k, r]) => [
        k,
        {
          '@odata.type': '#microsoft.graph.plannerExternalReference',
          ...r,
          lastModifiedBy: { user: { id: r.lastModifiedBy } },
        },
      ]),
    ),
    checklist: Object.fromEntries(
      Object.entries(t.details.checklist).map(([k, c]) => [
        k,
        {
          '@odata.type': '#microsoft.graph.plannerChecklistItem',
          ...c,
          lastModifiedBy: { user: { id: c.lastModifiedBy } },
        },
      ]),
    ),
  };
}

/** A new task's details are not readable for a moment (README "Planner", read lag): 404 like a missing item. */
function readableDetails(planner: PlannerStore, ctx: RouteContext): TaskRecord {
  const { task } = taskById(planner, ctx);
  if (!planner.isReadable(task.id))
    throw new GraphError(404, 'NotFound', `The requested item '${task.id}' is not found.`);
  return task;
}

function getDetails(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const task = readableDetails(planner, ctx);
  return {
    status: 200,
    headers: { ETag: plannerEtag('TaskDetails', task.id, task.details.version) },
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#planner/tasks('${task.id}')/details/$entity`,
      ...detailsJson(task),
    },
  };
}

function updateDetails(planner: PlannerStore, ctx: RouteContext): GraphResponse {
  const task = readableDetails(planner, ctx);
  requireIfMatch(ctx, plannerEtag('TaskDetails', task.id, task.details.version));
  const patched = detailsPatch(ctx, task.details, jsonBody(ctx));
  const next: TaskRecord = { ...task, details: { ...patched, version: task.details.version + 1 } };
  planner.tasks.set(next.id, next);
  return updated(ctx, detailsJson(next), plannerEtag('TaskDetails', next.id, next.details.version));
}

type DetailsFields = Omit<TaskRecord['details'], 'version'>;

const EMPTY_DETAILS: DetailsFields = {
  description: '',
  previewType: 'automatic',
  references: {},
  checklist: {},
};

const REFERENCE_TYPE = 'microsoft.graph.plannerExternalReference';

/**
 * A reference's key is an http(s) URL with `.` `:` `%` `@` `#` encoded, and its value an externalReference object
 * that names its type (resources/plannerexternalreferences.md: "the client must provide valid URLs based on the
 * HTTP/HTTPS protocols"; planner-overview.md 400: "the type isn't specified"; plannertaskdetails-update.md example).
 */
function checkReference(key: string, value: Record<string, unknown>): void {
  if (/[.:@#]/.test(key))
    throw badRequest(`The reference key '${key}' must be an encoded URL (encode . : @ #).`);
  let url: URL | undefined;
  try {
    url = new URL(decodeURIComponent(key));
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw badRequest(`The reference key '${key}' does not decode to an http or https URL.`);
  const type = value['@odata.type'];
  if (type !== REFERENCE_TYPE && type !== `#${REFERENCE_TYPE}`)
    throw badRequest(
      `The reference '${key}' needs "@odata.type": "${REFERENCE_TYPE}" (an open type property must declare its type).`,
    );
}

/** Applies a details body (description, previewType, references, checklist) over `current`. */
function detailsPatch(
  ctx: RouteContext,
  current: DetailsFields,
  body: Record<string, unknown>,
): DetailsFields {
  const who = ctx.caller.user.id;
  const at = ctx.now.toISOString();
  const references: Record<string, ReferenceRecord> = { ...current.references };
  const refPatch = body['references'];
  if (refPatch !== undefined) {
    if (!refPatch || typeof refPatch !== 'object' || Array.isArray(refPatch))
      throw badRequest('references must be an object keyed by encoded URLs.');
    for (const [key, value] of Object.entries(refPatch as Record<string, unknown>)) {
      if (value === null) {
        delete references[key];
        continue;
      }
      if (typeof value !== 'object' || Array.isArray(value))
        throw badRequest(`The reference '${key}' must be an object.`);
      const v = value as Record<string, unknown>;
      checkReference(key, v);
      references[key] = {
        alias: str(v['alias']) ?? references[key]?.alias ?? null,
        type: str(v['type']) ?? references[key]?.type ?? null,
        previewPriority: str(v['previewPriority']) ?? references[key]?.previewPriority ?? ' !',
        lastModifiedBy: who,
        lastModifiedDateTime: at,
      };
    }
    if (Object.keys(references).length > PLANNER_LIMITS.referencesPerTask)
      throw new GraphError(
        403,
        'MaximumReferencesOnTask',
        `A task can have at most ${PLANNER_LIMITS.referencesPerTask} references.`,
      );
  }
  const checklist: Record<string, ChecklistRecord> = { ...current.checklist };
  const checkPatch = body['checklist'];
  if (checkPatch !== undefined) {
    if (!checkPatch || typeof checkPatch !== 'object')
      throw badRequest('checklist must be an object keyed by item ids.');
    for (const [key, value] of Object.entries(checkPatch as Record<string, unknown>)) {
      if (value === null) {
        delete checklist[key];
        continue;
      }
      const v = value as Record<string, unknown>;
      const title = str(v['title']) ?? checklist[key]?.title;
      if (!title) throw badRequest(`Checklist item '${key}' needs a title.`);
      checklist[key] = {
        title,
        isChecked:
          typeof v['isChecked'] === 'boolean' ? v['isChecked'] : (checklist[key]?.isChecked ?? false),
        orderHint: str(v['orderHint']) ?? checklist[key]?.orderHint ?? ' !',
        lastModifiedBy: who,
        lastModifiedDateTime: at,
      };
    }
    if (Object.keys(checklist).length > PLANNER_LIMITS.checklistItemsPerTask)
      throw new GraphError(
        403,
        'MaximumChecklistItemsOnTask',
        `A task can have at most ${PLANNER_LIMITS.checklistItemsPerTask} checklist items.`,
      );
  }
  const description =
    body['description'] === undefined ? current.description : (str(body['description']) ?? '');
  const previewType = str(body['previewType']) ?? current.previewType;
  return { description, previewType, references, checklist };
}
