// English messages for proposing, voting, the agreed agenda, settings, decisions and the decision log.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

/** “Title”: a name people typed, quoted in English. */
const quote = (text: string) => `“${text}”`;

export const agendaMessages = defineMessages('agenda', {
  cancel: 'Cancel',
  tryAgain: 'Try again',
  proposedBy: (name: string) => `Proposed by ${name}`,
  beforeTheTopics: 'Before the topics',
  afterTheTopics: 'After the topics',
  /** The outcome a topic asks for, as a badge and as the form's choices. */
  outcome: {
    decide: 'Decide',
    discuss: 'Discuss',
    inform: 'Inform',
  },

  // What deriveAgendaViewState words.
  view: {
    /** Stands in for the organizer's name when the meeting doesn't give one. */
    theOrganizer: 'The organizer',
    /** A choice of who holds a decision. */
    theFacilitator: 'The facilitator',
    notLinked: (organizer: string) =>
      `No agenda yet for this series. ${organizer} links it to a team; the agenda lives in that team's files, ` +
      `so only its members can open it. If ${organizer} already linked it, ask them to add you to the team.`,
    untrustedPlace: (team: string, createdBy: string) => `${quote(team)} (created by ${createdBy})`,
    /** `places` is a list of untrustedPlace. */
    untrustedNote: (places: readonly string[], organizer: string) =>
      `Roundtable found a file for this meeting in ${places.join(', ')} that ${organizer}, the organizer, did not ` +
      'create. It is not used: anyone in that team could have put it there, and votes in it could be read outside ' +
      'this meeting.',
    dotsLeft: (left: number, budget: number) => `Dots left: ${left} of ${budget}`,
    voters: (n: number) =>
      plural(n, { zero: 'No one has voted yet', one: '# person has voted', other: '# people have voted' }),
    votingOpenYouClose:
      'Voting is open. The agenda appears here when you close voting; until then nobody sees the tallies.',
    votingOpenOthersClose: (organizer: string) =>
      `Voting is open. The agenda appears here when ${organizer} (the organizer) or this meeting's facilitator ` +
      'closes voting; until then nobody sees the tallies.',
    /** `by` is absent when the record has no name; `previous` lists the boulders the reopening set aside. */
    reopened: (by: string | undefined, when: string, previous: readonly string[]) =>
      `Voting was reopened by ${by || 'the organizer'} on ${when}` +
      `${previous.length > 0 ? ` (the agenda had been: ${previous.join(', ')})` : ''}.`,
    closedNote: (by: string | undefined, when: string | undefined) =>
      `Voting closed${by ? ` by ${by}` : ''}${when ? ` on ${when}` : ''}. This agenda is kept as it was then: ` +
      'later merges, edits and withdrawals don’t change it.',
    total: (minutes: number) => `Total ${minutes} min`,
    scaledDown: (requested: number, available: number) =>
      `Estimates total ${requested} min; scaled to fit ${available} min.`,
    scaledUp: (requested: number, available: number) =>
      `Estimates total ${requested} min; stretched to fill ${available} min.`,
    noTimeLeft:
      'The fixed segments take the whole meeting; no time is left for topics. The organizer can shorten them in ' +
      'the settings.',
    tieAtCut: (made: string, missed: readonly string[]) =>
      `A tie straddles the cut: ${quote(made)} made the agenda and ${missed.map(quote).join(', ')} did not, ` +
      'with the same votes. The older proposal went first; the group can swap them if it prefers.',
    /** "0:10 · 20 min": where a segment starts (h:mm into the meeting), then its length. */
    timeBox: (start: string, minutes: number) => `${start} · ${minutes} min`,
    dots: (n: number) => plural(n, { one: '# dot', other: '# dots' }),
    dotsFrom: (dots: number, people: number) =>
      `${plural(dots, { one: '# dot', other: '# dots' })} from ${plural(people, { one: '# person', other: '# people' })}`,
    deferred: (times: number) => `deferred ×${times}`,
    mergedFrom: (titles: readonly string[]) => `merged from ${titles.map(quote).join(', ')}`,
  },

  // AgendaArea
  beforeTheMeeting: 'Before the meeting',
  agendaHeading: 'Agenda',
  untrustedTitle: 'A copy of this agenda was not used',
  repairTitle: 'The agenda file needed repair',
  repairIntro: 'Roundtable set aside what broke its rules, so the rest stays usable:',
  dismiss: 'Dismiss',
  votingOpen: 'Voting open',
  votingClosed: 'Voting closed',
  storedIn: (team: string) => `Stored in ${team}'s files`,
  closeVoting: 'Close voting',
  reopenVotingAsk: 'Reopen voting…',
  settings: 'Settings',
  reopenTitle: 'Reopen voting?',
  reopenBody:
    'The agreed agenda is set aside and everyone can vote again; it may already be published in the invitation or ' +
    'running in the meeting. The reopening is recorded with your name and the time, next to the agenda it replaced.',
  reopenVoting: 'Reopen voting',
  /** What would be lost by leaving before the ballot is saved ("… could not be saved"). */
  unsavedDots: 'your dots',

  // LinkTeamPanel
  noTeams:
    "You are not a member of any team yet. The agenda lives in a team's files, so create a team in Microsoft Teams " +
    '(or ask to join one) with the people in this meeting, then come back to link it.',
  linkIntro:
    "Link this series to a team: the agenda is stored in that team's files, so its members can propose topics and " +
    'vote. Attendees who are not members will be asked to join.',
  team: 'Team',
  linking: 'Linking…',
  linkTeam: 'Link this series to a team',

  // PlanSection
  boulders: 'Boulders',
  noTopicsProposed: 'No topics were proposed for this meeting.',
  parkingLot: 'Parking lot',
  nothingParked: 'Nothing is parked.',
  lateHeading: 'Proposed after voting closed',
  lateIntro: 'These were not on this agenda; they carry over to the next meeting.',
  tied: 'tied',
  estimated: (minutes: number) => `estimated ${minutes} min`,
  notReached: 'Not reached — carries over',
  decisionLabel: 'Decision:',
  heldBy: (holder: string) => `(held by ${holder})`,
  recordDecisionOn: (title: string) => `Record the decision on ${title}`,
  changeDecision: 'Change decision',
  recordDecision: 'Record decision',
  markCoveredOf: (title: string) => `Mark ${title} as covered`,
  markNotReachedOf: (title: string) => `Mark ${title} as not reached`,
  markCovered: 'Mark covered',
  markNotReached: 'Mark not reached',

  // DecisionDialog
  decisionOn: (title: string) => `Decision on ${quote(title)}`,
  whatWasDecided: 'What was decided',
  whoHoldsDecision: 'Who holds this decision',
  saveDecision: 'Save decision',

  // ProblemBar
  reference: (reference: string) => `Reference: ${reference}`,

  // ProposeSection
  proposeHeading: 'Propose a topic',
  proposeAfterClose: 'Voting has closed: new topics go to the parking lot and carry over.',
  proposing: 'Proposing…',
  propose: 'Propose',
  proposed: (title: string) => `Proposed ${quote(title)}.`,

  // SettingsDialog
  settingsTitle: 'Agenda settings',
  topicsOnAgenda: 'Topics on the agenda',
  dotsPerPerson: 'Dots per person',
  mostDotsOnOneTopic: 'Most dots on one topic',
  fixedSegments: 'Fixed segments',
  segmentName: (n: number) => `Segment ${n} name`,
  minutes: 'Minutes',
  when: 'When',
  /** `segment` is its name, or its number when it has none. */
  removeSegment: (segment: string) => `Remove segment ${segment}`,
  addSegment: 'Add a segment',
  saveSettings: 'Save settings',

  // TopicActions
  edit: 'Edit',
  editOf: (title: string) => `Edit ${title}`,
  withdraw: 'Withdraw',
  withdrawOf: (title: string) => `Withdraw ${title}`,
  mergeInto: 'Merge into…',
  mergeOf: (title: string) => `Merge ${title} into another topic`,
  editTopic: 'Edit topic',
  saveChanges: 'Save changes',
  withdrawTitle: (title: string) => `Withdraw ${quote(title)}?`,
  withdrawBody: 'It leaves the list for everyone, and any dots on it are handed back to the voters.',
  mergeTitle: (title: string) => `Merge ${quote(title)} into another topic`,
  mergeHint: "Its votes move to the topic you choose (each person's dots stay within the per-topic limit).",
  merge: 'Merge',

  // TopicForm
  title: 'Title',
  titleLength: (length: number, max: number) => `${length} of ${max} characters`,
  why: "Why it matters — what happens if we don't address this together",
  outcomeLabel: 'Outcome',
  estimate: 'Estimate (minutes)',

  // VoteSection
  savingDots: 'Saving your dots…',
  savingSlow: 'Still saving: Microsoft 365 is slow to answer. Your dots stay here until it does.',
  saveFailed: 'Your dots are not saved yet. They are kept here: try again.',
  unsavedChanges: 'Unsaved changes: saving in a moment',
  dotsSaved: 'Your dots are saved.',
  voteHeading: 'Vote',
  atMostPerTopic: (n: number) => `At most ${n} on one topic`,
  saving: 'Saving…',
  saveMyVotes: 'Save my votes',
  votingHasClosed: 'Voting has closed; the results and every tally are in the agenda.',
  noTopicsYet: 'No topics yet. Propose the first one.',
  topics: 'Topics',
  youProposed: 'You proposed this',
  minutesShort: (n: number) => `${n} min`,
  removeDotFrom: (title: string) => `Remove a dot from ${title}`,
  addDotTo: (title: string) => `Add a dot to ${title}`,
  myDots: (n: number) => plural(n, { one: '# dot', other: '# dots' }),

  // DecisionLogEntry
  decisionLog: 'Decision log',
  hideDecisionLog: 'Hide the decision log',
  showDecisionLog: 'Decision log: every decision of this series',
  openingDecisionLog: 'Opening the decision log',

  // DecisionLog
  log: {
    /** The names of the export formats, as the buttons and notices say them. */
    format: { markdown: 'Markdown', csv: 'CSV' },
    copy: (format: string) => `Copy ${format}`,
    download: (format: string) => `Download ${format}`,
    copied: (n: number, format: string) =>
      plural(n, { one: `Copied # decision as ${format}.`, other: `Copied # decisions as ${format}.` }),
    /** `download` is the Download button's label. */
    copyFailed: (download: string) =>
      `Couldn’t copy: this window doesn’t allow the clipboard. Use ${quote(download)} instead.`,
    readingArchive: 'Reading archived meetings',
    archiveFailed: (reason: string) =>
      `Archived meetings couldn’t be read (${reason}); showing the decisions of recent meetings only.`,
    filter: 'Filter decisions',
    search: 'Search decisions',
    searchPlaceholder: 'Words in a topic, decision, person or action',
    person: 'Person',
    everyone: 'Everyone',
    from: 'From',
    to: 'To',
    count: (shown: number, total: number, withArchive: boolean) =>
      plural(total, { one: `${shown} of # decision`, other: `${shown} of # decisions` }) +
      (withArchive ? ', archived meetings included' : ''),
    empty: 'No decisions recorded yet. Decisions recorded on a closed agenda show here.',
    table: 'Decisions',
    date: 'Date',
    topic: 'Topic',
    decision: 'Decision',
    heldBy: 'Held by',
    actionItems: 'Action items',
    archived: 'archived',
    /** An action item under a decision: "Book the room (Dana, Lee), due 12 Mar". */
    action: (title: string, owners: readonly string[], due: string | null) =>
      `${title}${owners.length > 0 ? ` (${owners.join(', ')})` : ''}${due ? `, due ${due}` : ''}`,
  },

  /** The default fixed segments' names, by segment id (segmentLabel.ts). */
  defaultSegments: {
    'check-in': 'Check-in',
    review: 'Review of last actions',
    'wrap-up': 'Wrap-up',
  },
});
