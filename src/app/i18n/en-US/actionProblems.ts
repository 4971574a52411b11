// English sentences for each ActionProblem code: why a change was refused (src/domain/actions/actionProblem.ts). Also
// the words Roundtable writes for others about action items: the Planner task's description (plannerTask), the
// recording's progress (recordStep) and the activity feed's preview lines (nudgePreview).
import type { ActionProblem } from '../../../domain/actions/actionProblem';
import type { NudgePreviewWords } from '../../../domain/nudges/nudgeTypes';
import type { PlannerTaskWords, RecordStep } from '../../../usecases/actions/recordToPlanner';
import { defineMessages } from '../defineMessages';
import { formatNumber, plural } from '../format';
import type { ProblemMessages } from '../problemText';

const problems = {
  actionIdMissing: () => 'An action needs an id.',
  actionTitleMissing: () => 'Say what needs to be done.',
  actionTitleTooLong: (p) => `Keep the action to ${p.max} characters.`,
  actionEmailInvalid: (p) => `"${p.email}" is not an e-mail address.`,
  actionOwnerMissing: () => 'Every action needs an owner.',
  actionHelpersTooMany: (p) => `An action can have at most ${p.max} helpers.`,
  actionDueInvalid: () => 'The due date must be a date like 2026-03-31.',
  actionClaimNotOwn: () => 'You can only claim an action you own yourself.',
  actionAssignNotAllowed: () =>
    'Only the note-taker, the facilitator or the organizer can assign an action to others.',
  actionChangeNotAllowed: () =>
    'Only its owner, the note-taker, the facilitator or the organizer can change this action.',
  actionGone: () => 'That action no longer exists.',
  actionAlreadyInPlanner: () =>
    'This item is already in Planner; change it there, or give it another owner here.',
  plannerPlanChooseNotAllowed: () => 'Only the organizer chooses the Planner plan for this series.',
  plannerPlanInvalid: () => 'Choose one of the team’s Planner plans.',
  plannerRecordingBusy: () =>
    'Someone else is recording these actions to Planner right now; try again in a moment.',
  plannerPlanMissing: (p) =>
    `The Planner plan “${p.plan}” chosen for this series can’t be found; it may have been deleted. Choose another plan, then record again. Your actions are kept here.`,
  notesNotOpen: () => 'Notes open once voting has closed and the agenda is set.',
  notesItemNotOnAgenda: () => 'That item is not on this meeting’s agenda.',
  notesWriteNotAllowed: () =>
    'Only the note-taker, the organizer and the people the note-taker invites can write notes for this meeting.',
  notesTooLong: (p) => `Keep the notes on one item to ${formatNumber(p.max)} characters.`,
  noteWritersNotAllowed: () => 'Only the note-taker or the organizer can choose who else writes notes.',
  noteWritersTooMany: (p) => `At most ${p.max} people can be invited to write notes.`,
  notesSetAside: (p) =>
    `Notes on ${plural(p.count, { one: '# agenda item', other: '# agenda items' })} of ${p.day} were set aside (too long or too many versions).`,
  noteWritersSetAside: (p) =>
    `The list of people invited to write notes for ${p.day} was too long and was set aside.`,
  nudgeKeysInvalid: () => 'Those reminders could not be recorded.',
  recapSendNotAllowed: () => 'Only the organizer, the facilitator or the note-taker sends the recap.',
} satisfies ProblemMessages<ActionProblem>;

/** Written into each Planner task's description, in the recording person's language (everyone reads it there). */
const plannerTask = {
  agreedIn: (seriesTitle: string, occurrenceLabel: string) =>
    `Agreed in “${seriesTitle}” on ${occurrenceLabel}.`,
  owner: (person: string) => `Owner: ${person}.`,
  claimedBy: (person: string) => `Claimed by ${person}.`,
  helpers: (people: readonly string[]) => `Helpers: ${people.join(', ')}.`,
  recordedBy:
    "Recorded by Roundtable: follow the link below to the meeting; the task comes back at the next occurrence's review of commitments.",
} satisfies PlannerTaskWords;

/** The activity feed's preview line of each nudge, in the sender's language. */
const nudgePreview = {
  votingOpened: (meeting: string) => `Propose topics and place your dots for ${meeting}.`,
  // The count's words alone go through plural(): a '#' in the meeting's title must stay a '#'.
  votingClosesSoon: (dotsLeft: number, meeting: string) =>
    `You have ${plural(dotsLeft, { one: '# dot', other: '# dots' })} left; voting closes when ${meeting} starts.`,
  roleNext: (role: string, meeting: string) => `You are the ${role} of ${meeting}.`,
  roleRequested: (from: string, role: string, meeting: string) =>
    `${from} asks to take your turn as ${role} in ${meeting}. Accept or decline in Roundtable.`,
  actionDue: (action: string, due: string) => `“${action}” is due on ${due}.`,
} satisfies NudgePreviewWords;

export const actionProblemsMessages = defineMessages('actionProblems', {
  ...problems,
  plannerTask,
  nudgePreview,
  /** The label under the "Recording to Planner" progress bar. */
  recordStep: (step: RecordStep): string => {
    switch (step.kind) {
      case 'saving':
        return 'Saving the actions';
      case 'finding':
        return 'Finding the owners and the team’s Planner bucket';
      case 'creating':
        return plural(step.tasks, {
          one: 'Creating # task in Planner',
          other: 'Creating # tasks in Planner',
        });
      case 'linking':
        return 'Linking the tasks to the actions';
      case 'done':
        return 'Done';
    }
  },
});
