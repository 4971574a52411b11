// English messages for what Roundtable writes for others to read: the agenda in the invite, the recap in the chat or e-mail, the exported decision log.
// They are written in the language of whoever publishes or sends; the domain builds each document from these words
// (AgendaBlockWords, RecapWords, DecisionLogWords). The block and recap words are HTML: no < & " of their own.
import type { DecisionLogWords } from '../../../domain/decisions/decisionLogWords';
import type { AgendaBlockWords } from '../../../domain/publish/agendaBlockWords';
import type { RecapWords } from '../../../domain/recap/buildRecap';
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const publishedMessages = defineMessages('published', {
  agendaBlock: {
    language: 'en-US',
    agenda: 'Agenda',
    proposedTopics: 'Proposed topics',
    decisions: 'Decisions',
    roles: 'Roles',
    parkingLot: 'Parking lot',
    commitments: 'Commitments',
    noTopics: 'No topics on the agenda yet.',
    noRoles: 'No roles for this meeting.',
    unassigned: 'Unassigned',
    noOwner: 'No owner',
    noDueDate: 'no due date',
    due: (date: string) => `due ${date}`,
    heldBy: (holder: string) => `held by ${holder}`,
    minutes: (count: string) => `${count}&#160;min`,
    deferred: (times: number) => plural(times, { one: '(deferred once)', other: '(deferred # times)' }),
    votingOpenUntil: (closes: string) =>
      `Voting is open until ${closes}. The agenda is set when voting closes; until then topics are listed in the order they were proposed.`,
    openInApp: 'Open this meeting in the Roundtable app',
    openInAppNoLink: (url: string) => `Open this meeting in the Roundtable app (link not included: ${url})`,
    outcome: { decide: 'to decide', discuss: 'to discuss', inform: 'for information' },
    state: {
      open: 'Open',
      overdue: 'Overdue',
      done: 'Done',
      notInPlanner: 'Not in Planner yet',
      deletedInPlanner: 'Deleted in Planner',
    },
    untitledTopic: 'A topic',
  } satisfies AgendaBlockWords,
  recap: {
    heading: (meetingTitle: string) => `Recap: ${meetingTitle}`,
    subject: (meetingTitle: string, occurrenceLabel: string) => `Recap: ${meetingTitle} (${occurrenceLabel})`,
    decisions: 'Decisions',
    noDecisions: 'No decisions were recorded.',
    heldBy: (holder: string) => `held by ${holder}`,
    actionItems: 'Action items',
    noActionItems: 'No action items.',
    noOwner: 'no owner',
    due: (date: string) => `due ${date}`,
    planner: 'Planner',
    carriedOver: 'Carried over',
    nothingCarriesOver: 'Nothing carries over.',
    notReached: 'not reached',
    parked: 'parked',
    openInApp: 'Open this meeting in Roundtable',
    untitledTopic: 'A topic',
    ownerWithHelpers: (owner: string, helpers: readonly string[]) =>
      helpers.length === 0
        ? owner
        : `${owner}, with ${helpers.length > 1 ? `${helpers.slice(0, -1).join(', ')} and ${helpers[helpers.length - 1]}` : helpers[0]}`,
  } satisfies RecapWords,
  decisionLog: {
    title: (meetingTitle: string) => `Decision log: ${meetingTitle}`,
    headers: {
      date: 'Date',
      topic: 'Topic',
      decision: 'Decision',
      heldBy: 'Held by',
      actionItems: 'Action items',
    },
    done: '[done]',
    due: (date: string) => `due ${date}`,
  } satisfies DecisionLogWords,
});
