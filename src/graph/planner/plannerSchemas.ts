// The Planner fields we rely on, parsed at the trust boundary (CONVENTIONS.md §7). Loose objects: Planner sends many
// more properties (planner-overview.md), and we must not fail on ones we ignore.
import { z } from 'zod';

export const planSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string().nullish(),
  createdDateTime: z.string().nullish(),
});

export const bucketSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  planId: z.string().min(1),
});

export const taskSchema = z.looseObject({
  '@odata.etag': z.string().min(1),
  id: z.string().min(1),
  planId: z.string().min(1),
  bucketId: z.string().nullish(),
  title: z.string(),
  percentComplete: z.number().int(),
  dueDateTime: z.string().nullish(),
  assignments: z.record(z.string(), z.unknown()).nullish(),
});

export const taskDetailsSchema = z.looseObject({
  '@odata.etag': z.string().min(1),
  id: z.string().min(1),
  description: z.string().nullish(),
  references: z.record(z.string(), z.unknown()).nullish(),
});

export type WireTask = z.output<typeof taskSchema>;
export type WireTaskDetails = z.output<typeof taskDetailsSchema>;
