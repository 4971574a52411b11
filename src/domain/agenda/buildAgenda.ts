import type { OccurrenceKey, UserId } from '../ids';
import {
  occurrenceOf,
  settingsOf,
  type OutcomeKind,
  type Proposal,
  type SeriesDocument,
  type VotingState,
} from '../series/seriesDocument';
import { canonicalTopicId } from './canonicalTopicId';
import { timeBoxAgenda, type TimeBoxResult } from './timeBoxAgenda';
import { votingStateOf } from './voteCommands';

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
}

interface Tally {
  readonly votes: ReadonlyMap<string, number>;
  readonly voters: ReadonlyMap<string, number>;
  readonly voterCount: number;
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

function isLive(doc: SeriesDocument, p: Proposal): boolean {
  return !p.content.value.withdrawn && canonicalTopicId(doc, p.id) === p.id;
}

function rank(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  candidates: readonly Proposal[],
  deferred: ReadonlyMap<string, number>,
) {
  const t = tallyVotes(doc, occ);
  const mergedFrom = new Map<string, string[]>();
  for (const p of Object.values(doc.proposals)) {
    const c = canonicalTopicId(doc, p.id);
    if (c !== p.id) mergedFrom.set(c, [...(mergedFrom.get(c) ?? []), p.id]);
  }
  const rows = candidates.map((p) => ({
    p,
    votes: t.votes.get(p.id) ?? 0,
    voters: t.voters.get(p.id) ?? 0,
    deferred: deferred.get(p.id) ?? 0,
  }));
  rows.sort(
    (a, b) =>
      b.votes - a.votes ||
      b.deferred - a.deferred ||
      a.p.createdAt - b.p.createdAt ||
      (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0),
  );
  const key = (r: (typeof rows)[number]) => `${r.votes}/${r.deferred}`;
  const ranked: RankedTopic[] = rows.map((r, i) => {
    const prev = rows[i - 1];
    const next = rows[i + 1];
    let rankNo = i + 1;
    for (let j = i - 1; j >= 0 && key(rows[j] as (typeof rows)[number]) === key(r); j--) rankNo = j + 1;
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
      mergedFrom: [...(mergedFrom.get(r.p.id) ?? [])].sort(),
    };
  });
  return { ranked, voterCount: t.voterCount };
}

/**
 * The agenda of one occurrence, with carry-over.
 *
 * Rationale: the document keeps proposals and ballots, never a frozen agenda, so the agenda is always derived
 * the same way on every client. Earlier occurrences whose voting was closed are replayed in order: their
 * boulders count as covered (unless marked "not reached"), and every other candidate is deferred once and
 * carries over. Occurrences that never closed voting did not fix an agenda, so they defer nothing.
 */
export function buildAgenda(doc: SeriesDocument, occ: OccurrenceKey, meetingMinutes: number): AgendaPlan {
  const settings = settingsOf(doc);
  const live = Object.values(doc.proposals).filter((p) => isLive(doc, p));
  const covered = new Set<string>();
  const deferred = new Map<string, number>();
  const earlier = Object.keys(doc.occurrences)
    .filter((k) => k < occ && votingStateOf(doc, k as OccurrenceKey) === 'closed')
    .sort() as OccurrenceKey[];
  for (const e of earlier) {
    const rec = occurrenceOf(doc, e);
    const cands = live.filter((p) => p.proposedFor <= e && !covered.has(p.id));
    const { ranked } = rank(doc, e, cands, deferred);
    const top = new Set(ranked.slice(0, settings.boulderCount).map((r) => r.id));
    for (const r of ranked) {
      const status = rec.status[r.id]?.value;
      const done = status === 'covered' || (top.has(r.id) && status !== 'notReached');
      if (done) covered.add(r.id);
      else deferred.set(r.id, (deferred.get(r.id) ?? 0) + 1);
    }
  }
  const cands = live.filter((p) => p.proposedFor <= occ && !covered.has(p.id));
  const { ranked, voterCount } = rank(doc, occ, cands, deferred);
  const boulders = ranked.slice(0, settings.boulderCount);
  const parkingLot = ranked.slice(settings.boulderCount);
  const last = boulders[boulders.length - 1];
  const firstParked = parkingLot[0];
  return {
    occurrence: occ,
    votingState: votingStateOf(doc, occ),
    voterCount,
    ranked,
    boulders,
    parkingLot,
    tieAtCut: last !== undefined && firstParked !== undefined && last.rank === firstParked.rank,
    timeBox: timeBoxAgenda(
      boulders.map((b) => ({ id: b.id, label: b.title, estimateMinutes: b.estimateMinutes })),
      meetingMinutes,
      settings.segments,
    ),
  };
}
