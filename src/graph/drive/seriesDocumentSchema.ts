// The series document as read from the team's drive, parsed at the trust boundary (CONVENTIONS.md §7). Any team
// member (or any other app) can write that file, so nothing in it is trusted until it matches this schema, and then
// until it passes the domain's rules for meaning (validateSeriesDocument).
//
// Entry by entry: one malformed topic, ballot or action is set aside and reported (DESIGN.md "Trust in the file"); it
// must not make the whole agenda unreadable. Only the envelope (schemaVersion, seriesKey, the containers) is required
// whole. Entries are strict objects: an unknown key marks the entry as not written by this version, and it is set
// aside rather than silently stripped (a field the merge does not know would otherwise vanish on our next write).
// A field added to the document must bump SERIES_SCHEMA_VERSION. The type-level checks at the bottom fail
// compilation when src/domain/series/seriesDocument.ts gains a field this schema does not mirror.
import { z } from 'zod';
import type { ActionRecord } from '../../domain/actions/actionTypes';
import type { AgendaOutcome } from '../../domain/agenda/agendaOutcome';
import { occurrenceKey, seriesKey, userId } from '../../domain/ids';
import type { ParsedOccurrence, ParsedSeriesDocument } from '../../domain/series/freezeLegacyOutcomes';
import type { Lww } from '../../domain/series/lww';
import {
  SERIES_SCHEMA_VERSION,
  type ArchiveRecord,
  type HealthRecord,
  type Proposal,
  type RoleRequest,
  type SeriesSettings,
  type VotingEvent,
} from '../../domain/series/seriesDocument';

const userIdSchema = z.string().min(1).max(200).transform(userId);
const occurrenceKeySchema = z.string().min(1).max(40).transform(occurrenceKey);
const timestamp = z.number().finite();
const text = (max: number) => z.string().max(max);

function lwwOf<S extends z.ZodType>(value: S) {
  return z.strictObject({ value, at: timestamp, c: z.number().int().min(0), by: userIdSchema });
}

const topicContent = z.strictObject({
  title: text(1000),
  why: text(10_000),
  outcome: z.enum(['decide', 'discuss', 'inform']),
  estimateMinutes: z.number().finite(),
  withdrawn: z.boolean(),
});

const proposal = z.strictObject({
  id: text(200).min(1),
  author: userIdSchema,
  authorName: text(1000),
  proposedFor: occurrenceKeySchema,
  createdAt: timestamp,
  content: lwwOf(topicContent),
  mergedInto: lwwOf(text(200).nullable()).optional(),
});

const availability = z.enum(['accepted', 'tentative', 'noResponse', 'declined']);

const timedSegment = z.strictObject({
  id: text(200),
  label: text(1000),
  minutes: z.number().finite(),
  startMinute: z.number().finite(),
});

const outcomeTopic = z.strictObject({
  id: text(200),
  title: text(1000),
  outcome: z.enum(['decide', 'discuss', 'inform']),
  estimateMinutes: z.number().finite(),
  author: userIdSchema,
  authorName: text(1000),
  votes: z.number().finite(),
  voters: z.number().finite(),
  deferred: z.number().finite(),
  rank: z.number().finite(),
  tied: z.boolean(),
  mergedFrom: z.array(text(200)).max(1000),
});

const agendaOutcome = z.strictObject({
  closedAt: timestamp,
  closedBy: userIdSchema,
  closedByName: text(1000),
  meetingMinutes: z.number().finite(),
  voterCount: z.number().finite(),
  boulderCount: z.number().finite(),
  ranking: z.array(outcomeTopic).max(5000),
  timeBox: z.strictObject({
    before: z.array(timedSegment).max(100),
    boulders: z.array(timedSegment.extend({ estimateMinutes: z.number().finite() })).max(100),
    after: z.array(timedSegment).max(100),
    availableMinutes: z.number().finite(),
    requestedMinutes: z.number().finite(),
    adjustment: z.enum(['asEstimated', 'scaledDown', 'scaledUp', 'noTimeLeft']),
  }),
});

/** Schema 4 voting, or the 'open'/'closed' of schema 3 that freezeLegacyOutcomes turns into an outcome. */
const votingValue = z.union([
  z.strictObject({ state: z.literal('open') }),
  z.strictObject({ state: z.literal('closed'), outcome: agendaOutcome }),
  z.enum(['open', 'closed']),
]);

const votingEvent = z.strictObject({
  kind: z.enum(['closed', 'reopened']),
  by: userIdSchema,
  byName: text(1000),
  at: timestamp,
  boulders: z.array(text(1000)).max(100),
});

const runState = z.strictObject({
  status: z.enum(['running', 'paused', 'finished']),
  index: z.number().int().min(0),
  itemId: text(200),
  startedAt: timestamp.nullable(),
  elapsedMs: z.number().finite().min(0),
  extendedMs: z.number().finite().min(0).optional(),
});

const ballot = lwwOf(z.record(z.string(), z.number().finite()));
const statusEntry = lwwOf(z.enum(['covered', 'notReached']));
const decisionEntry = lwwOf(z.strictObject({ text: text(10_000), holder: text(1000) }));
const noteVersion = z.strictObject({
  text: text(100_000),
  byName: text(1000),
  at: timestamp,
  c: z.number().int().min(0),
  by: userIdSchema,
});
const itemNotes = z.strictObject({
  versions: z.record(z.string().max(200), noteVersion),
  replaced: z.array(text(200)).max(100_000),
});
const noteWriter = lwwOf(z.strictObject({ name: text(1000) }).nullable());
const roleOverride = lwwOf(
  z.strictObject({
    holder: userIdSchema,
    kind: z.enum(['swap', 'override']),
    as: z.enum(['organizer', 'facilitator']).optional(),
  }),
);
const roleRequest = z.strictObject({
  role: text(200),
  from: userIdSchema,
  fromName: text(1000),
  to: userIdSchema,
  toName: text(1000),
  at: timestamp,
  c: z.number().int().min(0),
  by: userIdSchema,
  answer: lwwOf(z.enum(['accepted', 'declined', 'withdrawn'])).optional(),
});

/** An occurrence's own fields; its keyed entries (ballots, statuses, decisions…) are parsed one by one. */
const occurrenceFields = {
  voting: lwwOf(votingValue).optional(),
  responses: lwwOf(z.record(z.string(), availability)).optional(),
  run: lwwOf(runState).optional(),
  recap: z
    .strictObject({
      lease: lwwOf(
        z.strictObject({
          holder: text(400),
          until: timestamp,
          channel: z.enum(['chat', 'mail']),
          marker: text(400),
          unclear: z.boolean(),
        }),
      ).optional(),
      sent: z
        .record(
          text(400),
          z.strictObject({
            channel: z.enum(['chat', 'mail']),
            messageId: text(400).nullable(),
            by: userIdSchema,
            at: timestamp,
            recipients: z.number().int().min(0).max(10_000),
          }),
        )
        .optional(),
    })
    .optional(),
  keepGoing: z.record(text(200), z.record(text(200), lwwOf(z.enum(['more', 'move'])))).optional(),
};

const settings = z.strictObject({
  budget: z.number().finite(),
  maxPerTopic: z.number().finite(),
  boulderCount: z.number().finite(),
  segments: z
    .array(
      z.strictObject({
        id: text(200),
        label: text(1000),
        minutes: z.number().finite(),
        position: z.enum(['before', 'after']),
      }),
    )
    .max(100),
  roles: z
    .array(z.strictObject({ id: text(200), label: text(1000), served: text(1000) }))
    .max(100)
    .optional(),
});

const actionOwner = z.strictObject({ email: text(1000).min(1), name: text(1000) });

const actionRecord = z.strictObject({
  id: text(200).min(1),
  occurrence: occurrenceKeySchema,
  topicId: text(200).optional(),
  createdBy: userIdSchema,
  createdAt: timestamp,
  title: lwwOf(text(10_000)),
  ownership: lwwOf(z.strictObject({ owner: actionOwner, how: z.enum(['claimed', 'assigned']) })),
  helpers: lwwOf(z.array(actionOwner).max(1000)).optional(),
  keptOffPlanner: lwwOf(z.boolean()).optional(),
  due: lwwOf(text(40).nullable()),
  completed: lwwOf(z.boolean()),
  planner: lwwOf(
    z.strictObject({ taskId: text(400).min(1), bucketId: text(400).min(1), planId: text(400).min(1) }),
  ).optional(),
});

const healthRecord = z.strictObject({
  firstSeen: timestamp,
  lines: z.array(text(2000)).max(100),
});

const archiveRecord = z.strictObject({
  through: occurrenceKeySchema,
  files: z.array(text(400)).max(1000),
  occurrences: z.number().int().min(0),
  proposals: z.number().int().min(0),
  actions: z.number().int().min(0),
});

/** The single-valued fields of the document, each optional; set aside one by one when malformed. */
const documentFields = {
  settings: lwwOf(settings),
  optOuts: z.record(z.string(), lwwOf(z.array(text(200)).max(100))),
  rotationStart: lwwOf(occurrenceKeySchema),
  roleReplans: z.record(
    text(300),
    z.strictObject({
      from: occurrenceKeySchema,
      at: timestamp,
      c: z.number().int().min(0),
      by: userIdSchema,
    }),
  ),
  plannerBucket: lwwOf(z.strictObject({ planId: text(400).min(1), bucketId: text(400).min(1) })),
  plannerPlan: lwwOf(z.strictObject({ planId: text(400).min(1), title: text(400) })),
  plannerLease: lwwOf(z.strictObject({ holder: text(400), until: timestamp })),
  healthSeen: lwwOf(timestamp),
  archive: lwwOf(archiveRecord),
  nudgesSent: z.record(
    text(300),
    z.strictObject({ at: timestamp, c: z.number().int().min(0), by: userIdSchema, token: text(200) }),
  ),
} as const;

/** The envelope: what must be whole for the file to be this series' document at all. */
const seriesEnvelopeSchema = z.looseObject({
  schemaVersion: z.literal(SERIES_SCHEMA_VERSION),
  seriesKey: z.string().min(1).max(2000).transform(seriesKey),
  title: z.string(),
  proposals: z.record(z.string(), z.unknown()),
  occurrences: z.record(z.string(), z.unknown()),
  actions: z.record(z.string(), z.unknown()),
});

/** Just enough to read the version before the full parse, so a newer file is reported as newer, not as corrupt. */
export const schemaVersionProbe = z.looseObject({ schemaVersion: z.number() });

export interface LenientParse {
  readonly doc: ParsedSeriesDocument;
  /** What was set aside because it didn't parse, in words. */
  readonly issues: readonly string[];
}

/**
 * Parses a migrated document entry by entry. Fails (null) only when the envelope itself is not a series document;
 * everything inside that doesn't parse is set aside and listed.
 */
export function parseSeriesDocumentLeniently(json: unknown): LenientParse | z.ZodError {
  const envelope = seriesEnvelopeSchema.safeParse(json);
  if (!envelope.success) return envelope.error;
  const e = envelope.data;
  const issues: string[] = [];
  const setAside = (what: string, n: number) => {
    if (n > 0) issues.push(`${n} ${what} could not be read and ${n === 1 ? 'was' : 'were'} set aside.`);
  };

  const known = new Set([
    'schemaVersion',
    'seriesKey',
    'title',
    'proposals',
    'occurrences',
    'actions',
    'healthLog',
  ]);
  const extras: Record<string, unknown> = {};
  let unknownKeys = 0;
  for (const [k, v] of Object.entries(e)) {
    if (known.has(k)) continue;
    if (k in documentFields) extras[k] = v;
    else unknownKeys += 1;
  }
  setAside('unknown top-level fields', unknownKeys);

  const proposals = entries(e.proposals, proposal);
  setAside(`topic${proposals.bad === 1 ? '' : 's'}`, proposals.bad);
  const actions = entries(e.actions, actionRecord);
  setAside(`action item${actions.bad === 1 ? '' : 's'}`, actions.bad);

  const occurrences: Record<string, ParsedOccurrence> = {};
  let badOccurrenceParts = 0;
  for (const [key, raw] of Object.entries(e.occurrences)) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      badOccurrenceParts += 1;
      continue;
    }
    const o = raw as Record<string, unknown>;
    const rec: {
      -readonly [K in keyof ParsedOccurrence]: ParsedOccurrence[K];
    } = { ballots: {}, status: {}, decisions: {} };
    for (const [field, schema] of Object.entries(occurrenceFields)) {
      if (o[field] === undefined) continue;
      const r = schema.safeParse(o[field]);
      if (r.success) (rec as Record<string, unknown>)[field] = r.data;
      else badOccurrenceParts += 1;
    }
    const ballots = entries(o['ballots'] ?? {}, ballot);
    const status = entries(o['status'] ?? {}, statusEntry);
    const decisions = entries(o['decisions'] ?? {}, decisionEntry);
    const overrides =
      o['roleOverrides'] === undefined ? undefined : entries(o['roleOverrides'], roleOverride);
    const requests = o['roleRequests'] === undefined ? undefined : entries(o['roleRequests'], roleRequest);
    const log = o['votingLog'] === undefined ? undefined : entries(o['votingLog'], votingEvent);
    const notes = o['notes'] === undefined ? undefined : entries(o['notes'], itemNotes);
    const writers = o['noteWriters'] === undefined ? undefined : entries(o['noteWriters'], noteWriter);
    badOccurrenceParts += ballots.bad + status.bad + decisions.bad + (overrides?.bad ?? 0) + (log?.bad ?? 0);
    badOccurrenceParts += (notes?.bad ?? 0) + (writers?.bad ?? 0) + (requests?.bad ?? 0);
    if (requests) rec.roleRequests = requests.ok;
    if (notes) rec.notes = notes.ok;
    if (writers) rec.noteWriters = writers.ok;
    rec.ballots = ballots.ok;
    rec.status = status.ok;
    rec.decisions = decisions.ok;
    if (overrides) rec.roleOverrides = overrides.ok;
    if (log) rec.votingLog = log.ok;
    const unknown = Object.keys(o).filter(
      (k) =>
        !(k in occurrenceFields) &&
        ![
          'ballots',
          'status',
          'decisions',
          'roleOverrides',
          'roleRequests',
          'votingLog',
          'notes',
          'noteWriters',
        ].includes(k),
    );
    badOccurrenceParts += unknown.length;
    occurrences[key] = rec;
  }
  setAside('parts of meeting records (ballots, statuses, decisions, roles, runs, notes)', badOccurrenceParts);

  const doc: Record<string, unknown> = {
    schemaVersion: SERIES_SCHEMA_VERSION,
    seriesKey: e.seriesKey,
    title: e.title.slice(0, 2000),
    proposals: proposals.ok,
    occurrences,
    actions: actions.ok,
  };
  for (const [field, schema] of Object.entries(documentFields)) {
    if (extras[field] === undefined) continue;
    const r = schema.safeParse(extras[field]);
    if (r.success) doc[field] = r.data;
    else setAside(`the field “${field}”`, 1);
  }
  if (e['healthLog'] !== undefined) {
    const h = entries(e['healthLog'], healthRecord);
    doc['healthLog'] = h.ok;
  }
  return { doc: doc as unknown as ParsedSeriesDocument, issues };
}

function entries<S extends z.ZodType>(
  raw: unknown,
  schema: S,
): { ok: Record<string, z.output<S>>; bad: number } {
  const ok: Record<string, z.output<S>> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok, bad: 1 };
  let bad = 0;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const r = schema.safeParse(v);
    if (r.success) ok[k] = r.data;
    else bad += 1;
  }
  return { ok, bad };
}

// Compile-time drift checks: each parsed shape is assignable to its domain type, and has exactly its keys.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const keyChecks: [
  SameKeys<z.output<typeof proposal>, Proposal>,
  SameKeys<z.output<typeof settings>, SeriesSettings>,
  SameKeys<z.output<typeof actionRecord>, ActionRecord>,
  SameKeys<z.output<typeof agendaOutcome>, AgendaOutcome>,
  SameKeys<z.output<typeof votingEvent>, VotingEvent>,
  SameKeys<z.output<typeof healthRecord>, HealthRecord>,
  SameKeys<z.output<typeof archiveRecord>, ArchiveRecord>,
  SameKeys<z.output<typeof roleRequest>, RoleRequest>,
  SameKeys<z.output<ReturnType<typeof lwwOf<z.ZodNumber>>>, Lww<number>>,
  SameKeys<
    typeof occurrenceFields & {
      ballots: 1;
      status: 1;
      decisions: 1;
      roleOverrides: 1;
      roleRequests: 1;
      votingLog: 1;
      notes: 1;
      noteWriters: 1;
    },
    ParsedOccurrence
  >,
] = [true, true, true, true, true, true, true, true, true, true];
const assignable: [
  (p: z.output<typeof proposal>) => Proposal,
  (a: z.output<typeof actionRecord>) => ActionRecord,
  (o: z.output<typeof agendaOutcome>) => AgendaOutcome,
  (r: z.output<typeof roleRequest>) => RoleRequest,
] = [(p) => p, (a) => a, (o) => o, (r) => r];
void keyChecks;
void assignable;
