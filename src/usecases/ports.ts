// Ports are named for capabilities (CONVENTIONS.md §2). Adapters export createX(): Port factories,
// so Graph SDK and Graph wire types never leak past src/graph.
import type { EventId, GroupId, SeriesKey, UserId } from '../domain/ids';
import type { SeriesDocument } from '../domain/series/seriesDocument';
import type { DirectoryUser, Meeting, Team } from '../domain/meetings/meeting';
import type { Problem } from '../domain/problem';
import type { Result } from '../domain/result';

export type FailureKind =
  | 'unauthorized'
  | 'consentRequired'
  | 'forbidden'
  | 'notFound'
  | 'preconditionFailed'
  | 'throttled'
  | 'unavailable'
  | 'network'
  /** No complete answer in time (graph/core's per-attempt timeout or the call's deadline); a write may have landed. */
  | 'timeout'
  | 'badRequest'
  /** A stored document we must not touch: corrupt, or written by a newer app version (never overwritten). */
  | 'invalidDocument';

/** Every expected failure that crosses a port. Keeps Graph's code and request-id (msgraph). */
export interface Failure {
  readonly kind: FailureKind;
  readonly status?: number;
  readonly code?: string;
  /** Graph's own words (for support), or a use case's English sentence not yet moved to `problem` (#16). */
  readonly message?: string;
  /** Why a use case (not the service) refused, as data the app words (src/app/i18n/problemText.ts). */
  readonly problem?: Problem;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  /** For consentRequired: the scopes that were missing, when known. */
  readonly scopes?: readonly string[];
}

export type Outcome<T> = Result<T, Failure>;

export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

export interface MeetingSource {
  /** Meetings overlapping the window, series expanded, all pages read. Times come back in `timeZone` (IANA). */
  listMeetings(window: TimeWindow, timeZone: string): Promise<Outcome<readonly Meeting[]>>;
  getMeeting(id: EventId, timeZone: string): Promise<Outcome<Meeting>>;
  /** Occurrences and exceptions of a series master in the window. */
  listOccurrences(
    masterId: EventId,
    window: TimeWindow,
    timeZone: string,
  ): Promise<Outcome<readonly Meeting[]>>;
}

/** Someone a meeting names: the address the invite carries (SMTP, an alias, or an X.500 DN) and the display name. */
export interface Invitee {
  readonly email: string;
  readonly name: string;
}

/** What the directory said about one address. `unknown`: that one lookup failed (a guest may not look people up). */
export type AccountLookup =
  | { readonly kind: 'found'; readonly user: DirectoryUser }
  | { readonly kind: 'noAccount' }
  | { readonly kind: 'unknown'; readonly failure: Failure };

export interface Directory {
  me(): Promise<Outcome<DirectoryUser>>;
  /**
   * Per address, in one round trip of parallel $batch requests: SMTP addresses by mail or alias (proxyAddresses),
   * X.500 DNs by display name. One address that can't be looked up never fails the others; keys are the addresses
   * exactly as passed in.
   */
  lookUp(invitees: readonly Invitee[]): Promise<Outcome<ReadonlyMap<string, AccountLookup>>>;
  /**
   * lookUp for bare addresses, folded to user-or-null. Fails only when no address could be looked up at all (a guest,
   * missing consent); a single failed address reads as null.
   */
  resolveEmails(emails: readonly string[]): Promise<Outcome<ReadonlyMap<string, DirectoryUser | null>>>;
}

export interface MeetingChat {
  readonly chatId: string;
  /** The online meeting's join URL; null for a chat that isn't a meeting's. */
  readonly joinWebUrl: string | null;
  readonly organizerId?: string;
  /** The organizer's calendar item (a series master for a series); attendees' copies have other ids. */
  readonly calendarEventId?: string;
  /** The chat's topic: usually the meeting's subject; Graph may leave it out for meeting chats. */
  readonly topic?: string;
}

/** An event's HTML body and the eTag it was read with. */
export interface InviteBody {
  readonly html: string;
  readonly etag: string;
}

export interface InviteWriter {
  /** The body as HTML (a plain-text body comes back converted), with the event's eTag. */
  readBody(eventId: EventId): Promise<Outcome<InviteBody>>;
  /** Replaces the body with If-Match: preconditionFailed when the event changed since `etag`. */
  writeBody(eventId: EventId, html: string, etag: string): Promise<Outcome<InviteBody>>;
}

export interface ChatSource {
  /** The chat a meeting tab runs in (Teams gives its id in the app context). */
  meetingChat(chatId: string): Promise<Outcome<MeetingChat>>;
}

/** A chat message as the recap's reconciliation reads it: its id and its body's content. */
export interface ChatMessageRef {
  readonly id: string;
  readonly content: string;
}

/** Sends a meeting's recap (usecases/recap/sendRecap), on tokens asked for only when a recap is sent. */
export interface RecapSender {
  /** POST /chats/{id}/messages with an HTML body; never re-sent blindly (a lost answer is reconciled by the caller). */
  postToChat(chatId: string, html: string): Promise<Outcome<{ readonly id: string }>>;
  /** The chat's newest messages, newest first. */
  recentChatMessages(chatId: string): Promise<Outcome<readonly ChatMessageRef[]>>;
  /** POST /me/sendMail (202, no id). */
  sendMail(to: readonly string[], subject: string, html: string): Promise<Outcome<void>>;
}

/** One activity-feed notification (issue #15 nudges): an activity type the app manifest declares, to one user. */
export interface ActivityNotification {
  readonly recipientId: UserId;
  readonly activityType: string;
  /** The notification's topic as text, and where selecting it leads (the meeting in the app). */
  readonly topic: { readonly text: string; readonly webUrl: string };
  readonly previewText: string;
  readonly templateParameters: Readonly<Record<string, string>>;
}

export interface ActivityNotifier {
  /**
   * Gets the token notifications need (TeamsActivity.Send) before anything is claimed: a user who hasn't consented
   * is asked now, and a refusal leaves every nudge unclaimed for the next sender instead of claimed and lost.
   */
  authorize(): Promise<Outcome<void>>;
  /** forbidden: e.g. the app is not installed for the recipient; throttled after the retries ran out. */
  notify(n: ActivityNotification): Promise<Outcome<void>>;
}

export interface TeamSource {
  listJoinedTeams(): Promise<Outcome<readonly Team[]>>;
}

/** Thrown (rejected) by TokenProvider.getToken; graph/core turns it into a Failure. */
export class TokenError extends Error {
  constructor(
    readonly kind: 'consentRequired' | 'unauthorized' | 'network',
    message: string,
    readonly scopes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

export interface TokenProvider {
  /** An access token for Microsoft Graph with at least these delegated scopes. Rejects with TokenError. */
  getToken(scopes: readonly string[]): Promise<string>;
}

/** Where a series document lives: a file in the linked team's (Microsoft 365 group's) drive. */
export interface SeriesLocation {
  readonly groupId: GroupId;
  readonly teamName: string;
  readonly itemId: string;
}

export interface StoredSeries {
  readonly doc: SeriesDocument;
  readonly location: SeriesLocation;
  /** The drive item's eTag, sent back as If-Match on the next write. */
  readonly etag: string;
  /**
   * The drive item's cTag, which changes only with the content (GD resources/driveitem.md): when a write is refused
   * and the cTag is still this one, only the metadata changed (SharePoint's own processing after an upload), and the
   * held content is still the stored one.
   */
  readonly ctag?: string;
  /** When the drive item was created (createdDateTime): a new file's eTag still changes once on its own. */
  readonly created?: string;
}

/**
 * Whose file counts as the series' document (DESIGN.md "Trust in the file"): only the organizer links a series, so
 * only a file the drive says the organizer created. Anyone else in any team could have planted a file with the same
 * name, and the invitees would then read and write it where people outside the meeting can see the votes.
 */
export interface SeriesTrust {
  /** Entra object ids of the people whose file counts (the organizer). */
  readonly creatorIds: readonly string[];
  /** Display names to fall back on when no id could be learned (a guest can't look people up). */
  readonly creatorNames: readonly string[];
}

/** A file with the series' name that nobody trusted created: named, never read. */
export interface UntrustedCopy {
  readonly teamName: string;
  readonly createdByName: string;
}

export interface FoundSeries {
  /** null: no trusted file in any team the user belongs to. */
  readonly stored: StoredSeries | null;
  readonly untrusted: readonly UntrustedCopy[];
}

export interface SeriesDocumentStore {
  /**
   * Finds the series' document among the given teams' drives in one batched round trip (DESIGN.md "Discovery"), and
   * reads the one trusted file. Files created by anyone else are listed, not read.
   */
  find(seriesKey: SeriesKey, teams: readonly Team[], trust: SeriesTrust): Promise<Outcome<FoundSeries>>;
  /**
   * The newest version. With `known` (the version the caller shows), a conditional read: unchanged costs a 304 and no
   * download, and the answer is `known` itself (same `doc` object), so the caller can tell nothing changed.
   */
  load(location: SeriesLocation, known?: KnownVersion): Promise<Outcome<StoredSeries>>;
  /** Creates the document; fails with preconditionFailed when one already exists (never overwrites). */
  create(team: Team, doc: SeriesDocument): Promise<Outcome<StoredSeries>>;
  /**
   * Read-modify-write with If-Match. The first attempt writes over `known` (the version the caller holds) without
   * reading; on 412 it re-reads, re-applies `apply` to the latest document, merges (domain mergeSeriesDocuments) and
   * retries with bounded, jittered backoff. A document that is corrupt or newer than this app understands is reported
   * (kind invalidDocument) and never overwritten.
   */
  update<E>(
    location: SeriesLocation,
    apply: (latest: SeriesDocument) => Result<SeriesDocument, E>,
    known?: KnownVersion,
  ): Promise<Result<StoredSeries & { readonly attempts: number }, Failure | E>>;
  /**
   * Merges `part` (an archive-shaped series document: closed meetings, settled topics, done actions) into the series'
   * archive file next to its document, creating it the first time; If-Match guarded like every write. Resolves to the
   * archive file's name.
   */
  archive(location: SeriesLocation, part: SeriesDocument): Promise<Outcome<{ readonly file: string }>>;
  /** The series' archive file next to its document, or null before anything was archived. */
  loadArchive(location: SeriesLocation, seriesKey: SeriesKey): Promise<Outcome<SeriesDocument | null>>;
}

export interface KnownVersion {
  readonly doc: SeriesDocument;
  readonly etag: string;
  readonly ctag?: string;
  readonly created?: string;
}

export interface SeriesIdentity {
  readonly seriesKey: SeriesKey;
  /** The series' subject (from the master for recurring meetings). */
  readonly title: string;
  /** ISO instant of the series' first occurrence (the master's start); absent for a single meeting. */
  readonly firstStart?: string;
}

export interface SeriesResolver {
  /** The series key of a meeting: the master's iCalUId for an occurrence, the event's own for a single meeting. */
  resolveSeries(meeting: Meeting): Promise<Outcome<SeriesIdentity>>;
}

/** The team plan's bucket that holds one series' tasks. */
export interface TaskBucket {
  readonly planId: string;
  readonly bucketId: string;
}

export interface TaskToRecord {
  /** The action's id: the idempotency key, carried by the task as a `#roundtable-action=<id>` reference. */
  readonly actionId: string;
  readonly title: string;
  readonly assigneeIds: readonly UserId[];
  /** YYYY-MM-DD. */
  readonly due?: string;
  readonly description: string;
  /** Where the action was agreed (the meeting's join or web link); the marker is appended to it. */
  readonly meetingUrl: string;
}

export type RecordedTask =
  | {
      readonly actionId: string;
      /** 'created' now, or 'existing': a task for this action was already there (a retry, another recorder). */
      readonly status: 'created' | 'existing';
      readonly taskId: string;
    }
  | { readonly actionId: string; readonly status: 'failed'; readonly failure: Failure };

export interface TrackedTask {
  readonly taskId: string;
  /** From the task's Roundtable reference; absent for tasks made by hand in the bucket. */
  readonly actionId?: string;
  readonly title: string;
  readonly percentComplete: number;
  /** ISO instant in UTC, or null. */
  readonly dueDateTime: string | null;
  readonly assigneeIds: readonly UserId[];
  readonly etag: string;
}

/** What reconciliation reads from the bucket before creating: read side by side with other work, used once. */
export interface BucketSnapshot {
  readonly bucket: TaskBucket;
  readonly tasks: readonly { readonly task: TrackedTask; readonly detailsEtag?: string }[];
}

export interface TaskPatch {
  readonly title?: string;
  readonly percentComplete?: number;
  /** YYYY-MM-DD, or null to clear. */
  readonly due?: string | null;
  /** The full set of assignees wanted; others are unassigned. */
  readonly assigneeIds?: readonly UserId[];
  /**
   * The task details' description, rewritten from what it is now (so text someone added in Planner stays). Written to
   * the details with their own eTag (plannertaskdetails-update.md: If-Match required), beside the task's patch.
   */
  readonly description?: (current: string) => string;
}

/** A Planner plan of the team (createdDateTime as Planner gives it, ISO 8601 UTC). */
export interface PlannerPlan {
  readonly id: string;
  readonly title: string;
  readonly createdDateTime?: string;
}

export interface TaskTracker {
  /** The group's plans, all pages, oldest first: the first is the plan ensureBucket uses when none is known. */
  listPlans(groupId: GroupId): Promise<Outcome<readonly PlannerPlan[]>>;
  /**
   * The series' bucket in the team's plan: `known` when it still exists, else the bucket named `seriesTitle` in
   * `known.planId` (an empty `known.bucketId` names only the plan, e.g. the one the organizer chose) or, with no plan
   * known, in the group's oldest plan (a group can hold several; never "the first listed"), created when missing.
   */
  ensureBucket(groupId: GroupId, seriesTitle: string, known?: TaskBucket): Promise<Outcome<TaskBucket>>;
  /**
   * Exactly once per actionId: reconciles against the bucket's tasks first (by the action marker only) and creates
   * only the missing ones, so a retry, a double click or a dropped connection after the POST never makes a
   * duplicate. A create whose outcome is unknown is never sent again blind: the bucket is re-read once Planner's
   * listings have caught up. One result per item.
   */
  recordTasks(
    bucket: TaskBucket,
    items: readonly TaskToRecord[],
    /** Tasks already linked to actions in the series document: reconciliation needn't read their details. */
    knownTaskIds?: ReadonlySet<string>,
    /** A readBucket taken after this recorder's lease was written; without it, recordTasks reads the bucket. */
    snapshot?: BucketSnapshot,
    /** Asked before every creating request; false (the caller's lease is gone) creates nothing more. */
    mayCreate?: () => Promise<boolean>,
  ): Promise<Outcome<readonly RecordedTask[]>>;
  /** The bucket's tasks with what reconciliation needs (the action-id markers of tasks not in knownTaskIds). */
  readBucket(bucket: TaskBucket, knownTaskIds?: ReadonlySet<string>): Promise<Outcome<BucketSnapshot>>;
  listTasks(bucket: TaskBucket): Promise<Outcome<readonly TrackedTask[]>>;
  /**
   * The live state of known tasks wherever they are in the plan, read in $batch requests of at most 20 sent side by
   * side (one sequential round trip for up to 20·parallelism tasks). null: the task was deleted.
   */
  getTasks(taskIds: readonly string[]): Promise<Outcome<ReadonlyMap<string, TrackedTask | null>>>;
  /** If-Match with the task's eTag; on 409/412 re-reads and re-applies the patch. */
  updateTask(taskId: string, patch: TaskPatch): Promise<Outcome<TrackedTask>>;
}
