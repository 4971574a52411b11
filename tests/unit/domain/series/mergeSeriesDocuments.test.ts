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
});
