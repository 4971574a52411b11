// The in-meeting tab finds its event through the real Graph adapters whichever Teams join-link form the invite and
// the chat carry (sandbox README "Teams join links"), and explains when it can't: a short-link invite whose chat the
// user may not read names nothing to match.
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { createChatSource } from '../../../src/graph/teams/createChatSource';
import { locateMeeting } from '../../../src/usecases/meeting/locateMeeting';
import type { LocateMeetingDeps } from '../../../src/usecases/meeting/locateMeeting';
import { teamsThreadId } from '../../../src/sandbox/ids';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const SAM = 'sam.rivera@northwind.example';
const MEI = 'mei.tanaka@northwind.example';
const LUIS = 'luis.ortega@northwind.example';
const JONAS = 'jonas.berg@northwind.example';
const FARAH = 'farah.haddad@northwind.example';

function depsFor(user: string): LocateMeetingDeps & { requests: () => number } {
  const client = clientFor(sb.sandbox(), user);
  return {
    meetings: createMeetingSource(client),
    chats: createChatSource(client),
    requests: () => sb.sandbox().requestLog().length,
  };
}

async function locate(user: string, key: string, now = FIXED_NOW) {
  return locateMeeting(depsFor(user), teamsThreadId(key), now, 'UTC');
}

async function ownEventId(user: string, subject: string): Promise<string> {
  const r = await sb.call(
    `/me/calendarView?startDateTime=${FIXED_NOW.toISOString()}&endDateTime=${new Date(FIXED_NOW.getTime() + 21 * 86_400_000).toISOString()}&$select=subject&$top=100`,
    { token: sb.token(user) },
  );
  const hit = (r.json.value as { id: string; subject: string }[]).find((e) => e.subject === subject);
  if (!hit) throw new Error(`${subject} not in ${user}'s calendar`);
  return hit.id;
}

describe('locateMeeting with both Teams join-link forms', () => {
  it('short-link invite, chat readable with the same short link: found by join URL', async () => {
    const r = await locate(JONAS, 'fabrikam-partnership-intro');
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(r.value.subject).toBe('Partnership intro: Fabrikam');
    expect(r.value.id).toBe(await ownEventId(JONAS, 'Partnership intro: Fabrikam'));
  });

  it('short-link invite, long-link chat: the organizer by calendarEventId, attendees by the chat’s topic', async () => {
    for (const user of [AVERY, SAM, MEI]) {
      const r = await locate(user, 'product-roadmap-sync');
      if (!r.ok) throw new Error(`${user}: ${JSON.stringify(r.failure)}`);
      expect(r.value.subject).toBe('Product roadmap sync');
      expect(r.value.id).toBe(await ownEventId(user, 'Product roadmap sync'));
    }
  });

  it('long-link invite, short-link chat: found by the chat id in the invite’s link', async () => {
    for (const user of [MEI, AVERY, FARAH]) {
      const r = await locate(user, 'product-council-monthly');
      if (!r.ok) throw new Error(`${user}: ${JSON.stringify(r.failure)}`);
      expect(r.value.id).toBe(await ownEventId(user, 'Product Council monthly'));
    }
  });

  it('stays one round trip when the meeting matches: the chat and the calendar are read side by side', async () => {
    await locate(SAM, 'product-roadmap-sync'); // warm up the client and the token
    await sb.admin('/_sandbox/log', 'DELETE');
    await sb.admin('/_sandbox/faults', 'POST', { latencyMs: 400 });
    const started = Date.now();
    const r = await locate(SAM, 'product-roadmap-sync');
    const elapsed = Date.now() - started;
    expect(r.ok).toBe(true);
    const urls = sb
      .sandbox()
      .requestLog()
      .map((l) => l.url.split('?')[0]);
    expect(urls).toHaveLength(2);
    expect(urls).toEqual(
      expect.arrayContaining([expect.stringContaining('/chats/'), expect.stringContaining('/calendarView')]),
    );
    // Two 400 ms requests one after the other would take 800 ms or more.
    expect(elapsed).toBeLessThan(800);
  });

  it('the organizer finds a meeting outside the window by calendarEventId (a second round trip)', async () => {
    // Four days after the roadmap sync: more than 12 hours past, so not in the listing.
    const later = new Date(FIXED_NOW.getTime() + 8 * 86_400_000);
    const r = await locate(AVERY, 'product-roadmap-sync', later);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(r.value.id).toBe(await ownEventId(AVERY, 'Product roadmap sync'));
    // An attendee can't: the organizer's item id isn't in their mailbox.
    const sam = await locate(SAM, 'product-roadmap-sync', later);
    expect(!sam.ok && sam.failure.code).toBe('MeetingNotInCalendar');
  });

  it('short-link invite and a chat the user left (404): a clear message, not a guess', async () => {
    expect(await ownEventId(LUIS, 'Product roadmap sync')).toBeTruthy();
    const r = await locate(LUIS, 'product-roadmap-sync');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ kind: 'notFound', code: 'MeetingChatNotReadable' });
    expect(r.failure.problem).toEqual({ code: 'meetingChatNotReadable' });
    // Without the chat a long-link invite still names it: Luis finds the weekly (a chat he is in, but say Graph
    // refused it) by the chat id in its link.
    const noChat = await locateMeeting(
      {
        meetings: depsFor(LUIS).meetings,
        chats: { meetingChat: async () => ({ ok: false, failure: { kind: 'notFound', status: 404 } }) },
      },
      teamsThreadId('leadership-weekly'),
      FIXED_NOW,
      'UTC',
    );
    expect(noChat.ok && noChat.value.subject).toBe('Leadership weekly');
  });
});
