// The sentence for a line of the series file's health log (src/domain/series/healthIssue.ts), in the user's language.
import { assertNever } from '../../domain/ids';
import {
  parseHealthLine,
  type HealthIssue,
  type HealthReason,
  type OutcomeFlaw,
  type SetAside,
  type TopicFlaw,
} from '../../domain/series/healthIssue';
import { agendaProblemsMessages } from './en-US/agendaProblems';
import { problemText } from './problemText';

/**
 * A finding's line worded for the organizer. A line that is a sentence (an older Roundtable wrote it) is shown as it
 * is; so is a finding this app can't word (someone else's edit of the file), rather than breaking the notice.
 */
export function healthText(line: string): string {
  const issue = parseHealthLine(line);
  if (!issue) return line;
  try {
    return wordIssue(issue);
  } catch {
    return line;
  }
}

function wordIssue(issue: HealthIssue): string {
  // Read at call time: the area answers in the installed language (defineMessages.ts).
  const m = agendaProblemsMessages.health;
  const day = (d: string | null) => d ?? m.impossibleDate;
  switch (issue.code) {
    case 'futureStamps':
      return m.futureStamps(issue.count, day(issue.furthest), day(issue.now));
    case 'titleShortened':
      return m.titleShortened(issue.max);
    case 'settingsSetAside':
      return m.settingsSetAside(reasonText(issue.reason));
    case 'rolesSetAside':
      return m.rolesSetAside(reasonText(issue.reason));
    case 'topicsSetAside':
      return m.topicsSetAside(issue.count, named(issue.count, issue.topics, topicFlawText));
    case 'actionsSetAside':
      return m.actionsSetAside(
        issue.count,
        named(issue.count, issue.actions, (f) => m.actionFlaw[f]),
      );
    case 'openTopicsCapped':
      return m.openTopicsCapped(issue.count, issue.max);
    case 'meetingKeyInvalid':
      return m.meetingKeyInvalid(issue.key);
    case 'ballotsSetAside':
      return m.ballotsSetAside(issue.count, issue.day, issue.budgetMax);
    case 'agendaDamaged':
      return m.agendaDamaged(issue.day, outcomeFlawText(issue.flaw));
    case 'requestsSetAside':
      return m.requestsSetAside(issue.count, issue.day, issue.max);
    case 'decisionsSetAside':
      return m.decisionsSetAside(issue.count, issue.day);
    case 'runReset':
      return m.runReset(issue.day);
    case 'keepGoingSetAside':
      return m.keepGoingSetAside(issue.day);
    case 'responsesSetAside':
      return m.responsesSetAside(issue.day, issue.max);
    case 'votingLogDamaged':
      return m.votingLogDamaged(issue.day);
    case 'notesSetAside':
    case 'noteWritersSetAside':
      return problemText(issue);
    default:
      return assertNever(issue, 'health issue');
  }
}

function reasonText(reason: HealthReason): string {
  return 'problem' in reason ? problemText(reason.problem) : reason.text;
}

function topicFlawText(flaw: TopicFlaw): string {
  return typeof flaw === 'string' ? agendaProblemsMessages.health.topicFlaw[flaw] : reasonText(flaw);
}

/** "“A” (why), “B” (why)", and how many more than it names. */
function named<F>(count: number, entries: readonly SetAside<F>[], why: (flaw: F) => string): string {
  const m = agendaProblemsMessages.health;
  const shown = entries.map((e) => m.named(e.title, required(why(e.flaw)))).join(', ');
  return count > entries.length ? m.andMore(shown, count - entries.length) : shown;
}

function outcomeFlawText(f: OutcomeFlaw): string {
  const m = agendaProblemsMessages.health.outcomeFlaw;
  switch (f.flaw) {
    case 'voterCount':
      return m.voterCount(f.voters);
    case 'rankingTooLong':
      return m.rankingTooLong(f.topics);
    case 'estimate':
      return m.estimate(f.title);
    case 'voters':
      return m.voters(f.title, f.voters, f.of);
    case 'dots':
      return m.dots(f.title, f.dots, f.voters);
    case 'segment':
      return m.segment(f.minutes);
    case 'segmentsTotal':
      return m.segmentsTotal(f.minutes);
    case 'meetingLength':
    case 'boulderCount':
    case 'topicTwice':
    case 'topicTitle':
    case 'authorName':
    case 'deferrals':
    case 'rank':
    case 'mergedTooMany':
    case 'timeBoxesTooMany':
    case 'timeBoxesMismatch':
      return required(m[f.flaw]);
    default:
      return assertNever(f, 'outcome flaw');
  }
}

/** A flaw the file names but this app has no words for (someone else's edit): the line is shown as written. */
function required(text: string | undefined): string {
  if (typeof text !== 'string') throw new Error('unknown health flaw');
  return text;
}
