// The pure, total merge behind "re-read, merge, retry" on a 412 (DESIGN.md "Concurrency").
// Commutative, associative and idempotent (property tests in tests/unit/domain/series), so the order in which
// replicas meet never matters. Registers resolve by their causal stamps, so a write only ever loses to one that saw
// it; logs (voting, health) are grow-only and merge by union.
//
// Removal (the archive moving old records out) is not a merge: it is an intent applied to the newest version, and
// every write is applied to the newest version (If-Match), so no older replica is ever merged back in.
import type { ActionRecord } from '../actions/actionTypes';
import { mergeItemNotes } from '../notes/mergeItemNotes';
import { mergeRoleRequest } from '../roles/mergeRoleRequest';
import { canonicalJson, mergeRecords, pickLww, pickOptionalLww } from './lww';
import type {
  HealthRecord,
  OccurrenceRecord,
  Proposal,
  RecapSent,
  RecapState,
  RoleReplan,
  SeriesDocument,
  VotingEvent,
} from './seriesDocument';
import type { NudgeMark } from '../nudges/nudgeTypes';
import type { KeepGoingVotes } from '../run/keepGoingTally';
import { compareStamps } from './stamp';

function mergeProposal(a: Proposal, b: Proposal): Proposal {
  // Identity fields are written once at creation; if two replicas disagree (a bug or a forged id), the
  // earlier creation wins deterministically so the merge stays total.
  const base = a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.author <= b.author) ? a : b;
  const mergedInto = pickOptionalLww(a.mergedInto, b.mergedInto);
  return {
    id: base.id,
    author: base.author,
    authorName: base.authorName,
    proposedFor: base.proposedFor,
    createdAt: base.createdAt,
    content: pickLww(a.content, b.content),
    ...(mergedInto ? { mergedInto } : {}),
  };
}

function mergeOccurrence(a: OccurrenceRecord, b: OccurrenceRecord): OccurrenceRecord {
  const voting = pickOptionalLww(a.voting, b.voting);
  const responses = pickOptionalLww(a.responses, b.responses);
  const run = pickOptionalLww(a.run, b.run);
  const overrides =
    a.roleOverrides || b.roleOverrides
      ? mergeRecords(a.roleOverrides ?? {}, b.roleOverrides ?? {}, pickLww)
      : undefined;
  const requests =
    a.roleRequests || b.roleRequests
      ? mergeRecords(a.roleRequests ?? {}, b.roleRequests ?? {}, mergeRoleRequest)
      : undefined;
  const votingLog =
    a.votingLog || b.votingLog
      ? mergeRecords(a.votingLog ?? {}, b.votingLog ?? {}, pickCanonical)
      : undefined;
  return {
    ...(voting ? { voting } : {}),
    ...(votingLog ? { votingLog } : {}),
    ...(overrides ? { roleOverrides: overrides } : {}),
    ...(requests ? { roleRequests: requests } : {}),
    ...(responses ? { responses } : {}),
    ballots: mergeRecords(a.ballots, b.ballots, pickLww),
    status: mergeRecords(a.status, b.status, pickLww),
    decisions: mergeRecords(a.decisions, b.decisions, pickLww),
    ...(run ? { run } : {}),
    ...(a.notes || b.notes ? { notes: mergeRecords(a.notes ?? {}, b.notes ?? {}, mergeItemNotes) } : {}),
    ...(a.noteWriters || b.noteWriters
      ? { noteWriters: mergeRecords(a.noteWriters ?? {}, b.noteWriters ?? {}, pickLww) }
      : {}),
    ...(a.recap || b.recap ? { recap: mergeRecap(a.recap ?? {}, b.recap ?? {}) } : {}),
    ...(a.keepGoing || b.keepGoing
      ? { keepGoing: mergeKeepGoing(a.keepGoing ?? {}, b.keepGoing ?? {}) }
      : {}),
  };
}

/** The lease is a register; what was sent is grow-only (a send is a fact; keys are channel and message id). */
function mergeRecap(a: RecapState, b: RecapState): RecapState {
  const lease = pickOptionalLww(a.lease, b.lease);
  const sent = a.sent || b.sent ? mergeRecords(a.sent ?? {}, b.sent ?? {}, pickCanonical) : undefined;
  return { ...(lease ? { lease } : {}), ...(sent ? { sent } : {}) };
}

/** Each voter's own register per item: LWW per voter, items and voters by union. */
const mergeKeepGoing = (a: KeepGoingVotes, b: KeepGoingVotes): KeepGoingVotes =>
  mergeRecords(a, b, (x, y) => mergeRecords(x, y, pickLww));

/** Two claims on one nudge key (only a tampered file or a bug makes them differ): the first claim wins, totally. */
function mergeNudgeMark(a: NudgeMark, b: NudgeMark): NudgeMark {
  const byStamp = compareStamps(a, b);
  if (byStamp !== 0) return byStamp < 0 ? a : b;
  return canonicalJson(a) <= canonicalJson(b) ? a : b;
}

/**
 * Two entries under one log key are the same event (the key is the writer's stamp), so they can only differ if the
 * file was tampered with; pick one by its canonical JSON so the merge stays total.
 */
function pickCanonical<T extends VotingEvent | RecapSent | RoleReplan>(a: T, b: T): T {
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja >= jb ? a : b;
}

/** The same damage found by two readers: keep the first sighting. */
function mergeHealth(a: HealthRecord, b: HealthRecord): HealthRecord {
  if (a.firstSeen !== b.firstSeen) return a.firstSeen < b.firstSeen ? a : b;
  return canonicalJson(a) <= canonicalJson(b) ? a : b;
}

function compareActionIdentity(a: ActionRecord, b: ActionRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.createdBy !== b.createdBy) return a.createdBy < b.createdBy ? -1 : 1;
  const ia = canonicalJson([a.occurrence, a.topicId ?? null]);
  const ib = canonicalJson([b.occurrence, b.topicId ?? null]);
  return ia === ib ? 0 : ia < ib ? -1 : 1;
}

function mergeAction(a: ActionRecord, b: ActionRecord): ActionRecord {
  // Same rule as proposals: identity fields are written once, the earlier creation wins if replicas disagree; the
  // identity itself breaks a full tie, so the pick never depends on argument order.
  const base = compareActionIdentity(a, b) <= 0 ? a : b;
  const planner = pickOptionalLww(a.planner, b.planner);
  const helpers = pickOptionalLww(a.helpers, b.helpers);
  const keptOffPlanner = pickOptionalLww(a.keptOffPlanner, b.keptOffPlanner);
  return {
    id: base.id,
    occurrence: base.occurrence,
    ...(base.topicId !== undefined ? { topicId: base.topicId } : {}),
    createdBy: base.createdBy,
    createdAt: base.createdAt,
    title: pickLww(a.title, b.title),
    ownership: pickLww(a.ownership, b.ownership),
    ...(helpers ? { helpers } : {}),
    ...(keptOffPlanner ? { keptOffPlanner } : {}),
    due: pickLww(a.due, b.due),
    completed: pickLww(a.completed, b.completed),
    ...(planner ? { planner } : {}),
  };
}

export function mergeSeriesDocuments(a: SeriesDocument, b: SeriesDocument): SeriesDocument {
  const settings = pickOptionalLww(a.settings, b.settings);
  const rotationStart = pickOptionalLww(a.rotationStart, b.rotationStart);
  const plannerBucket = pickOptionalLww(a.plannerBucket, b.plannerBucket);
  const plannerPlan = pickOptionalLww(a.plannerPlan, b.plannerPlan);
  const plannerLease = pickOptionalLww(a.plannerLease, b.plannerLease);
  const healthSeen = pickOptionalLww(a.healthSeen, b.healthSeen);
  const archive = pickOptionalLww(a.archive, b.archive);
  return {
    schemaVersion: a.schemaVersion,
    seriesKey: a.seriesKey,
    // The title is informational (the calendar is the source of truth); keep a stable pick.
    title: a.title <= b.title ? a.title : b.title,
    ...(settings ? { settings } : {}),
    proposals: mergeRecords(a.proposals, b.proposals, mergeProposal),
    occurrences: mergeRecords(a.occurrences, b.occurrences, mergeOccurrence),
    ...(a.optOuts || b.optOuts ? { optOuts: mergeRecords(a.optOuts ?? {}, b.optOuts ?? {}, pickLww) } : {}),
    ...(rotationStart ? { rotationStart } : {}),
    ...(a.roleReplans || b.roleReplans
      ? { roleReplans: mergeRecords(a.roleReplans ?? {}, b.roleReplans ?? {}, pickCanonical) }
      : {}),
    actions: mergeRecords(a.actions, b.actions, mergeAction),
    ...(plannerBucket ? { plannerBucket } : {}),
    ...(plannerPlan ? { plannerPlan } : {}),
    ...(plannerLease ? { plannerLease } : {}),
    ...(a.healthLog || b.healthLog
      ? { healthLog: mergeRecords(a.healthLog ?? {}, b.healthLog ?? {}, mergeHealth) }
      : {}),
    ...(healthSeen ? { healthSeen } : {}),
    ...(archive ? { archive } : {}),
    ...(a.nudgesSent || b.nudgesSent
      ? { nudgesSent: mergeRecords(a.nudgesSent ?? {}, b.nudgesSent ?? {}, mergeNudgeMark) }
      : {}),
  };
}
