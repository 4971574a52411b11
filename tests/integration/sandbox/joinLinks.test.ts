// Both Teams join-link forms in the demo tenant (sandbox README "Teams join links"): newer invites carry the short
// link https://teams.microsoft.com/meet/<id>?p=<passcode> (MC772556), a meeting chat may carry the other form, and an
// invitee who left the meeting chat gets 404 for it while the meeting stays in their calendar.
import { teamsThreadId } from '../../../src/sandbox/ids';
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const SAM = 'sam.rivera@northwind.example';
const LUIS = 'luis.ortega@northwind.example';
const JONAS = 'jonas.berg@northwind.example';
const MEI = 'mei.tanaka@northwind.example';
const SHORT = /^https:\/\/teams\.microsoft\.com\/meet\/(\d{13})\?p=[A-Za-z0-9]{18}$/;
const LONG = /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[^/]+%40thread\.v2\/0\?context=/;

interface Ev {
  id: string;
  subject: string;
  isOrganizer: boolean;
  onlineMeeting: { joinUrl: string } | null;
  body: { content: string };
}

async function meeting(user: string, subject: string): Promise<Ev> {
  const from = FIXED_NOW.toISOString();
  const to = new Date(FIXED_NOW.getTime() + 21 * 86_400_000).toISOString();
  const r = await sb.call(
    `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,onlineMeeting,body,isOrganizer&$top=100`,
    { token: sb.token(user) },
  );
  const hit = (r.json.value as Ev[]).find((e) => e.subject === subject);
  if (!hit) throw new Error(`${subject} not in ${user}'s calendar`);
  return hit;
}

const chat = (chatId: string, user: string) =>
  sb.call(`/chats/${encodeURIComponent(chatId)}`, { token: sb.token(user) });

describe('Teams join links', () => {
  it('newer invites carry the short link, in the event and in the body’s join block, with its meeting ID', async () => {
    for (const [user, subject] of [
      [AVERY, 'Product roadmap sync'],
      [SAM, 'Product roadmap sync'],
      [JONAS, 'Partnership intro: Fabrikam'],
    ] as const) {
      const e = await meeting(user, subject);
      const joinUrl = e.onlineMeeting?.joinUrl ?? '';
      const id = SHORT.exec(joinUrl)?.[1];
      expect(id).toBeDefined();
      expect(joinUrl).not.toContain('thread.v2');
      // The invite shows the link itself, and the meeting ID is the link's, spaced in threes.
      expect(e.body.content).toContain(`href="${joinUrl}"`);
      expect(e.body.content).toContain(`>${joinUrl}</a>`);
      expect(e.body.content).toContain(
        `Meeting ID: <span style="font-size:16px;color:#252424">${id?.replace(/(\d{3})(?=\d)/g, '$1 ')}</span>`,
      );
    }
    // Older meetings keep the long form.
    expect((await meeting(AVERY, 'Leadership weekly')).onlineMeeting?.joinUrl).toMatch(LONG);
    expect((await meeting(AVERY, 'Product Council monthly')).onlineMeeting?.joinUrl).toMatch(LONG);
  });

  it('a chat and its event may carry different forms; calendarEventId is the organizer’s item id', async () => {
    // Event short, chat long: the chat's thread id is nowhere in the event.
    const roadmap = await meeting(AVERY, 'Product roadmap sync');
    const roadmapChat = await chat(teamsThreadId('product-roadmap-sync'), SAM);
    expect(roadmapChat.status).toBe(200);
    expect(roadmapChat.json.onlineMeetingInfo.joinWebUrl).toMatch(LONG);
    expect(roadmapChat.json.onlineMeetingInfo.joinWebUrl).not.toBe(roadmap.onlineMeeting?.joinUrl);
    expect(decodeURIComponent(roadmapChat.json.onlineMeetingInfo.joinWebUrl)).toContain(roadmapChat.json.id);
    expect(roadmapChat.json.onlineMeetingInfo.calendarEventId).toBe(roadmap.id);
    expect(roadmapChat.json.topic).toBe('Product roadmap sync');
    const samCopy = await meeting(SAM, 'Product roadmap sync');
    expect(samCopy.id).not.toBe(roadmap.id);

    // Event long, chat short: the thread id is in the event's URL, not in the chat's.
    const council = await meeting(MEI, 'Product Council monthly');
    const councilChat = await chat(teamsThreadId('product-council-monthly'), AVERY);
    expect(councilChat.status).toBe(200);
    expect(councilChat.json.onlineMeetingInfo.joinWebUrl).toMatch(SHORT);
    expect(decodeURIComponent(council.onlineMeeting?.joinUrl ?? '')).toContain(councilChat.json.id);
    expect(councilChat.json.onlineMeetingInfo.calendarEventId).toBe(council.id);

    // Both short: the same link.
    const intro = await meeting(JONAS, 'Partnership intro: Fabrikam');
    const introChat = await chat(teamsThreadId('fabrikam-partnership-intro'), JONAS);
    expect(introChat.json.onlineMeetingInfo.joinWebUrl).toBe(intro.onlineMeeting?.joinUrl);
  });

  it('an invitee who left the meeting chat gets 404 for it, yet has the meeting in their calendar', async () => {
    const invite = await meeting(LUIS, 'Product roadmap sync');
    expect(invite.onlineMeeting?.joinUrl).toMatch(SHORT);
    const refused = await chat(teamsThreadId('product-roadmap-sync'), LUIS);
    expect([refused.status, refused.json.error.code]).toEqual([404, 'NotFound']);
    const me = await sb.call(`/me/chats/${encodeURIComponent(teamsThreadId('product-roadmap-sync'))}`, {
      token: sb.token(LUIS),
    });
    expect(me.status).toBe(404);
    // Luis is still a member of the chats he didn't leave, the weekly's among them (he declined that series).
    const weekly = await chat(teamsThreadId('leadership-weekly'), LUIS);
    expect(weekly.status).toBe(200);
  });

  it('turning a short-link meeting’s Teams meeting off and on gives it a long link and a new chat', async () => {
    const roadmap = await meeting(AVERY, 'Product roadmap sync');
    const patch = (on: boolean) =>
      sb.call(`/me/events/${roadmap.id}`, {
        method: 'PATCH',
        body: { isOnlineMeeting: on },
        token: sb.token(AVERY),
      });
    expect((await patch(false)).status).toBe(200);
    const after = await patch(true);
    const joinUrl: string = after.json.onlineMeeting.joinUrl;
    expect(joinUrl).toMatch(LONG);
    const thread = decodeURIComponent(/meetup-join\/([^/]+)/.exec(joinUrl)?.[1] ?? '');
    const fresh = await chat(thread, AVERY);
    expect(fresh.status).toBe(200);
    expect(fresh.json.onlineMeetingInfo.joinWebUrl).toBe(joinUrl);
  });
});
