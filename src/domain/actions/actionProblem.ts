// Why an action item, note, nudge or recap change was refused, as data: a code and the values its sentence needs. The
// app words it in the user's language (src/app/i18n/problemText.ts); the domain never writes the sentence itself.
//
// The codes name their subject first (action…, planner…, notes…, noteWriters…, nudge…, recap…) so they stay unique
// across every problem union (src/domain/problem.ts).

/** An action item's input (validateActionInput, captureAction). */
export type ActionInputProblem =
  | { readonly code: 'actionIdMissing' }
  | { readonly code: 'actionTitleMissing' }
  | { readonly code: 'actionTitleTooLong'; readonly max: number }
  | { readonly code: 'actionEmailInvalid'; readonly email: string }
  | { readonly code: 'actionOwnerMissing' }
  | { readonly code: 'actionHelpersTooMany'; readonly max: number }
  | { readonly code: 'actionDueInvalid' };

/** Who may do what to an action item, and whether it is still there. */
export type ActionRuleProblem =
  | { readonly code: 'actionClaimNotOwn' }
  | { readonly code: 'actionAssignNotAllowed' }
  | { readonly code: 'actionChangeNotAllowed' }
  | { readonly code: 'actionGone' }
  | { readonly code: 'actionAlreadyInPlanner' };

/** The series' Planner plan and the recording to Planner (choosePlannerPlan, usecases/actions/recordToPlanner). */
export type PlannerProblem =
  | { readonly code: 'plannerPlanChooseNotAllowed' }
  | { readonly code: 'plannerPlanInvalid' }
  | { readonly code: 'plannerRecordingBusy' }
  /** The plan the organizer chose is gone; `plan` is its title as it was chosen. */
  | { readonly code: 'plannerPlanMissing'; readonly plan: string };

/** Notes per agenda item (writeNotes, setNoteWriter). */
export type NotesProblem =
  | { readonly code: 'notesNotOpen' }
  | { readonly code: 'notesItemNotOnAgenda' }
  | { readonly code: 'notesWriteNotAllowed' }
  | { readonly code: 'notesTooLong'; readonly max: number }
  | { readonly code: 'noteWritersNotAllowed' }
  | { readonly code: 'noteWritersTooMany'; readonly max: number };

/**
 * What a read of the series document set aside in an occurrence's notes (validateNotes), for the document's health
 * log. `day` is the occurrence's day, YYYY-MM-DD, as the rest of the health report names it; `count`: how many items.
 */
export type NotesIssue =
  | { readonly code: 'notesSetAside'; readonly day: string; readonly count: number }
  | { readonly code: 'noteWritersSetAside'; readonly day: string };

export type ActionProblem =
  | ActionInputProblem
  | ActionRuleProblem
  | PlannerProblem
  | NotesProblem
  | NotesIssue
  | { readonly code: 'nudgeKeysInvalid' }
  | { readonly code: 'recapSendNotAllowed' };
