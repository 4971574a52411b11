// The shared agenda's figures: sequential round trips to open a meeting's agenda, the series document's size and
// merge cost at scale, and write retries per vote under 50-way contention. Counts and ratios only: wall-clock times
// are noise on the shared 2-core machine (benchTypes.ts), so merge cost is reported as large/small.
//
// Wire it into scripts/bench/runBench.ts by appending `agendaSection` to `sections` (it starts its own sandbox and
// needs no build).
import { performance } from 'node:perf_hooks';
import type { Actor } from '../../src/domain/agenda/agendaTypes';
import { proposeTopic } from '../../src/domain/agenda/proposeTopic';
import { castBallot } from '../../src/domain/agenda/voteCommands';
import { groupId, occurrenceKey, seriesKey, userId } from '../../src/domain/ids';
import type { Meeting, Team } from '../../src/domain/meetings/meeting';
import { lww } from '../../src/domain/series/lww';
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
import type { BenchRow, BenchSection } from './benchTypes';
import { longestSequentialChain, type TimedRequest } from './longestSequentialChain';

const scopes = Object.values(GRAPH_SCOPES);
/** Added to every sandbox answer while counting round trips, so parallel requests visibly overlap. */
const LATENCY_MS = 60;
const MERGE_REPS = { small: 2000, large: 20 };
const CONTENDERS = 50;
const OCC = occurrenceKey('2025-06-17T16:00:00.000Z');

/** `npm run bench` section result as a flat record (also what bench.json keeps as data). */
export async function runAgendaBench(): Promise<Record<string, number | string>> {
  const size = documentFigures();
  const sb = await startSandbox({ port: 0 });
  try {
    const open = await openRoundTrips(sb);
    const contention = await contentionFigures(sb);
    return { ...open, ...size, ...contention };
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
      {
        metric: `retries per vote, ${CONTENDERS} voters at once (mean)`,
        value: n('contention.meanRetriesPerVote'),
      },
      {
        metric: `retries per vote, ${CONTENDERS} voters at once (max)`,
        value: n('contention.maxRetriesPerVote'),
        target: '< 40 (the bound)',
        met: n('contention.maxRetriesPerVote') < 40,
      },
      {
        metric: 'votes lost',
        value: n('contention.votesLost'),
        target: '0',
        met: n('contention.votesLost') === 0,
      },
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
      content: lww(
        {
          title: `Topic ${t}: a realistic title of about fifty characters`,
          why: 'Why it matters: a sentence or two of context that explains what happens if we do not address it together.',
          outcome: 'decide',
          estimateMinutes: 15,
          withdrawn: false,
        },
        1_750_000_000_000 + t,
        author,
      ),
    };
  }
  const ids = Object.keys(proposals);
  const ballot = (i: number) =>
    lww(
      { [ids[i % ids.length] as string]: 2, [ids[(i * 7 + 1) % ids.length] as string]: 1 },
      1_750_000_100_000 + i,
      person(i),
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
  await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: LATENCY_MS, path: '/v1.0/' }),
  });
  sb.clearRequestLog();
  const r = await openAgenda(attendee.deps, meeting);
  await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
  if (!r.ok || !r.value.stored)
    throw new Error(`open failed: ${JSON.stringify(r.ok ? 'no document' : r.failure)}`);
  const graph = sb.requestLog().filter((e) => e.batchInner !== true);
  const batches = graph.filter((e) => new URL(e.url, 'http://x').pathname === '/v1.0/$batch').length;
  return {
    'openAgenda.graphRoundTrips': longestSequentialChain(graph).length,
    'openAgenda.httpRoundTrips': longestSequentialChain(clientLog).length,
    'openAgenda.requests': `${graph.length} Graph (${batches} $batch), ${clientLog.length} HTTP in all`,
    'openAgenda.chain': longestSequentialChain(clientLog)
      .map((e) => new URL(e.url).pathname.replace(/[0-9a-f-]{36}/g, '{id}'))
      .join(' → '),
  };
}

// ---- retries per vote under contention --------------------------------------------------------------------------

async function contentionFigures(sb: Sandbox): Promise<Record<string, number>> {
  await sb.reset();
  const t = await tenant(sb);
  const lead = t.groups.find((g) => g.displayName === 'Leadership Team');
  if (!lead) throw new Error('no Leadership Team');
  const team: Team = { id: groupId(lead.id), displayName: lead.displayName };
  const members = t.users.filter((u) => lead.memberIds.includes(u.id));
  const key = seriesKey('040000008200E00074C5B7101A82E008-bench-contention');
  const organizer = servicesFor(sb, 'avery.chen@northwind.example');
  const created = await organizer.deps.store.create(team, emptySeriesDocument(key, 'Bench'));
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  const orgActor: Actor = { id: userId('organizer'), name: 'Org', isOrganizer: true, isFacilitator: false };
  const seeded = await organizer.deps.store.update(created.value.location, (doc) =>
    proposeTopic(
      doc,
      {
        id: 'seed',
        occurrence: OCC,
        input: { title: 'Seed', why: '', outcome: 'decide', estimateMinutes: 10 },
      },
      orgActor,
      Date.now(),
    ),
  );
  if (!seeded.ok) throw new Error('seed failed');

  const results = await Promise.all(
    Array.from({ length: CONTENDERS }, (_, i) => {
      const member = members[i % members.length];
      if (!member) throw new Error('no members');
      const { deps } = servicesFor(sb, member.userPrincipalName);
      const actor: Actor = {
        id: userId(`voter-${i}`),
        name: `Voter ${i}`,
        isOrganizer: false,
        isFacilitator: false,
      };
      return deps.store.update(seeded.value.location, (doc) =>
        castBallot(doc, OCC, { seed: 1 }, new Set(['seed']), actor, Date.now()),
      );
    }),
  );
  const final = await organizer.deps.store.load(created.value.location);
  const landed = final.ok ? Object.keys(final.value.doc.occurrences[OCC]?.ballots ?? {}).length : 0;
  const retries = results.map((r) => (r.ok ? r.value.attempts - 1 : Number.NaN));
  const okRetries = retries.filter((n) => !Number.isNaN(n));
  return {
    'contention.voters': CONTENDERS,
    'contention.meanRetriesPerVote': round(
      okRetries.reduce((s, n) => s + n, 0) / Math.max(1, okRetries.length),
      2,
    ),
    'contention.maxRetriesPerVote': Math.max(...okRetries),
    'contention.votesLost': CONTENDERS - landed,
    'contention.writesFailed': retries.length - okRetries.length,
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
