import type { OccurrenceKey, UserId } from '../ids';
import {
  occurrenceOf,
  settingsOf,
  type OutcomeKind,
  type Proposal,
  type Segment,
  type SeriesDocument,
  type VotingState,
} from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { AgendaOutcome, OutcomeTopic } from './agendaOutcome';
import { canonicalTopicId } from './canonicalTopicId';
import { timeBoxAgenda, type TimeBoxResult } from './timeBoxAgenda';

export interface RankedTopic {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly estimateMinutes: number;
  readonly author: UserId;
  readonly authorName: string;
  readonly proposedFor: OccurrenceKey;
  readonly createdAt: number;
  readonly votes: number;
  readonly voters: number;
  /** How many earlier occurrences closed their agenda without covering this topic. */
  readonly deferred: number;
  /** 1-based; equal votes and deferrals share a rank (a tie), age only orders them. */
  readonly rank: number;
  readonly tied: boolean;
  readonly mergedFrom: readonly string[];
}

export interface AgendaPlan {
  readonly occurrence: OccurrenceKey;
  readonly votingState: VotingState;
  readonly voterCount: number;
  /** All candidates, ranked (by votes, then deferrals, then age). */
  readonly ranked: readonly RankedTopic[];
  readonly boulders: readonly RankedTopic[];
  readonly parkingLot: readonly RankedTopic[];
  /** True when a tie straddles the cut line: the last boulder and the first parked topic are tied. */
  readonly tieAtCut: boolean;
  readonly timeBox: TimeBoxResult;
  /** Who closed voting and when, for a plan read from its frozen outcome. */
  readonly closed?: { readonly by: UserId; readonly byName: string; readonly at: number };
  /** Proposed for this occurrence after its voting closed: not on its agenda, carried to the next one. */
  readonly late: readonly RankedTopic[];
}

interface Tally {
  readonly votes: ReadonlyMap<string, number>;
  readonly voters: ReadonlyMap<string, number>;
  readonly voterCount: number;
}

export function votingStateOf(doc: SeriesDocument, occ: OccurrenceKey): VotingState {
  // Voting is open until the organizer or the facilitator closes it.
  return occurrenceOf(doc, occ).voting?.value.state ?? 'open';
}

/** The frozen outcome of a closed occurrence, if voting on it is closed. */
export function outcomeOf(doc: SeriesDocument, occ: OccurrenceKey): AgendaOutcome | undefined {
  const v = occurrenceOf(doc, occ).voting?.value;
  return v?.state === 'closed' ? v.outcome : undefined;
}

/** Each voter's dots follow merge links; combined dots on one topic are capped at the per-topic maximum. */
export function tallyVotes(doc: SeriesDocument, occ: OccurrenceKey): Tally {
  const { maxPerTopic } = settingsOf(doc);
  const votes = new Map<string, number>();
  const voters = new Map<string, number>();
  let voterCount = 0;
  for (const ballot of Object.values(occurrenceOf(doc, occ).ballots)) {
    const mine = new Map<string, number>();
    for (const [id, n] of Object.entries(ballot.value)) {
      const c = canonicalTopicId(doc, id);
      mine.set(c, Math.min(maxPerTopic, (mine.get(c) ?? 0) + n));
    }
    let any = false;
    for (const [id, n] of mine) {
      if (n <= 0) continue;
      any = true;
      votes.set(id, (votes.get(id) ?? 0) + n);
      voters.set(id, (voters.get(id) ?? 0) + 1);
    }
    if (any) voterCount += 1;
  }
  return { votes, voters, voterCount };
}

/** A topic still in play: not withdrawn, and not merged into another one. */
export function isLiveProposal(doc: SeriesDocument, p: Proposal): boolean {
  return !p.content.value.withdrawn && canonicalTopicId(doc, p.id) === p.id;
}

/** Survivor id -> the ids merged into it (directly or through a chain), in one pass over the proposals. */
export function mergedFromIndex(doc: SeriesDocument): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const p of Object.values(doc.proposals)) {
    if (p.mergedInto?.value == null) continue;
    const c = canonicalTopicId(doc, p.id);
    if (c === p.id) continue;
    const list = out.get(c);
    if (list) list.push(p.id);
    else out.set(c, [p.id]);
  }
  for (const list of out.values()) list.sort();
  return out;
}

export interface CarryOver {
  /** Topics an earlier closed agenda covered: they are done. */
  readonly covered: ReadonlySet<string>;
  /** How many earlier closed agendas weighed a topic and left it parked (or not reached). */
  readonly deferred: ReadonlyMap<string, number>;
}

/**
 * What earlier closed occurrences settled, read from their frozen outcomes: a boulder is covered unless it was
 * marked "not reached", a parked topic explicitly marked covered is covered too, and everything else that an agenda
 * weighed is deferred once more than that agenda had it deferred. Counting from each outcome's own figure (not by
 * adding up outcomes) keeps the count right when older meetings have moved to the archive (planArchive). Linear in
 * the size of the earlier outcomes; nothing is replayed or re-ranked.
 */
export function carryOverBefore(doc: SeriesDocument, occ: OccurrenceKey): CarryOver {
  const covered = new Set<string>();
  const deferred = new Map<string, number>();
  const earlier = Object.keys(doc.occurrences)
    .filter((k) => k < occ)
    .sort() as OccurrenceKey[];
  for (const k of earlier) {
    const outcome = outcomeOf(doc, k);
    if (!outcome) continue;
    const status = occurrenceOf(doc, k).status;
    outcome.ranking.forEach((r, i) => {
      const s = status[r.id]?.value;
      const done = s === 'covered' || (i < outcome.boulderCount && s !== 'notReached');
      if (done) covered.add(r.id);
      else deferred.set(r.id, Math.max(deferred.get(r.id) ?? 0, r.deferred) + 1);
    });
  }
  return { covered, deferred };
}

/**
 * The series' open topics: live (not withdrawn or merged away) and not covered by any closed agenda, whatever meeting
 * they were proposed for. OPEN_TOPICS_MAX caps this number, on write (proposeTopic) and on read (validation) alike.
 */
export function openTopics(doc: SeriesDocument): Proposal[] {
  const covered = new Set<string>();
  for (const rec of Object.values(doc.occurrences)) {
    const v = rec.voting?.value;
    if (v?.state !== 'closed') continue;
    v.outcome.ranking.forEach((t, i) => {
      const s = rec.status[t.id]?.value;
      if (s === 'covered' || (i < v.outcome.boulderCount && s !== 'notReached')) covered.add(t.id);
    });
  }
  return Object.values(doc.proposals).filter((p) => !covered.has(p.id) && isLiveProposal(doc, p));
}

/** The topics that can be voted on for `occ`: live, proposed for it or earlier, and not yet covered. */
export function candidatesFor(doc: SeriesDocument, occ: OccurrenceKey, carry: CarryOver): Proposal[] {
  return Object.values(doc.proposals).filter(
    (p) => p.proposedFor <= occ && !carry.covered.has(p.id) && isLiveProposal(doc, p),
  );
}

/** Ranks candidates by votes, then deferrals, then age (then id, so the order is total). */
export function rankCandidates(
  candidates: readonly Proposal[],
  tally: Pick<Tally, 'votes' | 'voters'>,
  deferred: (p: Proposal) => number,
  mergedFrom: ReadonlyMap<string, readonly string[]>,
): RankedTopic[] {
  const rows = candidates.map((p) => ({
    p,
    votes: tally.votes.get(p.id) ?? 0,
    voters: tally.voters.get(p.id) ?? 0,
    deferred: deferred(p),
  }));
  rows.sort(
    (a, b) =>
      b.votes - a.votes ||
      b.deferred - a.deferred ||
      a.p.createdAt - b.p.createdAt ||
      (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0),
  );
  const key = (r: (typeof rows)[number]) => `${r.votes}/${r.deferred}`;
  let rankNo = 1;
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    const next = rows[i + 1];
    if (!prev || key(prev) !== key(r)) rankNo = i + 1;
    const c = r.p.content.value;
    return {
      id: r.p.id,
      title: c.title,
      why: c.why,
      outcome: c.outcome,
      estimateMinutes: c.estimateMinutes,
      author: r.p.author,
      authorName: r.p.authorName,
      proposedFor: r.p.proposedFor,
      createdAt: r.p.createdAt,
      votes: r.votes,
      voters: r.voters,
      deferred: r.deferred,
      rank: rankNo,
      tied: (prev !== undefined && key(prev) === key(r)) || (next !== undefined && key(next) === key(r)),
      mergedFrom: mergedFrom.get(r.p.id) ?? [],
    };
  });
}

function planOf(
  occurrence: OccurrenceKey,
  votingState: VotingState,
  voterCount: number,
  ranked: readonly RankedTopic[],
  boulderCount: number,
  timeBox: TimeBoxResult,
  late: readonly RankedTopic[],
  closed?: AgendaPlan['closed'],
): AgendaPlan {
  const boulders = ranked.slice(0, boulderCount);
  const parkingLot = ranked.slice(boulderCount);
  const last = boulders[boulders.length - 1];
  const firstParked = parkingLot[0];
  return {
    occurrence,
    votingState,
    voterCount,
    ranked,
    boulders,
    parkingLot,
    tieAtCut: last !== undefined && firstParked !== undefined && last.rank === firstParked.rank,
    timeBox,
    ...(closed ? { closed } : {}),
    late,
  };
}

/**
 * The agenda of one occurrence. A closed occurrence is read from its frozen outcome, exactly as it was closed. An
 * open one is ranked live: the candidates are the topics earlier closed agendas didn't cover, with their deferrals
 * counted from those agendas' outcomes.
 */
export function buildAgenda(doc: SeriesDocument, occ: OccurrenceKey, meetingMinutes: number): AgendaPlan {
  const frozen = outcomeOf(doc, occ);
  if (frozen) return planFromOutcome(doc, occ, frozen, meetingMinutes);
  const settings = settingsOf(doc);
  const carry = carryOverBefore(doc, occ);
  const mergedFrom = mergedFromIndex(doc);
  const tally = tallyVotes(doc, occ);
  const ranked = rankCandidates(
    candidatesFor(doc, occ, carry),
    tally,
    deferredWithMerges(carry, mergedFrom),
    mergedFrom,
  );
  const boulders = ranked.slice(0, settings.boulderCount);
  return planOf(
    occ,
    'open',
    tally.voterCount,
    ranked,
    settings.boulderCount,
    buildAgendaTimeBox(boulders, meetingMinutes, settings.segments),
    [],
  );
}

/** The boulders fitted into the meeting after its fixed segments (timeBoxAgenda). */
export function buildAgendaTimeBox(
  boulders: readonly Pick<RankedTopic, 'id' | 'title' | 'estimateMinutes'>[],
  meetingMinutes: number,
  segments: readonly Segment[],
): TimeBoxResult {
  return timeBoxAgenda(
    boulders.map((b) => ({ id: b.id, label: b.title, estimateMinutes: b.estimateMinutes })),
    meetingMinutes,
    segments,
  );
}

/** A merged topic keeps the longest wait of the topics it absorbed. */
function deferredWithMerges(
  carry: CarryOver,
  mergedFrom: ReadonlyMap<string, readonly string[]>,
): (p: Proposal) => number {
  return (p) => {
    let n = carry.deferred.get(p.id) ?? 0;
    for (const from of mergedFrom.get(p.id) ?? []) n = Math.max(n, carry.deferred.get(from) ?? 0);
    return n;
  };
}

function planFromOutcome(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  o: AgendaOutcome,
  meetingMinutes: number,
): AgendaPlan {
  const ranked = o.ranking.map((t): RankedTopic => {
    const live = doc.proposals[t.id];
    return {
      ...t,
      // "Why" is not part of the frozen agenda (it is the author's note); show the current one if it still exists.
      why: live?.content.value.why ?? '',
      proposedFor: live?.proposedFor ?? occ,
      createdAt: live?.createdAt ?? 0,
    };
  });
  const onAgenda = new Set(o.ranking.map((t) => t.id));
  const mergedFrom = mergedFromIndex(doc);
  const late = rankCandidates(
    Object.values(doc.proposals).filter(
      (p) => p.proposedFor === occ && !onAgenda.has(p.id) && isLiveProposal(doc, p),
    ),
    { votes: new Map(), voters: new Map() },
    () => 0,
    mergedFrom,
  );
  // Outcomes frozen by the v3 migration didn't know the meeting's length (freezeLegacyOutcomes): fit them now.
  const timeBox =
    o.meetingMinutes === 0
      ? buildAgendaTimeBox(ranked.slice(0, o.boulderCount), meetingMinutes, settingsOf(doc).segments)
      : o.timeBox;
  return planOf(occ, 'closed', o.voterCount, ranked, o.boulderCount, timeBox, late, {
    by: o.closedBy,
    byName: o.closedByName,
    at: o.closedAt,
  });
}

/** Freezes an open plan as the outcome of closing its vote. */
export function freezeOutcome(
  plan: AgendaPlan,
  meetingMinutes: number,
  boulderCount: number,
  stamp: Stamp,
  byName: string,
): AgendaOutcome {
  return {
    closedAt: stamp.at,
    closedBy: stamp.by,
    closedByName: byName,
    meetingMinutes,
    voterCount: plan.voterCount,
    boulderCount: Math.min(boulderCount, plan.ranked.length),
    ranking: plan.ranked.map(outcomeTopicOf),
    timeBox: plan.timeBox,
  };
}

/** A ranked topic as a frozen outcome keeps it (without the author's current "why"). */
export function outcomeTopicOf(t: RankedTopic): OutcomeTopic {
  return {
    id: t.id,
    title: t.title,
    outcome: t.outcome,
    estimateMinutes: t.estimateMinutes,
    author: t.author,
    authorName: t.authorName,
    votes: t.votes,
    voters: t.voters,
    deferred: t.deferred,
    rank: t.rank,
    tied: t.tied,
    mergedFrom: t.mergedFrom,
  };
}
