// English messages for action items, the review of commitments, notes and the recap.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const actionsMessages = defineMessages('actions', {
  /** The meeting view's "Action items" area: the list and recording it to Planner. */
  area: {
    heading: 'Action items',
    none: 'No action items yet for this meeting.',
    listLabel: 'This meeting’s action items',
    record: (count: number) => `Record ${count} to Planner`,
    nothingMore: 'Nothing more to record',
    allRecorded: 'All recorded in Planner',
    waiting: (count: number) =>
      plural(count, {
        one: '# item waits for an owner from your organization before it can go to Planner.',
        other: '# items wait for an owner from your organization before it can go to Planner.',
      }),
    keptOff: (count: number) =>
      plural(count, {
        one: '# item is kept off Planner by choice.',
        other: '# items are kept off Planner by choice.',
      }),
    recording: 'Recording to Planner',
  },
  /** The form that captures an action item. */
  capture: {
    formLabel: 'Capture an action item',
    heading: 'Capture an action',
    title: 'What needs to be done',
    titleLength: (length: number, max: number) => `${length} of ${max} characters`,
    titleTooLong: (max: number) => `Keep the action to ${max} characters.`,
    owner: 'Owner',
    helpersOptional: 'Helpers (optional)',
    helpers: 'Helpers',
    helpersHint: 'Named in the Planner task; only the owner is assigned.',
    dueOptional: 'Due (optional)',
    topic: 'From agenda topic',
    noTopic: '(none)',
    add: 'Add action',
    ownThis: 'I’ll own this',
    unfinishedAddress: (typed: string) =>
      `“${typed}” isn’t a complete e-mail address yet (like name@example.com). Finish it and pick it from the list.`,
    outsideOwners: (addresses: readonly string[]) =>
      `${addresses.join(', ')} ${plural(addresses.length, { one: 'isn’t', other: 'aren’t' })} in this meeting. ` +
      'Planner assigns only people with an account in your organization: without one, the item stays here with a ' +
      'note instead of going to Planner. Pick an owner from the meeting to record it.',
  },
  /** One action item in the list. */
  item: {
    inPlanner: 'In Planner',
    keptOff: 'Kept off Planner by choice',
    notInPlanner: 'Not in Planner yet',
    ownership: (how: 'claimed' | 'assigned', owner: string, helpers: readonly string[]) =>
      `${how === 'claimed' ? 'Claimed by' : 'Owner:'} ${owner}` +
      (helpers.length > 0 ? ` · Helpers: ${helpers.join(', ')}` : ''),
    claimed: 'Claimed',
    assigned: 'Assigned',
    due: 'Due',
    dueOf: (title: string) => `Due date of ${title}`,
    ownThis: 'I’ll own this',
    cancel: 'Cancel',
    changePeople: 'Change owner or helpers',
    newOwner: 'New owner',
    owner: 'Owner',
    helpers: 'Helpers',
    /** After the owner flag's sentence, for an item already in Planner. */
    keepsAssignee: (flag: string) => `${flag} The task keeps its assignee.`,
    /** After the owner flag's sentence, for an item not in Planner yet. */
    waitsForOwner: (flag: string) =>
      `${flag} It will wait for an owner from your organization before it can go to Planner.`,
    save: 'Save owner and helpers',
    notAssigned: (people: readonly string[]) =>
      `${people.join(', ')} can’t be assigned in Planner: no account in this organization. The task keeps its assignee.`,
    plannerNotUpdated: (failure: string) =>
      `Saved here, but the Planner task wasn’t updated: ${failure}. Change it again to retry.`,
    notRecorded: 'Not recorded to Planner',
    noAssignableOwner: (person: string) =>
      `${person} has no account in this organization, so Planner can't assign the task. The action is kept here; pick an owner from your organization to record it, or keep it off Planner.`,
    /** A failure's title and what to do about it (messageForFailure), as one text. */
    failure: (title: string, message: string) => `${title}. ${message}`,
  },
  /** The flag on an owner Planner can't assign, at capture (OwnerFlagBar, deriveOwnerFlag). */
  ownerFlag: {
    keptOffTitle: 'Kept off Planner',
    notAssignableTitle: 'Planner can’t assign this owner',
    keptOff: (person: string) =>
      `Kept off Planner: ${person} owns it here, and it is never recorded to Planner.`,
    notAssignable: (person: string) =>
      `${person} has no account in your organization, so Planner can’t assign this item to them.`,
    person: (name: string, email: string) => `${name} (${email})`,
    undo: 'Undo: record it to Planner',
    pickInternal: 'Pick an internal owner',
    keepOff: 'Keep off Planner',
  },
  /** The people picker for owners and helpers. */
  picker: {
    placeholder: 'Name or e-mail address',
    notInMeeting: 'Not in this meeting',
    add: (address: string) => `Add ${address}`,
  },
  /** Which Planner plan the series records to (RecordingPlan, deriveRecordingPlan). */
  plan: {
    groupLabel: 'Planner plan',
    recordingTo: (plan: string) => `Recording to: ${plan}`,
    recordingToOldest: (plan: string) => `Recording to: ${plan} (the team’s oldest plan, used by default)`,
    recordingToDefault: 'Recording to: the team’s oldest Planner plan (the default)',
    anUntitledPlan: 'an untitled plan',
    change: 'Change plan',
    missing: 'This plan is no longer among the team’s plans; choose another one.',
    pickerLabel: 'Record this series’ actions to',
    pickerHint: 'Tasks already recorded stay where they are.',
    untitled: 'Untitled plan',
    oldest: (plan: string) => `${plan} (oldest, the default)`,
    reading: 'Reading the team’s Planner plans',
    readFailedTitle: 'Couldn’t read the team’s Planner plans',
    readFailed: (title: string, message: string) =>
      `${title}. ${message} Recording still goes to the plan shown above.`,
    tryAgain: 'Try again',
  },
  /** The review of earlier occurrences' commitments. */
  review: {
    heading: 'Review of commitments',
    refresh: 'Refresh',
    reading: 'Reading the tasks’ status from Planner',
    readFailed: (failure: string) => `Couldn’t read the tasks from Planner: ${failure}`,
    tryAgain: 'Try again',
    counts: (open: number, overdue: number, done: number) =>
      `${open} open · ${overdue} overdue · ${done} done`,
    state: {
      done: 'Done',
      overdue: 'Overdue',
      open: 'Open',
      notInPlanner: 'Not in Planner',
      deletedInPlanner: 'Deleted in Planner',
    },
    /** Who, when due (a formatted date, if any) and from which occurrence (a formatted date). */
    line: (people: string, due: string | undefined, from: string) =>
      `${people}${due ? ` · due ${due}` : ''} · from ${from}`,
  },
  /** Notes per agenda item (NotesArea, PanelNotes, ItemNotes). */
  notes: {
    heading: 'Notes',
    closed: 'Notes open once voting has closed and the agenda is set.',
    whoWrites:
      'The note-taker writes the notes, with anyone they invite; the organizer may write too. Everyone else reads them here.',
    alsoWriting: (names: string) => `Also writing notes: ${names}`,
    invited: 'Invited to write notes',
    remove: 'Remove',
    invite: 'Invite someone to write notes',
    choosePerson: 'Choose a person',
    inviteButton: 'Invite',
    itemLabel: (item: string) => `Notes: ${item}`,
    editorLabel: (item: string) => `Notes on ${item}`,
    editorHint: 'Plain text. Start lines with “- ” or “1. ” for lists.',
    saving: 'Saving…',
    save: 'Save notes',
    cancel: 'Cancel',
    conflictTitle: (count: number) =>
      `${['', 'One', 'Two', 'Three', 'Four', 'Five'][count] ?? String(count)} versions — keep one or combine`,
    conflict:
      'These were saved at the same time by people who hadn’t seen each other’s text. Both are kept until someone who writes notes keeps one or combines them.',
    none: 'No notes yet.',
    versionBy: (version: number, name: string) => `Version ${version}, by ${name}`,
    by: (name: string) => `by ${name}`,
    keepVersion: (version: number) => `Keep version ${version}`,
    combine: 'Combine',
    write: 'Write notes',
    edit: 'Edit notes',
    /** What would be lost by leaving the page ("Save your notes…" in the leaving dialog). */
    unsaved: 'your notes',
  },
  /** Sending the recap after the meeting (RecapSection). */
  recap: {
    label: 'Recap',
    viewSent: 'Recap sent: view it',
    open: 'Send recap…',
    sentToChat: (when: string) => `Sent to the meeting chat on ${when}.`,
    sentByMail: (recipients: number, when: string) => `Sent by e-mail to ${recipients} attendees on ${when}.`,
    explain: 'Sends the decisions, the action items and what carries over to the meeting chat.',
    notAllowed: 'Only the organizer, the facilitator or the note-taker sends the recap.',
    toChat: 'It goes to the meeting chat as one message.',
    chatUnknown: (recipients: number) =>
      `This meeting's Teams link doesn't say which chat is its own, so from here the recap goes by e-mail to ${recipients} attendees. To post it to the meeting chat instead, send it from Roundtable's tab in the meeting in Teams.`,
    noChat: (recipients: number) =>
      `This meeting has no chat, so it goes by e-mail to ${recipients} attendees.`,
    nowhere: 'This meeting has no chat and no attendee with an e-mail address, so the recap can’t be sent.',
    already: 'The recap was already sent, so nothing more was sent.',
    sentChat: 'Sent to the meeting chat.',
    sentMail: 'Sent by e-mail.',
    title: 'Send recap',
    preview: 'Preview of the recap',
    close: 'Close',
    sending: 'Sending…',
    send: 'Send',
    unclearChat:
      'We couldn’t tell whether the recap reached the chat. Send again: it is looked for first and never posted twice.',
    unclearMail: 'We couldn’t tell whether the e-mail went out. Check your Sent Items before sending again.',
    notMember:
      'You aren’t a member of this meeting’s chat (or it no longer exists), so the recap can’t be posted there.',
    failed: (title: string, message: string) => `${title}. ${message} Nothing was sent.`,
  },
});
