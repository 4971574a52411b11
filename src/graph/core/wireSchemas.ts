// Envelopes Graph wraps around payloads, parsed at the trust boundary (CONVENTIONS.md §7).
import { z } from 'zod';

/** A collection page (concepts/paging.md). Items are parsed by the feature module that knows their shape. */
export const pageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().nullish(),
});

/** A JSON batch answer (concepts/json-batching.md); responses may come back in any order. */
export const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.string()).nullish(),
      // A 204 inside a batch (e.g. a Planner details PATCH without Prefer) comes back with no body at all.
      body: z.unknown().optional(),
    }),
  ),
});
