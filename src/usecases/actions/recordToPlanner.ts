// Records a meeting's action items as assigned tasks in the team's Planner plan, exactly once (DESIGN.md "Exactly-once
// Planner writes"). The order is what makes a retry, a double click, a second recorder or a dropped connection safe:
// 1. intent first: the actions (with their client-made ids) and our Planner lease go into the series document in one
//    If-Match write, so they exist before any Planner task is created and only one recorder creates at a time; side
//    by side with it, the owners' e-mails are resolved (batched) and a remembered bucket is read;
// 2. a bucket not remembered yet (or remembered in another plan than the one the organizer chose) is found or made;
// 3. an item's one owner is its task's only assignee, and its helpers are named in the task's description (created
//    with the task, so no details read and PATCH follow); an owner without an account (an external guest) is
//    reported and the item is kept, never dropped; an item kept off Planner by choice is never sent;
// 4. TaskTracker.recordTasks reconciles by the action-id marker and creates only what is missing;
// 5. each task is linked to its action, the bucket remembered and the lease released, in one write.
import type { CaptureInput } from '../../domain/actions/captureAction';
import type { ActionOwner, ActionRecord } from '../../domain/actions/actionTypes';
import { helpersOf } from '../../domain/actions/helpersOf';
import { goesToPlanner } from '../../domain/actions/goesToPlanner';
import { PLANNER_CREATE_WINDOW_MS, holdsLease } from '../../domain/actions/plannerLease';
import type { Actor } from '../../domain/agenda/agendaTypes';
import { err, ok, type Result } from '../../domain/result';
import type { IntentError } from '../../domain/series/applyIntent';
import type { SeriesIntent } from '../../domain/series/seriesIntent';
import type {
  BucketSnapshot,
  Directory,
  Failure,
  SeriesDocumentStore,
  StoredSeries,
  TaskBucket,
  TaskToRecord,
  TaskTracker,
} from '../ports';
import { changeSeries } from '../series/changeSeries';

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
  /** The occurrence's date as people say it ("Mon 12 Jan 2026"), for the task description. */
  readonly occurrenceLabel: string;
  /** New actions to capture first; capturing an id that exists changes nothing. */
  readonly capture: readonly CaptureInput[];
  /** Actions to record: the captured ones plus these ids (e.g. a retry of earlier failures). */
  readonly actionIds?: readonly string[];
  /** The task description's words, in the recording person's language (everyone reads them in Planner). */
  readonly words: PlannerTaskWords;
}

/**
 * The lines Roundtable writes into a Planner task's description. The catalogue's area actionProblems (`plannerTask`)
 * satisfies it. The people lines must start with a prefix PEOPLE_LINE knows, so a later edit in any language finds
 * and replaces them.
 */
export interface PlannerTaskWords {
  /** `occurrenceLabel`: the occurrence's date as people say it, already formatted. */
  readonly agreedIn: (seriesTitle: string, occurrenceLabel: string) => string;
  readonly owner: (person: string) => string;
  readonly claimedBy: (person: string) => string;
  readonly helpers: (people: readonly string[]) => string;
  readonly recordedBy: string;
}

/** Where a recording is (the view words it): saving, finding owners and bucket, creating, linking, done. */
export type RecordStep =
  | { readonly kind: 'saving' }
  | { readonly kind: 'finding' }
  | { readonly kind: 'creating'; readonly tasks: number }
  | { readonly kind: 'linking' }
  | { readonly kind: 'done' };

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
      /** `code: 'NoAssignableOwner'`: kept back for an owner without an account (named in notAssigned). */
      readonly failure: Failure;
      readonly notAssigned: readonly string[];
    };

/** `stored`, when present: what the document is now (the captures were written before the failure). */
export type RecordFailure =
  | {
      readonly source: 'store' | 'planner' | 'directory';
      readonly failure: Failure;
      readonly stored?: StoredSeries;
    }
  | { readonly source: 'rules'; readonly error: IntentError; readonly stored?: StoredSeries };

export interface RecordReport {
  readonly items: readonly ItemResult[];
  readonly stored: StoredSeries;
}

export interface RecordToPlannerEnv {
  readonly now: () => number;
  /** A fresh token per call: the lease holder (a double click is two holders). */
  readonly newToken: () => string;
  /**
   * A recorder's own holder token, kept across its retries so that a lease it failed to release (the release write
   * was lost) does not lock itself out for PLANNER_LEASE_MS. Calls with the same holder must never overlap; the view
   * runs one recording at a time.
   */
  readonly holder?: string;
  /** Step `done` of `total` has started (for the view's progress bar). */
  readonly onProgress?: (done: number, total: number, step: RecordStep) => void;
}

export async function recordToPlanner(
  deps: RecordToPlannerDeps,
  input: RecordToPlannerInput,
  actor: Actor,
  env: RecordToPlannerEnv,
): Promise<Result<RecordReport, RecordFailure>> {
  const holder = env.holder ?? env.newToken();
  const step = (n: number, s: RecordStep) => env.onProgress?.(n, 4, s);
  step(0, { kind: 'saving' });
  const location = input.stored.location;

  // 1. Intent and lease in one write, over the version the caller holds (a 412 re-reads and re-applies). A busy lease
  // must not cost the user their captured actions, so the captures are written either way and whether we hold the
  // lease is read from what was stored.
  const write = (intent: SeriesIntent, over: StoredSeries) =>
    changeSeries(deps.store, over, actor, intent, env.now).then((r): Result<StoredSeries, RecordFailure> => {
      if (!r.ok) return err(r.failure);
      const { attempts: _attempts, ...written } = r.value;
      return ok(written);
    });
  // Round trip 1: the lease write, the owners' accounts and a remembered bucket's tasks, side by side. Reading the
  // bucket before the lease is ours is as good as after: a recorder holding it creates only while its lease lasts,
  // so if ours is granted nobody is creating, and an earlier recorder's tasks are linked in the document or listed.
  const remembered = bucketInChosenPlan(input.stored);
  const knownBefore = linkedTaskIds(input.stored);
  // Only owners are resolved: helpers are named in the description, never assigned.
  const ownersOf = (ids: Iterable<string>, doc: StoredSeries['doc']) =>
    [...ids].flatMap((id) => {
      const a = doc.actions[id];
      return a && goesToPlanner(a) ? [a.ownership.value.owner.email] : [];
    });
  const wantedIds = [...new Set([...input.capture.map((c) => c.id), ...(input.actionIds ?? [])])];
  const emailsBefore = [
    ...new Set([
      ...input.capture.flatMap((c) => (c.keptOffPlanner === true ? [] : [c.owner.email])),
      ...ownersOf(wantedIds, input.stored.doc),
    ]),
  ];
  const [opened, resolvedFirst, firstRead] = await Promise.all([
    write({ kind: 'startRecording', holder, captures: input.capture }, input.stored),
    emailsBefore.length > 0 ? deps.directory.resolveEmails(emailsBefore) : Promise.resolve(ok(new Map())),
    remembered ? deps.tracker.readBucket(remembered, knownBefore) : Promise.resolve(undefined),
  ]);
  if (!opened.ok) return opened;
  let stored: StoredSeries = opened.value;
  if (!holdsLease(stored.doc, holder, env.now())) {
    const until = stored.doc.plannerLease?.value.until ?? env.now();
    return err({
      source: 'rules',
      error: { kind: 'busy', problem: { code: 'plannerRecordingBusy' }, until },
      stored,
    });
  }

  const release = async (): Promise<void> => {
    // Best effort: if this write fails the lease simply expires (PLANNER_LEASE_MS).
    const r = await write({ kind: 'releaseRecording', holder }, stored);
    if (r.ok) stored = r.value;
  };
  const fail = async (
    source: 'planner' | 'directory',
    failure: Failure,
  ): Promise<Result<never, RecordFailure>> => {
    await release();
    return err({ source, failure, stored });
  };

  const actions = wantedIds.flatMap((id) => {
    const a = stored.doc.actions[id];
    return a ? [a] : [];
  });
  const linked: ItemResult[] = actions.flatMap((a) =>
    a.planner
      ? [
          {
            actionId: a.id,
            status: 'alreadyRecorded' as const,
            taskId: a.planner.value.taskId,
            notAssigned: [],
          },
        ]
      : [],
  );
  // Kept off Planner by choice: not recorded, and not reported as failed either (the item says so itself).
  const pending = actions.filter((a) => a.planner === undefined && goesToPlanner(a));
  if (pending.length === 0) {
    await release();
    return ok({ items: linked, stored });
  }

  // 2. A bucket not remembered (or deleted in Planner) is found or made; owners another writer added meanwhile are
  // resolved now (rare: one more round trip).
  step(1, { kind: 'finding' });
  if (!resolvedFirst.ok) return fail('directory', resolvedFirst.failure);
  const missingEmails = [...new Set(pending.map((a) => a.ownership.value.owner.email))].filter(
    (e) => !emailsBefore.includes(e),
  );
  const resolvedMore =
    missingEmails.length > 0 ? await deps.directory.resolveEmails(missingEmails) : ok(new Map());
  if (!resolvedMore.ok) return fail('directory', resolvedMore.failure);
  const resolved = ok(new Map([...resolvedFirst.value, ...resolvedMore.value]));
  const knownTaskIds = linkedTaskIds(stored);
  let snapshot: BucketSnapshot | undefined;
  let bucket: TaskBucket;
  // The lease write may have brought a newer choice of plan (another window of the organizer's).
  const chosen = stored.doc.plannerPlan?.value;
  const usable =
    remembered && remembered.planId === (chosen?.planId ?? remembered.planId) ? remembered : undefined;
  if (usable && firstRead?.ok) {
    snapshot = firstRead.value;
    bucket = firstRead.value.bucket;
  } else if (!usable || (firstRead && !firstRead.ok && firstRead.failure.kind === 'notFound')) {
    // Not remembered yet, remembered in a plan no longer chosen, or deleted in Planner: found or made in the chosen
    // plan, else the remembered one, else the team's oldest.
    const planId = chosen?.planId ?? usable?.planId;
    const found = await deps.tracker.ensureBucket(
      location.groupId,
      input.seriesTitle,
      planId !== undefined ? { planId, bucketId: '' } : undefined,
    );
    if (!found.ok) {
      if (chosen && found.failure.kind === 'notFound') {
        await release();
        return err({
          source: 'rules',
          error: { kind: 'notFound', problem: { code: 'plannerPlanMissing', plan: chosen.title } },
          stored,
        });
      }
      return fail('planner', found.failure);
    }
    bucket = found.value;
  } else return fail('planner', firstRead?.ok === false ? firstRead.failure : unexpected());

  // 3. Items: the owner is the only assignee. An owner without an account is named in the result and the item is
  // kept in the document, not sent to Planner (a task with nobody accountable helps nobody).
  const notAssigned = new Map<string, string[]>();
  const unassignable: ItemResult[] = [];
  const items: TaskToRecord[] = [];
  for (const a of pending) {
    const o = a.ownership.value.owner;
    const user = resolved.value.get(o.email) ?? resolved.value.get(o.email.toLowerCase()) ?? null;
    if (!user) {
      const missing = [personLabel(o)];
      notAssigned.set(a.id, missing);
      unassignable.push({
        actionId: a.id,
        status: 'failed',
        // i18n-ignore: a code; the view words it with the owner named in notAssigned
        failure: { kind: 'badRequest', code: 'NoAssignableOwner' },
        notAssigned: missing,
      });
      continue;
    }
    notAssigned.set(a.id, []);
    items.push({
      actionId: a.id,
      title: a.title.value,
      assigneeIds: [user.id],
      ...(a.due.value !== null ? { due: a.due.value } : {}),
      description: describe(a, input.seriesTitle, input.occurrenceLabel, input.words),
      meetingUrl: input.meetingUrl,
    });
  }

  // 4. Exactly-once creation.
  step(2, { kind: 'creating', tasks: items.length });
  // Before every create: is enough of our lease left to cover the longest wait the client may take in it? If not,
  // renew it; a renewal that finds someone else holding the lease stops us (PLANNER_CREATE_WINDOW_MS).
  const mayCreate = async (): Promise<boolean> => {
    if (holdsLease(stored.doc, holder, env.now() + PLANNER_CREATE_WINDOW_MS)) return true;
    // Lapsed: someone may have recorded meanwhile, and what we listed is stale. Stop; trying again re-reads.
    if (!holdsLease(stored.doc, holder, env.now())) return false;
    const renewed = await write({ kind: 'startRecording', holder, captures: [] }, stored);
    if (!renewed.ok) return false;
    stored = renewed.value;
    return holdsLease(stored.doc, holder, env.now() + PLANNER_CREATE_WINDOW_MS);
  };
  const recorded =
    items.length > 0
      ? await deps.tracker.recordTasks(bucket, items, knownTaskIds, snapshot, mayCreate)
      : ok([]);
  if (!recorded.ok) return fail('planner', recorded.failure);
  const results = recorded.value;

  // 5. Links, the bucket and the lease release in one write.
  step(3, { kind: 'linking' });
  const done = await write(
    {
      kind: 'finishRecording',
      holder,
      bucket,
      links: results.flatMap((r) =>
        r.status === 'failed' ? [] : [{ actionId: r.actionId, taskId: r.taskId }],
      ),
    },
    stored,
  );
  if (!done.ok) return done;
  stored = done.value;
  step(4, { kind: 'done' });

  const reported: ItemResult[] = results.map((r) =>
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
  return ok({ items: [...linked, ...reported, ...unassignable], stored });
}

/** The remembered bucket, unless the organizer has since chosen another plan (its tasks stay there, linked). */
function bucketInChosenPlan(s: StoredSeries): TaskBucket | undefined {
  const bucket = s.doc.plannerBucket?.value;
  const chosen = s.doc.plannerPlan?.value;
  return bucket && (!chosen || chosen.planId === bucket.planId) ? bucket : undefined;
}

function linkedTaskIds(s: StoredSeries): Set<string> {
  return new Set(Object.values(s.doc.actions).flatMap((a) => (a.planner ? [a.planner.value.taskId] : [])));
}

function unexpected(): Failure {
  // i18n-ignore: developer detail; the view words a failure by its kind (messageForFailure)
  return { kind: 'notFound', message: 'The series’ Planner bucket could not be read.' };
}

/** "Ana Lopez (ana@contoso.com)", or the bare address when the name is the address. */
function personLabel(p: ActionOwner): string {
  return p.name && p.name !== p.email ? `${p.name} (${p.email})` : p.email;
}

/** The description's lines that name people: the owner (how they came to own it) and the helpers, if any. */
export function peopleLines(a: ActionRecord, words: PlannerTaskWords): string[] {
  const owner = personLabel(a.ownership.value.owner);
  const helpers = helpersOf(a);
  return [
    a.ownership.value.how === 'claimed' ? words.claimedBy(owner) : words.owner(owner),
    ...(helpers.length > 0 ? [words.helpers(helpers.map(personLabel))] : []),
  ];
}

/*
 * The people lines this app writes, in every language it ships (and, in English, before schema 6: "Assigned to …"
 * named every owner). A task recorded in German is later edited by someone reading English, and the other way round,
 * so each edit must know every language's lines, not only its own; tests/unit/usecases/actions/plannerTaskWords
 * .test.ts checks that each shipped catalogue's lines start with one of these.
 */
const PEOPLE_LINE_PREFIXES = [
  'Claimed by ', // i18n-ignore: recognizes lines written earlier (en-US)
  'Owner: ', // i18n-ignore: recognizes lines written earlier (en-US)
  'Assigned to ', // i18n-ignore: recognizes lines written earlier (en-US, before schema 6)
  'Helpers: ', // i18n-ignore: recognizes lines written earlier (en-US)
  'Übernommen von ', // i18n-ignore: recognizes lines written earlier (de-DE)
  'Verantwortlich: ', // i18n-ignore: recognizes lines written earlier (de-DE)
  'Unterstützung: ', // i18n-ignore: recognizes lines written earlier (de-DE)
];
const isPeopleLine = (line: string): boolean => PEOPLE_LINE_PREFIXES.some((p) => line.startsWith(p));

/**
 * A task's description with its people lines replaced by the action's current ones, where the first of them stood
 * (after the first line when there were none); every other line, including text added in Planner, stays.
 */
export function withPeopleLines(description: string, a: ActionRecord, words: PlannerTaskWords): string {
  const lines = description === '' ? [] : description.split('\n');
  const at = lines.findIndex(isPeopleLine);
  const rest = lines.filter((l) => !isPeopleLine(l));
  const where = at >= 0 ? at : Math.min(1, rest.length);
  return [...rest.slice(0, where), ...peopleLines(a, words), ...rest.slice(where)].join('\n');
}

/** The task's description: where it was agreed, its owner, and its helpers (Planner assigns only the owner). */
export function describe(
  a: ActionRecord,
  seriesTitle: string,
  occurrenceLabel: string,
  words: PlannerTaskWords,
): string {
  return [words.agreedIn(seriesTitle, occurrenceLabel), ...peopleLines(a, words), words.recordedBy].join(
    '\n',
  );
}
