// Opening a linked meeting's roles against the sandbox, through the real Graph chain: it costs at most 2 sequential
// Graph round trips (counted like the bench: the longest chain of outer requests that don't overlap, with added
// latency so parallel requests visibly overlap), attendees listed by alias or X.500 address still join the rotation,
// and a B2B guest gets the agenda with one clear line about the roles.
import { messageForFailure } from '../../../src/app/errors/messageForFailure';
import { longestSequentialChain } from '../../../scripts/bench/longestSequentialChain';
import { groupId } from '../../../src/domain/ids';
import type { Meeting } from '../../../src/domain/meetings/meeting';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { createAgendaPorts } from '../../../src/graph/createGraphServices';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { linkSeriesToTeam } from '../../../src/usecases/agenda/linkSeriesToTeam';
import { openAgenda } from '../../../src/usecases/agenda/openAgenda';
import { fetchRoleSources, rolesPlanFrom } from '../../../src/usecases/roles/planRoles';

const scopes = Object.values(GRAPH_SCOPES);
const LATENCY_MS = 60;
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';
const MEI = 'mei.tanaka@northwind.example';
const ROWAN = 'rowan_contoso.example#EXT#@northwind.example';

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, drivePostProcessingMs: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  await sb.reset();
});

function servicesFor(upn: string) {
  const client = createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: { getToken: async () => sb.mintToken({ user: upn, scopes }) },
    scopes,
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
  const meetings = createMeetingSource(client);
  return {
    meetings,
    agenda: createAgendaPorts(client, meetings),
  };
}

async function upcoming(upn: string, subject: string): Promise<Meeting> {
  const start = new Date();
  const list = await servicesFor(upn).meetings.listMeetings(
    { start, end: new Date(start.getTime() + 21 * 86_400_000) },
    'UTC',
  );
  const m = list.ok ? list.value.find((x) => x.subject === subject && !x.isCancelled) : undefined;
  if (!m) throw new Error(`no ${subject} for ${upn}`);
  return m;
}

async function teamId(name: string): Promise<string> {
  const t = (await (await fetch(`${sb.url}/_sandbox/tenant`)).json()) as {
    groups: { id: string; displayName: string }[];
  };
  const g = t.groups.find((x) => x.displayName === name);
  if (!g) throw new Error(`no ${name}`);
  return g.id;
}

async function link(organizer: string, subject: string, team: string) {
  const s = servicesFor(organizer);
  const opened = await openAgenda(s.agenda, await upcoming(organizer, subject));
  if (!opened.ok) throw new Error(JSON.stringify(opened.failure));
  const linked = await linkSeriesToTeam(s.agenda.store, opened.value, {
    id: groupId(await teamId(team)),
    displayName: team,
  });
  if (!linked.ok) throw new Error(JSON.stringify(linked.failure));
}

async function withLatency<T>(run: () => Promise<T>): Promise<T> {
  await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs: LATENCY_MS, path: '/v1.0/' }),
  });
  try {
    return await run();
  } finally {
    await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
  }
}

/** Opens a meeting as the roles view does: openAgenda, then the roles from what it read. */
async function openRoles(upn: string, meeting: Meeting) {
  const s = servicesFor(upn);
  const ctx = await openAgenda(s.agenda, meeting);
  if (!ctx.ok) throw new Error(JSON.stringify(ctx.failure));
  const stored = ctx.value.stored;
  if (!stored) throw new Error('not linked');
  const sources = await fetchRoleSources(
    { meetings: s.meetings, directory: s.agenda.directory },
    ctx.value,
    Date.now(),
  );
  if (!sources.ok) throw new Error(JSON.stringify(sources.failure));
  return { ctx: ctx.value, plan: rolesPlanFrom(sources.value, { ...ctx.value, stored }) };
}

describe('opening a linked meeting’s roles', () => {
  it('costs at most 2 sequential Graph round trips', async () => {
    await link(AVERY, 'Leadership weekly', 'Leadership Team');
    const meeting = await upcoming(DANA, 'Leadership weekly');
    sb.clearRequestLog();
    const { plan } = await withLatency(() => openRoles(DANA, meeting));
    const graph = sb.requestLog().filter((e) => e.batchInner !== true);
    const chain = longestSequentialChain(graph);
    expect(chain.map((e) => `${e.method} ${new URL(e.url, 'http://x').pathname}`)).toHaveLength(2);
    expect(plan.current).not.toBeNull();
    expect(plan.roster.length).toBeGreaterThan(3);
  });

  it('puts attendees listed by alias (Priya) and by X.500 address (Farah) in the rotation', async () => {
    await link(AVERY, 'Leadership weekly', 'Leadership Team');
    const { plan } = await openRoles(AVERY, await upcoming(AVERY, 'Leadership weekly'));
    const names = plan.roster.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Priya Natarajan', 'Farah Haddad', 'Dana Okafor']));
    expect(plan.outside).toEqual([]);
    expect(plan.notice).toBeNull();
  });

  it('a B2B guest opens the agenda (trusting the organizer by name) and is told why there are no roles', async () => {
    await link(MEI, 'Product Council monthly', 'Product Council');
    // Rowan has no mailbox in the tenant: the meeting he was invited to is the one Mei sent.
    const sent = await upcoming(MEI, 'Product Council monthly');
    const meeting: Meeting = { ...sent, isOrganizer: false };
    const { ctx, plan } = await openRoles(ROWAN, meeting);
    expect(ctx.stored?.doc.title).toBe('Product Council monthly');
    expect(ctx.me.displayName).toBe('Rowan Blake');
    expect(plan.notice).toBe('guest');
    expect(plan.roster).toEqual([]);
  });
});

describe('a B2B guest’s own calendar', () => {
  it('is not "deleted or moved": the list says the account has no mailbox here', async () => {
    const listed = await servicesFor(ROWAN).meetings.listMeetings(
      { start: new Date(), end: new Date(Date.now() + 86_400_000) },
      'UTC',
    );
    expect(listed.ok).toBe(false);
    if (listed.ok) return;
    const m = messageForFailure(listed.failure);
    expect(m.title).toBe('Your calendar isn’t available in this organization');
    expect(m.message).not.toMatch(/deleted or moved/);
  });
});
