// Every change to the series document, as a value (DESIGN.md "Writes are intents"). Views build these and hand them to
// the one use-case that writes (usecases/series/changeSeries); applyIntent applies them purely, on whatever version is
// newest when the write is attempted, so each rule is checked against what is really stored.
import type { CaptureInput } from '../actions/captureAction';
import type { ActionOwner, PlannerBucketRef } from '../actions/actionTypes';
import type { TopicInput } from '../agenda/validateTopic';
import type { OccurrenceKey, UserId } from '../ids';
import type { RoleInputs } from '../roles/recordRoleInputs';
import type { RoleSwapRequest } from '../roles/requestRoleSwap';
import type { RunCommand } from '../run/runState';
import type { KeepGoingChoice } from '../run/keepGoingTally';
import type { ArchivePart } from './planArchive';
import type { CustomRole, Decision, RecapChannel, SeriesSettings, TopicStatus } from './seriesDocument';

export type AgendaIntent =
  | {
      readonly kind: 'proposeTopic';
      /** Made once per draft by the client, so a retried proposal is recognised. */
      readonly id: string;
      readonly occurrence: OccurrenceKey;
      readonly input: TopicInput;
    }
  | { readonly kind: 'editTopic'; readonly id: string; readonly input: TopicInput }
  | { readonly kind: 'withdrawTopic'; readonly id: string }
  | {
      readonly kind: 'mergeTopics';
      readonly occurrence: OccurrenceKey;
      readonly from: string;
      readonly into: string;
    }
  | {
      readonly kind: 'castBallot';
      readonly occurrence: OccurrenceKey;
      /** The voter's whole ballot: dots per topic id. */
      readonly dots: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'closeVoting'; readonly occurrence: OccurrenceKey; readonly meetingMinutes: number }
  | { readonly kind: 'reopenVoting'; readonly occurrence: OccurrenceKey }
  | {
      readonly kind: 'setTopicStatus';
      readonly occurrence: OccurrenceKey;
      readonly topicId: string;
      readonly status: TopicStatus;
    }
  | {
      readonly kind: 'recordDecision';
      readonly occurrence: OccurrenceKey;
      readonly topicId: string;
      readonly decision: Decision;
    }
  | { readonly kind: 'setSettings'; readonly settings: SeriesSettings };

export type RunIntent = {
  readonly kind: 'runAgenda';
  readonly occurrence: OccurrenceKey;
  readonly command: RunCommand;
  /** The meeting's length, should starting the run have to close voting and fit the time boxes. */
  readonly meetingMinutes: number;
};

export type RoleIntent =
  /** A role nobody holds, taken by a volunteer (there is nobody to ask). */
  | { readonly kind: 'takeRole'; readonly occurrence: OccurrenceKey; readonly roleId: string }
  /** "Can I take this turn?": a request to the holder; nothing changes until they accept (requestRoleSwap). */
  | ({ readonly kind: 'requestRoleSwap' } & RoleSwapRequest)
  | {
      readonly kind: 'answerRoleSwap';
      readonly occurrence: OccurrenceKey;
      readonly requestId: string;
      readonly accept: boolean;
    }
  | { readonly kind: 'withdrawRoleSwap'; readonly occurrence: OccurrenceKey; readonly requestId: string }
  /** The organizer's "Re-plan the rest of the series", from this occurrence on (replanRoles). */
  | { readonly kind: 'replanRoles'; readonly from: OccurrenceKey }
  | {
      readonly kind: 'assignRole';
      readonly occurrence: OccurrenceKey;
      readonly roleId: string;
      readonly holder: UserId;
    }
  | { readonly kind: 'setRoles'; readonly roles: readonly CustomRole[] }
  | {
      readonly kind: 'setOptOut';
      readonly person: UserId;
      readonly roleId: string;
      readonly optedOut: boolean;
    }
  | { readonly kind: 'recordRoleInputs'; readonly inputs: RoleInputs };

export type ActionIntent =
  | { readonly kind: 'captureAction'; readonly input: CaptureInput }
  | { readonly kind: 'claimAction'; readonly actionId: string }
  | { readonly kind: 'reassignAction'; readonly actionId: string; readonly owner: ActionOwner }
  | {
      readonly kind: 'setActionHelpers';
      readonly actionId: string;
      readonly helpers: readonly ActionOwner[];
    }
  /** Keep the item off Planner by choice (its owner can't be assigned there), or undo that (`kept: false`). */
  | { readonly kind: 'keepOffPlanner'; readonly actionId: string; readonly kept: boolean }
  | { readonly kind: 'setActionDue'; readonly actionId: string; readonly due: string | null }
  | { readonly kind: 'completeAction'; readonly actionId: string; readonly completed: boolean };

/** The Planner recording's own bookkeeping in the document (usecases/actions/recordToPlanner). */
export type RecordingIntent =
  | {
      readonly kind: 'startRecording';
      /** This recorder's lease token. */
      readonly holder: string;
      /** New actions written with the lease, whether or not the lease is free. */
      readonly captures: readonly CaptureInput[];
    }
  | {
      readonly kind: 'finishRecording';
      readonly holder: string;
      readonly bucket: PlannerBucketRef;
      readonly links: readonly { readonly actionId: string; readonly taskId: string }[];
    }
  | { readonly kind: 'releaseRecording'; readonly holder: string }
  /** The organizer picks the team plan recordings go to (one of TaskTracker.listPlans). */
  | { readonly kind: 'choosePlannerPlan'; readonly planId: string; readonly planTitle: string };

export type DocumentIntent =
  | { readonly kind: 'dismissHealth'; readonly upTo: number }
  | {
      readonly kind: 'archive';
      /** What planArchive chose and the archive file now holds. */
      readonly part: ArchivePart;
      /** The archive file's name, next to the series file. */
      readonly file: string;
    };

/** Notes per agenda item (domain/notes/writeNotes). */
export type NotesIntent =
  | {
      readonly kind: 'writeNotes';
      readonly occurrence: OccurrenceKey;
      readonly itemId: string;
      readonly text: string;
      /** Ids of the versions the editor started from: only these are replaced; anything else saved meanwhile stays. */
      readonly basedOn: readonly string[];
    }
  | {
      readonly kind: 'setNoteWriter';
      readonly occurrence: OccurrenceKey;
      readonly person: UserId;
      readonly name: string;
      readonly invited: boolean;
    };

/** The recap's bookkeeping (usecases/recap/sendRecap): lease first, then the record of what was sent. */
export type RecapIntent =
  | {
      readonly kind: 'startRecap';
      readonly occurrence: OccurrenceKey;
      readonly holder: string;
      readonly channel: RecapChannel;
      readonly marker: string;
    }
  | {
      readonly kind: 'recapSent';
      readonly occurrence: OccurrenceKey;
      readonly holder: string;
      readonly channel: RecapChannel;
      readonly messageId: string | null;
      readonly recipients: number;
    }
  | {
      readonly kind: 'releaseRecap';
      readonly occurrence: OccurrenceKey;
      readonly holder: string;
      /** The attempt doesn't know whether its message went out. */
      readonly unclear: boolean;
    };

/** Issue #15 nudges and Lean Coffee's "keep going?" (domain/nudges, domain/run/keepGoing). */
export type NudgeIntent =
  | { readonly kind: 'markNudges'; readonly keys: readonly string[]; readonly token: string }
  | {
      readonly kind: 'voteKeepGoing';
      readonly occurrence: OccurrenceKey;
      readonly itemId: string;
      readonly choice: KeepGoingChoice;
    };

export type SeriesIntent =
  | AgendaIntent
  | RunIntent
  | RoleIntent
  | ActionIntent
  | RecordingIntent
  | DocumentIntent
  | NotesIntent
  | RecapIntent
  | NudgeIntent;
