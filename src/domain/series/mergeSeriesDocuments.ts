// The pure, total merge behind "re-read, merge, retry" on a 412 (DESIGN.md "Concurrency").
// Commutative, associative and idempotent (proved by property tests in tests/unit/domain/series), so the
// order in which replicas meet never matters and no accepted write is lost.
import type { ActionRecord } from '../actions/actionTypes';
import { canonicalJson, mergeRecords, pickLww, pickOptionalLww, sortKeys } from './lww';
import type { OccurrenceRecord, Proposal, SeriesDocument } from './seriesDocument';

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
  return {
    ...(voting ? { voting } : {}),
    ...(overrides ? { roleOverrides: overrides } : {}),
    ...(responses ? { responses } : {}),
    ballots: mergeRecords(a.ballots, b.ballots, pickLww),
    status: mergeRecords(a.status, b.status, pickLww),
    decisions: mergeRecords(a.decisions, b.decisions, pickLww),
    ...(run ? { run } : {}),
  };
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
  return {
    id: base.id,
    occurrence: base.occurrence,
    ...(base.topicId !== undefined ? { topicId: base.topicId } : {}),
    createdBy: base.createdBy,
    createdAt: base.createdAt,
    title: pickLww(a.title, b.title),
    ownership: pickLww(a.ownership, b.ownership),
    due: pickLww(a.due, b.due),
    completed: pickLww(a.completed, b.completed),
    ...(planner ? { planner } : {}),
  };
}

export function mergeSeriesDocuments(a: SeriesDocument, b: SeriesDocument): SeriesDocument {
  const settings = pickOptionalLww(a.settings, b.settings);
  const rotationStart = pickOptionalLww(a.rotationStart, b.rotationStart);
  const plannerBucket = pickOptionalLww(a.plannerBucket, b.plannerBucket);
  const plannerLease = pickOptionalLww(a.plannerLease, b.plannerLease);
  return {
    schemaVersion: a.schemaVersion,
    seriesKey: a.seriesKey,
    // The title is informational (the calendar is the source of truth); keep a stable pick.
    title: a.title <= b.title ? a.title : b.title,
    ...(settings ? { settings } : {}),
    proposals: sortKeys(mergeRecords(a.proposals, b.proposals, mergeProposal)),
    occurrences: mergeRecords(a.occurrences, b.occurrences, mergeOccurrence),
    ...(a.optOuts || b.optOuts ? { optOuts: mergeRecords(a.optOuts ?? {}, b.optOuts ?? {}, pickLww) } : {}),
    ...(rotationStart ? { rotationStart } : {}),
    actions: mergeRecords(a.actions, b.actions, mergeAction),
    ...(plannerBucket ? { plannerBucket } : {}),
    ...(plannerLease ? { plannerLease } : {}),
  };
}
