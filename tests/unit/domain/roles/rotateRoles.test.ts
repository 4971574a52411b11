import fc from 'fast-check';
import { occurrenceKey, userId, type OccurrenceKey, type UserId } from '../../../../src/domain/ids';
import { planSeriesRoles, type RoleOverride } from '../../../../src/domain/roles/planSeriesRoles';
import { DEFAULT_ROLES, type Availability, type RosterMember } from '../../../../src/domain/roles/roleTypes';
import { rotateRoles } from '../../../../src/domain/roles/rotateRoles';

const roster = (n: number): RosterMember[] =>
  Array.from({ length: n }, (_, i) => ({
    id: userId(`u${String(i).padStart(2, '0')}`),
    name: `P${i}`,
    optOuts: [],
  }));
const weeks = (k: number): OccurrenceKey[] =>
  Array.from({ length: k }, (_, i) => occurrenceKey(new Date(Date.UTC(2026, 0, 5 + 7 * i, 9)).toISOString()));
const none = () => new Map<string, RoleOverride>();
const everyone = () => new Map<UserId, Availability>();

describe('rotateRoles: fairness with a stable roster', () => {
  it('after k·n occurrences everyone held each role exactly k times, and counts never differ by more than 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.string(),
        (n, k, seed) => {
          const people = roster(n);
          const plan = planSeriesRoles({
            roles: DEFAULT_ROLES,
            roster: people,
            occurrences: weeks(k * n),
            availability: everyone,
            overrides: none,
            seed,
          });
          const counts = new Map<string, number>();
          plan.forEach((occ) => {
            for (const a of occ.assignments)
              counts.set(`${a.role}/${a.holder}`, (counts.get(`${a.role}/${a.holder}`) ?? 0) + 1);
            for (const role of DEFAULT_ROLES) {
              const cs = people.map((p) => counts.get(`${role.id}/${p.id}`) ?? 0);
              expect(Math.max(...cs) - Math.min(...cs)).toBeLessThanOrEqual(1);
            }
            const holders = occ.assignments.map((a) => a.holder);
            expect(new Set(holders).size).toBe(holders.length);
          });
          for (const role of DEFAULT_ROLES)
            for (const p of people) expect(counts.get(`${role.id}/${p.id}`) ?? 0).toBe(k);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('rotateRoles: with random declines', () => {
  it('never assigns a decliner and avoids avoidable doubles and consecutive facilitation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 12 }),
        fc.array(
          fc.array(fc.constantFrom<Availability>('accepted', 'tentative', 'noResponse', 'declined'), {
            minLength: 8,
            maxLength: 8,
          }),
          {
            minLength: 12,
            maxLength: 12,
          },
        ),
        (n, k, responses) => {
          const people = roster(n);
          const occs = weeks(k);
          const availability = (occ: OccurrenceKey) =>
            new Map(people.map((p, i) => [p.id, responses[occs.indexOf(occ)]?.[i] ?? 'accepted'] as const));
          const plan = planSeriesRoles({
            roles: DEFAULT_ROLES,
            roster: people,
            occurrences: occs,
            availability,
            overrides: none,
            seed: 's',
          });
          let prevFacilitator: UserId | null = null;
          plan.forEach((occ) => {
            const av = availability(occ.occurrence);
            const free = people.filter((p) => av.get(p.id) !== 'declined');
            for (const a of occ.assignments) {
              if (a.holder) expect(av.get(a.holder)).not.toBe('declined');
              else expect(free).toHaveLength(0);
            }
            const holders = occ.assignments.flatMap((a) => (a.holder ? [a.holder] : []));
            if (free.length >= DEFAULT_ROLES.length) expect(new Set(holders).size).toBe(holders.length);
            const f = occ.assignments.find((a) => a.role === 'facilitator')?.holder ?? null;
            if (f && f === prevFacilitator) expect(free.filter((p) => p.id !== f)).toHaveLength(0);
            prevFacilitator = f;
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic for the same inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.string(), (n, seed) => {
        const args = {
          roles: DEFAULT_ROLES,
          roster: roster(n),
          occurrences: weeks(6),
          availability: everyone,
          overrides: none,
          seed,
        };
        expect(JSON.stringify(planSeriesRoles(args))).toBe(JSON.stringify(planSeriesRoles(args)));
      }),
    );
  });
});

describe('rotateRoles: explanations, opt-outs, tentative, overrides', () => {
  const people = roster(4);
  const occ = weeks(1)[0]!;

  it('explains each pick in words, with the response', () => {
    const r = rotateRoles({
      occurrence: occ,
      roles: DEFAULT_ROLES,
      roster: people,
      history: [],
      availability: new Map([[people[0]!.id, 'accepted']]),
      seed: 'x',
    });
    // One plain sentence each: who, why them, and their answer to the invite; no counts against medians, no dates.
    for (const a of r.assignments)
      expect(a.reason).toMatch(
        /^P\d has had the fewest turns as (Facilitator|Timekeeper|Note-taker) \(none yet\) and (accepted the invite\.|hasn’t answered the invite; nobody who accepted could take it\.)$/,
      );
    expect(r.assignments.some((a) => a.reason.endsWith('and accepted the invite.'))).toBe(true);
  });

  it('picks people who accepted first, then tentative ones, and those who haven’t answered only when nobody else can', () => {
    const av = new Map<UserId, Availability>([
      [people[0]!.id, 'accepted'],
      [people[1]!.id, 'noResponse'],
      [people[2]!.id, 'tentative'],
      [people[3]!.id, 'accepted'],
    ]);
    const pick = (roster = people) =>
      rotateRoles({
        occurrence: occ,
        roles: DEFAULT_ROLES,
        roster,
        history: [],
        availability: av,
        seed: 'x',
      });
    const r = pick();
    // Three roles, two who accepted, one tentative, one silent: the silent one is left out.
    expect(r.assignments.map((a) => a.holder)).not.toContain(people[1]!.id);
    expect(r.assignments.find((a) => a.holder === people[2]!.id)?.reason).toContain(
      'answered tentatively; nobody who accepted could take it.',
    );
    // With only the silent one left for a third role, they are picked, and the reason says why.
    const fewer = pick(people.filter((p) => p.id !== people[2]!.id));
    expect(fewer.assignments.find((a) => a.holder === people[1]!.id)?.reason).toContain(
      'hasn’t answered the invite; nobody who accepted could take it.',
    );
  });

  it('respects opt-outs and picks tentative people last', () => {
    const optedOut = people.map((p, i) => (i === 0 ? { ...p, optOuts: ['facilitator'] } : p));
    const av = new Map<UserId, Availability>([
      [people[0]!.id, 'accepted'],
      [people[1]!.id, 'tentative'],
      [people[2]!.id, 'accepted'],
      [people[3]!.id, 'accepted'],
    ]);
    const r = rotateRoles({
      occurrence: occ,
      roles: DEFAULT_ROLES,
      roster: optedOut,
      history: [],
      availability: av,
      seed: 'x',
    });
    expect(r.assignments.find((a) => a.role === 'facilitator')?.holder).not.toBe(people[0]!.id);
    expect(r.skipped.map((s) => s.reason)).toContain('P0 opted out of being Facilitator.');
    // Three roles, four people, one tentative: the tentative person is the one left out.
    expect(r.assignments.map((a) => a.holder)).not.toContain(people[1]!.id);
  });

  it('counts what really happened: an override changes later picks', () => {
    const occs = weeks(3);
    const overrides = (o: OccurrenceKey) =>
      o === occs[0]
        ? new Map<string, RoleOverride>([
            ['facilitator', { holder: people[3]!.id, by: 'P0', at: Date.UTC(2026, 0, 4), kind: 'swap' }],
          ])
        : none();
    const plan = planSeriesRoles({
      roles: DEFAULT_ROLES,
      roster: people,
      occurrences: occs,
      availability: everyone,
      overrides,
      seed: 'x',
    });
    const f0 = plan[0]!.assignments.find((a) => a.role === 'facilitator')!;
    expect(f0.holder).toBe(people[3]!.id);
    expect(f0.reason).toContain('swap');
    const laterFacilitators = plan
      .slice(1)
      .map((p) => p.assignments.find((a) => a.role === 'facilitator')?.holder);
    expect(laterFacilitators).not.toContain(people[3]!.id);
  });

  it('leaves a role empty with a reason when everyone declined', () => {
    const av = new Map<UserId, Availability>(people.map((p) => [p.id, 'declined']));
    const r = rotateRoles({
      occurrence: occ,
      roles: DEFAULT_ROLES,
      roster: people,
      history: [],
      availability: av,
      seed: 'x',
    });
    expect(
      r.assignments.every(
        (a) =>
          a.holder === null &&
          /^Nobody can be (Facilitator|Timekeeper|Note-taker): everyone declined or opted out\.$/.test(
            a.reason,
          ),
      ),
    ).toBe(true);
    expect(r.skipped).toHaveLength(4);
  });
});
