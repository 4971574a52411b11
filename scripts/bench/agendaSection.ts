// The shared agenda's figures: sequential round trips to open a meeting's agenda and to cast one vote, the series
// document's size and merge cost at scale, the cost of opening a 10,000-topic file against a 20-topic one, and write
// retries per vote with 10 and 50 voters at once. Counts and ratios only: wall-clock times are noise on the shared
// 2-core machine (benchTypes.ts), so costs are reported as large/small.
//
// Wire it into scripts/bench/runBench.ts by appending `agendaSection` to `sections` (it starts its own sandbox and
// needs no build).
import { performance } from 'node:perf_hooks';
import type { Actor } from '../../src/domain/agenda/agendaTypes';
import { groupId, occurrenceKey, seriesKey, userId, type UserId } from '../../src/domain/ids';
import type { Meeting, Team } from '../../src/domain/meetings/meeting';
import { stamped } from '../../src/domain/series/lww';
import { mergeSeriesDocuments } from '../../src/domain/series/mergeSeriesDocuments';
import {
  emptySeriesDocument,
  type Proposal,
  type SeriesDocument,
} from '../../src/domain/series/seriesDocument';
import { createSeriesResolver } from '../../src/graph/calendar/createSeriesResolver';
import { createMeetingSource } from '../../src/graph/calendar/createMeetingSource';
import { createGraphClient } from '../../src/graph/core/createGraphClient';
import { createSeriesDocumentStore } from '../../src/graph/drive/createSeriesDocumentStore';
import { GRAPH_SCOPES } from '../../src/graph/scopes';
import { createTeamSource } from '../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';
import { linkSeriesToTeam } from '../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda } from '../../src/usecases/agenda/openAgenda';
import type { StoredSeries } from '../../src/usecases/ports';
import { changeSeries } from '../../src/usecases/series/changeSeries';
import { archiveFigures, openLargeFileFigures } from './largeFileFigures';
import type { BenchRow, BenchSection } from './benchTypes';
import { longestSequentialChain, type TimedRequest } from './longestSequentialChain';

const scopes = Object.values(GRAPH_SCOPES);
/** Added to every sandbox answer while counting round trips, so parallel requests visibly overlap. */
const LATENCY_MS = 60;
const MERGE_REPS = { small: 2000, large: 20 };
const CONTENDER_COUNTS = [10, 50] as const;
const OCC = occurrenceKey('2025-06-17T16:00:00.000Z');

/** `npm run bench` section result as a flat record (also what bench.json keeps as data). */
export async function runAgendaBench(): Promise<Record<string, number | string>> {
  const size = documentFigures();
  const large = { ...openLargeFileFigures(), ...archiveFigures() };
  const sb = await startSandbox({ port: 0 });
  try {
    const open = await openRoundTrips(sb);
    const churn = await churnFigures(sb);
    const contention: Record<string, number> = {};
    for (const n of CONTENDER_COUNTS) Object.assign(contention, await contentionFigures(sb, n));
    return { ...open, ...churn, ...size, ...large, ...contention };
  } finally {
    await sb.close();
  }
}

export const agendaSection: BenchSection = {
  id: 'agenda',
  title: 'Shared agenda: open round trips, document size and merge cost, retries under contention',
  async run() {
    const f = await runAgendaBench();
    const n = (k: string): number => Number(f[k]);
    const rows: BenchRow[] = [
      {
        metric: 'open an agenda: sequential Graph round trips (sandbox log)',
        value: n('openAgenda.graphRoundTrips'),
        target: '≤ 2 after the token, for discovery (DESIGN.md)',
        met: n('openAgenda.graphRoundTrips') <= 2,
      },
      {
        metric: 'open an agenda: sequential HTTP round trips incl. content download',
        value: n('openAgenda.httpRoundTrips'),
      },
      { metric: 'open an agenda: requests (Graph + download)', value: String(f['openAgenda.requests']) },
      {
        metric: 'one uncontended vote, after the document is open: sequential round trips',
        value: n('vote.roundTrips'),
        target: '1 (the write uses the version already held)',
        met: n('vote.roundTrips') === 1,
      },
      { metric: '  requests for that vote', value: String(f['vote.requests']) },
      {
        metric:
          'first write after linking, once SharePoint has changed the new file’s eTag on its own: sequential round trips',
        value: n('churn.roundTrips'),
        target: '≤ 2 (at most one more than a write over a current version)',
        met: n('churn.roundTrips') <= 2,
      },
      { metric: '  its requests (412s; content downloads)', value: String(f['churn.requests']) },
      {
        metric: 'open a 10,000-topic file / a 20-topic one (parse, validate, organizer view state)',
        value: n('open10k.timeRatio'),
        unit: 'ratio',
        target: 'linear: ≤ ~500 (the size ratio), no quadratic step',
        met: n('open10k.timeRatio') <= n('open10k.sizeRatio'),
      },
      { metric: '  size ratio of the two files', value: n('open10k.sizeRatio'), unit: 'ratio' },
      { metric: '  10,000-topic file', value: n('open10k.bytes'), unit: 'bytes' },
      {
        metric: '  of which open topics set aside as over the limit (reported in the health notice)',
        value: n('open10k.setAside'),
      },
      {
        metric: 'open a 10,000-topic history (9,800 covered over 98 closed meetings) / 20 topics',
        value: n('history10k.timeRatio'),
        unit: 'ratio',
        target: 'linear in the size ratio',
        met: n('history10k.timeRatio') <= n('history10k.sizeRatio'),
      },
      { metric: '  size ratio of the two files', value: n('history10k.sizeRatio'), unit: 'ratio' },
      {
        metric:
          'live file after two years of weekly meetings (8 people, 6 topics a week, 3 covered: the open-topic cap is reached), before archiving',
        value: n('archive.beforeBytes'),
        unit: 'bytes',
      },
      {
        metric: '  after the archive step (closed meetings older than 90 days moved out)',
        value: n('archive.afterBytes'),
        unit: 'bytes',
      },
      {
        metric: '  its share of the 4 MB simple-upload limit',
        value: n('archive.afterShareOf4MB'),
        unit: 'ratio',
        target: 'far below 1',
        met: n('archive.afterShareOf4MB') < 0.25,
      },
      { metric: 'document bytes, 10 attendees × 20 topics', value: n('doc.small.bytes'), unit: 'bytes' },
      { metric: 'document bytes, 300 attendees × 500 topics', value: n('doc.large.bytes'), unit: 'bytes' },
      {
        metric: '  share of the 4 MB simple-upload limit',
        value: n('doc.large.shareOf4MB'),
        unit: 'ratio',
        target: '< 1',
        met: n('doc.large.shareOf4MB') < 1,
      },
      { metric: 'merge time, large / small series', value: n('merge.timeRatio'), unit: 'ratio' },
      ...CONTENDER_COUNTS.flatMap((c): BenchRow[] => [
        {
          metric: `retries per vote, ${c} voters at once (mean)`,
          value: n(`contention.${c}.meanRetriesPerVote`),
        },
        {
          metric: `retries per vote, ${c} voters at once (max)`,
          value: n(`contention.${c}.maxRetriesPerVote`),
          target: '< 40 (the bound)',
          met: n(`contention.${c}.maxRetriesPerVote`) < 40,
        },
        {
          metric: `votes lost, ${c} voters at once`,
          value: n(`contention.${c}.votesLost`),
          target: '0',
          met: n(`contention.${c}.votesLost`) === 0,
        },
      ]),
    ];
    return { rows, data: f };
  },
};

// ---- document size and merge cost -------------------------------------------------------------------------------

/*
 * Two replicas of one series that have each seen a different half of the writes, which is what a 412 merge meets:
 * every attendee has proposed topics (round-robin), and half the ballots are on each side.
 */
function replicas(attendees: number, topics: number): [SeriesDocument, SeriesDocument] {
  const base = emptySeriesDocument(seriesKey('040000008200E00074C5B7101A82E008-bench'), 'Leadership weekly');
  const person = (i: number) => userId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const proposals: Record<string, Proposal> = {};
  for (let t = 0; t < topics; t++) {
    const author = person(t % attendees);
    const id = `topic-${String(t).padStart(4, '0')}-${author.slice(-6)}`;
    proposals[id] = {
      id,
      author,
      authorName: `Attendee ${t % attendees}`,
      proposedFor: OCC,
      createdAt: 1_750_000_000_000 + t,
      content: stamped(
        {
          title: `Topic ${t}: a realistic title of about fifty characters`,
          why: 'Why it matters: a sentence or two of context that explains what happens if we do not address it together.',
          outcome: 'decide',
          estimateMinutes: 15,
          withdrawn: false,
        },
        { at: 1_750_000_000_000 + t, c: 0, by: author },
      ),
    };
  }
  const ids = Object.keys(proposals);
  const ballot = (i: number) =>
    stamped(
      { [ids[i % ids.length] as string]: 2, [ids[(i * 7 + 1) % ids.length] as string]: 1 },
      { at: 1_750_000_100_000 + i, c: 0, by: person(i) },
    );
  const side = (parity: number): SeriesDocument => {
    const ballots: Record<string, ReturnType<typeof ballot>> = {};
    for (let i = 0; i < attendees; i++) if (i % 2 === parity) ballots[person(i)] = ballot(i);
    return { ...base, proposals, occurrences: { [OCC]: { ballots, status: {}, decisions: {} } } };
  };
  return [side(0), side(1)];
}

function timeMerges(pair: [SeriesDocument, SeriesDocument], reps: number): number {
  const [a, b] = pair;
  mergeSeriesDocuments(a, b); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) mergeSeriesDocuments(a, b);
  return Number(process.hrtime.bigint() - start) / reps;
}

export function documentFigures(): Record<string, number> {
  const small = replicas(10, 20);
  const large = replicas(300, 500);
  const bytes = (d: SeriesDocument) => new TextEncoder().encode(JSON.stringify(d)).length;
  const smallBytes = bytes(mergeSeriesDocuments(...small));
  const largeBytes = bytes(mergeSeriesDocuments(...large));
  const ratio = timeMerges(large, MERGE_REPS.large) / timeMerges(small, MERGE_REPS.small);
  return {
    'doc.small.bytes': smallBytes,
    'doc.large.bytes': largeBytes,
    'doc.large.shareOf4MB': round(largeBytes / (4 * 1024 * 1024), 3),
    'merge.timeRatio': round(ratio, 1),
    'merge.sizeRatio': round(largeBytes / smallBytes, 1),
  };
}

/** Latency on every Graph answer while counting round trips, so requests sent side by side visibly overlap. */
async function addLatency(sb: Sandbox): Promise<void> {
  await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: LATENCY_MS, path: '/v1.0/' }),
  });
}

async function clearFaults(sb: Sandbox): Promise<void> {
  await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
}

// ---- round trips to open an agenda ------------------------------------------------------------------------------

interface Timed extends TimedRequest {
  readonly url: string;
}

/** A fetch that records when each request started and ended (client side, so the download counts too). */
function timedFetch(log: Timed[]): typeof fetch {
  return async (input, init) => {
    const startedAt = performance.now();
    const res = await fetch(input, init);
    await res.clone().arrayBuffer();
    const url = input instanceof Request ? input.url : String(input);
    log.push({ url, startedAt, endedAt: performance.now() });
    return res;
  };
}

async function tenant(sb: Sandbox) {
  return (await (await fetch(`${sb.url}/_sandbox/tenant`)).json()) as {
    users: { id: string; userPrincipalName: string }[];
    groups: { id: string; displayName: string; memberIds: string[] }[];
  };
}

function servicesFor(sb: Sandbox, upn: string, log?: Timed[]) {
  const f = log ? timedFetch(log) : undefined;
  const client = createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ user: upn, scopes }) },
    scopes,
    retry: { maxRetries: 8, delaySeconds: 0 },
    ...(f ? { fetch: f } : {}),
  });
  return {
    client,
    deps: {
      series: createSeriesResolver(client),
      teams: createTeamSource(client),
      directory: createDirectory(client),
      store: createSeriesDocumentStore(client, f ? { fetch: f } : {}),
    },
  };
}

async function nextLeadershipWeekly(sb: Sandbox, upn: string): Promise<Meeting> {
  const { client } = servicesFor(sb, upn);
  const start = new Date();
  const list = await createMeetingSource(client).listMeetings(
    { start, end: new Date(start.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  const m = list.ok
    ? list.value.find((x) => x.subject === 'Leadership weekly' && x.kind === 'occurrence')
    : undefined;
  if (!m) throw new Error(`no Leadership weekly for ${upn}`);
  return m;
}

async function openRoundTrips(sb: Sandbox): Promise<Record<string, number | string>> {
  await sb.reset();
  const t = await tenant(sb);
  const lead = t.groups.find((g) => g.displayName === 'Leadership Team');
  if (!lead) throw new Error('no Leadership Team');
  const team: Team = { id: groupId(lead.id), displayName: lead.displayName };
  const avery = 'avery.chen@northwind.example';
  const dana = 'dana.okafor@northwind.example';
  const organizer = servicesFor(sb, avery);
  const opened = await openAgenda(organizer.deps, await nextLeadershipWeekly(sb, avery));
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  const linked = await linkSeriesToTeam(organizer.deps.store, opened.value, team);
  if (!linked.ok) throw new Error(JSON.stringify(linked.failure));

  // Dana opens the agenda cold: her meeting is in hand (the meeting list is the previous screen).
  const meeting = await nextLeadershipWeekly(sb, dana);
  const clientLog: Timed[] = [];
  const attendee = servicesFor(sb, dana, clientLog);
  await addLatency(sb);
  sb.clearRequestLog();
  const r = await openAgenda(attendee.deps, meeting);
  await clearFaults(sb);
  if (!r.ok || !r.value.stored)
    throw new Error(`open failed: ${JSON.stringify(r.ok ? 'no document' : r.failure)}`);
  const graph = sb.requestLog().filter((e) => e.batchInner !== true);
  const batches = graph.filter((e) => new URL(e.url, 'http://x').pathname === '/v1.0/$batch').length;

  // Dana votes once, on the version she just opened (nobody else writing): the write is the only round trip.
  const stored: StoredSeries = r.value.stored;
  const danaActor: Actor = {
    id: r.value.me.id,
    name: r.value.me.displayName,
    email: dana,
    isOrganizer: false,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
  const seeded = await changeSeries(
    organizer.deps.store,
    linked.value,
    { ...danaActor, id: opened.value.me.id, name: opened.value.me.displayName, isOrganizer: true },
    {
      kind: 'proposeTopic',
      id: 'bench-topic',
      occurrence: opened.value.occurrence,
      input: { title: 'Bench topic', why: '', outcome: 'decide', estimateMinutes: 10 },
    },
    Date.now,
  );
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.failure));
  const reopened = await attendee.deps.store.load(stored.location);
  if (!reopened.ok) throw new Error(JSON.stringify(reopened.failure));
  await addLatency(sb);
  clientLog.length = 0;
  sb.clearRequestLog();
  const voted = await changeSeries(
    attendee.deps.store,
    reopened.value,
    danaActor,
    { kind: 'castBallot', occurrence: r.value.occurrence, dots: { 'bench-topic': 1 } },
    Date.now,
  );
  await clearFaults(sb);
  if (!voted.ok) throw new Error(`vote failed: ${JSON.stringify(voted.failure)}`);
  const voteLog = [...clientLog];
  return {
    'vote.roundTrips': longestSequentialChain(voteLog).length,
    'vote.requests': voteLog
      .map((e) => `${new URL(e.url).pathname.replace(/[0-9a-zA-Z!_-]{20,}/g, '{id}')}`)
      .join(', '),
    'openAgenda.graphRoundTrips': longestSequentialChain(graph).length,
    'openAgenda.httpRoundTrips': longestSequentialChain(clientLog).length,
    'openAgenda.requests': `${graph.length} Graph (${batches} $batch), ${clientLog.length} HTTP in all`,
    'openAgenda.chain': longestSequentialChain(clientLog)
      .map((e) => new URL(e.url).pathname.replace(/[0-9a-f-]{36}/g, '{id}'))
      .join(' → '),
  };
}

// ---- the eTag a new file changes on its own ---------------------------------------------------------------------

/*
 * SharePoint changes a new file's eTag once, shortly after the upload (src/sandbox/README.md "Drive"). With the
 * sandbox's delay at 0 the change has happened by the time the organizer's first write goes out over the version the
 * upload answered with, which is the worst case of the realistic default (2 s).
 */
export async function churnFigures(sb: Sandbox): Promise<Record<string, number | string>> {
  await sb.reset();
  await fetch(`${sb.url}/_sandbox/drive`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ postProcessingMs: 0 }),
  });
  const t = await tenant(sb);
  const lead = t.groups.find((g) => g.displayName === 'Leadership Team');
  if (!lead) throw new Error('no Leadership Team');
  const team: Team = { id: groupId(lead.id), displayName: lead.displayName };
  const avery = 'avery.chen@northwind.example';
  const clientLog: Timed[] = [];
  const organizer = servicesFor(sb, avery, clientLog);
  const opened = await openAgenda(organizer.deps, await nextLeadershipWeekly(sb, avery));
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  const linked = await linkSeriesToTeam(organizer.deps.store, opened.value, team);
  if (!linked.ok) throw new Error(JSON.stringify(linked.failure));
  await addLatency(sb);
  clientLog.length = 0;
  sb.clearRequestLog();
  const me = opened.value.me;
  const proposed = await changeSeries(
    organizer.deps.store,
    linked.value,
    { ...benchActor(me.id, true), name: me.displayName, email: avery },
    {
      kind: 'proposeTopic',
      id: 'churn-topic',
      occurrence: opened.value.occurrence,
      input: { title: 'First topic', why: '', outcome: 'decide', estimateMinutes: 10 },
    },
    Date.now,
  );
  await clearFaults(sb);
  if (!proposed.ok) throw new Error(`first write failed: ${JSON.stringify(proposed.failure)}`);
  const graph = sb.requestLog().filter((e) => e.batchInner !== true);
  const refused = graph.filter((e) => e.status === 412).length;
  const downloads = clientLog.filter((e) => new URL(e.url).pathname.startsWith('/_download/')).length;
  return {
    'churn.roundTrips': longestSequentialChain(clientLog).length,
    'churn.requests': `${graph.map((e) => `${e.method} ${e.status}`).join(' → ')} (${refused} × 412; ${downloads} downloads)`,
  };
}

// ---- retries per vote under contention --------------------------------------------------------------------------

/*
 * `voters` members open the agenda (each holds the version it read), then all vote at once, as a meeting's attendees
 * do when the facilitator says "vote now". Every vote is a read-modify-write with If-Match over the held version; a 412
 * re-reads and re-applies. Retries = attempts − 1.
 */
async function contentionFigures(sb: Sandbox, voters: number): Promise<Record<string, number>> {
  await sb.reset();
  const t = await tenant(sb);
  const lead = t.groups.find((g) => g.displayName === 'Leadership Team');
  if (!lead) throw new Error('no Leadership Team');
  const team: Team = { id: groupId(lead.id), displayName: lead.displayName };
  const members = t.users.filter((u) => lead.memberIds.includes(u.id));
  const key = seriesKey(`040000008200E00074C5B7101A82E008-bench-contention-${voters}`);
  const organizer = servicesFor(sb, 'avery.chen@northwind.example');
  const created = await organizer.deps.store.create(team, emptySeriesDocument(key, 'Bench'));
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  const orgActor = benchActor(userId('organizer'), true);
  const seeded = await changeSeries(
    organizer.deps.store,
    created.value,
    orgActor,
    {
      kind: 'proposeTopic',
      id: 'seed',
      occurrence: OCC,
      input: { title: 'Seed', why: '', outcome: 'decide', estimateMinutes: 10 },
    },
    Date.now,
  );
  if (!seeded.ok) throw new Error(`seed failed: ${JSON.stringify(seeded.failure)}`);

  const opened = await Promise.all(
    Array.from({ length: voters }, async (_, i) => {
      const member = members[i % members.length];
      if (!member) throw new Error('no members');
      const { deps } = servicesFor(sb, member.userPrincipalName);
      const held = await deps.store.load(seeded.value.location);
      if (!held.ok) throw new Error(JSON.stringify(held.failure));
      return { deps, held: held.value, actor: benchActor(userId(`voter-${i}`), false) };
    }),
  );
  const results = await Promise.all(
    opened.map(({ deps, held, actor }) =>
      changeSeries(
        deps.store,
        held,
        actor,
        { kind: 'castBallot', occurrence: OCC, dots: { seed: 1 } },
        Date.now,
      ),
    ),
  );
  const final = await organizer.deps.store.load(created.value.location);
  const landed = final.ok ? Object.keys(final.value.doc.occurrences[OCC]?.ballots ?? {}).length : 0;
  const retries = results.map((r) => (r.ok ? r.value.attempts - 1 : Number.NaN));
  const okRetries = retries.filter((n) => !Number.isNaN(n));
  return {
    [`contention.${voters}.voters`]: voters,
    [`contention.${voters}.meanRetriesPerVote`]: round(
      okRetries.reduce((s, n) => s + n, 0) / Math.max(1, okRetries.length),
      2,
    ),
    [`contention.${voters}.maxRetriesPerVote`]: Math.max(...okRetries),
    [`contention.${voters}.votesLost`]: voters - landed,
    [`contention.${voters}.writesFailed`]: retries.length - okRetries.length,
  };
}

function benchActor(id: UserId, isOrganizer: boolean): Actor {
  return {
    id,
    name: id,
    email: `${id}@northwind.example`,
    isOrganizer,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
