// Two kinds of property here.
//
// 1. The merge's algebra: commutative, associative, idempotent, over documents whose stamps collide, repeat and run
//    in any order (not only forward), so replicas agree whatever order they meet in.
// 2. The guarantee that matters (DESIGN.md "Concurrency"): no acknowledged write is ever lost. Writers with skewed,
//    non-monotonic clocks (one laptop two days behind, clocks that jump back) run the real read-modify-write protocol
//    over one file, interleaved arbitrarily: read (through the same parse and validation as the adapter, on the
//    reader's own clock), apply an intent, write with If-Match, re-read on 412, and sometimes the write lands but its
//    answer is lost and the writer tries again. At the end every register holds what the last write that landed on it
//    meant to put there: a write was only ever replaced by a later one, which had read it.
import fc from 'fast-check';
import type { Actor } from '../../../../src/domain/agenda/agendaTypes';
import type { TopicInput } from '../../../../src/domain/agenda/validateTopic';
import { occurrenceKey, seriesKey, userId, type UserId } from '../../../../src/domain/ids';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { canonicalJson, type Lww } from '../../../../src/domain/series/lww';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import {
  DEFAULT_SETTINGS,
  emptySeriesDocument,
  type OccurrenceRecord,
  type Proposal,
  type SeriesDocument,
  type VotingRecord,
} from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import type { ActionRecord } from '../../../../src/domain/actions/actionTypes';
import { parseSeriesDocument } from '../../../../src/graph/drive/parseSeriesDocument';
import { roleChangeOf } from '../../../../src/domain/roles/roleChangeOf';

const users = ['u0', 'u1', 'u2', 'u3'].map(userId);
const occs = ['2026-01-05T09:00:00.000Z', '2026-01-12T09:00:00.000Z'].map(occurrenceKey);
const topicIds = ['t1', 't2', 't3', 't4'];

// ---------------------------------------------------------------------------------------------------------------
// 1. Algebra over arbitrary documents: stamps drawn from a tiny range so (at, c, by) collide often.

const arbUser = fc.constantFrom<UserId>(...users);
const arbAt = fc.integer({ min: 0, max: 20 });
const arbC = fc.integer({ min: 0, max: 3 });
const arbLwwOf = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Lww<T>> =>
  fc.record({ value, at: arbAt, c: arbC, by: arbUser });

const arbProposal = (id: string): fc.Arbitrary<Proposal> =>
  fc
    .record({
      author: arbUser,
      createdAt: arbAt,
      content: arbLwwOf(
        fc.record({
          title: fc.constantFrom('A', 'B', 'C'),
          why: fc.constant(''),
          outcome: fc.constant('discuss' as const),
          estimateMinutes: fc.integer({ min: 1, max: 30 }),
          withdrawn: fc.boolean(),
        }),
      ),
      merged: fc.option(arbLwwOf(fc.constantFrom<string | null>(null, ...topicIds)), { nil: undefined }),
    })
    .map((r) => ({
      id,
      author: r.author,
      authorName: r.author,
      proposedFor: occs[0]!,
      createdAt: r.createdAt,
      content: r.content,
      ...(r.merged ? { mergedInto: r.merged } : {}),
    }));

const arbVoting: fc.Arbitrary<VotingRecord> = fc.oneof(
  fc.constant({ state: 'open' as const }),
  fc.record({ boulders: fc.integer({ min: 0, max: 2 }), at: arbAt, by: arbUser }).map((r) => ({
    state: 'closed' as const,
    outcome: {
      closedAt: r.at,
      closedBy: r.by,
      closedByName: r.by,
      meetingMinutes: 60,
      voterCount: 0,
      boulderCount: r.boulders,
      ranking: topicIds.slice(0, r.boulders).map((id, i) => ({
        id,
        title: id,
        outcome: 'discuss' as const,
        estimateMinutes: 10,
        author: r.by,
        authorName: r.by,
        votes: 0,
        voters: 0,
        deferred: 0,
        rank: i + 1,
        tied: false,
        mergedFrom: [],
      })),
      timeBox: {
        before: [],
        boulders: [],
        after: [],
        availableMinutes: 60,
        requestedMinutes: 0,
        adjustment: 'asEstimated' as const,
      },
    },
  })),
);

const arbOccurrence: fc.Arbitrary<OccurrenceRecord> = fc
  .record({
    voting: fc.option(arbLwwOf(arbVoting), { nil: undefined }),
    log: fc.dictionary(
      fc.constantFrom('k1', 'k2', 'k3'),
      fc.record({
        kind: fc.constantFrom('closed' as const, 'reopened' as const),
        by: arbUser,
        byName: fc.constant('x'),
        at: arbAt,
        boulders: fc.constant([] as string[]),
      }),
    ),
    override: fc.option(
      fc.record({ role: fc.constantFrom('facilitator', 'timekeeper'), reg: arbLwwOf(fc.constant(null)) }),
      { nil: undefined },
    ),
    ballots: fc.dictionary(
      fc.constantFrom<string>(...users),
      arbLwwOf(fc.record({ t: fc.constantFrom(...topicIds), n: fc.integer({ min: 1, max: 2 }) })),
    ),
    status: fc.dictionary(
      fc.constantFrom(...topicIds),
      arbLwwOf(fc.constantFrom('covered' as const, 'notReached' as const)),
    ),
    // Notes (domain/notes): version ids collide across replicas, some with different texts (a tampered file).
    notes: fc.dictionary(
      fc.constantFrom('t1', 'check-in'),
      fc.record({
        versions: fc.dictionary(
          fc.constantFrom('v1', 'v2', 'v3'),
          fc.record({
            text: fc.constantFrom('a', 'b', ''),
            byName: fc.constant('x'),
            at: arbAt,
            c: arbC,
            by: arbUser,
          }),
        ),
        replaced: fc.subarray(['v1', 'v2', 'v3', 'v4']),
      }),
    ),
    writers: fc.dictionary(
      fc.constantFrom<string>(...users),
      arbLwwOf(fc.constantFrom<{ name: string } | null>(null, { name: 'x' })),
    ),
    recap: fc.option(
      fc.record({
        lease: fc.option(
          arbLwwOf(
            fc.record({
              holder: fc.constantFrom('r1', 'r2'),
              until: arbAt,
              channel: fc.constantFrom('chat' as const, 'mail' as const),
              marker: fc.constant('rt-recap-x'),
              unclear: fc.boolean(),
            }),
          ),
          { nil: undefined },
        ),
        sent: fc.dictionary(
          fc.constantFrom('chat:1', 'chat:2', 'mail:3-0'),
          fc.record({
            channel: fc.constantFrom('chat' as const, 'mail' as const),
            messageId: fc.constantFrom('1', '2', null),
            by: arbUser,
            at: arbAt,
            recipients: fc.integer({ min: 0, max: 3 }),
          }),
        ),
      }),
      { nil: undefined },
    ),
    // Role requests: ids collide across replicas with different endings (and, in a tampered file, identities).
    requests: fc.dictionary(
      fc.constantFrom('q1', 'q2', 'q3'),
      fc.record({
        role: fc.constantFrom('facilitator', 'timekeeper'),
        from: arbUser,
        to: arbUser,
        at: arbAt,
        c: arbC,
        answer: fc.option(
          arbLwwOf(fc.constantFrom('accepted' as const, 'declined' as const, 'withdrawn' as const)),
          {
            nil: undefined,
          },
        ),
      }),
    ),
    keepGoing: fc.dictionary(
      fc.constantFrom('check-in', 't1', 't2'),
      fc.dictionary(
        fc.constantFrom<string>(...users),
        arbLwwOf(fc.constantFrom('more' as const, 'move' as const)),
      ),
    ),
  })
  .map((r) => ({
    ...(Object.keys(r.notes).length > 0
      ? {
          notes: Object.fromEntries(
            Object.entries(r.notes).map(([k, n]) => [
              k,
              {
                replaced: n.replaced,
                versions: Object.fromEntries(
                  Object.entries(n.versions).filter(([id]) => !n.replaced.includes(id)),
                ),
              },
            ]),
          ),
        }
      : {}),
    ...(Object.keys(r.writers).length > 0 ? { noteWriters: r.writers } : {}),
    ...(r.voting ? { voting: r.voting } : {}),
    ...(Object.keys(r.log).length > 0 ? { votingLog: r.log } : {}),
    ...(r.override
      ? {
          roleOverrides: {
            [r.override.role]: {
              ...r.override.reg,
              value: { holder: r.override.reg.by, kind: 'swap' as const },
            },
          },
        }
      : {}),
    ballots: Object.fromEntries(
      Object.entries(r.ballots).map(([u, b]) => [u, { ...b, value: { [b.value.t]: b.value.n } }]),
    ),
    status: r.status,
    decisions: {},
    ...(r.recap
      ? {
          recap: {
            ...(r.recap.lease ? { lease: r.recap.lease } : {}),
            ...(Object.keys(r.recap.sent).length > 0 ? { sent: r.recap.sent } : {}),
          },
        }
      : {}),
    ...(Object.keys(r.keepGoing).length > 0 ? { keepGoing: r.keepGoing } : {}),
    ...(Object.keys(r.requests).length > 0
      ? {
          roleRequests: Object.fromEntries(
            Object.entries(r.requests).map(([id, q]) => [
              id,
              {
                role: q.role,
                from: q.from,
                fromName: q.from,
                to: q.to,
                toName: q.to,
                at: q.at,
                c: q.c,
                by: q.from,
                ...(q.answer ? { answer: q.answer } : {}),
              },
            ]),
          ),
        }
      : {}),
  }));

const actionIds = ['a1', 'a2', 'a3'];
const arbAction = (id: string): fc.Arbitrary<ActionRecord> =>
  fc
    .record({
      createdBy: arbUser,
      createdAt: arbAt,
      occurrence: fc.constantFrom(...occs),
      title: arbLwwOf(fc.constantFrom('Draft plan', 'Book room')),
      ownership: arbLwwOf(
        fc.record({
          owner: fc.constantFrom({ email: 'a@x.example', name: 'A' }, { email: 'b@x.example', name: 'B' }),
          how: fc.constantFrom('claimed' as const, 'assigned' as const),
        }),
      ),
      helpers: fc.option(
        arbLwwOf(
          fc.subarray([
            { email: 'a@x.example', name: 'A' },
            { email: 'c@x.example', name: 'C' },
          ]),
        ),
        { nil: undefined },
      ),
      keptOffPlanner: fc.option(arbLwwOf(fc.boolean()), { nil: undefined }),
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
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      title: r.title,
      ownership: r.ownership,
      ...(r.helpers ? { helpers: r.helpers } : {}),
      ...(r.keptOffPlanner ? { keptOffPlanner: r.keptOffPlanner } : {}),
      due: r.due,
      completed: r.completed,
      ...(r.planner ? { planner: r.planner } : {}),
    }));

const arbDoc: fc.Arbitrary<SeriesDocument> = fc
  .record({
    proposals: fc.subarray(topicIds).chain((ids) => fc.tuple(...ids.map(arbProposal))),
    occurrences: fc.dictionary(fc.constantFrom<string>(...occs), arbOccurrence),
    settings: fc.option(arbLwwOf(fc.integer({ min: 3, max: 5 })), { nil: undefined }),
    optOuts: fc.dictionary(
      fc.constantFrom<string>(...users),
      arbLwwOf(fc.subarray(['facilitator', 'noteTaker'])),
    ),
    actions: fc.subarray(actionIds).chain((ids) => fc.tuple(...ids.map(arbAction))),
    plannerLease: fc.option(arbLwwOf(fc.record({ holder: fc.constantFrom('h1', 'h2'), until: arbAt })), {
      nil: undefined,
    }),
    health: fc.dictionary(
      fc.constantFrom('h1', 'h2'),
      fc.record({ firstSeen: arbAt, lines: fc.subarray(['x', 'y'], { minLength: 1 }) }),
    ),
    healthSeen: fc.option(arbLwwOf(arbAt), { nil: undefined }),
    plannerPlan: fc.option(
      arbLwwOf(fc.record({ planId: fc.constantFrom('p1', 'p2'), title: fc.constantFrom('Team', 'Offsite') })),
      { nil: undefined },
    ),
    replans: fc.dictionary(
      fc.constantFrom('k1', 'k2', 'k3'),
      fc.record({ from: fc.constantFrom(...occs), at: arbAt, c: arbC, by: arbUser }),
    ),
    nudgesSent: fc.dictionary(
      fc.constantFrom('roleNext:o1:facilitator:u1', 'votingOpened:o1:0:u2', 'actionDue:a1:2026-01-31:u3'),
      fc.record({ at: arbAt, c: arbC, by: arbUser, token: fc.constantFrom('t1', 't2') }),
    ),
  })
  .map((r) => ({
    ...emptySeriesDocument(seriesKey('S'), 'Leadership weekly'),
    proposals: Object.fromEntries(r.proposals.map((p) => [p.id, p])),
    occurrences: r.occurrences,
    optOuts: r.optOuts,
    ...(r.settings
      ? { settings: { ...r.settings, value: { ...DEFAULT_SETTINGS, budget: r.settings.value } } }
      : {}),
    actions: Object.fromEntries(r.actions.map((a) => [a.id, a])),
    ...(r.plannerLease ? { plannerLease: r.plannerLease } : {}),
    ...(Object.keys(r.health).length > 0 ? { healthLog: r.health } : {}),
    ...(r.healthSeen ? { healthSeen: r.healthSeen } : {}),
    ...(r.plannerPlan ? { plannerPlan: r.plannerPlan } : {}),
    ...(Object.keys(r.nudgesSent).length > 0 ? { nudgesSent: r.nudgesSent } : {}),
    ...(Object.keys(r.replans).length > 0 ? { roleReplans: r.replans } : {}),
  }));

const same = (a: SeriesDocument, b: SeriesDocument) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('mergeSeriesDocuments: algebra', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(arbDoc, arbDoc, (a, b) => same(mergeSeriesDocuments(a, b), mergeSeriesDocuments(b, a))),
      { numRuns: 300 },
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
      { numRuns: 300 },
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

  it('keeps the register with the greater stamp, whatever its wall-clock part says', () => {
    // A write from a clock two days behind, made after seeing the current value, carries a greater stamp.
    fc.assert(
      fc.property(arbDoc, fc.integer({ min: 1, max: 5 }), (doc, budget) => {
        const organizer: Actor = {
          id: users[0]!,
          name: 'u0',
          email: 'u0@x',
          isOrganizer: true,
          isFacilitator: false,
          isTimekeeper: false,
          isNoteTaker: false,
        };
        const settings = { ...DEFAULT_SETTINGS, budget: budget + 2, maxPerTopic: 1 };
        const r = applyIntent(doc, { kind: 'setSettings', settings }, organizer, -2 * 86_400_000);
        if (!r.ok) throw new Error(JSON.stringify(r.failure));
        expect(mergeSeriesDocuments(doc, r.value).settings?.value).toEqual(settings);
        expect(mergeSeriesDocuments(r.value, doc).settings?.value).toEqual(settings);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. No acknowledged write lost, under skewed, non-monotonic clocks and arbitrary interleavings.

const T0 = Date.parse('2026-01-04T12:00:00.000Z');
const OCC = occs[0]!;
const DAY = 86_400_000;

const person = (u: UserId, isOrganizer: boolean): Actor => ({
  id: u,
  name: u,
  email: `${u}@x.example`,
  isOrganizer,
  isFacilitator: false,
  isTimekeeper: false,
  isNoteTaker: false,
});

const topicInput = (title: string, estimateMinutes: number): TopicInput => ({
  title,
  why: '',
  outcome: 'discuss',
  estimateMinutes,
});

/** Two topics proposed by u1 and u2, the series' settings at their defaults. */
function baseDoc(): SeriesDocument {
  let doc = emptySeriesDocument(seriesKey('S'), 'Leadership weekly');
  for (const [i, t] of ['t1', 't2'].entries()) {
    const r = applyIntent(
      doc,
      { kind: 'proposeTopic', id: t, occurrence: OCC, input: topicInput(`Topic ${t}`, 10) },
      person(users[i + 1]!, false),
      T0 - DAY,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    doc = r.value;
  }
  return doc;
}

/** Every shared register the writers below touch, by a readable key. */
function registersOf(doc: SeriesDocument): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (doc.settings) out.set('settings', doc.settings.value);
  const rec = doc.occurrences[OCC];
  if (rec?.voting) out.set('voting', rec.voting.value.state);
  if (rec?.recap?.lease) out.set('recapLease', rec.recap.lease.value);
  for (const [k, v] of Object.entries(rec?.recap?.sent ?? {})) out.set(`recapSent:${k}`, v.messageId);
  for (const [u, b] of Object.entries(rec?.ballots ?? {})) out.set(`ballot:${u}`, b.value);
  for (const [t, p] of Object.entries(doc.proposals)) out.set(`content:${t}`, p.content.value);
  for (const [u, o] of Object.entries(doc.optOuts ?? {})) out.set(`optOut:${u}`, o.value);
  // A role request's identity is written once and its ending once: whatever landed first must stay.
  for (const [id, q] of Object.entries(rec?.roleRequests ?? {})) {
    out.set(`request:${id}`, { role: q.role, from: q.from, to: q.to });
    if (q.answer) out.set(`requestAnswer:${id}`, q.answer.value);
  }
  for (const role of ['facilitator', 'timekeeper']) {
    const change = roleChangeOf(doc, OCC, role);
    if (change) out.set(`holder:${role}`, change.holder);
  }
  for (const [k, r] of Object.entries(doc.roleReplans ?? {})) out.set(`replan:${k}`, r.from);
  // A nudge claim is grow-only: the first claim that landed must stay, whoever claims the key later.
  for (const [k, m] of Object.entries(doc.nudgesSent ?? {})) out.set(`nudge:${k}`, m.token);
  return out;
}

/** The registers `after` changed compared with `before`, with the value it meant to put there. */
function intended(before: SeriesDocument, after: SeriesDocument): Map<string, unknown> {
  const a = registersOf(before);
  const out = new Map<string, unknown>();
  for (const [k, v] of registersOf(after))
    if (!a.has(k) || canonicalJson(a.get(k)) !== canonicalJson(v)) out.set(k, v);
  return out;
}

interface WriterSpec {
  readonly user: number;
  /** How far this writer's clock is from true time (ms); negative = behind. */
  readonly skew: number;
  /** Per-reading jitter (ms), which makes its clock jump back as well as forward. */
  readonly jitter: readonly number[];
  readonly ops: readonly number[];
}

const arbWriter: fc.Arbitrary<WriterSpec> = fc.record({
  user: fc.integer({ min: 0, max: 3 }),
  skew: fc.oneof(
    fc.constantFrom(-2 * DAY, -10 * 60_000, 0, 3 * 60_000),
    fc.integer({ min: -3 * DAY, max: 4 * 60_000 }),
  ),
  jitter: fc.array(fc.integer({ min: -15 * 60_000, max: 60_000 }), { minLength: 1, maxLength: 8 }),
  ops: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
});

/** The intent a writer's op stands for: each one writes a shared register somebody else may write too. */
function intentFor(u: number, op: number, n: number): SeriesIntent {
  if (u === 0) {
    switch (op % 9) {
      case 6:
      case 7:
        // The organizer holds the facilitator role; she answers one of the requests (accepts or declines).
        return {
          kind: 'answerRoleSwap',
          occurrence: OCC,
          requestId: `q${1 + (n % 3)}`,
          accept: op % 9 === 6,
        };
      case 8:
        return op % 2 === 0
          ? { kind: 'replanRoles', from: occs[1]! }
          : { kind: 'assignRole', occurrence: OCC, roleId: 'facilitator', holder: users[1 + (n % 3)]! };
      case 4:
        return {
          kind: 'startRecap',
          occurrence: OCC,
          holder: `r${n}`,
          channel: 'chat',
          marker: 'rt-recap-x',
        };
      case 5:
        return {
          kind: 'recapSent',
          occurrence: OCC,
          holder: `r${n - 1}`,
          channel: 'chat',
          messageId: `m${n}`,
          recipients: 0,
        };
      case 0:
        return { kind: 'closeVoting', occurrence: OCC, meetingMinutes: 60 };
      case 1:
        return { kind: 'reopenVoting', occurrence: OCC };
      case 2:
        return { kind: 'setSettings', settings: { ...DEFAULT_SETTINGS, budget: 3 + (n % 3) } };
      default:
        return { kind: 'setOptOut', person: users[0]!, roleId: 'noteTaker', optedOut: n % 2 === 0 };
    }
  }
  switch (op % 6) {
    case 4:
      // Each person asks the organizer for her facilitator turn (one request id each: a retry is the same request).
      return {
        kind: 'requestRoleSwap',
        id: `q${u}`,
        occurrence: OCC,
        roleId: n % 2 === 0 ? 'facilitator' : 'timekeeper',
        holder: users[0]!,
        holderName: 'u0',
      };
    case 5:
      return { kind: 'withdrawRoleSwap', occurrence: OCC, requestId: `q${u}` };
    case 3:
      // Two people doing the same thing claim the same nudge keys; each claimer's token is its own.
      return { kind: 'markNudges', keys: [`roleNext:${OCC}:r:u${n % 2}`, `k${n % 3}`], token: `u${u}-${n}` };
    case 0:
      return { kind: 'castBallot', occurrence: OCC, dots: { t1: n % 3, t2: (n + 1) % 2 } };
    case 1:
      // Only the author's edits land; the other users' are refused by the rules, as they should be.
      return { kind: 'editTopic', id: u === 1 ? 't1' : 't2', input: topicInput(`Edited ${n}`, 5 + (n % 20)) };
    default:
      return { kind: 'setOptOut', person: users[u]!, roleId: 'timekeeper', optedOut: n % 2 === 1 };
  }
}

interface File {
  text: string;
  version: number;
}

function simulate(
  writers: readonly WriterSpec[],
  schedule: readonly number[],
  lostAnswers: readonly boolean[],
) {
  const file: File = { text: JSON.stringify(baseDoc()), version: 1 };
  /** Per register, the value the last write that landed on it meant to put there. */
  const lastLanded = new Map<string, unknown>();
  let landings = 0;
  const state = writers.map((w, index) => ({
    w,
    index,
    op: 0,
    readings: 0,
    /** Answers lost for the current op: the retry after one lost answer gets its answer. */
    lost: 0,
    snapshot: undefined as { doc: SeriesDocument; version: number } | undefined,
  }));
  const clockOf = (s: (typeof state)[number]) => {
    const jitter = s.w.jitter[s.readings % s.w.jitter.length] ?? 0;
    s.readings += 1;
    // True time moves forward with every landing; each writer sees it skewed and jittered.
    return T0 + landings * 1000 + s.w.skew + jitter;
  };
  const step = (s: (typeof state)[number]): void => {
    if (s.op >= s.w.ops.length) return;
    if (!s.snapshot) {
      // Read: through the adapter's own parse and validation, on this reader's clock.
      const parsed = parseSeriesDocument(file.text, 'f', clockOf(s));
      if (!parsed.ok) throw new Error(parsed.failure.message);
      s.snapshot = { doc: parsed.value.doc, version: file.version };
      return;
    }
    const u = s.w.user;
    const intent = intentFor(u, s.w.ops[s.op] ?? 0, s.op + u * 7 + s.index * 13);
    const applied = applyIntent(s.snapshot.doc, intent, person(users[u]!, u === 0), clockOf(s));
    if (!applied.ok) {
      // A rule said no (not the author, voting closed…): nothing written, the op is done.
      s.snapshot = undefined;
      s.op += 1;
      s.lost = 0;
      return;
    }
    if (s.snapshot.version !== file.version) {
      s.snapshot = undefined; // 412: re-read and re-apply
      return;
    }
    // What the store writes: the intent applied to the version it read (it already holds all of that version).
    for (const [k, v] of intended(s.snapshot.doc, applied.value)) lastLanded.set(k, v);
    file.text = JSON.stringify(applied.value);
    file.version += 1;
    const lost = s.lost === 0 && (lostAnswers[landings % Math.max(1, lostAnswers.length)] ?? false);
    landings += 1;
    s.snapshot = undefined;
    // A lost answer: the write landed, the writer doesn't know, and does it again.
    if (lost) s.lost += 1;
    else {
      s.op += 1;
      s.lost = 0;
    }
  };
  for (const i of schedule) {
    const s = state[i % state.length];
    if (s) step(s);
  }
  for (let guard = 0; guard < 200 && state.some((s) => s.op < s.w.ops.length); guard++)
    for (const s of state) step(s);
  const final = parseSeriesDocument(file.text, 'f', T0 + landings * 1000);
  if (!final.ok) throw new Error(final.failure.message);
  return { final: final.value.doc, lastLanded, landings };
}

describe('no acknowledged write is lost', () => {
  it('under skewed, non-monotonic clocks, any interleaving and lost answers', () => {
    fc.assert(
      fc.property(
        fc.array(arbWriter, { minLength: 2, maxLength: 5 }),
        fc.array(fc.nat({ max: 4 }), { minLength: 5, maxLength: 60 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        (writers, schedule, lostAnswers) => {
          const { final, lastLanded } = simulate(writers, schedule, lostAnswers);
          const now = registersOf(final);
          for (const [k, v] of lastLanded)
            expect([k, canonicalJson(now.get(k))]).toEqual([k, canonicalJson(v)]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a re-vote from a laptop two days behind replaces the vote it saw (the case wall clocks lost)', () => {
    const writers: WriterSpec[] = [
      { user: 1, skew: 0, jitter: [0], ops: [0] },
      { user: 1, skew: -2 * DAY, jitter: [0], ops: [0] },
    ];
    // Writer 0 votes and lands; then writer 1 (same person, another device, clock two days behind) re-votes.
    const { final, lastLanded } = simulate(writers, [0, 0, 1, 1], [false]);
    expect(lastLanded.get('ballot:u1')).toBeDefined();
    expect(canonicalJson(final.occurrences[OCC]?.ballots['u1']?.value)).toBe(
      canonicalJson(lastLanded.get('ballot:u1')),
    );
  });
});
