// Records a meeting's action items as assigned tasks in the team's Planner plan, exactly once (DESIGN.md "Exactly-once
// Planner writes"). The order is what makes a retry, a double click, a second recorder or a dropped connection safe:
// 1. intent first: the actions (with their client-made ids) and our Planner lease go into the series document in one
//    If-Match write, so they exist before any Planner call and only one recorder works at a time;
// 2. the owners' e-mails are resolved to accounts (batched); guests without one are reported, not dropped;
// 3. the series' bucket is found or created and remembered in the document;
// 4. TaskTracker.recordTasks reconciles by the action-id marker and creates only what is missing;
// 5. each task is linked to its action in the document, and the lease is released in the same write.
import type { ActionActor } from '../../domain/actions/actionActor';
import { captureAction, type CaptureInput } from '../../domain/actions/captureAction';
import type { ActionError, ActionRecord } from '../../domain/actions/actionTypes';
import { linkTask } from '../../domain/actions/linkTask';
import { acquirePlannerLease, releasePlannerLease } from '../../domain/actions/plannerLease';
import { setPlannerBucket } from '../../domain/actions/setPlannerBucket';
import type { UserId } from '../../domain/ids';
import { err, ok, type Result } from '../../domain/result';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
import type {
  Directory,
  Failure,
  SeriesDocumentStore,
  StoredSeries,
  TaskToRecord,
  TaskTracker,
} from '../ports';

export interface RecordToPlannerDeps {
  readonly store: SeriesDocumentStore;
  readonly tracker: TaskTracker;
  readonly directory: Directory;
}

export interface RecordToPlannerInput {
  readonly stored: StoredSeries;
  /** Names the series' bucket. */
  readonly seriesTitle: string;
  /** The meeting's join or web link, referenced from each task. */
  readonly meetingUrl: string;
  /** New actions to capture first; capturing an id that exists changes nothing. */
  readonly capture: readonly CaptureInput[];
  /** Actions to record: the captured ones plus these ids (e.g. a retry of earlier failures). */
  readonly actionIds?: readonly string[];
}

export type ItemResult =
  | {
      readonly actionId: string;
      readonly status: 'recorded' | 'alreadyRecorded';
      readonly taskId: string;
      /** Owners Planner can't assign, with the reason, e.g. external guests. */
      readonly notAssigned: readonly string[];
    }
  | {
      readonly actionId: string;
      readonly status: 'failed';
      readonly failure: Failure;
      readonly notAssigned: readonly string[];
    };

export type RecordFailure =
  | { readonly source: 'store' | 'planner' | 'directory'; readonly failure: Failure }
  | { readonly source: 'rules'; readonly error: ActionError };

export interface RecordReport {
  readonly items: readonly ItemResult[];
  readonly stored: StoredSeries;
}

export interface RecordToPlannerEnv {
  readonly now: () => number;
  /** A fresh token per call: the lease holder (a double click is two holders). */
  readonly newToken: () => string;
}

export async function recordToPlanner(
  deps: RecordToPlannerDeps,
  input: RecordToPlannerInput,
  actor: ActionActor,
  env: RecordToPlannerEnv,
): Promise<Result<RecordReport, RecordFailure>> {
  const holder = env.newToken();
  const location = input.stored.location;

  // 1. Intent and lease in one write. A busy lease must not cost the user their captured actions, so the captures
  // are written either way and the busy answer comes after (apply re-runs on every 412, so `busy` is reassigned).
  let busy: ActionError | undefined;
  const opened = await update(deps.store, input.stored, (latest) => {
    let doc = latest;
    for (const c of input.capture) {
      const captured = captureAction(doc, c, actor, env.now());
      if (!captured.ok) return captured;
      doc = captured.value;
    }
    const leased = acquirePlannerLease(doc, holder, actor.id, env.now());
    busy = leased.ok ? undefined : leased.failure;
    return leased.ok ? leased : ok(doc);
  });
  if (!opened.ok) return opened;
  if (busy) return err({ source: 'rules', error: busy });
  let stored: StoredSeries = opened.value;

  const release = async (): Promise<void> => {
    // Best effort: if this write fails the lease simply expires (PLANNER_LEASE_MS).
    const r = await update(deps.store, stored, (d) => releasePlannerLease(d, holder, actor.id, env.now()));
    if (r.ok) stored = r.value;
  };

  const wanted = new Set([...input.capture.map((c) => c.id), ...(input.actionIds ?? [])]);
  const actions = [...wanted].flatMap((id) => {
    const a = stored.doc.actions[id];
    return a ? [a] : [];
  });
  const pending = actions.filter((a) => a.planner === undefined);
  const linked: ItemResult[] = actions
    .filter((a) => a.planner !== undefined)
    .map((a) => ({
      actionId: a.id,
      status: 'alreadyRecorded' as const,
      taskId: a.planner?.value.taskId ?? '',
      notAssigned: [],
    }));
  if (pending.length === 0) {
    await release();
    return ok({ items: linked, stored });
  }

  // 2. Owners → accounts, in one batched lookup for all items.
  const emails = [...new Set(pending.flatMap((a) => a.ownership.value.owners.map((o) => o.email)))];
  const resolved = await deps.directory.resolveEmails(emails);
  if (!resolved.ok) {
    await release();
    return err({ source: 'directory', failure: resolved.failure });
  }

  // 3. The series' bucket, remembered for next time.
  const bucket = await deps.tracker.ensureBucket(
    location.groupId,
    input.seriesTitle,
    stored.doc.plannerBucket?.value,
  );
  if (!bucket.ok) {
    await release();
    return err({ source: 'planner', failure: bucket.failure });
  }
  const withBucket = await update(deps.store, stored, (d) =>
    setPlannerBucket(d, bucket.value, actor.id, env.now()),
  );
  if (!withBucket.ok) {
    await release();
    return withBucket;
  }
  stored = withBucket.value;

  // 4. Exactly-once creation.
  const notAssigned = new Map<string, string[]>();
  const items: TaskToRecord[] = pending.map((a) => {
    const ids: UserId[] = [];
    const missing: string[] = [];
    for (const o of a.ownership.value.owners) {
      const user = resolved.value.get(o.email) ?? null;
      if (user) ids.push(user.id);
      else missing.push(`cannot be assigned in Planner: ${o.email} has no account in this tenant`);
    }
    notAssigned.set(a.id, missing);
    return {
      actionId: a.id,
      title: a.title.value,
      // Guests stay named in the description, so the task still says who owns it.
      assigneeIds: [...new Set(ids)],
      ...(a.due.value !== null ? { due: a.due.value } : {}),
      description: describe(a),
      meetingUrl: input.meetingUrl,
    };
  });
  const recorded = await deps.tracker.recordTasks(bucket.value, items);
  if (!recorded.ok) {
    await release();
    return err({ source: 'planner', failure: recorded.failure });
  }

  // 5. Links and lease release in one write.
  const done = await update(deps.store, stored, (latest) => {
    let doc: SeriesDocument = latest;
    for (const r of recorded.value) {
      if (r.status === 'failed') continue;
      const l = linkTask(doc, r.actionId, { ...bucket.value, taskId: r.taskId }, actor.id, env.now());
      if (l.ok) doc = l.value;
    }
    return releasePlannerLease(doc, holder, actor.id, env.now());
  });
  if (!done.ok) return done;
  stored = done.value;

  const results: ItemResult[] = recorded.value.map((r) =>
    r.status === 'failed'
      ? {
          actionId: r.actionId,
          status: 'failed',
          failure: r.failure,
          notAssigned: notAssigned.get(r.actionId) ?? [],
        }
      : {
          actionId: r.actionId,
          status: r.status === 'created' ? 'recorded' : 'alreadyRecorded',
          taskId: r.taskId,
          notAssigned: notAssigned.get(r.actionId) ?? [],
        },
  );
  return ok({ items: [...linked, ...results], stored });
}

function describe(a: ActionRecord): string {
  const owners = a.ownership.value.owners.map((o) => `${o.name} <${o.email}>`).join(', ');
  const how = a.ownership.value.how === 'claimed' ? 'claimed by' : 'assigned to';
  return `Action from Roundtable, ${how} ${owners}.`;
}

async function update(
  store: SeriesDocumentStore,
  stored: StoredSeries,
  apply: (latest: SeriesDocument) => Result<SeriesDocument, ActionError>,
): Promise<Result<StoredSeries, RecordFailure>> {
  const r = await store.update(stored.location, (latest) => {
    const applied = apply(latest);
    return applied.ok ? applied : err({ source: 'rules' as const, error: applied.failure });
  });
  if (r.ok) return ok({ doc: r.value.doc, location: r.value.location, etag: r.value.etag });
  const f = r.failure;
  return err('source' in f ? f : { source: 'store', failure: f });
}
