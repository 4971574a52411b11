import type { OccurrenceKey, UserId } from '../ids';
import {
  FACILITATOR,
  type Availability,
  type HeldRole,
  type RoleAssignment,
  type RoleDef,
  type RosterMember,
  type RotationResult,
  type SkipReason,
} from './roleTypes';

export interface RotationInput {
  readonly occurrence: OccurrenceKey;
  readonly roles: readonly RoleDef[];
  readonly roster: readonly RosterMember[];
  /** What really happened before this occurrence (any order; later entries are ignored). */
  readonly history: readonly HeldRole[];
  /** Responses for this occurrence; a member with no entry has not responded. */
  readonly availability: ReadonlyMap<UserId, Availability>;
  /** Seeds the stable tie-break order, e.g. the series key. */
  readonly seed: string;
}

/** FNV-1a: a small, stable hash so the tie-break order is fixed per series but differs between series. */
function seededRank(seed: string, id: string): number {
  let h = 0x811c9dc5;
  const s = `${seed}:${id}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

interface Candidate {
  readonly member: RosterMember;
  /** 0 accepted, 1 tentative, 2 no answer: people who accepted first (issue #16 "Roles by consent"). */
  readonly tier: number;
  readonly count: number;
  readonly excess: number;
  /** Occurrence key of the last time they held this role, '' if never. */
  readonly last: string;
  /** Occurrence key of the last time they held any role, '' if never. */
  readonly lastAny: string;
  readonly tie: number;
}

type Cost = readonly [doubles: number, consecutive: number, unconfirmed: number, excess: number];
const addCost = (a: Cost, b: Cost): Cost => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
const cmpCost = (a: Cost, b: Cost): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3];

const TIER: Readonly<Record<Availability, number>> = {
  accepted: 0,
  tentative: 1,
  noResponse: 2,
  declined: 3,
};

/** How many of the best candidates per role the search considers; enough to always find distinct people. */
const BEAM = 8;

/**
 * Picks a holder for every role of one occurrence.
 *
 * Rationale: picking role by role greedily can leave a later role with only people who already served it
 * (e.g. the only person left has taken notes twice), which breaks "each person holds each role k times after
 * k·n meetings". So the roles are assigned together: a small branch-and-bound over each role's best candidates
 * minimises, in order, (1) people holding two roles, (2) a facilitator serving twice in a row, (3) picks of people
 * who haven't accepted (tentative, then no answer: they are picked only when nobody who accepted can be), (4) turns
 * above the least-served for that role; among equal costs the first found in preference order
 * wins (least served in the role, longest since holding any role, then since holding this one, then the
 * series' seeded order). Declines and opt-outs are
 * hard limits and are never relaxed; the other constraints bend only when nobody else can take the role.
 */
export function rotateRoles(input: RotationInput): RotationResult {
  const { occurrence, roles, roster, seed } = input;
  const past = input.history.filter((h) => h.occurrence < occurrence);
  const lastOcc = past.reduce<string>((m, h) => (h.occurrence > m ? h.occurrence : m), '');
  const lastFacilitator = past.find((h) => h.occurrence === lastOcc && h.role === FACILITATOR)?.holder;
  const count = new Map<string, number>();
  const last = new Map<string, string>();
  const lastAny = new Map<string, string>();
  for (const h of past) {
    if ((lastAny.get(h.holder) ?? '') < h.occurrence) lastAny.set(h.holder, h.occurrence);
    const k = `${h.role}\u0000${h.holder}`;
    count.set(k, (count.get(k) ?? 0) + 1);
    if ((last.get(k) ?? '') < h.occurrence) last.set(k, h.occurrence);
  }
  const avail = (m: RosterMember): Availability => input.availability.get(m.id) ?? 'noResponse';
  const skipped: { who: UserId; reason: SkipReason }[] = roster
    .filter((m) => avail(m) === 'declined')
    .map((m) => ({ who: m.id, reason: { kind: 'declined', name: m.name } }));

  const perRole = roles.map((role) => {
    const eligible = roster.filter((m) => avail(m) !== 'declined' && !m.optOuts.includes(role.id));
    const counts = eligible.map((m) => count.get(`${role.id}\u0000${m.id}`) ?? 0);
    const min = counts.length ? Math.min(...counts) : 0;
    const cands: Candidate[] = eligible.map((m, i) => ({
      member: m,
      tier: TIER[avail(m)],
      count: counts[i] ?? 0,
      excess: (counts[i] ?? 0) - min,
      last: last.get(`${role.id}\u0000${m.id}`) ?? '',
      lastAny: lastAny.get(m.id) ?? '',
      tie: seededRank(seed, m.id),
    }));
    cands.sort(
      (a, b) =>
        a.tier - b.tier ||
        a.count - b.count ||
        (a.lastAny < b.lastAny ? -1 : a.lastAny > b.lastAny ? 1 : 0) ||
        (a.last < b.last ? -1 : a.last > b.last ? 1 : 0) ||
        a.tie - b.tie ||
        (a.member.id < b.member.id ? -1 : 1),
    );
    return { role, cands, beam: cands.slice(0, Math.max(BEAM, roles.length + 1)) };
  });

  let best: { cost: Cost; picks: (Candidate | null)[] } | null = null;
  const picks: (Candidate | null)[] = [];
  const search = (i: number, cost: Cost) => {
    if (best && cmpCost(cost, best.cost) >= 0) return;
    if (i === perRole.length) {
      best = { cost, picks: [...picks] };
      return;
    }
    const r = perRole[i];
    if (!r) return;
    if (r.beam.length === 0) {
      picks.push(null);
      search(i + 1, cost);
      picks.pop();
      return;
    }
    for (const c of r.beam) {
      const doubles = picks.some((p) => p?.member.id === c.member.id) ? 1 : 0;
      const consecutive = r.role.id === FACILITATOR && c.member.id === lastFacilitator ? 1 : 0;
      picks.push(c);
      search(i + 1, addCost(cost, [doubles, consecutive, c.tier, c.excess]));
      picks.pop();
    }
  };
  search(0, [0, 0, 0, 0]);
  const chosen = (best as { picks: (Candidate | null)[] } | null)?.picks ?? perRole.map(() => null);

  const assignments = perRole.map((r, i): RoleAssignment => {
    const c = chosen[i] ?? null;
    if (!c) return { role: r.role.id, holder: null, reason: { kind: 'vacant', role: r.role.id } };
    // The facts of one plain sentence, then what bent, if anything (issue #16: reasons people read, no counts
    // against medians, no dates); the app words them.
    const response = avail(c.member);
    return {
      role: r.role.id,
      holder: c.member.id,
      reason: {
        kind: 'picked',
        name: c.member.name,
        role: r.role.id,
        count: c.count,
        excess: c.excess,
        // Declined people are never candidates.
        response: response === 'declined' ? 'noResponse' : response,
        alsoHolds: perRole
          .filter((_, j) => j !== i && chosen[j]?.member.id === c.member.id)
          .map((o) => o.role.id),
        facilitatedLastTime: r.role.id === FACILITATOR && c.member.id === lastFacilitator,
      },
    };
  });
  for (const m of roster)
    for (const optOut of m.optOuts) {
      const role = roles.find((r) => r.id === optOut);
      if (role && avail(m) !== 'declined')
        skipped.push({ who: m.id, reason: { kind: 'optedOut', name: m.name, role: role.id } });
    }
  return { assignments, skipped };
}
