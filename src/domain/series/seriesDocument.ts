// The shared series document: one JSON file per meeting series in the linked team's drive (DESIGN.md).
//
// Shape rule: every field is either owned by one user (their proposals, their ballot), a last-writer-wins register
// with a causal stamp (lww.ts, stamp.ts), or a grow-only log keyed by the stamp of the write that added the entry.
// That is what makes `mergeSeriesDocuments` a pure, total, conflict-free function: two users never write the same
// owned field, shared fields resolve by a total causal order, and logs only ever gain entries.
import type { AgendaOutcome } from '../agenda/agendaOutcome';
import type { OccurrenceKey, SeriesKey, UserId } from '../ids';
import type { ActionRecord, PlannerBucketRef, PlannerLease, PlannerPlanRef } from '../actions/actionTypes';
import type { Availability } from '../roles/roleTypes';
import type { RunState } from '../run/runState';
import type { KeepGoingVotes } from '../run/keepGoingTally';
import type { NudgeMark } from '../nudges/nudgeTypes';
import type { Lww } from './lww';
import type { Stamp } from './stamp';
import type { ItemNotes, NoteWriter } from '../notes/notesTypes';

// 2: action items, the series' Planner bucket and the Planner recording lease (migrateSeriesDocument.ts).
// 3: the running agenda per occurrence (OccurrenceRecord.run).
// 4: hybrid-logical-clock stamps (`c` on every register), the frozen outcome of a closed vote and the voting log,
//    the document's health log, and the archive record.
// 5: notes per agenda item and the people invited to write them (OccurrenceRecord.notes, noteWriters), and
//    the recap per occurrence (OccurrenceRecord.recap), Lean Coffee's keep-going votes (OccurrenceRecord.keepGoing)
//    and the claimed activity-feed nudges (SeriesDocument.nudgesSent).
// 6: one accountable owner per action item (issue #16): ownership holds `owner` instead of `owners`, the others became
//    `helpers` (a register of their own), and the per-item choice to keep an item off Planner (`keptOffPlanner`).
//    Also requests to take someone's turn (OccurrenceRecord.roleRequests), who an override was made as
//    (RoleOverrideValue.as), and the organizer's re-plans of the rotation (SeriesDocument.roleReplans).
export const SERIES_SCHEMA_VERSION = 6;

export type OutcomeKind = 'decide' | 'discuss' | 'inform';

/** The author-owned content of a topic. Only the author writes it (and withdraws it). */
export interface TopicContent {
  readonly title: string;
  /** "Why it matters / what happens if we don't address this together." */
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly estimateMinutes: number;
  readonly withdrawn: boolean;
}

export interface Proposal {
  readonly id: string;
  readonly author: UserId;
  readonly authorName: string;
  /** The occurrence it was first proposed for; it carries over from there until covered. */
  readonly proposedFor: OccurrenceKey;
  readonly createdAt: number;
  readonly content: Lww<TopicContent>;
  /** Set by the facilitator or organizer when this topic duplicates another one. */
  readonly mergedInto?: Lww<string | null>;
}

/** One user's dots for one occurrence: owned by that user, replaced whole. */
export type Ballot = Lww<Readonly<Record<string, number>>>;

export type VotingState = 'open' | 'closed';

/**
 * Voting on one occurrence. Closing it freezes the outcome (DESIGN.md "History is frozen"): the ranking with its
 * tallies, the boulders with their time boxes and the parking lot, exactly as they stood. Nothing done later (merges,
 * carry-over, edits, withdrawals) rewrites it; only an explicit, logged reopen replaces it.
 */
export type VotingRecord =
  { readonly state: 'open' } | { readonly state: 'closed'; readonly outcome: AgendaOutcome };

/** One entry of an occurrence's voting log: who closed or reopened voting, and when. */
export interface VotingEvent {
  readonly kind: 'closed' | 'reopened';
  readonly by: UserId;
  readonly byName: string;
  /** Epoch ms of the writer's stamp. */
  readonly at: number;
  /** The boulders' titles as they stood when it was closed, or as they stood before the reopen. */
  readonly boulders: readonly string[];
}
export type TopicStatus = 'covered' | 'notReached';

export interface Decision {
  readonly text: string;
  /** Who holds the decision: makes the limits of decision power explicit. */
  readonly holder: string;
}

/**
 * An override by the organizer or facilitator (or, before schema 6, a swap taken without asking, or a role nobody
 * could be picked for, taken by a volunteer); who and when are in the Lww.
 */
export interface RoleOverrideValue {
  readonly holder: UserId;
  readonly kind: 'swap' | 'override';
  /** The capacity an override was made in, for the record ("organizer override"); absent before schema 6. */
  readonly as?: 'organizer' | 'facilitator';
}

/** How a request to take someone's turn ended: the holder's answer, or the requester's withdrawal. */
export type RoleRequestAnswer = 'accepted' | 'declined' | 'withdrawn';

/**
 * "Can I take this turn?" (issue #16 "Roles by consent"): nothing changes until the holder accepts. The identity
 * fields are written once, by the requester; `answer` is written once, by the holder (accept, decline) or the
 * requester (withdraw), each only while the request is pending. The stamp fields are the request's creation.
 */
export interface RoleRequest extends Stamp {
  readonly role: string;
  readonly from: UserId;
  readonly fromName: string;
  /** Who held the role when it was asked: the only person who may answer. */
  readonly to: UserId;
  readonly toName: string;
  readonly answer?: Lww<RoleRequestAnswer>;
}

/**
 * The organizer's "Re-plan the rest of the series": from `from` on, the rotation counts the swaps and overrides
 * recorded before this re-plan (its stamp) as the turns they were. Without one, a change to one meeting changes no
 * other meeting.
 */
export interface RoleReplan extends Stamp {
  readonly from: OccurrenceKey;
}

export interface OccurrenceRecord {
  readonly voting?: Lww<VotingRecord>;
  /** Grow-only, keyed by the stamp of the write (stampKey): every close and reopen, never rewritten. */
  readonly votingLog?: Readonly<Record<string, VotingEvent>>;
  /** Keyed by role id. Absent: the computed rotation stands. */
  readonly roleOverrides?: Readonly<Record<string, Lww<RoleOverrideValue>>>;
  /** Requests to take a role in this meeting, keyed by their client-made id (so a retried request is recognised). */
  readonly roleRequests?: Readonly<Record<string, RoleRequest>>;
  /**
   * The organizer's snapshot of everyone's response to this occurrence, keyed by user id. Attendee copies of an
   * event don't carry other attendees' responses (only the organizer's item does), so without it each viewer
   * would rotate on different inputs; everyone reads this instead. Written by the organizer's client.
   */
  readonly responses?: Lww<Readonly<Record<string, Availability>>>;
  readonly ballots: Readonly<Record<string, Ballot>>;
  /** Explicit outcomes; a boulder of a closed, past occurrence with no status counts as covered. */
  readonly status: Readonly<Record<string, Lww<TopicStatus>>>;
  readonly decisions: Readonly<Record<string, Lww<Decision>>>;
  /** The running agenda during the meeting, written by the timekeeper (domain/run). */
  readonly run?: Lww<RunState>;
  /** Notes per agenda item id, each a multi-value register (domain/notes); keyed by segment or topic id. */
  readonly notes?: Readonly<Record<string, ItemNotes>>;
  /** People the note-taker invited to write notes, by user id; null: invitation withdrawn. */
  readonly noteWriters?: Readonly<Record<string, Lww<NoteWriter | null>>>;
  /** The recap sent after the meeting (domain/recap): the sender's lease and the grow-only record of sends. */
  readonly recap?: RecapState;
  /** Lean Coffee's "keep going?" votes: per run item, per voter (domain/run/keepGoing). */
  readonly keepGoing?: KeepGoingVotes;
}

// Recap (domain/recap/recapLease.ts). The lease is written before sending (intent first), so a double click or a
// second sender waits; `sent` is grow-only, keyed by channel and message id, so an acknowledged send is never lost.
export type RecapChannel = 'chat' | 'mail';
export interface RecapLease {
  /** A per-attempt token (like the Planner lease): a double click by one user must not share it. */
  readonly holder: string;
  /** Epoch ms; 0 once released. */
  readonly until: number;
  readonly channel: RecapChannel;
  /** The text the recap carries so that a listing of the chat finds it (recapMarker). */
  readonly marker: string;
  /** An earlier attempt ended without knowing whether its message went out: look for the marker before sending. */
  readonly unclear: boolean;
}
export interface RecapSent {
  readonly channel: RecapChannel;
  /** The chat message's id; null for e-mail (sendMail answers 202 with no id). */
  readonly messageId: string | null;
  readonly by: UserId;
  /** Epoch ms of the writer's stamp. */
  readonly at: number;
  /** How many people an e-mail went to; 0 for a chat message. */
  readonly recipients: number;
}
export interface RecapState {
  readonly lease?: Lww<RecapLease>;
  readonly sent?: Readonly<Record<string, RecapSent>>;
}

export interface Segment {
  readonly id: string;
  readonly label: string;
  readonly minutes: number;
  /** Before the boulders (check-in, review) or after them (wrap-up). */
  readonly position: 'before' | 'after';
}

export interface CustomRole {
  readonly id: string;
  readonly label: string;
  /** Past tense for explanations, e.g. "challenged". */
  readonly served: string;
}

export interface SeriesSettings {
  /** Dots each attendee may spend per occurrence. */
  readonly budget: number;
  /** At most this many dots on one topic. */
  readonly maxPerTopic: number;
  /** How many topics make the cut ("boulders"). */
  readonly boulderCount: number;
  /** Fixed segments before/after the boulders, e.g. check-in, review of last actions, wrap-up. */
  readonly segments: readonly Segment[];
  /** Roles rotated in this series, in pick order; absent = facilitator, timekeeper, note-taker. */
  readonly roles?: readonly CustomRole[];
}

export const DEFAULT_SETTINGS: SeriesSettings = {
  budget: 3,
  maxPerTopic: 2,
  boulderCount: 3,
  // i18n-ignore: stored English defaults, read in each person's language by id (app/viewState/segmentLabel.ts)
  segments: [
    // i18n-ignore: stored English default
    { id: 'check-in', label: 'Check-in', minutes: 5, position: 'before' },
    // i18n-ignore: stored English default
    { id: 'review', label: 'Review of last actions', minutes: 5, position: 'before' },
    // i18n-ignore: stored English default
    { id: 'wrap-up', label: 'Wrap-up', minutes: 5, position: 'after' },
  ],
};

export interface SeriesDocument {
  readonly schemaVersion: typeof SERIES_SCHEMA_VERSION;
  readonly seriesKey: SeriesKey;
  readonly title: string;
  readonly settings?: Lww<SeriesSettings>;
  readonly proposals: Readonly<Record<string, Proposal>>;
  readonly occurrences: Readonly<Record<string, OccurrenceRecord>>;
  /** Role ids each person opted out of, keyed by user id (set by that person or the organizer). */
  readonly optOuts?: Readonly<Record<string, Lww<readonly string[]>>>;
  /** The first occurrence the role rotation counts from; set once by the organizer. */
  readonly rotationStart?: Lww<OccurrenceKey>;
  /** The organizer's re-plans of the rotation; grow-only, keyed by the stamp of the write (stampKey). */
  readonly roleReplans?: Readonly<Record<string, RoleReplan>>;
  /** Action items keyed by their client-generated id (the Planner idempotency key). */
  readonly actions: Readonly<Record<string, ActionRecord>>;
  /** The team plan's bucket for this series, found or created on the first recording. */
  readonly plannerBucket?: Lww<PlannerBucketRef>;
  /**
   * The plan the organizer chose for recordings (choosePlannerPlan). Without it the team's oldest plan is used; a
   * remembered bucket in another plan is not reused, so the next recording finds or makes the bucket in this one.
   */
  readonly plannerPlan?: Lww<PlannerPlanRef>;
  readonly plannerLease?: Lww<PlannerLease>;
  /**
   * What readers found wrong with the file and set aside (validateSeriesDocument), keyed by a hash of the lines so
   * that every reader who finds the same damage adds the same entry. Grow-only; the newest few are kept.
   */
  readonly healthLog?: Readonly<Record<string, HealthRecord>>;
  /** The organizer dismissed the health notices found up to this time. */
  readonly healthSeen?: Lww<number>;
  /** Closed occurrences moved to the series' archive file(s), and what went with them. */
  readonly archive?: Lww<ArchiveRecord>;
  /** Activity-feed nudges claimed before sending, by key (domain/nudges/markNudges): grow-only, first claim wins. */
  readonly nudgesSent?: Readonly<Record<string, NudgeMark>>;
}

export interface HealthRecord {
  /** Epoch ms when a reader first found it. */
  readonly firstSeen: number;
  /** One per finding: its code and values as canonical JSON (healthIssue.ts), or a sentence an older version wrote. */
  readonly lines: readonly string[];
}

export interface ArchiveRecord {
  /** Every occurrence up to and including this key lives in the archive; intents for them are refused. */
  readonly through: OccurrenceKey;
  /** The archive files' names in the same folder, oldest first. */
  readonly files: readonly string[];
  readonly occurrences: number;
  readonly proposals: number;
  readonly actions: number;
}

export function emptySeriesDocument(seriesKey: SeriesKey, title: string): SeriesDocument {
  return {
    schemaVersion: SERIES_SCHEMA_VERSION,
    seriesKey,
    title,
    proposals: {},
    occurrences: {},
    actions: {},
  };
}

export const emptyOccurrence: OccurrenceRecord = { ballots: {}, status: {}, decisions: {} };

export function settingsOf(doc: SeriesDocument): SeriesSettings {
  return doc.settings?.value ?? DEFAULT_SETTINGS;
}

export function occurrenceOf(doc: SeriesDocument, occ: OccurrenceKey): OccurrenceRecord {
  return doc.occurrences[occ] ?? emptyOccurrence;
}
