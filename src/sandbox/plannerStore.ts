// Planner state: buckets, tasks and task details of the groups' plans (GD resources/planner-overview.md).
// Every resource carries an opaque @odata.etag that changes on every write (planner-overview.md "Versioning").
import { randomBytes } from 'node:crypto';

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

export class PlannerStore {
  readonly tasks = new Map<string, TaskRecord>();
  readonly buckets = new Map<string, BucketRecord>();

  reset(): void {
    this.tasks.clear();
    this.buckets.clear();
  }

  tasksOfPlan(planId: string): TaskRecord[] {
    return [...this.tasks.values()].filter((t) => t.planId === planId);
  }

  bucketsOfPlan(planId: string): BucketRecord[] {
    return [...this.buckets.values()].filter((b) => b.planId === planId);
  }
}
