import { ok, type Result } from '../result';
import { stamped } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { ActionError, PlannerBucketRef } from './actionTypes';

/** Remembers the series' bucket so the next recording skips the plan and bucket lookups. */
export function setPlannerBucket(
  doc: SeriesDocument,
  bucket: PlannerBucketRef,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const current = doc.plannerBucket?.value;
  if (current && current.planId === bucket.planId && current.bucketId === bucket.bucketId) return ok(doc);
  return ok({ ...doc, plannerBucket: stamped(bucket, stamp) });
}
