// English messages for the meeting page's frame: its header and its steps, where its agenda stands, how it reports a
// failed change or notification; and for the pages around a meeting: the Outlook task pane's sign-in and the meeting
// tab's config page. A lazy chunk: nothing here weighs on My meetings' first screen.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const meetingMessages = defineMessages('meeting', {
  /** The steps a meeting is worked through in (navigation/meetingStep.ts), as their tabs read. */
  steps: {
    prepare: 'Prepare',
    agenda: 'Agenda',
    run: 'Run',
    actions: 'Actions',
    roles: 'Roles',
  },
  stepsLabel: 'Steps of this meeting',
  openingAgenda: 'Opening the agenda',
  /** The agenda was read before but the latest read failed; reason: the failure's title. */
  refreshFailed: (reason: string) => `Couldn't refresh the agenda (${reason}); showing what was loaded last.`,
  /** Something was asked of the agenda before it was read. */
  agendaLoading: 'The agenda is still loading; try again in a moment.',
  dismiss: 'Dismiss',
  running: 'Running the meeting',
  /** Recording action items in Planner, before the first one goes. */
  recordingStarting: 'Starting',
  /** Who asks for a role swap, when the app doesn't know the asker's name. */
  someone: 'Someone',

  /** Where a meeting's agenda stands: the card's badge, and (in progress, finished) the meeting's header. */
  agendaState: {
    inProgress: 'In progress',
    finished: 'Finished',
    noTopics: 'No topics yet',
    votingOpen: (topics: number) =>
      plural(topics, { one: 'Voting open · # topic', other: 'Voting open · # topics' }),
    agreed: (topics: number) =>
      plural(topics, { one: 'Agenda agreed · # topic', other: 'Agenda agreed · # topics' }),
  },

  /** The configurable tab's settings page, and the tab's name Teams suggests. */
  config: {
    productName: 'Roundtable',
    intro:
      'Roundtable gives this meeting a shared-priority agenda, rotating roles and owned action items. Select Save to add the tab.',
    openFromTeams: 'Open this page from Teams to add Roundtable to a meeting or channel.',
  },

  /** The Outlook task pane, while it finds the appointment that is open. */
  openingThisMeeting: 'Opening this meeting',
  /** The Outlook task pane where no sign-in is possible: what to do, not what is wrong with the client. */
  outlookUnsupported:
    'This version of Outlook can’t sign you in to Roundtable. Update Outlook (Microsoft 365 apps Version 2409 or ' +
    'later), or open Roundtable in Outlook on the web, the new Outlook for Windows, or Microsoft Teams.',
  /** Why the Outlook task pane has no meeting to open (readOpenAppointment's codes). */
  noAppointment: {
    NoMailbox: 'Roundtable’s task pane runs in Outlook, next to a meeting.',
    NoItem: 'Open a meeting in your calendar, then open Roundtable again.',
    NotAMeeting: 'Roundtable works on meetings: open a calendar event.',
    NotSaved: 'Save the meeting first; Roundtable opens the saved meeting.',
    Unsaved: 'This meeting isn’t saved yet. Send or save it, then open Roundtable again to set its agenda.',
  },

  /** The Outlook task pane where the client can't sign add-ins in, and the sign-in window it opens. */
  officeSignIn: {
    title: 'Sign in to Roundtable',
    body: 'This version of Outlook doesn’t sign add-ins in for you. Sign in once with your work account; Roundtable keeps the sign-in only while this pane is open.',
    notSignedIn: 'Not signed in',
    waiting: 'Waiting for the sign-in window',
    signIn: 'Sign in',
    dialogSigningIn: 'Signing you in to Roundtable…',
    dialogDone: 'You can close this window.',
  },

  /** A change the service didn't take (describeChangeFailure): what the user typed is kept. */
  change: {
    busyTitle: (seconds: number) => `Microsoft 365 is busy; try again in ${seconds} s`,
    /** The failure's own message, then the reassurance. */
    nothingLost: (message: string) => `${message} Nothing you entered was lost.`,
  },

  /** Teams notifications sent after closing voting, publishing or recording (describeNudgeReport). */
  nudges: {
    notSent: (why: string) =>
      `Teams notifications weren't sent. ${why} The next person who opens or closes voting, publishes or records will send them.`,
    claimFailed: (why: string) =>
      `Teams notifications weren't sent: the agenda couldn't be updated (${why}). The next person who opens or closes voting, publishes or records will send them.`,
    /** names: who was notified, as one phrase. */
    notified: (names: string) => `Notified in Teams: ${names}.`,
    notInstalled: (names: string, count: number) =>
      `Couldn't notify ${names} in Teams: Roundtable isn't installed for ${plural(count, { one: 'them', other: 'those people' })}, so Teams refused.`,
    notNotified: (name: string, why: string) => `Couldn't notify ${name} in Teams (${why}).`,
  },

  /** The line under the meeting's title (deriveMeetingStatus); "closes" is a day and time as the user reads it. */
  status: {
    votingOpen: (closes: string, left: number, budget: number) =>
      `Voting open until ${closes} · you have ${left} of ${plural(budget, { one: '# dot', other: '# dots' })} left`,
    votingClosed: (topics: number) =>
      plural(topics, {
        one: 'Voting closed · # topic on the agenda',
        other: 'Voting closed · # topics on the agenda',
      }),
  },
});
