import { canonicalJson, compareLww, type Lww } from '../series/lww';
import type { RoleRequest, RoleRequestAnswer } from '../series/seriesDocument';

/**
 * Which ending of a request wins when two replicas ended it differently without seeing each other: the one that
 * changes nothing. A withdrawal beats an acceptance (the requester no longer wants the turn, so the holder keeps it),
 * and a decline beats an acceptance (the holder's two devices disagree: consent was not clearly given). Either way
 * the role stays where it was, which both people can see and ask again. Ties (two equal endings) go by stamp.
 *
 * In the live file this never decides between two writes that saw each other: every command is re-applied to the
 * newest version, and an answer to an ended request is refused there. It keeps the merge total and deterministic.
 */
const RANK: Readonly<Record<RoleRequestAnswer, number>> = { accepted: 0, declined: 1, withdrawn: 2 };

function pickAnswer(
  a: Lww<RoleRequestAnswer> | undefined,
  b: Lww<RoleRequestAnswer> | undefined,
): Lww<RoleRequestAnswer> | undefined {
  if (!a) return b;
  if (!b) return a;
  const byRank = RANK[a.value] - RANK[b.value];
  if (byRank !== 0) return byRank > 0 ? a : b;
  return compareLww(a, b) >= 0 ? a : b;
}

/** Identity fields are written once, by the requester; if replicas disagree (a forged file) one is kept deterministically. */
export function mergeRoleRequest(a: RoleRequest, b: RoleRequest): RoleRequest {
  const { answer: aAnswer, ...aId } = a;
  const { answer: bAnswer, ...bId } = b;
  const base = canonicalJson(aId) <= canonicalJson(bId) ? aId : bId;
  const answer = pickAnswer(aAnswer, bAnswer);
  return { ...base, ...(answer ? { answer } : {}) };
}
