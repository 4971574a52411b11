// English sentences for each AgendaProblem code: why a change was refused (src/domain/agenda/agendaProblem.ts), and
// what a read of the series file set aside (src/domain/series/healthIssue.ts, worded by healthText.ts).
import type { AgendaProblem } from '../../../domain/agenda/agendaProblem';
import { defineMessages } from '../defineMessages';
import { plural } from '../format';
import type { ProblemMessages } from '../problemText';

const problems = {
  topicTitleMissing: () => 'Give the topic a title.',
  topicTitleTooLong: (p) => `Keep the title to ${p.max} characters (it has ${p.actual}).`,
  topicWhyTooLong: (p) => `Keep "why it matters" to ${p.max} characters.`,
  topicOutcomeUnknown: () => 'Choose decide, discuss or inform.',
  topicEstimateOutOfRange: (p) => `The estimate must be a whole number of minutes from ${p.min} to ${p.max}.`,

  settingsBudgetOutOfRange: (p) => `The budget is 1 to ${p.max} dots.`,
  settingsDotsPerTopicOutOfRange: () => 'Dots per topic must be 1 up to the budget.',
  settingsBouldersOutOfRange: (p) => `Between 1 and ${p.max} topics can make the cut.`,
  settingsTooManySegments: (p) => `At most ${p.max} fixed segments.`,
  settingsSegmentInvalid: (p) =>
    `Each fixed segment needs a name of up to ${p.labelMax} characters and 1–${p.minutesMax} minutes.`,
  settingsNotOrganizer: () => 'Only the organizer changes the series settings.',

  decisionNotAllowed: (p) => `Only the organizer, the facilitator or ${p.author} can record this decision.`,
  decisionTextMissing: () => 'Write down what was decided.',
  decisionTextTooLong: (p) => `Keep the decision to ${p.max} characters.`,
  decisionHolderMissing: () => 'Say who holds this decision.',

  topicExists: () => 'This topic already exists.',
  topicIdMissing: () => 'A topic needs a short id.',
  topicAlreadyListed: (p) =>
    `“${p.title}” is already on the list (proposed by ${p.author}). Add your dots to it instead, or give yours a title that says how it differs.`,
  topicsTooMany: (p) =>
    `This series already has ${p.open} open topics, the most its agendas can weigh. Withdraw or merge some first.`,
  topicGone: () => 'That topic no longer exists.',
  topicEditNotAuthor: (p) => `Only ${p.author} can edit this topic.`,
  topicWithdrawNotAuthor: (p) => `Only ${p.author} can withdraw this topic.`,
  topicNotOnAgenda: () => 'That topic was not on this meeting’s agenda.',
  topicStatusNotAllowed: () =>
    'Only the organizer or this meeting’s facilitator can mark a topic as not reached.',
  topicStatusVotingOpen: () => 'Voting is still open: there is no agenda yet.',
  mergeNotAllowed: () => 'Only the organizer or the facilitator can merge duplicate topics.',
  mergeVotingClosed: () => 'Voting has closed on this meeting; merge duplicates on the next meeting’s list.',
  mergeIntoItself: () => 'A topic cannot be merged into itself.',
  mergeNotOnList: () => 'Both topics must still be on this meeting’s list.',
  ballotVotingClosed: () => 'Voting has closed for this meeting; your dots were not changed.',
  ballotDotsNotWhole: () => 'Dots are whole numbers, zero or more.',
  ballotTooManyOnTopic: (p) => `At most ${p.max} dots on one topic.`,
  ballotOverBudget: (p) => `You have ${p.budget} dots; this ballot uses ${p.used}.`,
  votingCloseNotAllowed: () => 'Only the organizer or this meeting’s facilitator can close voting.',
  votingReopenNotAllowed: () => 'Only the organizer can reopen voting on an agenda that was closed.',
  votingMeetingLengthUnusable: () => 'The meeting has no usable length.',

  runNotAllowed: () => 'Only the timekeeper, the facilitator or the organizer can run the agenda.',
  runVotingOpen: () =>
    'Voting is still open. The organizer or the facilitator closes it, then the agenda can run.',
  runNoAgenda: () => 'There is no agenda to run yet.',
  keepGoingChoiceUnknown: () => 'Choose keep going or move on.',
  keepGoingMovedOn: () => 'The meeting has moved on from that item; your vote was not needed.',

  seriesMeetingArchived: () =>
    'That meeting’s record was moved to the series archive; it can no longer be changed.',
  seriesArchiveNotOrganizer: () => 'Only the organizer moves old meetings to the archive.',
  seriesHealthNotOrganizer: () => 'Only the organizer looks after the agenda file’s health.',

  meetingNoContext: () =>
    'Teams didn’t say which meeting this tab belongs to. Open Roundtable from the meeting itself.',
  meetingNotAMeetingChat: () =>
    'This chat isn’t a meeting’s chat. Roundtable runs in meetings: add it to a meeting instead.',
  meetingNotInCalendar: (p) =>
    `Roundtable couldn’t find this meeting in your calendar between 12 hours ago and 90 days ahead${
      p.chatFailure === undefined ? '' : ` (the meeting chat couldn’t be read either: ${p.chatFailure})`
    }. It matches the meeting by its Teams join link, so it needs the invitation in your own calendar: if the ` +
    'meeting was forwarded to you or you joined by link, ask the organizer to invite you.',
  meetingChatNotReadable: () =>
    'Roundtable couldn’t tell which of your meetings this is. Teams doesn’t let you read this meeting’s chat ' +
    '(you may have left it or been removed from it, or joined by link), and Roundtable recognises a meeting by ' +
    'its chat. Your invitation’s join link doesn’t name the chat either: newer Teams invitations carry a short ' +
    'link (teams.microsoft.com/meet/…). Ask someone in the meeting to add you to the meeting chat, then select ' +
    'Try again.',

  linkNotOrganizer: (p) => `Only the organizer (${p.organizer}) links this meeting to a team.`,
  linkUntrustedTwin: (p) =>
    `“${p.team}” already holds a file for this meeting that ${p.createdBy} created, not you. Roundtable won't use it. Link another team, or ask a team owner to delete Roundtable's file for this meeting.`,
  linkFileExists: () => 'The file for this meeting already exists.',
} satisfies ProblemMessages<AgendaProblem>;

/** What a read of the series file set aside or corrected: the agenda file's health notice for the organizer. */
const health = {
  /** A clock reading no date can express, where a finding names a day. */
  impossibleDate: 'an impossible date',
  futureStamps: (count: number, furthest: string, now: string) =>
    `${plural(count, { one: '# change was', other: '# changes were' })} dated in the future (up to ${furthest}, ` +
    `while the reading device said ${now}); their dates were pulled back to now, so later changes can ` +
    'replace them. Either the writer’s clock or the reader’s is wrong; nothing was lost.',
  titleShortened: (max: number) => `The series title was longer than ${max} characters; it was shortened.`,
  settingsSetAside: (why: string) => `The series settings were set aside (${why}); the defaults apply.`,
  rolesSetAside: (why: string) =>
    `The series' custom roles were set aside (${why}); the three default roles apply.`,
  topicsSetAside: (count: number, named: string) =>
    `${plural(count, { one: '# topic was', other: '# topics were' })} set aside: ${named}.`,
  actionsSetAside: (count: number, named: string) =>
    `${plural(count, { one: '# action item was', other: '# action items were' })} set aside: ${named}.`,
  /** One entry of those lists: its title and why it went. */
  named: (title: string, why: string) => `“${title}” (${why})`,
  /** The list of entries, when more were set aside than it names. */
  andMore: (named: string, more: number) => `${named} and ${more} more`,
  openTopicsCapped: (count: number, max: number) =>
    `${count} open topics beyond the limit of ${max} were set aside (the newest ones).`,
  meetingKeyInvalid: (key: string) =>
    `A meeting record with the key “${key}” was set aside: it names no valid meeting.`,
  ballotsSetAside: (count: number, day: string, budgetMax: number) =>
    `${plural(count, { one: '# ballot', other: '# ballots' })} for the meeting of ${day} broke the voting rules (a budget of at most ${budgetMax} dots, one ballot per person, written by that person) and were set aside.`,
  agendaDamaged: (day: string, why: string) =>
    `The closed agenda of ${day} was damaged (${why}) and was set aside; voting on that meeting shows as open.`,
  requestsSetAside: (count: number, day: string, max: number) =>
    `${plural(count, { one: '# request', other: '# requests' })} to take a turn in the meeting of ${day} broke the rules (asked by its writer, answered only by the person asked or withdrawn by the one who asked, at most ${max} per meeting) and ${plural(count, { one: 'was', other: 'were' })} set aside; the role stays as the rotation or the organizer set it.`,
  decisionsSetAside: (count: number, day: string) =>
    `${plural(count, { one: '# decision', other: '# decisions' })} recorded for ${day} were set aside (empty or too long).`,
  runReset: (day: string) => `The running agenda of ${day} was damaged and was reset.`,
  keepGoingSetAside: (day: string) => `The “keep going?” votes of ${day} were damaged and were set aside.`,
  responsesSetAside: (day: string, max: number) =>
    `The responses recorded for ${day} listed more than ${max} people and were set aside.`,
  votingLogDamaged: (day: string) => `Damaged entries of the voting log for ${day} were set aside.`,
  topicFlaw: {
    idMismatch: 'its id does not match',
    authorNameTooLong: 'the author’s name is too long',
    noValidMeeting: 'it names no valid meeting',
    noCreationTime: 'it has no valid creation time',
    mergedIntoInvalid: 'it is merged into an invalid topic',
  },
  actionFlaw: {
    idMismatch: 'its id does not match',
    noValidMeeting: 'it names no valid meeting',
    titleInvalid: 'its title is empty or too long',
    ownerInvalid: 'its owner is not valid',
    helpersInvalid: 'its helpers are not valid',
    dueInvalid: 'its due date is not a date',
  },
  outcomeFlaw: {
    meetingLength: 'its meeting length is out of range',
    voterCount: (voters: number) => `it counts ${voters} voters`,
    rankingTooLong: (topics: number) => `it ranks ${topics} topics`,
    boulderCount: 'its number of boulders is out of range',
    topicTwice: 'a topic appears twice',
    topicTitle: 'a topic title is empty or too long',
    authorName: 'an author’s name is too long',
    estimate: (title: string) => `“${title}” has an invalid estimate`,
    voters: (title: string, voters: number, of: number) => `“${title}” has ${voters} voters out of ${of}`,
    dots: (title: string, dots: number, voters: number) =>
      `“${title}” has ${dots} dots from ${voters} people`,
    deferrals: 'a deferral count is out of range',
    rank: 'a rank is out of range',
    mergedTooMany: 'a topic lists too many merged topics',
    timeBoxesTooMany: 'its time boxes are too many',
    segment: (minutes: number) => `a segment of ${minutes} minutes`,
    timeBoxesMismatch: 'its time boxes don’t match its boulders',
    segmentsTotal: (minutes: number) => `its segments add up to ${minutes} minutes`,
  },
};

export const agendaProblemsMessages = defineMessages('agendaProblems', { ...problems, health });
