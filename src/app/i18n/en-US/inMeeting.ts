// English messages for the meeting side panel and stage, the running agenda, keep-going votes and publishing to the invite.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const inMeetingMessages = defineMessages('inMeeting', {
  app: {
    locating: 'Finding this meeting in your calendar',
    couldNotShow: 'This meeting could not be shown.',
    chatNotReadable: 'Roundtable can’t tell which meeting this is',
    notInCalendar: 'This meeting isn’t in your calendar',
    tryAgain: 'Try again',
  },
  channelMeeting: {
    title: 'Channel meetings aren’t supported yet',
    body: 'Roundtable works in meetings scheduled from a calendar, which have their own meeting chat. This meeting was held in a channel, so Roundtable can’t find its agenda here. Open Roundtable from your personal app to see your meetings.',
  },
  panel: {
    runningAgenda: 'Running agenda',
    opening: 'Opening the agenda',
    failure: (title: string, message: string) => `${title}. ${message}`,
    notLinked:
      'This meeting’s agenda isn’t linked to a team yet. The organizer links it in Roundtable’s meeting tab (Meeting details), then the running agenda shows here.',
    now: 'Now',
    status: { notStarted: 'Not started', paused: 'Paused', finished: 'Finished', running: 'Running' },
    nowStatus: (status: string) => `Now · ${status}`,
    nowStatusItem: (status: string, index: number, total: number) =>
      `Now · ${status} · item ${index} of ${total}`,
    timeBox: (minutes: number) => `${minutes} min time box`,
    overTime: 'Over time',
    timeLeft: 'Time left',
    timeBoxUsed: 'Time box used',
    noAgenda: 'No agenda yet: propose and vote in the meeting’s Roundtable tab.',
    pause: 'Pause',
    resume: 'Resume',
    start: 'Start',
    back: 'Back',
    nextItem: 'Next item',
    upNext: 'Up next',
    nextLine: (label: string, minutes: number) => `${label} · ${minutes} min`,
    lastItem: 'Nothing: last item',
    roles: 'Roles',
    workingOutRoles: 'Working out the roles',
    holderYou: 'you',
    holderSomeone: 'someone',
    holderNobody: 'nobody yet',
    refresh: 'Refresh',
    shareToStage: 'Share to stage',
    shareFailed: (reason: string) => `Couldn’t share to the stage: ${reason}`,
  },
  capture: {
    label: 'Capture an action item',
    action: 'Action',
    owner: 'Owner',
    me: (name: string) => `${name} (me)`,
    capture: 'Capture',
    captured: (title: string, owner: string) => `Captured “${title}” for ${owner}.`,
    recording: 'Recording…',
    recordPending: (count: number) => `Record ${count} to Planner`,
    recorded: (done: number, failed: number) =>
      `Recorded ${done} in Planner.` +
      (failed > 0 ? ` ${failed} couldn’t be recorded: the meeting tab says why for each.` : ''),
  },
  keepGoing: {
    label: 'Keep going?',
    timesUp: (item: string) => `Time’s up for “${item}”. Keep going?`,
    keepGoingVotes: (votes: number) => `Keep going (${votes})`,
    moveOnVotes: (votes: number) => `Move on (${votes})`,
    noVotes: 'No votes yet.',
    tally: (more: number, move: number) =>
      `${more} to keep going, ${move} to move on${more === move ? ' (a tie)' : ''}.`,
    extend: (minutes: number) => `Keep going ${minutes} min`,
    nextItem: 'Next item',
  },
  publish: {
    title: 'Publish to invite',
    open: 'Publish to invite…',
    explainer:
      'Puts this agenda, the roles and the review of commitments into the Outlook invitation, for attendees who don’t open Roundtable.',
    preparing: 'Preparing the preview',
    updatesWarning:
      'Publishing updates the invitation: every attendee receives an update in Outlook. Only the Roundtable block changes; the Teams join details and everything else you wrote stay as they are.',
    votingOpenTitle: 'Voting is still open',
    votingOpenBody: (closes: string) =>
      `The invitation will list the proposed topics in the order they were proposed, without dots, ranking or time boxes, and say that voting is open until ${closes}. Close voting first to publish the agreed agenda, or publish again after it closes.`,
    target: 'Publish to',
    thisOccurrence: 'This occurrence only',
    everyOccurrence: 'Every occurrence of the series',
    counting: 'Counting the updates attendees will receive…',
    seriesUpdates: (perAttendee: number, changedMeetings: number) =>
      perAttendee === 1
        ? 'Publishing sends each attendee 1 update for the series.'
        : plural(changedMeetings, {
            one: `Publishing sends each attendee ${perAttendee} updates: one for the series and one for the # changed meeting.`,
            other: `Publishing sends each attendee ${perAttendee} updates: one for the series and one for each of the # changed meetings.`,
          }),
    seriesUpdatesUnknown:
      'Publishing sends each attendee at least one update for the series; how many meetings of it were changed on their own could not be read.',
    preview: 'Preview of the agenda block',
    close: 'Close',
    publish: 'Publish',
    publishing: 'Publishing…',
    published: 'Published. Attendees receive the updated invitation in Outlook.',
    unchanged: 'The invitation already shows this agenda, so nothing was sent.',
    notOrganizer: 'Only the organizer can publish the agenda into the invitation.',
    cancelled: 'This occurrence was cancelled; there is no invitation to publish to.',
    failed: (title: string, message: string) => `${title}. ${message} The invitation was not changed.`,
  },
  recap: {
    noChannel: 'This meeting has no chat, and no attendee has an e-mail address to send the recap to.',
    busy: 'Someone is sending this recap right now. Wait a moment and look again.',
  },
});
