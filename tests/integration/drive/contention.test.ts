// DESIGN.md "What good looks like": many attendees vote at once and no vote is lost. Every attendee has their own
// Graph client (own SDK chain, own token) and writes through the real drive adapter to the sandbox's team drive, at
// the same moment, then changes their vote. Each attendee's clock is off in its own way (days behind, minutes ahead,
// jumping back between readings), and the run is repeated with faults on 20% of requests: 429s; 503s before the
// write; 503s and 504s AFTER the write landed (the answer to a landed write is lost); and 503s and dropped connections
// on the content downloads. Whatever happens, every write the app acknowledged is in the final document: each
// proposal, and each attendee's last acknowledged ballot.
import type { Actor } from '../../../src/domain/agenda/agendaTypes';
import { userId } from '../../../src/domain/ids';
import type { SeriesIntent } from '../../../src/domain/series/seriesIntent';
import type { Meeting, Team } from '../../../src/domain/meetings/meeting';
import { settingsOf } from '../../../src/domain/series/seriesDocument';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createSeriesResolver } from '../../../src/graph/calendar/createSeriesResolver';
import { createSeriesDocumentStore } from '../../../src/graph/drive/createSeriesDocumentStore';
import { createTeamSource } from '../../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda, type AgendaContext } from '../../../src/usecases/agenda/openAgenda';
import type { SeriesDocumentStore, StoredSeries } from '../../../src/usecases/ports';
import { changeSeries, type ChangeResult } from '../../../src/usecases/series/changeSeries';
import { addFault, clearFaults, clientFor, teamOf, tenantOf } from './sandboxDrive';

const ATTENDEES = 52;
const OVER_BUDGET = 4;
const SEEDS = ['seed-1', 'seed-2', 'seed-3', 'seed-4', 'seed-5'];
const AVERY = 'avery.chen@northwind.example';

const DAY = 86_400_000;
/** How far each attendee's clock is off, and how it wanders: it can run days behind and jump back. */
const SKEWS = [-2 * DAY, -10 * 60_000, 0, 3 * 60_000, -DAY / 3];
const JITTER = [0, -7 * 60_000, 45_000, -90_000];
/** What the user does when the app says a save failed: press Try again (the intent is the same). */
const TRY_AGAIN = 4;

let sb: Sandbox;
beforeAll(async () => {
  // The new file's eTag changes on its own right away, so the seeding write already meets it (src/sandbox/README.md).
  sb = await startSandbox({ port: 0, drivePostProcessingMs: 0 });
});
afterAll(async () => {
  await sb.close();
});

type Opened = AgendaContext & { readonly stored: StoredSeries };

/** One member's view: their own calendar copy of the next "Leadership weekly", opened as the tab would. */
async function openAs(upn: string, leadership: Team, link: boolean): Promise<Opened> {
  const client = clientFor(sb, upn, { maxRetries: 8 });
  const store = createSeriesDocumentStore(client);
  const start = new Date();
  const meetings = await createMeetingSource(client).listMeetings(
    { start, end: new Date(start.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!meetings.ok) throw new Error(`${upn}: ${JSON.stringify(meetings.failure)}`);
  const meeting = meetings.value.find(
    (m: Meeting) => m.subject === 'Leadership weekly' && m.kind === 'occurrence',
  );
  if (!meeting) throw new Error(`${upn} has no upcoming Leadership weekly`);
  const opened = await openAgenda(
    {
      series: createSeriesResolver(client),
      teams: createTeamSource(client),
      directory: createDirectory(client),
      store,
    },
    meeting,
  );
  if (!opened.ok) throw new Error(`${upn}: ${JSON.stringify(opened.failure)}`);
  if (opened.value.stored) return { ...opened.value, stored: opened.value.stored };
  if (!link) throw new Error(`${upn} did not find the linked document`);
  const linked = await linkSeriesToTeam(store, opened.value, leadership);
  if (!linked.ok) throw new Error(`link: ${JSON.stringify(linked.failure)}`);
  return { ...opened.value, stored: linked.value };
}

interface Outcome {
  readonly proposeAttempts: number;
  readonly voteAttempts: number;
  readonly revoteAttempts: number;
  readonly tryAgains: number;
}

/** A clock that is off by `skew` and wanders: every reading moves by the next jitter, back as often as forward. */
function wanderingClock(skew: number): () => number {
  let n = 0;
  return () => Date.now() + skew + (JITTER[n++ % JITTER.length] ?? 0);
}

/** Writes an intent as the app does, pressing Try again when a save fails for a reason other than the rules. */
async function write(
  store: SeriesDocumentStore,
  held: StoredSeries,
  actor: Actor,
  intent: SeriesIntent,
  now: () => number,
): Promise<{ readonly result: ChangeResult; readonly tryAgains: number }> {
  let result = await changeSeries(store, held, actor, intent, now);
  let tryAgains = 0;
  while (!result.ok && result.failure.source === 'store' && tryAgains < TRY_AGAIN) {
    tryAgains += 1;
    result = await changeSeries(store, held, actor, intent, now);
  }
  return { result, tryAgains };
}

type Faults = readonly Record<string, unknown>[];

async function storm(faults: Faults) {
  await sb.reset();
  await clearFaults(sb);
  const tenant = await tenantOf(sb);
  const leadership = teamOf(tenant, 'Leadership Team');
  const memberIds = new Set(tenant.groups.find((g) => g.id === leadership.id)?.memberIds ?? []);
  const members = tenant.users.filter((u) => memberIds.has(u.id));
  expect(members.length).toBeGreaterThanOrEqual(8);

  // The organizer links the series and seeds the topics people vote on.
  const organizer = await openAs(AVERY, leadership, true);
  const avery = actorOf(organizer.me.id, organizer.me.displayName, true);
  const organizerStore = createSeriesDocumentStore(clientFor(sb, AVERY));
  let held: StoredSeries = organizer.stored;
  for (const id of SEEDS) {
    const r = await changeSeries(organizerStore, held, avery, proposeIntent(organizer, id), Date.now);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    held = r.value;
  }

  // Every member opens the meeting from their own calendar and discovers the document in one batched lookup.
  const views = await Promise.all(members.map((m) => openAs(m.userPrincipalName, leadership, false)));
  for (const v of views) expect(v.stored.location).toEqual(organizer.stored.location);

  // Every simulated attendee is a distinct tenant member with their own token and client (the sandbox adds
  // synthetic members of the leadership team), writing to the document the members above discovered.
  const added = (await (
    await fetch(`${sb.url}/_sandbox/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ count: ATTENDEES + OVER_BUDGET, prefix: 'voter', groups: [leadership.id] }),
    })
  ).json()) as { users: { id: string; userPrincipalName: string; displayName: string }[] };
  expect(added.users).toHaveLength(ATTENDEES + OVER_BUDGET);
  const attendees = added.users.map((u, i) => {
    const view = views[i % views.length];
    if (!view) throw new Error('no view');
    return {
      i,
      actor: actorOf(userId(u.id), u.displayName, false),
      view,
      now: wanderingClock(SKEWS[i % SKEWS.length] ?? 0),
      store: createSeriesDocumentStore(clientFor(sb, u.userPrincipalName, { maxRetries: 8 })),
    };
  });
  for (const f of faults) await addFault(sb, f);
  const budget = settingsOf(organizer.stored.doc).budget;
  const ballotOf = (i: number): Record<string, number> =>
    i >= ATTENDEES
      ? { [SEEDS[0] as string]: 2, [SEEDS[1] as string]: 2 } // 4 dots: over the budget of 3
      : { [SEEDS[i % SEEDS.length] as string]: 2, [SEEDS[(i + 1) % SEEDS.length] as string]: 1 };
  // The changed mind: one dot moves to another topic.
  const revoteOf = (i: number): Record<string, number> => ({
    [SEEDS[(i + 2) % SEEDS.length] as string]: 1,
    [SEEDS[(i + 3) % SEEDS.length] as string]: 2,
  });

  const results = await Promise.all(
    attendees.map(async ({ i, actor, view, store, now }) => {
      const ballot = (dots: Record<string, number>): SeriesIntent => ({
        kind: 'castBallot',
        occurrence: view.occurrence,
        dots,
      });
      const [proposed, voted] = await Promise.all([
        write(store, view.stored, actor, proposeIntent(view, `topic-${i}`), now),
        write(store, view.stored, actor, ballot(ballotOf(i)), now),
      ]);
      // The re-vote goes over whatever the first vote left (as the view holds it), from the same wandering clock.
      const after = voted.result.ok ? voted.result.value : view.stored;
      const revoted = i < ATTENDEES ? await write(store, after, actor, ballot(revoteOf(i)), now) : undefined;
      return { i, proposed, voted, revoted };
    }),
  );
  await clearFaults(sb);

  const outcomes: Outcome[] = [];
  for (const { i, proposed, voted, revoted } of results) {
    if (!proposed.result.ok)
      throw new Error(`attendee ${i} proposal failed: ${JSON.stringify(proposed.result.failure)}`);
    if (i >= ATTENDEES) {
      expect(!voted.result.ok && voted.result.failure).toMatchObject({
        source: 'rules',
        error: { kind: 'overBudget' },
      });
      continue;
    }
    if (!voted.result.ok)
      throw new Error(`attendee ${i} vote failed: ${JSON.stringify(voted.result.failure)}`);
    if (!revoted?.result.ok)
      throw new Error(`attendee ${i} re-vote failed: ${JSON.stringify(revoted?.result)}`);
    outcomes.push({
      proposeAttempts: proposed.result.value.attempts,
      voteAttempts: voted.result.value.attempts,
      revoteAttempts: revoted.result.value.attempts,
      tryAgains: proposed.tryAgains + voted.tryAgains + revoted.tryAgains,
    });
  }

  const final = await organizerStore.load(organizer.stored.location);
  if (!final.ok) throw new Error(JSON.stringify(final.failure));
  const doc = final.value.doc;
  // Every proposal and every accepted ballot is there, exactly as cast; nobody is over budget.
  expect(Object.keys(doc.proposals).sort()).toEqual(
    [...SEEDS, ...attendees.map(({ i }) => `topic-${i}`)].sort(),
  );
  const ballots = doc.occurrences[organizer.occurrence]?.ballots ?? {};
  expect(Object.keys(ballots)).toHaveLength(ATTENDEES);
  // The last acknowledged ballot of each attendee stands, however far behind their clock was.
  for (const { i, actor } of attendees.slice(0, ATTENDEES))
    expect([i, ballots[actor.id]?.value]).toEqual([i, revoteOf(i)]);
  for (const { actor } of attendees.slice(ATTENDEES)) expect(ballots[actor.id]).toBeUndefined();
  for (const b of Object.values(ballots)) {
    expect(Object.values(b.value).reduce((s, n) => s + n, 0)).toBeLessThanOrEqual(budget);
  }
  return summarise(outcomes);
}

function proposeIntent(view: AgendaContext, id: string): SeriesIntent {
  return {
    kind: 'proposeTopic',
    id,
    occurrence: view.occurrence,
    input: { title: `Topic ${id}`, why: 'It matters.', outcome: 'discuss', estimateMinutes: 10 },
  };
}

function actorOf(id: Actor['id'], name: string, isOrganizer: boolean): Actor {
  return {
    id,
    name,
    email: `${id}@northwind.example`,
    isOrganizer,
    isFacilitator: false,
    isTimekeeper: false,
    isNoteTaker: false,
  };
}

function summarise(outcomes: readonly Outcome[]) {
  const retries = outcomes.map((o) => o.voteAttempts - 1);
  const all = outcomes.flatMap((o) => [o.proposeAttempts - 1, o.voteAttempts - 1, o.revoteAttempts - 1]);
  return {
    votes: outcomes.length,
    meanRetriesPerVote: retries.reduce((s, n) => s + n, 0) / retries.length,
    maxRetriesPerVote: Math.max(...retries),
    maxRetriesPerWrite: Math.max(...all),
    tryAgains: outcomes.reduce((s, o) => s + o.tryAgains, 0),
  };
}

const WRITES = { path: '/content', method: 'PUT' };
const DOWNLOADS = { path: '/_download/' };

describe(`${ATTENDEES} attendees propose, vote and re-vote at once, clocks astray (real drive adapter, sandbox)`, () => {
  it.each([
    ['no faults', []],
    ['429 on 20% of Graph requests', [{ status: 429, retryAfter: 0, rate: 0.2, seed: 7 }]],
    ['503 before the write on 20% of Graph requests', [{ status: 503, retryAfter: 0, rate: 0.2, seed: 7 }]],
    [
      '503 and 504 after the write landed on 20% of writes (the answer is lost)',
      [
        { ...WRITES, status: 503, when: 'after', retryAfter: 0, rate: 0.1, seed: 11 },
        { ...WRITES, status: 504, when: 'after', rate: 0.1, seed: 13 },
      ],
    ],
    [
      '503 and dropped connections on 20% of content downloads',
      [
        { ...DOWNLOADS, status: 503, retryAfter: 0, rate: 0.1, seed: 17 },
        { ...DOWNLOADS, drop: true, rate: 0.1, seed: 19 },
      ],
    ],
  ] as const)(
    '%s: every acknowledged proposal and last ballot is kept, none over budget',
    async (_label, faults) => {
      const stats = await storm(faults);
      // Retries per vote under contention, for the record (the bench reports the same figure).
      process.stdout.write(`contention ${_label}: ${JSON.stringify(stats)}\n`);
      expect(stats.votes).toBe(ATTENDEES);
      expect(stats.maxRetriesPerWrite).toBeLessThan(40);
    },
    180_000,
  );
});
