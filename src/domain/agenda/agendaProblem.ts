// Why an agenda, series, run or decision change was refused, as data: a code and the values its sentence needs. The app words it in the user's
// language (src/app/i18n/problemText.ts); the domain never writes the sentence itself.
//
// The codes name their subject first (topic…, ballot…, merge…, run…) so they stay unique across every problem union
// (src/domain/problem.ts).

/** A topic's content (validateTopic). */
export type TopicProblem =
  | { readonly code: 'topicTitleMissing' }
  | { readonly code: 'topicTitleTooLong'; readonly max: number; readonly actual: number }
  | { readonly code: 'topicWhyTooLong'; readonly max: number }
  | { readonly code: 'topicOutcomeUnknown' }
  | { readonly code: 'topicEstimateOutOfRange'; readonly min: number; readonly max: number };

/** The series settings (validateSettings, setSettings). */
export type SettingsProblem =
  | { readonly code: 'settingsBudgetOutOfRange'; readonly max: number }
  | { readonly code: 'settingsDotsPerTopicOutOfRange' }
  | { readonly code: 'settingsBouldersOutOfRange'; readonly max: number }
  | { readonly code: 'settingsTooManySegments'; readonly max: number }
  | { readonly code: 'settingsSegmentInvalid'; readonly labelMax: number; readonly minutesMax: number }
  | { readonly code: 'settingsNotOrganizer' };

/** A decision recorded on a topic (recordDecision). */
export type DecisionProblem =
  | { readonly code: 'decisionNotAllowed'; readonly author: string }
  | { readonly code: 'decisionTextMissing' }
  | { readonly code: 'decisionTextTooLong'; readonly max: number }
  | { readonly code: 'decisionHolderMissing' };

/** Proposing, editing, withdrawing, merging and voting on topics; closing and reopening the vote. */
export type VotingProblem =
  | { readonly code: 'topicExists' }
  | { readonly code: 'topicIdMissing' }
  | { readonly code: 'topicAlreadyListed'; readonly title: string; readonly author: string }
  | { readonly code: 'topicsTooMany'; readonly open: number }
  | { readonly code: 'topicGone' }
  | { readonly code: 'topicEditNotAuthor'; readonly author: string }
  | { readonly code: 'topicWithdrawNotAuthor'; readonly author: string }
  | { readonly code: 'topicNotOnAgenda' }
  | { readonly code: 'topicStatusNotAllowed' }
  | { readonly code: 'topicStatusVotingOpen' }
  | { readonly code: 'mergeNotAllowed' }
  | { readonly code: 'mergeVotingClosed' }
  | { readonly code: 'mergeIntoItself' }
  | { readonly code: 'mergeNotOnList' }
  | { readonly code: 'ballotVotingClosed' }
  | { readonly code: 'ballotDotsNotWhole' }
  | { readonly code: 'ballotTooManyOnTopic'; readonly max: number }
  | { readonly code: 'ballotOverBudget'; readonly budget: number; readonly used: number }
  | { readonly code: 'votingCloseNotAllowed' }
  | { readonly code: 'votingReopenNotAllowed' }
  | { readonly code: 'votingMeetingLengthUnusable' };

/** Running the agenda and the "keep going?" vote (domain/run). */
export type RunProblem =
  | { readonly code: 'runNotAllowed' }
  | { readonly code: 'runVotingOpen' }
  | { readonly code: 'runNoAgenda' }
  | { readonly code: 'keepGoingChoiceUnknown' }
  | { readonly code: 'keepGoingMovedOn' };

/** The series file as a whole (applyIntent). */
export type SeriesProblem =
  | { readonly code: 'seriesMeetingArchived' }
  | { readonly code: 'seriesArchiveNotOrganizer' }
  | { readonly code: 'seriesHealthNotOrganizer' };

/**
 * Why the tab can't tell which meeting it runs in (usecases/meeting/locateMeeting). `chatFailure` is what Graph said
 * when the chat couldn't be read either: its own words or its failure kind, for support.
 */
export type LocateProblem =
  | { readonly code: 'meetingNoContext' }
  | { readonly code: 'meetingNotAMeetingChat' }
  | { readonly code: 'meetingNotInCalendar'; readonly chatFailure?: string }
  | { readonly code: 'meetingChatNotReadable' };

/** Why linking the series to a team was refused (usecases/agenda/linkSeriesToTeam). */
export type LinkProblem =
  | { readonly code: 'linkNotOrganizer'; readonly organizer: string }
  | { readonly code: 'linkUntrustedTwin'; readonly team: string; readonly createdBy: string }
  | { readonly code: 'linkFileExists' };

export type AgendaProblem =
  | TopicProblem
  | SettingsProblem
  | DecisionProblem
  | VotingProblem
  | RunProblem
  | SeriesProblem
  | LocateProblem
  | LinkProblem;
