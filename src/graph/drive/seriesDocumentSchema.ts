// The series document as read from the team's drive, parsed at the trust boundary (CONVENTIONS.md §7). Any team
// member (or any other app) can write that file, so nothing in it is trusted until it matches this schema.
//
// Why strict objects (unknown keys are an error, not silently dropped): the merge rebuilds the document from the
// fields it knows, so a field this version does not know would be lost on our next write. A field added to the
// document must therefore bump SERIES_SCHEMA_VERSION; until then an unknown key marks the file as not ours to
// rewrite (CorruptDocument), which is the safe side of "no accepted write is ever lost" (DESIGN.md "Concurrency").
// The type-level checks at the bottom fail compilation when src/domain/series/seriesDocument.ts gains a field this
// schema does not mirror.
import { z } from 'zod';
import { occurrenceKey, seriesKey, userId } from '../../domain/ids';
import type { Lww } from '../../domain/series/lww';
import {
  SERIES_SCHEMA_VERSION,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
  type SeriesSettings,
} from '../../domain/series/seriesDocument';
import type { ActionRecord } from '../../domain/actions/actionTypes';

const userIdSchema = z.string().min(1).transform(userId);
const occurrenceKeySchema = z.string().min(1).transform(occurrenceKey);
const timestamp = z.number().finite();

function lwwOf<S extends z.ZodType>(value: S) {
  return z.strictObject({ value, at: timestamp, by: userIdSchema });
}

const topicContent = z.strictObject({
  title: z.string(),
  why: z.string(),
  outcome: z.enum(['decide', 'discuss', 'inform']),
  estimateMinutes: z.number().finite(),
  withdrawn: z.boolean(),
});

const proposal = z.strictObject({
  id: z.string().min(1),
  author: userIdSchema,
  authorName: z.string(),
  proposedFor: occurrenceKeySchema,
  createdAt: timestamp,
  content: lwwOf(topicContent),
  mergedInto: lwwOf(z.string().nullable()).optional(),
});

const availability = z.enum(['accepted', 'tentative', 'noResponse', 'declined']);

const occurrence = z.strictObject({
  voting: lwwOf(z.enum(['open', 'closed'])).optional(),
  roleOverrides: z
    .record(z.string(), lwwOf(z.strictObject({ holder: userIdSchema, kind: z.enum(['swap', 'override']) })))
    .optional(),
  responses: lwwOf(z.record(z.string(), availability)).optional(),
  ballots: z.record(z.string(), lwwOf(z.record(z.string(), z.number().finite()))),
  status: z.record(z.string(), lwwOf(z.enum(['covered', 'notReached']))),
  decisions: z.record(z.string(), lwwOf(z.strictObject({ text: z.string(), holder: z.string() }))),
  run: lwwOf(
    z.strictObject({
      status: z.enum(['running', 'paused', 'finished']),
      index: z.number().int().min(0),
      itemId: z.string(),
      startedAt: timestamp.nullable(),
      elapsedMs: z.number().finite().min(0),
    }),
  ).optional(),
});

const settings = z.strictObject({
  budget: z.number().finite(),
  maxPerTopic: z.number().finite(),
  boulderCount: z.number().finite(),
  segments: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      minutes: z.number().finite(),
      position: z.enum(['before', 'after']),
    }),
  ),
  roles: z.array(z.strictObject({ id: z.string(), label: z.string(), served: z.string() })).optional(),
});

const actionOwner = z.strictObject({ email: z.string().min(1), name: z.string() });

const actionRecord = z.strictObject({
  id: z.string().min(1),
  occurrence: occurrenceKeySchema,
  topicId: z.string().optional(),
  createdBy: userIdSchema,
  createdAt: timestamp,
  title: lwwOf(z.string()),
  ownership: lwwOf(z.strictObject({ owners: z.array(actionOwner), how: z.enum(['claimed', 'assigned']) })),
  due: lwwOf(z.string().nullable()),
  completed: lwwOf(z.boolean()),
  planner: lwwOf(
    z.strictObject({ taskId: z.string().min(1), bucketId: z.string().min(1), planId: z.string().min(1) }),
  ).optional(),
});

export const seriesDocumentSchema = z.strictObject({
  schemaVersion: z.literal(SERIES_SCHEMA_VERSION),
  seriesKey: z.string().min(1).transform(seriesKey),
  title: z.string(),
  settings: lwwOf(settings).optional(),
  proposals: z.record(z.string(), proposal),
  occurrences: z.record(z.string(), occurrence),
  optOuts: z.record(z.string(), lwwOf(z.array(z.string()))).optional(),
  rotationStart: lwwOf(occurrenceKeySchema).optional(),
  actions: z.record(z.string(), actionRecord),
  plannerBucket: lwwOf(z.strictObject({ planId: z.string().min(1), bucketId: z.string().min(1) })).optional(),
  plannerLease: lwwOf(z.strictObject({ holder: z.string(), until: timestamp })).optional(),
});

/** Just enough to read the version before the full parse, so a newer file is reported as newer, not as corrupt. */
export const schemaVersionProbe = z.looseObject({ schemaVersion: z.number() });

// Compile-time drift checks: the parsed shape is assignable to the domain type, and has exactly its keys.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Parsed = z.output<typeof seriesDocumentSchema>;
type ParsedOccurrence = z.output<typeof occurrence>;
type ParsedProposal = z.output<typeof proposal>;
type ParsedSettings = z.output<typeof settings>;
type ParsedAction = z.output<typeof actionRecord>;
const assignable = (doc: Parsed): SeriesDocument => doc;
const keyChecks: [
  SameKeys<Parsed, SeriesDocument>,
  SameKeys<ParsedOccurrence, OccurrenceRecord>,
  SameKeys<ParsedProposal, Proposal>,
  SameKeys<ParsedSettings, SeriesSettings>,
  SameKeys<ParsedAction, ActionRecord>,
  SameKeys<z.output<ReturnType<typeof lwwOf<z.ZodNumber>>>, Lww<number>>,
] = [true, true, true, true, true, true];
void assignable;
void keyChecks;
