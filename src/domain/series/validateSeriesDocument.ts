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
import { validateNotes } from '../notes/validateNotes';
import { fnv1a32 } from '../publish/fnv1a32';
import { validateRoles } from '../roles/setCustomRoles';
import { REQUEST_ID_MAX, ROLE_REQUESTS_MAX } from '../roles/requestRoleSwap';
import type { Problem } from '../problem';
import {
  HEALTH_NAMED,
  healthLine,
  parseHealthLine,
  type ActionFlaw,
  type HealthIssue,
  type HealthReason,
  type OutcomeFlaw,
  type SetAside,
  type TopicFlaw,
} from './healthIssue';
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
const SERIES_TITLE_MAX = 500;

export interface ValidatedDocument {
  readonly doc: SeriesDocument;
  /**
   * What this read set aside or corrected, one health-log line each: a finding's code and values (healthIssue.ts),
   * worded by the app; a few rules outside this folder still write sentences. Empty for a healthy file.
   */
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
    found(issues, {
      code: 'futureStamps',
      count: report.count,
      furthest: isoDay(report.furthest),
      now: isoDay(now),
    });
  let doc: SeriesDocument = clamped;

  const settings = checkSettings(doc, issues);
  doc = settings.doc;
  const proposals = checkProposals(doc, issues);
  doc = { ...doc, proposals };
  doc = { ...doc, occurrences: checkOccurrences(doc, issues) };
  // After the occurrences: a closed agenda set aside there no longer covers anything.
  doc = { ...doc, proposals: capOpenTopics(doc, issues) };
  doc = { ...doc, actions: checkActions(doc, issues) };
  if (doc.title.length > SERIES_TITLE_MAX) {
    found(issues, { code: 'titleShortened', max: SERIES_TITLE_MAX });
    doc = { ...doc, title: doc.title.slice(0, SERIES_TITLE_MAX) };
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
    found(issues, { code: 'settingsSetAside', reason: { problem: valid.failure.problem } });
    const { settings: _dropped, ...without } = doc;
    return { doc: without };
  }
  if (roles !== undefined) {
    const r = validateRoles(roles);
    if (!r.ok) {
      found(issues, { code: 'rolesSetAside', reason: reasonOf(r.failure) });
      return { doc: { ...doc, settings: { ...s, value: rest } } };
    }
  }
  return { doc };
}

function checkProposals(doc: SeriesDocument, issues: string[]): Record<string, Proposal> {
  const out: Record<string, Proposal> = {};
  const bad: SetAside<TopicFlaw>[] = [];
  for (const [key, p] of Object.entries(doc.proposals)) {
    const c = p.content.value;
    const content = validateTopic(c);
    const flaw: TopicFlaw | undefined =
      key !== p.id || key.length > ID_MAX || key.trim() === ''
        ? 'idMismatch'
        : !content.ok
          ? { problem: content.failure.problem }
          : p.authorName.length > NAME_MAX
            ? 'authorNameTooLong'
            : !isOccurrenceKey(p.proposedFor)
              ? 'noValidMeeting'
              : !Number.isFinite(p.createdAt) || p.createdAt < 0
                ? 'noCreationTime'
                : p.mergedInto?.value != null && p.mergedInto.value.length > ID_MAX
                  ? 'mergedIntoInvalid'
                  : undefined;
    if (flaw) bad.push({ title: short(c.title), flaw });
    else out[key] = p;
  }
  if (bad.length > 0)
    found(issues, { code: 'topicsSetAside', count: bad.length, topics: bad.slice(0, HEALTH_NAMED) });
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
  found(issues, { code: 'openTopicsCapped', count: dropped.size, max: OPEN_TOPICS_MAX });
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
    const when = isOccurrenceKey(key) ? isoDay(Date.parse(key)) : null;
    if (!when) {
      found(issues, { code: 'meetingKeyInvalid', key: short(key) });
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
      found(issues, { code: 'ballotsSetAside', count: badBallots, day: when, budgetMax: BUDGET_MAX });
    r = { ...r, ballots };

    const v = r.voting?.value;
    if (v?.state === 'closed') {
      const flaw = outcomeFlaw(v.outcome);
      if (flaw) {
        found(issues, { code: 'agendaDamaged', day: when, flaw });
        const { voting: _dropped, ...rest } = r;
        r = rest;
      }
    }

    if (r.roleRequests) {
      const kept = checkRoleRequests(r.roleRequests);
      if (kept.bad > 0)
        found(issues, { code: 'requestsSetAside', count: kept.bad, day: when, max: ROLE_REQUESTS_MAX });
      r = { ...r, roleRequests: kept.ok };
    }

    const decisions: Record<string, OccurrenceRecord['decisions'][string]> = {};
    let badDecisions = 0;
    for (const [id, d] of Object.entries(r.decisions)) {
      if (validateDecision(d.value).ok && id.length <= ID_MAX) decisions[id] = d;
      else badDecisions += 1;
    }
    if (badDecisions > 0) found(issues, { code: 'decisionsSetAside', count: badDecisions, day: when });
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
      found(issues, { code: 'runReset', day: when });
      const { run: _dropped, ...rest } = r;
      r = rest;
    }

    // "Keep going?" votes: at most one per voter per item, so more voters than ballots allow is damage.
    if (r.keepGoing && Object.values(r.keepGoing).some((v) => Object.keys(v).length > BALLOTS_MAX)) {
      found(issues, { code: 'keepGoingSetAside', day: when });
      const { keepGoing: _dropped, ...rest } = r;
      r = rest;
    }

    if (r.responses && Object.keys(r.responses.value).length > BALLOTS_MAX) {
      found(issues, { code: 'responsesSetAside', day: when, max: BALLOTS_MAX });
      const { responses: _dropped, ...rest } = r;
      r = rest;
    }

    if (r.votingLog) {
      const entries = Object.entries(r.votingLog).filter(([, e]) => votingEventOk(e));
      if (entries.length !== Object.keys(r.votingLog).length)
        found(issues, { code: 'votingLogDamaged', day: when });
      // A long log is not damage: only the newest entries are kept, silently.
      const kept = entries.sort(([a], [b]) => (a < b ? -1 : 1)).slice(-VOTING_LOG_MAX);
      r = { ...r, votingLog: Object.fromEntries(kept) };
    }
    r = validateNotes(r, when, (issue) => found(issues, issue));
    out[key] = r;
  }
  return out;
}

function outcomeFlaw(o: AgendaOutcome): OutcomeFlaw | undefined {
  const minutes = (m: number) => Number.isInteger(m) && m >= 0 && m <= DAY_MINUTES;
  if (!minutes(o.meetingMinutes)) return { flaw: 'meetingLength' };
  if (!Number.isInteger(o.voterCount) || o.voterCount < 0 || o.voterCount > BALLOTS_MAX)
    return { flaw: 'voterCount', voters: o.voterCount };
  if (o.ranking.length > OPEN_TOPICS_MAX) return { flaw: 'rankingTooLong', topics: o.ranking.length };
  if (
    !Number.isInteger(o.boulderCount) ||
    o.boulderCount < 0 ||
    o.boulderCount > Math.min(BOULDERS_MAX, o.ranking.length)
  )
    return { flaw: 'boulderCount' };
  const ids = new Set<string>();
  for (const t of o.ranking) {
    if (ids.has(t.id) || t.id.length > ID_MAX) return { flaw: 'topicTwice' };
    ids.add(t.id);
    if (t.title.trim() === '' || t.title.length > TITLE_MAX) return { flaw: 'topicTitle' };
    if (t.authorName.length > NAME_MAX) return { flaw: 'authorName' };
    if (
      !validateTopic({ title: t.title, why: '', outcome: t.outcome, estimateMinutes: t.estimateMinutes }).ok
    )
      return { flaw: 'estimate', title: short(t.title) };
    if (!Number.isInteger(t.voters) || t.voters < 0 || t.voters > o.voterCount)
      return { flaw: 'voters', title: short(t.title), voters: t.voters, of: o.voterCount };
    if (!Number.isInteger(t.votes) || t.votes < 0 || t.votes > t.voters * BUDGET_MAX)
      return { flaw: 'dots', title: short(t.title), dots: t.votes, voters: t.voters };
    if (!Number.isInteger(t.deferred) || t.deferred < 0 || t.deferred > 10_000) return { flaw: 'deferrals' };
    if (!Number.isInteger(t.rank) || t.rank < 1 || t.rank > o.ranking.length) return { flaw: 'rank' };
    if (t.mergedFrom.length > 1000) return { flaw: 'mergedTooMany' };
  }
  const tb = o.timeBox;
  const segs = [...tb.before, ...tb.boulders, ...tb.after];
  if (segs.length > BOULDERS_MAX + 20) return { flaw: 'timeBoxesTooMany' };
  for (const s of segs) {
    if (!minutes(s.minutes) || !minutes(s.startMinute) || s.label.length > TITLE_MAX)
      return { flaw: 'segment', minutes: s.minutes };
  }
  if (tb.boulders.length !== o.boulderCount) return { flaw: 'timeBoxesMismatch' };
  if (tb.boulders.some((b, i) => b.id !== o.ranking[i]?.id)) return { flaw: 'timeBoxesMismatch' };
  const total = segs.reduce((s, x) => s + x.minutes, 0);
  if (total > 2 * DAY_MINUTES) return { flaw: 'segmentsTotal', minutes: total };
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
  const bad: SetAside<ActionFlaw>[] = [];
  for (const [key, a] of Object.entries(doc.actions)) {
    const flaw: ActionFlaw | undefined =
      key !== a.id || key.length > ID_MAX
        ? 'idMismatch'
        : !isOccurrenceKey(a.occurrence)
          ? 'noValidMeeting'
          : !validateTitle(a.title.value).ok
            ? 'titleInvalid'
            : !validateOwner(a.ownership.value.owner).ok
              ? 'ownerInvalid'
              : a.helpers && !validateHelpers(a.helpers.value, a.ownership.value.owner).ok
                ? 'helpersInvalid'
                : !validateDue(a.due.value).ok
                  ? 'dueInvalid'
                  : undefined;
    if (flaw) bad.push({ title: short(a.title.value), flaw });
    else out[key] = a;
  }
  if (bad.length > 0)
    found(issues, { code: 'actionsSetAside', count: bad.length, actions: bad.slice(0, HEALTH_NAMED) });
  return out;
}

/** Adds this read's findings to the health log (keyed by their hash) and keeps the newest few entries. */
function withHealth(doc: SeriesDocument, issues: readonly string[], now: number): SeriesDocument {
  let log: Record<string, HealthRecord> = {};
  for (const [k, h] of Object.entries(doc.healthLog ?? {})) {
    if (!Number.isFinite(h.firstSeen) || h.lines.length === 0) continue;
    log[k] = {
      firstSeen: Math.min(h.firstSeen, now),
      lines: h.lines.slice(0, HEALTH_LINES_MAX).map(logLine),
    };
  }
  if (issues.length > 0) {
    const lines = issues.slice(0, HEALTH_LINES_MAX).map(logLine);
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

/** The ISO date of a clock reading; null for one no date can express (the app words it). */
function isoDay(ms: number | undefined): string | null {
  return ms !== undefined && Number.isFinite(ms) && Math.abs(ms) < 8.64e15
    ? new Date(ms).toISOString().slice(0, 10)
    : null;
}

/** The longest line the file's schema reads back (graph/drive/seriesDocumentSchema.ts). */
const HEALTH_LINE_MAX = 2000;

/**
 * Adds a finding, as the line the health log keeps (healthIssue.ts). Titles are short, but escaping can stretch
 * them: a list names fewer entries (it still counts them all) rather than write a line the next reader can't read.
 */
function found(issues: string[], issue: HealthIssue): void {
  let line = healthLine(issue);
  if (issue.code === 'topicsSetAside' || issue.code === 'actionsSetAside')
    for (let n = HEALTH_NAMED - 1; line.length > HEALTH_LINE_MAX && n >= 0; n -= 1)
      line =
        issue.code === 'topicsSetAside'
          ? healthLine({ ...issue, topics: issue.topics.slice(0, n) })
          : healthLine({ ...issue, actions: issue.actions.slice(0, n) });
  issues.push(line);
}

/** A rule's refusal as a health reason: its problem code, or its sentence while that rule has none (issue #16). */
function reasonOf(e: { readonly problem: Problem } | { readonly message: string }): HealthReason {
  return 'problem' in e ? { problem: e.problem } : { text: e.message };
}

/**
 * A line as the log keeps it. Findings are bounded by construction (short titles, HEALTH_NAMED entries) and must
 * stay whole to be read back; a sentence line is cut to 500 characters.
 */
function logLine(line: string): string {
  return parseHealthLine(line) ? line : short(line, 500);
}

function short(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
