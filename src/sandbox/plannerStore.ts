// Planner state: buckets, tasks and task details of the groups' plans (GD resources/planner-overview.md).
// Every resource carries an opaque @odata.etag that changes on every write (planner-overview.md "Versioning").
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export interface AssignmentRecord {
  readonly assignedBy: string;
  readonly assignedDateTime: string;
  readonly orderHint: string;
}

export interface ReferenceRecord {
  readonly alias: string | null;
  readonly type: string | null;
  readonly previewPriority: string;
  readonly lastModifiedBy: string;
  readonly lastModifiedDateTime: string;
}

export interface ChecklistRecord {
  readonly title: string;
  readonly isChecked: boolean;
  readonly orderHint: string;
  readonly lastModifiedBy: string;
  readonly lastModifiedDateTime: string;
}

export interface TaskRecord {
  readonly id: string;
  readonly planId: string;
  readonly bucketId: string | null;
  readonly title: string;
  readonly orderHint: string;
  readonly assigneePriority: string;
  readonly percentComplete: number;
  readonly priority: number;
  readonly startDateTime: string | null;
  readonly dueDateTime: string | null;
  readonly completedDateTime: string | null;
  readonly completedBy: string | null;
  readonly createdDateTime: string;
  readonly createdBy: string;
  readonly assignments: Readonly<Record<string, AssignmentRecord>>;
  readonly version: number;
  readonly details: {
    readonly description: string;
    readonly previewType: string;
    readonly references: Readonly<Record<string, ReferenceRecord>>;
    readonly checklist: Readonly<Record<string, ChecklistRecord>>;
    readonly version: number;
  };
}

export interface BucketRecord {
  readonly id: string;
  readonly planId: string;
  readonly name: string;
  readonly orderHint: string;
  readonly version: number;
}

/** Planner ids are 28 url-safe characters, e.g. "01gzSlKkIUSUl6DF_EilrmQAKDhh". */
export function plannerId(): string {
  return randomBytes(21).toString('base64url').slice(0, 28);
}

/** Opaque weak eTags as Planner sends them (W/"JzEtVGFzayAgQEBA…"); the version makes them change per write. */
export function plannerEtag(kind: string, id: string, version: number): string {
  return `W/"${Buffer.from(`'1-${kind} ${id} ${version}'`).toString('base64')}"`;
}

/** How long a new task stays out of listings and its details answer 404 (README "Planner", read lag). */
export interface ReadLag {
  readonly minMs: number;
  readonly maxMs: number;
}

/** "A moment" after creation: a few hundred ms up to 2 s by default. */
export const DEFAULT_READ_LAG: ReadLag = { minMs: 300, maxMs: 2000 };
export const MAX_READ_LAG_MS = 60_000;

export interface PlannerStoreOptions {
  readonly readLag?: ReadLag;
  /** Monotonic milliseconds; real elapsed time by default, since tests often pin the sandbox's `now`. */
  readonly clock?: () => number;
  readonly random?: () => number;
}

export class PlannerStore {
  readonly tasks = new Map<string, TaskRecord>();
  readonly buckets = new Map<string, BucketRecord>();
  /** When each new task becomes readable through listings and /details (on the store's clock). */
  readonly #readableAt = new Map<string, number>();
  readonly #initialLag: ReadLag;
  readonly #clock: () => number;
  readonly #random: () => number;
  #lag: ReadLag;

  constructor(opts: PlannerStoreOptions = {}) {
    this.#initialLag = checkLag(opts.readLag ?? DEFAULT_READ_LAG);
    this.#lag = this.#initialLag;
    this.#clock = opts.clock ?? (() => performance.now());
    this.#random = opts.random ?? Math.random;
  }

  reset(): void {
    this.tasks.clear();
    this.buckets.clear();
    this.#readableAt.clear();
    this.#lag = this.#initialLag;
  }

  get readLag(): ReadLag {
    return this.#lag;
  }

  /** Applies to tasks created from now on. */
  set readLag(lag: ReadLag) {
    this.#lag = checkLag(lag);
  }

  /** A task was just created: listings and its details lag behind for a moment. */
  created(taskId: string): void {
    const { minMs, maxMs } = this.#lag;
    const ms = minMs + (maxMs - minMs) * this.#random();
    if (ms > 0) this.#readableAt.set(taskId, this.#clock() + ms);
  }

  /** Whether listings and /details show the task yet. */
  isReadable(taskId: string): boolean {
    const at = this.#readableAt.get(taskId);
    if (at === undefined) return true;
    if (at > this.#clock()) return false;
    this.#readableAt.delete(taskId);
    return true;
  }

  tasksOfPlan(planId: string): TaskRecord[] {
    return [...this.tasks.values()].filter((t) => t.planId === planId);
  }

  /** What a listing shows: the plan's tasks minus those created too recently to be replicated. */
  listedTasksOfPlan(planId: string): TaskRecord[] {
    return this.tasksOfPlan(planId).filter((t) => this.isReadable(t.id));
  }

  bucketsOfPlan(planId: string): BucketRecord[] {
    return [...this.buckets.values()].filter((b) => b.planId === planId);
  }
}

function checkLag(lag: ReadLag): ReadLag {
  const ok = (n: number) => Number.isFinite(n) && n >= 0 && n <= MAX_READ_LAG_MS;
  if (!ok(lag.minMs) || !ok(lag.maxMs) || lag.minMs > lag.maxMs)
    throw new RangeError(`A read lag needs 0 <= minMs <= maxMs <= ${MAX_READ_LAG_MS}.`);
  return { minMs: lag.minMs, maxMs: lag.maxMs };
}
