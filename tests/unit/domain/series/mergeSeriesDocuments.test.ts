import fc from 'fast-check';
import { occurrenceKey, seriesKey, userId, type UserId } from '../../../../src/domain/ids';
import { canonicalJson, lww } from '../../../../src/domain/series/lww';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
} from '../../../../src/domain/series/seriesDocument';
import { castBallot } from '../../../../src/domain/agenda/voteCommands';
import { proposeTopic } from '../../../../src/domain/agenda/proposeTopic';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import type { ActionRecord } from '../../../../src/domain/actions/actionTypes';
import { captureAction } from '../../../../src/domain/actions/captureAction';
import { linkTask } from '../../../../src/domain/actions/linkTask';

const users = ['u1', 'u2', 'u3'].map(userId);
const occs = ['2026-01-05T09:00:00.000Z', '2026-01-12T09:00:00.000Z'].map(occurrenceKey);
const topicIds = ['t1', 't2', 't3', 't4'];

const arbUser = fc.constantFrom<UserId>(...users);
const arbAt = fc.integer({ min: 0, max: 20 });
const arbProposal = (id: string): fc.Arbitrary<Proposal> =>
  fc
    .record({
      author: arbUser,
      createdAt: arbAt,
      at: arbAt,
      by: arbUser,
      title: fc.constantFrom('A', 'B', 'C'),
      est: fc.integer({ min: 1, max: 30 }),
      withdrawn: fc.boolean(),
      merged: fc.option(fc.record({ to: fc.constantFrom(...topicIds), at: arbAt, by: arbUser }), {
        nil: undefined,
      }),
    })
    .map((r) => ({
      id,
      author: r.author,
      authorName: r.author,
      proposedFor: occs[0]!,
      createdAt: r.createdAt,
      content: lww(
        {
          title: r.title,
          why: '',
          outcome: 'discuss' as const,
          estimateMinutes: r.est,
          withdrawn: r.withdrawn,
        },
        r.at,
        r.by,
      ),
      ...(r.merged ? { mergedInto: lww<string | null>(r.merged.to, r.merged.at, r.merged.by) } : {}),
    }));

const arbOccurrence: fc.Arbitrary<OccurrenceRecord> = fc
  .record({
    voting: fc.option(
      fc.record({ v: fc.constantFrom('open' as const, 'closed' as const), at: arbAt, by: arbUser }),
      { nil: undefined },
    ),
    override: fc.option(
      fc.record({
        role: fc.constantFrom('facilitator', 'timekeeper'),
        holder: arbUser,
        at: arbAt,
        by: arbUser,
      }),
      { nil: undefined },
    ),
    ballots: fc.dictionary(
      fc.constantFrom(...users),
      fc.record({
        t: fc.constantFrom(...topicIds),
        n: fc.integer({ min: 1, max: 2 }),
        at: arbAt,
        by: arbUser,
      }),
    ),
  })
  .map((r) => ({
    ...(r.voting ? { voting: lww(r.voting.v, r.voting.at, r.voting.by) } : {}),
    ...(r.override
      ? {
          roleOverrides: {
            [r.override.role]: lww(
              { holder: r.override.holder, kind: 'swap' as const },
              r.override.at,
              r.override.by,
            ),
          },
        }
      : {}),
    ballots: Object.fromEntries(
      Object.entries(r.ballots).map(([u, b]) => [u, lww({ [b.t]: b.n }, b.at, u as UserId)]),
    ),
    status: {},
    decisions: {},
  }));

const actionIds = ['a1', 'a2', 'a3'];
const arbLwwOf = <T>(value: fc.Arbitrary<T>) => fc.record({ value, at: arbAt, by: arbUser });
const arbAction = (id: string): fc.Arbitrary<ActionRecord> =>
  fc
    .record({
      createdBy: arbUser,
      createdAt: arbAt,
      occurrence: fc.constantFrom(...occs),
      topicId: fc.option(fc.constantFrom(...topicIds), { nil: undefined }),
      title: arbLwwOf(fc.constantFrom('Draft plan', 'Book room')),
      ownership: arbLwwOf(
        fc.record({
          owners: fc.subarray([
            { email: 'a@x.example', name: 'A' },
            { email: 'b@x.example', name: 'B' },
          ]),
          how: fc.constantFrom('claimed' as const, 'assigned' as const),
        }),
      ),
      due: arbLwwOf(fc.constantFrom<string | null>(null, '2026-01-31', '2026-02-28')),
      completed: arbLwwOf(fc.boolean()),
      planner: fc.option(
        arbLwwOf(
          fc.record({
            taskId: fc.constantFrom('t1', 't2'),
            bucketId: fc.constant('b1'),
            planId: fc.constant('p1'),
          }),
        ),
        { nil: undefined },
      ),
    })
    .map((r) => ({
      id,
      occurrence: r.occurrence,
      ...(r.topicId !== undefined ? { topicId: r.topicId } : {}),
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      title: r.title,
      ownership: r.ownership,
      due: r.due,
      completed: r.completed,
      ...(r.planner ? { planner: r.planner } : {}),
    }));

const arbDoc: fc.Arbitrary<SeriesDocument> = fc
  .record({
    proposals: fc.subarray(topicIds).chain((ids) => fc.tuple(...ids.map(arbProposal))),
    occurrences: fc.dictionary(fc.constantFrom(...occs), arbOccurrence),
    settings: fc.option(fc.record({ at: arbAt, by: arbUser, budget: fc.integer({ min: 3, max: 5 }) }), {
      nil: undefined,
    }),
    optOuts: fc.dictionary(
      fc.constantFrom(...users),
      fc.record({ roles: fc.subarray(['facilitator', 'noteTaker']), at: arbAt }),
    ),
    actions: fc.subarray(actionIds).chain((ids) => fc.tuple(...ids.map(arbAction))),
    plannerBucket: fc.option(
      arbLwwOf(fc.record({ planId: fc.constant('p1'), bucketId: fc.constantFrom('b1', 'b2') })),
      {
        nil: undefined,
      },
    ),
    plannerLease: fc.option(arbLwwOf(fc.record({ holder: fc.constantFrom('h1', 'h2'), until: arbAt })), {
      nil: undefined,
    }),
  })
  .map((r) => ({
    ...emptySeriesDocument(seriesKey('S'), 'Leadership weekly'),
    proposals: Object.fromEntries(r.proposals.map((p) => [p.id, p])),
    occurrences: r.occurrences,
    optOuts: Object.fromEntries(
      Object.entries(r.optOuts).map(([u, o]) => [u, lww(o.roles, o.at, u as UserId)]),
    ),
    ...(r.settings
      ? { settings: lww({ ...DEFAULT_SETTINGS, budget: r.settings.budget }, r.settings.at, r.settings.by) }
      : {}),
    actions: Object.fromEntries(r.actions.map((a) => [a.id, a])),
    ...(r.plannerBucket ? { plannerBucket: r.plannerBucket } : {}),
    ...(r.plannerLease ? { plannerLease: r.plannerLease } : {}),
  }));

const same = (a: SeriesDocument, b: SeriesDocument) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('mergeSeriesDocuments', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => same(mergeSeriesDocuments(a, b), mergeSeriesDocuments(b, a))),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, arbDoc, (a, b, c) =>
        same(
          mergeSeriesDocuments(mergeSeriesDocuments(a, b), c),
          mergeSeriesDocuments(a, mergeSeriesDocuments(b, c)),
        ),
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arbDoc, (a) => same(mergeSeriesDocuments(a, a), a)));
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => {
        const ab = mergeSeriesDocuments(a, b);
        same(mergeSeriesDocuments(ab, b), ab);
      }),
    );
  });

  it('keeps every accepted proposal and every latest ballot under any interleaving', () => {
    const base = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
    const occ = occs[0]!;
    const actor = (u: UserId): Actor => ({ id: u, name: u, isOrganizer: false, isFacilitator: false });
    // Each client proposes one topic and then votes on topics it knows about, on its own replica; replicas
    // are merged pairwise in a random order (what the 412 → re-read → merge loop does).
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
        (clients, seeds) => {
          const replicas: SeriesDocument[] = [];
          const expectedBallots = new Map<string, string>();
          for (let i = 0; i < clients; i++) {
            const u = userId(`user${i}`);
            const proposed = proposeTopic(
              base,
              {
                id: `topic${i}`,
                occurrence: occ,
                input: { title: `T${i}`, why: '', outcome: 'discuss', estimateMinutes: 10 },
              },
              actor(u),
              i + 1,
            );
            if (!proposed.ok) throw new Error('propose failed');
            const voted = castBallot(
              proposed.value,
              occ,
              { [`topic${i}`]: 1 },
              new Set([`topic${i}`]),
              actor(u),
              100 + i,
            );
            if (!voted.ok) throw new Error('vote failed');
            replicas.push(voted.value);
            expectedBallots.set(u, `topic${i}`);
          }
          // Random merge order driven by the seeds.
          const pool = [...replicas];
          let s = 0;
          while (pool.length > 1) {
            const i = (seeds[s++ % seeds.length] ?? 0) % pool.length;
            const [x] = pool.splice(i, 1);
            const j = (seeds[s++ % seeds.length] ?? 0) % pool.length;
            pool[j] = mergeSeriesDocuments(pool[j]!, x!);
          }
          const final = pool[0]!;
          for (let i = 0; i < clients; i++)
            expect(final.proposals[`topic${i}`]?.content.value.title).toBe(`T${i}`);
          for (const [u, t] of expectedBallots)
            expect(final.occurrences[occ]?.ballots[u]?.value).toEqual({ [t]: 1 });
        },
      ),
    );
  });

  it('keeps every captured action and every task link under any merge order', () => {
    const base = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
        (clients, seeds) => {
          const replicas: SeriesDocument[] = [];
          for (let i = 0; i < clients; i++) {
            const u = userId(`user${i}`);
            const actor = {
              id: u,
              name: u,
              email: `${u}@x.example`,
              isOrganizer: false,
              isFacilitator: false,
              isNoteTaker: false,
            };
            const c = captureAction(
              base,
              {
                id: `act${i}`,
                occurrence: occs[0]!,
                title: `A${i}`,
                owners: [{ email: actor.email, name: u }],
                how: 'claimed',
              },
              actor,
              i + 1,
            );
            if (!c.ok) throw new Error('capture failed');
            const l = linkTask(
              c.value,
              `act${i}`,
              { taskId: `t${i}`, bucketId: 'b', planId: 'p' },
              u,
              50 + i,
            );
            if (!l.ok) throw new Error('link failed');
            replicas.push(l.value);
          }
          const pool = [...replicas];
          let s = 0;
          while (pool.length > 1) {
            const i = (seeds[s++ % seeds.length] ?? 0) % pool.length;
            const [x] = pool.splice(i, 1);
            const j = (seeds[s++ % seeds.length] ?? 0) % pool.length;
            pool[j] = mergeSeriesDocuments(pool[j]!, x!);
          }
          for (let i = 0; i < clients; i++)
            expect(pool[0]!.actions[`act${i}`]?.planner?.value.taskId).toBe(`t${i}`);
        },
      ),
    );
  });
});
