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

  it('explains each pick with its facts: turns so far, whether it bent, the response', () => {
    const r = rotateRoles({
      occurrence: occ,
      roles: DEFAULT_ROLES,
      roster: people,
      history: [],
      availability: new Map([[people[0]!.id, 'accepted']]),
      seed: 'x',
    });
    // Who, why them (the fewest turns: none yet), and their answer to the invite; the app words it
    // (tests/unit/app/i18n/roles.test.ts).
    for (const a of r.assignments)
      expect(a.reason).toEqual({
        kind: 'picked',
        name: expect.stringMatching(/^P\d$/),
        role: a.role,
        count: 0,
        excess: 0,
        response: expect.stringMatching(/^(accepted|noResponse)$/),
        alsoHolds: [],
        facilitatedLastTime: false,
      });
    expect(r.assignments.some((a) => a.reason.kind === 'picked' && a.reason.response === 'accepted')).toBe(
      true,
    );
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
    expect(r.assignments.find((a) => a.holder === people[2]!.id)?.reason).toMatchObject({
      kind: 'picked',
      response: 'tentative',
    });
    // With only the silent one left for a third role, they are picked, and the reason says why.
    const fewer = pick(people.filter((p) => p.id !== people[2]!.id));
    expect(fewer.assignments.find((a) => a.holder === people[1]!.id)?.reason).toMatchObject({
      kind: 'picked',
      response: 'noResponse',
    });
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
    expect(r.skipped.map((s) => s.reason)).toContainEqual({
      kind: 'optedOut',
      name: 'P0',
      role: 'facilitator',
    });
    // Three roles, four people, one tentative: the tentative person is the one left out.
    expect(r.assignments.map((a) => a.holder)).not.toContain(people[1]!.id);
  });

  it('a change to one meeting changes no other; a re-plan that saw it makes later meetings count it', () => {
    const occs = weeks(4);
    const swap: RoleOverride = {
      holder: people[3]!.id,
      by: 'P0',
      at: Date.UTC(2026, 0, 4),
      kind: 'swap',
      stamp: '000001767484800000.000000.u00',
    };
    const overrides = (o: OccurrenceKey) =>
      o === occs[0] ? new Map<string, RoleOverride>([['facilitator', swap]]) : none();
    const args = {
      roles: DEFAULT_ROLES,
      roster: people,
      occurrences: occs,
      availability: everyone,
      seed: 'x',
    };
    const plain = planSeriesRoles({ ...args, overrides: none });
    const plan = planSeriesRoles({ ...args, overrides });
    const f0 = plan[0]!.assignments.find((a) => a.role === 'facilitator')!;
    expect(f0.holder).toBe(people[3]!.id);
    expect(f0.reason).toEqual({
      kind: 'changed',
      name: 'P3',
      change: 'swap',
      by: 'P0',
      at: Date.UTC(2026, 0, 4),
    });
    // Every other meeting, and the other roles of this one, exactly as planned without the swap.
    expect(plan.slice(1)).toEqual(plain.slice(1));
    expect(plan[0]!.assignments.filter((a) => a.role !== 'facilitator')).toEqual(
      plain[0]!.assignments.filter((a) => a.role !== 'facilitator'),
    );
    // The organizer re-plans from week 2 after the swap: from there on, P3's turn counts, so P3 doesn't facilitate
    // again soon; week 1 keeps its plan.
    const replanned = planSeriesRoles({
      ...args,
      overrides,
      replans: [{ from: occs[2]!, stamp: '000001767571200000.000000.u00' }],
    });
    expect(replanned.slice(0, 2)).toEqual(plan.slice(0, 2));
    const laterFacilitators = replanned
      .slice(2)
      .map((p) => p.assignments.find((a) => a.role === 'facilitator')?.holder);
    expect(laterFacilitators).not.toContain(people[3]!.id);
    // Without the re-plan, P3 would facilitate again within those weeks: the re-plan is what changed them.
    expect(plain.slice(2).map((p) => p.assignments.find((a) => a.role === 'facilitator')?.holder)).toContain(
      people[3]!.id,
    );
    // A re-plan made before the swap (a smaller stamp) didn't see it and doesn't count it.
    const before = planSeriesRoles({
      ...args,
      overrides,
      replans: [{ from: occs[2]!, stamp: '000001767398400000.000000.u00' }],
    });
    expect(before.slice(1)).toEqual(plain.slice(1));
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
    expect(r.assignments).toEqual(
      DEFAULT_ROLES.map((role) => ({
        role: role.id,
        holder: null,
        reason: { kind: 'vacant', role: role.id },
      })),
    );
    expect(r.skipped).toHaveLength(4);
  });
});

describe('planSeriesRoles: a change to one meeting reshuffles no other (issue #16)', () => {
  it('for any series, any meeting k and any swap or override there, every other meeting keeps its holders', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(
          fc.array(fc.constantFrom<Availability>('accepted', 'tentative', 'noResponse', 'declined'), {
            minLength: 8,
            maxLength: 8,
          }),
          { minLength: 10, maxLength: 10 },
        ),
        fc.array(
          fc.record({
            k: fc.nat(),
            role: fc.constantFrom(...DEFAULT_ROLES.map((r) => r.id)),
            holder: fc.nat(),
            kind: fc.constantFrom('swap' as const, 'override' as const, 'taken' as const),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.string(),
        (n, len, responses, changes, seed) => {
          const people = roster(n);
          const occs = weeks(len);
          const availability = (occ: OccurrenceKey) =>
            new Map(people.map((p, i) => [p.id, responses[occs.indexOf(occ)]?.[i] ?? 'accepted'] as const));
          const k = occs[changes[0]!.k % len]!;
          // Several changes in meeting k (any roles, anyone, even someone who declined): only k may differ.
          const inK = new Map<string, RoleOverride>(
            changes.map((c, i) => [
              c.role,
              {
                holder: people[c.holder % n]!.id,
                by: 'P0',
                at: Date.UTC(2026, 0, 1),
                kind: c.kind,
                stamp: String(i).padStart(30, '0'),
              },
            ]),
          );
          const args = { roles: DEFAULT_ROLES, roster: people, occurrences: occs, availability, seed };
          const plain = planSeriesRoles({ ...args, overrides: none });
          const changed = planSeriesRoles({ ...args, overrides: (o) => (o === k ? inK : none()) });
          const holders = (p: readonly { assignments: readonly { holder: UserId | null }[] }[]) =>
            p.map((o) => o.assignments.map((a) => a.holder));
          const at = occs.indexOf(k);
          expect(holders(changed).filter((_, i) => i !== at)).toEqual(
            holders(plain).filter((_, i) => i !== at),
          );
          // In meeting k itself, only the changed roles differ.
          changed[at]!.assignments.forEach((a, j) => {
            const expected = inK.get(a.role)?.holder ?? plain[at]!.assignments[j]!.holder;
            expect(a.holder).toBe(expected);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
