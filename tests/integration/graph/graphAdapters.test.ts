// The Graph adapters through the real SDK chain against the sandbox (CONVENTIONS.md §9, integration layer).
import { startSandbox } from '../../../src/sandbox/server';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createGraphClient } from '../../../src/graph/core/createGraphClient';
import { GRAPH_SCOPES } from '../../../src/graph/scopes';
import { createTeamSource } from '../../../src/graph/teams/createTeamSource';
import { createDirectory } from '../../../src/graph/users/createDirectory';
import type { TimeWindow, TokenProvider } from '../../../src/usecases/ports';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const allScopes = Object.values(GRAPH_SCOPES);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(async () => {
  await sb.reset();
  await fetch(`${sb.url}/_sandbox/faults`, { method: 'DELETE' });
});

interface MintOptions {
  readonly user?: string;
  readonly scopes?: string[];
  readonly expiresInSec?: number;
}

function tokens(mint: MintOptions = {}): TokenProvider {
  return {
    getToken: async () =>
      sb.mintToken({
        scopes: mint.scopes ?? [...allScopes],
        ...(mint.user !== undefined ? { user: mint.user } : {}),
        ...(mint.expiresInSec !== undefined ? { expiresInSec: mint.expiresInSec } : {}),
      }),
  };
}

function client(mint: MintOptions = {}) {
  return createGraphClient({
    baseUrl: `${sb.url}/v1.0`,
    tokenProvider: tokens(mint),
    scopes: allScopes,
    // Small bounds keep the suite fast; the sandbox sends Retry-After itself.
    retry: { maxRetries: 3, delaySeconds: 0 },
  });
}

async function fault(body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sb.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

interface TenantView {
  readonly users: readonly {
    readonly id: string;
    readonly displayName: string;
    readonly mail: string;
    readonly userPrincipalName: string;
  }[];
}

async function tenantOf(): Promise<TenantView> {
  return (await (await fetch(`${sb.url}/_sandbox/tenant`)).json()) as TenantView;
}

function nextDays(days: number): TimeWindow {
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  return { start, end: new Date(start.getTime() + days * 86_400_000) };
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe('MeetingSource against the sandbox', () => {
  it('lists meetings across pages, following @odata.nextLink to the end', async () => {
    const paged = await createMeetingSource(client(), { pageSize: 2 }).listMeetings(
      nextDays(14),
      'Europe/Oslo',
    );
    const calendarGets = sb.requestLog().filter((r) => r.method === 'GET' && r.url.includes('/calendarView'));
    const whole = await createMeetingSource(client()).listMeetings(nextDays(14), 'Europe/Oslo');

    if (!paged.ok || !whole.ok) throw new Error(JSON.stringify([paged, whole]));
    expect(paged.value.length).toBeGreaterThanOrEqual(5);
    // At most 2 per page, so every item past the first page came from a followed nextLink.
    expect(calendarGets.length).toBeGreaterThanOrEqual(Math.ceil(paged.value.length / 2));
    expect(paged.value.map((m) => m.id)).toEqual(whole.value.map((m) => m.id));
  });

  it('groups the weekly series by seriesMasterId, with its moved exception, for the organizer', async () => {
    const res = await createMeetingSource(client()).listMeetings(nextDays(35), 'UTC');

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    const series = res.value.filter((m) => m.seriesMasterId !== undefined);
    expect(series.length).toBeGreaterThanOrEqual(3);
    expect(new Set(series.map((m) => m.seriesMasterId)).size).toBe(1);
    expect(series.some((m) => m.kind === 'exception')).toBe(true);
    // iCalUId differs per occurrence (platform-facts §1); seriesMasterId is what groups them.
    expect(new Set(series.map((m) => m.iCalUId)).size).toBe(series.length);
  });

  it("shows an attendee the organizer's cancelled occurrence as cancelled", async () => {
    const tenant = await tenantOf();
    const attendee = tenant.users.find((u) => u.displayName.startsWith('Dana'));
    if (!attendee) throw new Error('the demo tenant has Dana on the weekly series');

    const res = await createMeetingSource(client({ user: attendee.userPrincipalName })).listMeetings(
      nextDays(35),
      'UTC',
    );

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(res.value.filter((m) => m.isCancelled && m.seriesMasterId !== undefined)).toHaveLength(1);
  });

  it('returns unambiguous instants: the same moments whatever time zone is asked for', async () => {
    const source = createMeetingSource(client());
    const oslo = await source.listMeetings(nextDays(14), 'Europe/Oslo');
    const ny = await source.listMeetings(nextDays(14), 'America/New_York');

    if (!oslo.ok || !ny.ok) throw new Error(JSON.stringify([oslo, ny]));
    expect(oslo.value.every((m) => instant.test(m.start) && instant.test(m.end))).toBe(true);
    expect(oslo.value.map((m) => Date.parse(m.start))).toEqual(ny.value.map((m) => Date.parse(m.start)));
    expect(oslo.value[0]?.start).not.toEqual(ny.value[0]?.start);
  });

  it('gets one occurrence and lists the occurrences of its series', async () => {
    const source = createMeetingSource(client());
    const listed = await source.listMeetings(nextDays(28), 'UTC');
    if (!listed.ok) throw new Error(JSON.stringify(listed.failure));
    const occurrence = listed.value.find((m) => m.seriesMasterId);
    if (!occurrence?.seriesMasterId) throw new Error('the demo tenant has a weekly series');

    const one = await source.getMeeting(occurrence.id, 'UTC');
    const occurrences = await source.listOccurrences(occurrence.seriesMasterId, nextDays(28), 'UTC');

    expect(one.ok && one.value).toEqual(occurrence);
    expect(occurrences.ok && occurrences.value.map((m) => m.id)).toEqual(
      listed.value.filter((m) => m.seriesMasterId === occurrence.seriesMasterId).map((m) => m.id),
    );
  });

  // Outlook's 403 for a token without Calendars scopes names no scope, so it reads as forbidden here; the token
  // provider is what turns a token issued without the scope into consentRequired (createMsalTokenProvider).
  it('answers a token without Calendars scopes with Outlook’s ErrorAccessDenied, read as forbidden', async () => {
    const res = await createMeetingSource(client({ scopes: ['User.Read'] })).listMeetings(nextDays(7), 'UTC');

    expect(res.ok ? undefined : res.failure).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'ErrorAccessDenied',
    });
  });

  it('answers an expired token with unauthorized', async () => {
    const res = await createMeetingSource(client({ expiresInSec: -60 })).listMeetings(nextDays(7), 'UTC');

    expect(res.ok ? undefined : res.failure).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe('throttling against the sandbox', () => {
  it('retries a 429 with Retry-After through the SDK RetryHandler, then succeeds', async () => {
    await fault({ status: 429, retryAfter: 0, count: 1 });

    const res = await createDirectory(client()).me();

    expect(res.ok).toBe(true);
    expect(sb.requestLog().map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries an inner $batch 429 and resolves every address', async () => {
    const tenant = await tenantOf();
    const emails = tenant.users.map((u) => u.mail).slice(0, 3);
    await fault({ path: 'users', status: 429, retryAfter: 0, count: 1 });

    const res = await createDirectory(client()).resolveEmails(emails);

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(emails.map((e) => res.value.get(e)?.id)).toEqual(tenant.users.slice(0, 3).map((u) => u.id));
    const batches = sb.requestLog().filter((r) => r.url.endsWith('/$batch'));
    expect(batches.length).toBe(2);
  });
});

describe('Directory and TeamSource against the sandbox', () => {
  it('resolves tenant users, maps the external guest to null, and batches 25 addresses as 20 + 5', async () => {
    const tenant = await tenantOf();
    const known = tenant.users.map((u) => u.mail);
    const unknown = Array.from({ length: 25 - known.length - 1 }, (_, i) => `nobody${i}@northwind.example`);
    const emails = [...known, 'kim@fabrikam.example', ...unknown];

    const res = await createDirectory(client()).resolveEmails([...emails, known[0]?.toUpperCase() ?? '']);

    if (!res.ok) throw new Error(JSON.stringify(res.failure));
    expect(known.map((e) => res.value.get(e)?.id)).toEqual(tenant.users.map((u) => u.id));
    expect(res.value.get('kim@fabrikam.example')).toBeNull();
    expect(res.value.get(known[0]?.toUpperCase() ?? '')?.id).toBe(tenant.users[0]?.id);
    const batches = sb.requestLog().filter((r) => r.url.endsWith('/$batch'));
    expect(batches.length).toBe(2);
  });

  it('reads /me and the joined teams', async () => {
    const me = await createDirectory(client()).me();
    const teams = await createTeamSource(client()).listJoinedTeams();

    expect(me.ok && me.value.userPrincipalName).toMatch(/@northwind\.example$/);
    expect(teams.ok && teams.value.length).toBeGreaterThan(0);
  });
});
