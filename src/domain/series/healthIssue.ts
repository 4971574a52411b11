// What a read of the series file set aside or corrected (validateSeriesDocument), as data the app words in the
// organizer's language (src/app/i18n/healthText.ts).
//
// The health log in the file keeps one line per finding. A line is the issue's canonical JSON, not a sentence: every
// reader who finds the same damage writes the same line whatever their language, so the log's key (a hash of the
// lines) still lets them all add the same entry. Lines that are not such JSON (written by an older Roundtable, or
// findings not yet given codes) are sentences and are shown as they are.
import type { NotesIssue } from '../actions/actionProblem';
import type { Problem } from '../problem';
import { canonicalJson } from './lww';

/** Why a rule refused an entry: a problem code, or a sentence from a rule that has no code yet (issue #16). */
export type HealthReason = { readonly problem: Problem } | { readonly text: string };

/** Why a topic was set aside (checkProposals). */
export type TopicFlaw =
  | 'idMismatch'
  | 'authorNameTooLong'
  | 'noValidMeeting'
  | 'noCreationTime'
  | 'mergedIntoInvalid'
  | HealthReason;

/** Why an action item was set aside (checkActions). */
export type ActionFlaw =
  'idMismatch' | 'noValidMeeting' | 'titleInvalid' | 'ownerInvalid' | 'helpersInvalid' | 'dueInvalid';

/** What was wrong with a closed agenda's frozen outcome (outcomeProblem). */
export type OutcomeFlaw =
  | { readonly flaw: 'meetingLength' }
  | { readonly flaw: 'voterCount'; readonly voters: number }
  | { readonly flaw: 'rankingTooLong'; readonly topics: number }
  | { readonly flaw: 'boulderCount' }
  | { readonly flaw: 'topicTwice' }
  | { readonly flaw: 'topicTitle' }
  | { readonly flaw: 'authorName' }
  | { readonly flaw: 'estimate'; readonly title: string }
  | { readonly flaw: 'voters'; readonly title: string; readonly voters: number; readonly of: number }
  | { readonly flaw: 'dots'; readonly title: string; readonly dots: number; readonly voters: number }
  | { readonly flaw: 'deferrals' }
  | { readonly flaw: 'rank' }
  | { readonly flaw: 'mergedTooMany' }
  | { readonly flaw: 'timeBoxesTooMany' }
  | { readonly flaw: 'segment'; readonly minutes: number }
  | { readonly flaw: 'timeBoxesMismatch' }
  | { readonly flaw: 'segmentsTotal'; readonly minutes: number };

/** An entry named in a finding: its title (shortened) and why it went. */
export interface SetAside<F> {
  readonly title: string;
  readonly flaw: F;
}

/**
 * One finding. Days are ISO dates (yyyy-mm-dd) of meetings or clocks; null is a clock reading no date can express.
 * Lists name at most HEALTH_NAMED entries; `count` says how many there were.
 */
export type HealthIssue =
  | {
      readonly code: 'futureStamps';
      readonly count: number;
      readonly furthest: string | null;
      readonly now: string | null;
    }
  | { readonly code: 'titleShortened'; readonly max: number }
  | { readonly code: 'settingsSetAside'; readonly reason: HealthReason }
  | { readonly code: 'rolesSetAside'; readonly reason: HealthReason }
  | {
      readonly code: 'topicsSetAside';
      readonly count: number;
      readonly topics: readonly SetAside<TopicFlaw>[];
    }
  | { readonly code: 'openTopicsCapped'; readonly count: number; readonly max: number }
  | { readonly code: 'meetingKeyInvalid'; readonly key: string }
  | {
      readonly code: 'ballotsSetAside';
      readonly count: number;
      readonly day: string;
      readonly budgetMax: number;
    }
  | { readonly code: 'agendaDamaged'; readonly day: string; readonly flaw: OutcomeFlaw }
  | { readonly code: 'requestsSetAside'; readonly count: number; readonly day: string; readonly max: number }
  | { readonly code: 'decisionsSetAside'; readonly count: number; readonly day: string }
  | { readonly code: 'runReset'; readonly day: string }
  | { readonly code: 'keepGoingSetAside'; readonly day: string }
  | { readonly code: 'responsesSetAside'; readonly day: string; readonly max: number }
  | { readonly code: 'votingLogDamaged'; readonly day: string }
  | {
      readonly code: 'actionsSetAside';
      readonly count: number;
      readonly actions: readonly SetAside<ActionFlaw>[];
    }
  // Notes set aside (validateNotes): also problem codes, worded with the other action problems.
  | NotesIssue;

/** How many set-aside entries a finding names; the rest are counted. */
export const HEALTH_NAMED = 5;

const CODES: ReadonlySet<string> = new Set<HealthIssue['code']>([
  'futureStamps',
  'titleShortened',
  'settingsSetAside',
  'rolesSetAside',
  'topicsSetAside',
  'openTopicsCapped',
  'meetingKeyInvalid',
  'ballotsSetAside',
  'agendaDamaged',
  'requestsSetAside',
  'decisionsSetAside',
  'runReset',
  'keepGoingSetAside',
  'responsesSetAside',
  'votingLogDamaged',
  'actionsSetAside',
  'notesSetAside',
  'noteWritersSetAside',
]);

/** The line the health log keeps for a finding. */
export function healthLine(issue: HealthIssue): string {
  return canonicalJson(issue);
}

/**
 * The finding a health-log line records, or undefined for a line that is a sentence. The file is anyone's to write,
 * so a line is taken as a finding only if it is a known code whose values are plain data (strings, numbers, null,
 * nested objects and lists of them); what words it checks each value it reads (healthText.ts).
 */
export function parseHealthLine(line: string): HealthIssue | undefined {
  if (!line.startsWith('{"')) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
  if (!isPlainData(v, 0) || typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const code = (v as { readonly code?: unknown }).code;
  return typeof code === 'string' && CODES.has(code) ? (v as HealthIssue) : undefined;
}

function isPlainData(v: unknown, depth: number): boolean {
  if (v === null || typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth > 5 || typeof v !== 'object') return false;
  return (Array.isArray(v) ? v : Object.values(v as object)).every((x) => isPlainData(x, depth + 1));
}
