// The series file is validated for meaning, not only for types (DESIGN.md "Trust in the file"). Any team member, or
// any other app, can write that file: types tell us it parses, these rules tell us it makes sense. An entry that
// breaks a rule is set aside and reported; it never crashes a view or blocks the rest of the document. The same rules
// guard every write (the commands call the same validators), so a document Roundtable wrote never trips them.
//
// Reported problems go into the document's health log under a hash of the lines, so every reader who finds the same
// damage adds the same entry, and the organizer sees it even if someone else's write already dropped the entries.
import { validateDue, validateHelpers, validateOwner, validateTitle } from '../actions/validateActionInput';
import { BUDGET_MAX, BOULDERS_MAX, validateSettings } from '../agenda/validateSettings';
import { OPEN_TOPICS_MAX, TITLE_MAX } from '../agenda/agendaTypes';
import { openTopics } from '../agenda/buildAgenda';
import { validateDecision } from '../agenda/recordDecision';
import { validateTopic } from '../agenda/validateTopic';
import type { AgendaOutcome } from '../agenda/agendaOutcome';
import { occurrenceKey, type OccurrenceKey } from '../ids';
import type { NotesIssue } from '../actions/actionProblem';
import { validateNotes } from '../notes/validateNotes';
import { fnv1a32 } from '../publish/fnv1a32';
import { validateRoles } from '../roles/setCustomRoles';
import { REQUEST_ID_MAX, ROLE_REQUESTS_MAX } from '../roles/requestRoleSwap';
import { sortKeys } from './lww';
import type { ActionRecord } from '../actions/actionTypes';
import type {
  HealthRecord,
  OccurrenceRecord,
  Proposal,
  RoleRequest,
  SeriesDocument,
  VotingEvent,
} from './seriesDocument';
import { clampFutureStamps, compareStamps } from './stamp';

/** People who can hold a ballot in one meeting: Teams' interactive meeting limit. */
export const BALLOTS_MAX = 1000;
export const HEALTH_RECORDS_MAX = 20;
export const HEALTH_LINES_MAX = 20;
export const VOTING_LOG_MAX = 50;
const NAME_MAX = 200;
const ID_MAX = 100;
const DAY_MINUTES = 24 * 60;

export interface ValidatedDocument {
  readonly doc: SeriesDocument;
  /** What this read set aside or corrected, in words for the organizer. Empty for a healthy file. */
  readonly issues: readonly string[];
}

export function validateSeriesDocument(
  input: SeriesDocument,
  now: number,
  /** What the parse already set aside (entries that were not even well-formed), reported with the rest. */
  earlier: readonly string[] = [],
): ValidatedDocument {
  const issues: string[] = [...earlier];
  const { value: clamped, report } = clampFutureStamps(input, now);
  if (report.count > 0)
    issues.push(
      `${count(report.count, 'change was', 'changes were')} dated in the future (up to ${isoDay(report.furthest)}, ` +
        `while the reading device said ${isoDay(now)}); their dates were pulled back to now, so later changes can ` +
        'replace them. Either the writer’s clock or the reader’s is wrong; nothing was lost.',
    );
  let doc: SeriesDocument = clamped;

  const settings = checkSettings(doc, issues);
  doc = settings.doc;
  const proposals = checkProposals(doc, issues);
  doc = { ...doc, proposals };
  doc = { ...doc, occurrences: checkOccurrences(doc, issues) };
  // After the occurrences: a closed agenda set aside there no longer covers anything.
  doc = { ...doc, proposals: capOpenTopics(doc, issues) };
  doc = { ...doc, actions: checkActions(doc, issues) };
  if (doc.title.length > 500) {
    issues.push('The series title was longer than 500 characters; it was shortened.');
    doc = { ...doc, title: doc.title.slice(0, 500) };
  }
  doc = withHealth(doc, issues, now);
  return { doc, issues };
}

function checkSettings(doc: SeriesDocument, issues: string[]): { doc: SeriesDocument } {
  const s = doc.settings;
  if (!s) return { doc };
  const { roles, ...rest } = s.value;
  const valid = validateSettings(rest);
  if (!valid.ok) {
    issues.push(`The series settings were set aside (${valid.failure.message}); the defaults apply.`);
    const { settings: _dropped, ...without } = doc;
    return { doc: without };
  }
  if (roles !== undefined) {
    const r = validateRoles(roles);
    if (!r.ok) {
      issues.push(
        `The series' custom roles were set aside (${r.failure.problem.code}); the three default roles apply.`,
      );
      return { doc: { ...doc, settings: { ...s, value: rest } } };
    }
  }
  return { doc };
}

function checkProposals(doc: SeriesDocument, issues: string[]): Record<string, Proposal> {
  const out: Record<string, Proposal> = {};
  const bad: string[] = [];
  for (const [key, p] of Object.entries(doc.proposals)) {
    const c = p.content.value;
    const content = validateTopic(c);
    const problem =
      key !== p.id || key.length > ID_MAX || key.trim() === ''
        ? 'its id does not match'
        : !content.ok
          ? content.failure.message
          : p.authorName.length > NAME_MAX
            ? 'the author’s name is too long'
            : !isOccurrenceKey(p.proposedFor)
              ? 'it names no valid meeting'
              : !Number.isFinite(p.createdAt) || p.createdAt < 0
                ? 'it has no valid creation time'
                : p.mergedInto?.value != null && p.mergedInto.value.length > ID_MAX
                  ? 'it is merged into an invalid topic'
                  : undefined;
    if (problem) bad.push(`“${short(c.title)}” (${problem})`);
    else out[key] = p;
  }
  if (bad.length > 0)
    issues.push(`${count(bad.length, 'topic was', 'topics were')} set aside: ${list(bad)}.`);
  return out;
}

/**
 * At most OPEN_TOPICS_MAX open topics (live and not covered by a closed agenda) in the series, the limit proposeTopic
 * enforces; beyond it the newest are set aside. Linear: one pass over the closed outcomes and one over the topics.
 */
function capOpenTopics(doc: SeriesDocument, issues: string[]): Record<string, Proposal> {
  const open = openTopics(doc);
  if (open.length <= OPEN_TOPICS_MAX) return { ...doc.proposals };
  open.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const dropped = new Set(open.slice(OPEN_TOPICS_MAX).map((p) => p.id));
  issues.push(
    `${dropped.size} open topics beyond the limit of ${OPEN_TOPICS_MAX} were set aside (the newest ones).`,
  );
  const out: Record<string, Proposal> = {};
  for (const [k, p] of Object.entries(doc.proposals)) if (!dropped.has(k)) out[k] = p;
  return out;
}

/**
 * A request is written by the person asking, and ended by the person asked (accepted, declined) or by the asker
 * (withdrawn): anything else would let a third person's file edit give a role away. The newest ROLE_REQUESTS_MAX stay.
 */
function checkRoleRequests(requests: Readonly<Record<string, RoleRequest>>): {
  ok: Record<string, RoleRequest>;
  bad: number;
} {
  const ok: Record<string, RoleRequest> = {};
  let bad = 0;
  const newestFirst = Object.entries(requests).sort(([, a], [, b]) => compareStamps(b, a));
  for (const [id, q] of newestFirst) {
    const a = q.answer;
    const answeredRightly = !a || (a.value === 'withdrawn' ? a.by === q.from : a.by === q.to);
    const valid =
      id.length > 0 &&
      id.length <= REQUEST_ID_MAX &&
      q.by === q.from &&
      q.from !== q.to &&
      q.role.length <= ID_MAX &&
      q.fromName.length <= NAME_MAX &&
      q.toName.length <= NAME_MAX &&
      answeredRightly &&
      Object.keys(ok).length < ROLE_REQUESTS_MAX;
    if (valid) ok[id] = q;
    else bad += 1;
  }
  return { ok: sortKeys(ok), bad };
}

function checkOccurrences(doc: SeriesDocument, issues: string[]): Record<string, OccurrenceRecord> {
  const out: Record<string, OccurrenceRecord> = {};
  // Against the absolute limits, not today's settings: lowering the budget mid-vote must not make earlier ballots
  // vanish (the tally caps what counts; the voter is asked to take dots back).
  const maxPerTopic = BUDGET_MAX;
  for (const [key, rec] of Object.entries(doc.occurrences)) {
    const when = isOccurrenceKey(key) ? isoDay(Date.parse(key)) : undefined;
    if (!when) {
      issues.push(`A meeting record with the key “${short(key)}” was set aside: it names no valid meeting.`);
      continue;
    }
    let r: OccurrenceRecord = rec;

    const ballots: Record<string, OccurrenceRecord['ballots'][string]> = {};
    let badBallots = 0;
    let ballotCount = 0;
    for (const [voter, b] of Object.entries(r.ballots)) {
      const entries = Object.entries(b.value);
      const total = entries.reduce((s, [, n]) => s + n, 0);
      const ok =
        voter === b.by &&
        ballotCount < BALLOTS_MAX &&
        entries.length <= BUDGET_MAX &&
        entries.every(
          ([id, n]) => Number.isInteger(n) && n >= 0 && n <= maxPerTopic && id.length <= ID_MAX,
        ) &&
        total <= BUDGET_MAX;
      if (!ok) {
        badBallots += 1;
        continue;
      }
      ballotCount += 1;
      // Dots on topics that don't exist (any more) count for nothing; drop just those.
      const known = entries.filter(([id]) => doc.proposals[id] !== undefined);
      ballots[voter] = known.length === entries.length ? b : { ...b, value: Object.fromEntries(known) };
    }
    if (badBallots > 0)
      issues.push(
        `${count(badBallots, 'ballot', 'ballots')} for the meeting of ${when} broke the voting rules (a budget of at most ${BUDGET_MAX} dots, one ballot per person, written by that person) and were set aside.`,
      );
    r = { ...r, ballots };

    const v = r.voting?.value;
    if (v?.state === 'closed') {
      const problem = outcomeProblem(v.outcome);
      if (problem) {
        issues.push(
          `The closed agenda of ${when} was damaged (${problem}) and was set aside; voting on that meeting shows as open.`,
        );
        const { voting: _dropped, ...rest } = r;
        r = rest;
      }
    }

    if (r.roleRequests) {
      const kept = checkRoleRequests(r.roleRequests);
      if (kept.bad > 0)
        issues.push(
          `${count(kept.bad, 'request', 'requests')} to take a turn in the meeting of ${when} broke the rules (asked by its writer, answered only by the person asked or withdrawn by the one who asked, at most ${ROLE_REQUESTS_MAX} per meeting) and ${kept.bad === 1 ? 'was' : 'were'} set aside; the role stays as the rotation or the organizer set it.`,
        );
      r = { ...r, roleRequests: kept.ok };
    }

    const decisions: Record<string, OccurrenceRecord['decisions'][string]> = {};
    let badDecisions = 0;
    for (const [id, d] of Object.entries(r.decisions)) {
      if (validateDecision(d.value).ok && id.length <= ID_MAX) decisions[id] = d;
      else badDecisions += 1;
    }
    if (badDecisions > 0)
      issues.push(
        `${count(badDecisions, 'decision', 'decisions')} recorded for ${when} were set aside (empty or too long).`,
      );
    r = { ...r, decisions };

    const run = r.run?.value;
    if (
      run &&
      (run.index > 1000 ||
        run.itemId.length > ID_MAX ||
        run.elapsedMs > 2 * DAY_MINUTES * 60_000 ||
        (run.extendedMs ?? 0) > DAY_MINUTES * 60_000 ||
        (run.startedAt !== null && (!Number.isFinite(run.startedAt) || run.startedAt < 0)))
    ) {
      issues.push(`The running agenda of ${when} was damaged and was reset.`);
      const { run: _dropped, ...rest } = r;
      r = rest;
    }

    // "Keep going?" votes: at most one per voter per item, so more voters than ballots allow is damage.
    if (r.keepGoing && Object.values(r.keepGoing).some((v) => Object.keys(v).length > BALLOTS_MAX)) {
      issues.push(`The “keep going?” votes of ${when} were damaged and were set aside.`);
      const { keepGoing: _dropped, ...rest } = r;
      r = rest;
    }

    if (r.responses && Object.keys(r.responses.value).length > BALLOTS_MAX) {
      issues.push(
        `The responses recorded for ${when} listed more than ${BALLOTS_MAX} people and were set aside.`,
      );
      const { responses: _dropped, ...rest } = r;
      r = rest;
    }

    if (r.votingLog) {
      const entries = Object.entries(r.votingLog).filter(([, e]) => votingEventOk(e));
      if (entries.length !== Object.keys(r.votingLog).length)
        issues.push(`Damaged entries of the voting log for ${when} were set aside.`);
      // A long log is not damage: only the newest entries are kept, silently.
      const kept = entries.sort(([a], [b]) => (a < b ? -1 : 1)).slice(-VOTING_LOG_MAX);
      r = { ...r, votingLog: Object.fromEntries(kept) };
    }
    r = validateNotes(r, when, (issue) => issues.push(notesIssueLine(issue)));
    out[key] = r;
  }
  return out;
}

// Bridge while health lines are English strings: notes report NotesIssue data (worded in the catalogue's area
// actionProblems); fold this into the document's own issue codes.
function notesIssueLine(issue: NotesIssue): string {
  return issue.code === 'notesSetAside'
    ? `Notes on ${issue.count} agenda item${issue.count === 1 ? '' : 's'} of ${issue.day} were set aside (too long or too many versions).`
    : `The list of people invited to write notes for ${issue.day} was too long and was set aside.`;
}

function outcomeProblem(o: AgendaOutcome): string | undefined {
  const minutes = (m: number) => Number.isInteger(m) && m >= 0 && m <= DAY_MINUTES;
  if (!minutes(o.meetingMinutes)) return 'its meeting length is out of range';
  if (!Number.isInteger(o.voterCount) || o.voterCount < 0 || o.voterCount > BALLOTS_MAX)
    return `it counts ${o.voterCount} voters`;
  if (o.ranking.length > OPEN_TOPICS_MAX) return `it ranks ${o.ranking.length} topics`;
  if (
    !Number.isInteger(o.boulderCount) ||
    o.boulderCount < 0 ||
    o.boulderCount > Math.min(BOULDERS_MAX, o.ranking.length)
  )
    return 'its number of boulders is out of range';
  const ids = new Set<string>();
  for (const t of o.ranking) {
    if (ids.has(t.id) || t.id.length > ID_MAX) return 'a topic appears twice';
    ids.add(t.id);
    if (t.title.trim() === '' || t.title.length > TITLE_MAX) return 'a topic title is empty or too long';
    if (t.authorName.length > NAME_MAX) return 'an author’s name is too long';
    if (
      !validateTopic({ title: t.title, why: '', outcome: t.outcome, estimateMinutes: t.estimateMinutes }).ok
    )
      return `“${short(t.title)}” has an invalid estimate`;
    if (!Number.isInteger(t.voters) || t.voters < 0 || t.voters > o.voterCount)
      return `“${short(t.title)}” has ${t.voters} voters out of ${o.voterCount}`;
    if (!Number.isInteger(t.votes) || t.votes < 0 || t.votes > t.voters * BUDGET_MAX)
      return `“${short(t.title)}” has ${t.votes} dots from ${t.voters} people`;
    if (!Number.isInteger(t.deferred) || t.deferred < 0 || t.deferred > 10_000)
      return 'a deferral count is out of range';
    if (!Number.isInteger(t.rank) || t.rank < 1 || t.rank > o.ranking.length) return 'a rank is out of range';
    if (t.mergedFrom.length > 1000) return 'a topic lists too many merged topics';
  }
  const tb = o.timeBox;
  const segs = [...tb.before, ...tb.boulders, ...tb.after];
  if (segs.length > BOULDERS_MAX + 20) return 'its time boxes are too many';
  for (const s of segs) {
    if (!minutes(s.minutes) || !minutes(s.startMinute) || s.label.length > TITLE_MAX)
      return `a segment of ${s.minutes} minutes`;
  }
  if (tb.boulders.length !== o.boulderCount) return 'its time boxes don’t match its boulders';
  if (tb.boulders.some((b, i) => b.id !== o.ranking[i]?.id)) return 'its time boxes don’t match its boulders';
  const total = segs.reduce((s, x) => s + x.minutes, 0);
  if (total > 2 * DAY_MINUTES) return `its segments add up to ${total} minutes`;
  return undefined;
}

function votingEventOk(e: VotingEvent): boolean {
  return (
    Number.isFinite(e.at) &&
    e.byName.length <= NAME_MAX &&
    e.boulders.length <= BOULDERS_MAX &&
    e.boulders.every((t) => t.length <= TITLE_MAX)
  );
}

function checkActions(doc: SeriesDocument, issues: string[]): Record<string, ActionRecord> {
  const out: Record<string, ActionRecord> = {};
  const bad: string[] = [];
  for (const [key, a] of Object.entries(doc.actions)) {
    const problem =
      key !== a.id || key.length > ID_MAX
        ? 'its id does not match'
        : !isOccurrenceKey(a.occurrence)
          ? 'it names no valid meeting'
          : !validateTitle(a.title.value).ok
            ? 'its title is empty or too long'
            : !validateOwner(a.ownership.value.owner).ok
              ? 'its owner is not valid'
              : a.helpers && !validateHelpers(a.helpers.value, a.ownership.value.owner).ok
                ? 'its helpers are not valid'
                : !validateDue(a.due.value).ok
                  ? 'its due date is not a date'
                  : undefined;
    if (problem) bad.push(`“${short(a.title.value)}” (${problem})`);
    else out[key] = a;
  }
  if (bad.length > 0)
    issues.push(`${count(bad.length, 'action item was', 'action items were')} set aside: ${list(bad)}.`);
  return out;
}

/** Adds this read's findings to the health log (keyed by their hash) and keeps the newest few entries. */
function withHealth(doc: SeriesDocument, issues: readonly string[], now: number): SeriesDocument {
  let log: Record<string, HealthRecord> = {};
  for (const [k, h] of Object.entries(doc.healthLog ?? {})) {
    if (!Number.isFinite(h.firstSeen) || h.lines.length === 0) continue;
    log[k] = {
      firstSeen: Math.min(h.firstSeen, now),
      lines: h.lines.slice(0, HEALTH_LINES_MAX).map((l) => short(l, 500)),
    };
  }
  if (issues.length > 0) {
    const lines = issues.slice(0, HEALTH_LINES_MAX).map((l) => short(l, 500));
    const key = fnv1a32(lines.join('\n'));
    const seen = log[key];
    log[key] = { firstSeen: Math.min(seen?.firstSeen ?? now, now), lines };
  }
  const kept = Object.entries(log)
    .sort(([ka, a], [kb, b]) => b.firstSeen - a.firstSeen || (ka < kb ? -1 : 1))
    .slice(0, HEALTH_RECORDS_MAX)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  log = Object.fromEntries(kept);
  if (Object.keys(log).length === 0) {
    const { healthLog: _none, ...rest } = doc;
    return rest;
  }
  return { ...doc, healthLog: log };
}

/** The health notices the organizer hasn't dismissed, newest first. */
export function unseenHealth(doc: SeriesDocument): readonly HealthRecord[] {
  const seen = doc.healthSeen?.value ?? -Infinity;
  return Object.values(doc.healthLog ?? {})
    .filter((h) => h.firstSeen > seen)
    .sort((a, b) => b.firstSeen - a.firstSeen);
}

function isOccurrenceKey(k: string): k is OccurrenceKey {
  return (
    k.length <= 40 &&
    /^\d{4}-\d{2}-\d{2}T/.test(k) &&
    Number.isFinite(Date.parse(k)) &&
    k === occurrenceKey(k)
  );
}

function isoDay(ms: number | undefined): string {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) < 8.64e15
    ? new Date(ms).toISOString().slice(0, 10)
    : 'an impossible date';
}

function short(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
