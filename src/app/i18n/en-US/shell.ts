// English messages for the app's shell: loading and leaving, My meetings and its cards, the demo banner, the no-host notice.
// All of it is in the first screen's JavaScript (150 KB gzip budget): words only a meeting, the task pane or the config
// page shows go in the lazy meeting area.
import { defineMessages } from '../defineMessages';
import { formatList, plural } from '../format';

export const shellMessages = defineMessages('shell', {
  /** Before the host (Teams, Outlook, Microsoft 365) has answered; the language comes from the browser then. */
  connectingToTeams: 'Connecting to Microsoft Teams…',
  openingRoundtable: 'Opening Roundtable',
  openingMeeting: 'Opening the meeting',
  backToMyMeetings: 'Back to My meetings',
  meetingsUnreadable: 'Your meetings could not be read, so this meeting cannot be opened right now.',
  notOnCalendar: 'This meeting is not on this person’s calendar, so they cannot see its agenda.',

  /** Leaving a meeting while something typed there is still being saved (App's LeavingNotice). */
  leaving: {
    saving: 'Saving your changes before leaving…',
    /** The unsaved things ("your dots", "your notes"), as one phrase. */
    what: (items: readonly string[]) => formatList(items),
    unsavedTitle: (what: string) => `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be saved`,
    unsavedBody: (what: string) =>
      `Microsoft 365 didn’t take the change just now. Stay to keep ${what} on screen and try again, or leave without saving ${what}.`,
    stay: 'Stay',
    leaveWithoutSaving: 'Leave without saving',
  },

  demo: {
    tenant: (name: string) => `Demo tenant: ${name}`,
    viewAs: 'View as',
  },

  myMeetings: {
    title: 'My meetings',
    loading: 'Loading your meetings',
    empty: 'No meetings in the next 14 days',
    earlier: 'Earlier meetings',
    showPast: 'Show the last 4 weeks',
    loadingPast: 'Loading the last 4 weeks',
    noPast: 'No meetings in the last 4 weeks',
  },

  /** A guest (or an account without Exchange Online): no calendar in this organization. */
  noCalendar: {
    title: 'Your meetings can’t be listed in this organization',
    body: 'Your account has no Outlook calendar here: guest accounts from another organization don’t, so your meetings stay in your own organization’s calendar.',
    canDoHeading: 'What you can do here',
    canDoInTeams:
      'Open Roundtable from the meeting in Teams (its tab or the side panel) to see the agenda, propose topics and vote, when the meeting’s team has added you.',
    canDoInvitation: 'Read the agenda and roles the organizer publishes into the meeting invitation.',
    needsAccountHeading: 'What needs an account in this organization',
    needsAccountList: 'Listing your meetings on this page.',
    needsAccountPeople:
      'Looking people up, so the role rotation isn’t worked out on your side; members see it.',
  },

  /** A meeting in the list (and the same words in the meeting's header). */
  meeting: {
    allDay: 'All day',
    noSubject: '(No subject)',
    organizer: (name: string) => `Organizer: ${name}`,
    you: 'You',
    unknownOrganizer: 'Unknown organizer',
    attendees: (n: number) => plural(n, { one: '# attendee', other: '# attendees' }),
    series: 'Series',
    moved: 'Moved',
    cancelled: 'Cancelled',
    teamsMeeting: 'Teams meeting',
    openAgenda: 'Open agenda',
    openAgendaOf: (subject: string) => `Open agenda: ${subject}`,
  },

  /** The user's answer to the invitation, as its badge reads. */
  response: {
    organizer: 'Organizer',
    accepted: 'Accepted',
    tentative: 'Tentative',
    declined: 'Declined',
    none: 'No response',
  },

  /** The user's own roles in a listed meeting. */
  myRole: {
    facilitator: 'You facilitate',
    timekeeper: 'You keep time',
    noteTaker: 'You take notes',
    /** A role the series defined itself, by its name. */
    other: (role: string) => `You: ${role}`,
  },

  noHost: {
    title: 'Not connected to Teams',
    initTimeout:
      'The page around Roundtable didn’t answer as Microsoft Teams, Outlook or Microsoft 365 in time, so Roundtable runs on its own here and signs you in with a pop-up window.',
    initFailed:
      'The page around Roundtable refused to connect as Microsoft Teams, Outlook or Microsoft 365, so Roundtable runs on its own here and signs you in with a pop-up window.',
    reloadHint: 'If you opened it in Teams or Outlook, reload to connect again.',
    reload: 'Reload',
  },
});
