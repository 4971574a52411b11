// Chat messages and sendMail in the sandbox, strictly as Graph answers them (README "Chat messages", "sendMail").
import { threadIdOf } from '../../../src/domain/meetings/matchMeetingChat';
import { CHAT_MESSAGE_MAX_BYTES, CHAT_POSTS_PER_SECOND } from '../../../src/sandbox/routes/chatMessageRoutes';
import { FIXED_NOW, setupSandbox } from './setupSandbox';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';
const ROWAN = 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d09';

async function weeklyChat(): Promise<string> {
  const from = FIXED_NOW.toISOString();
  const to = new Date(FIXED_NOW.getTime() + 14 * 86_400_000).toISOString();
  const r = await sb.call(
    `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject,onlineMeeting&$top=100`,
    { token: sb.token(AVERY) },
  );
  const weekly = (r.json.value as { subject: string; onlineMeeting: { joinUrl: string } | null }[]).find(
    (e) => e.subject === 'Leadership weekly',
  );
  return threadIdOf(weekly?.onlineMeeting?.joinUrl ?? '') ?? '';
}

const post = (chatId: string, body: unknown, token?: string) =>
  sb.call(`/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST',
    body,
    token: token ?? sb.token(AVERY),
  });

describe('chat messages', () => {
  it('a member posts html and text; the listing is newest first, honours $top and pages', async () => {
    const chatId = await weeklyChat();
    const first = await post(chatId, { body: { contentType: 'html', content: '<p>Recap</p>' } });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      chatId,
      messageType: 'message',
      body: { contentType: 'html', content: '<p>Recap</p>' },
      from: { user: { displayName: 'Avery Chen', userIdentityType: 'aadUser' } },
    });
    const second = await post(chatId, { body: { content: 'plain' } }, sb.token(DANA));
    expect(second.json.body.contentType).toBe('text');
    const list = await sb.call(`/chats/${encodeURIComponent(chatId)}/messages?$top=1`, {
      token: sb.token(AVERY),
    });
    expect(list.status).toBe(200);
    expect(list.json.value.map((m: { id: string }) => m.id)).toEqual([second.json.id]);
    const next = await sb.call(list.json['@odata.nextLink'] as string, { token: sb.token(AVERY) });
    expect(next.json.value.map((m: { id: string }) => m.id)).toEqual([first.json.id]);
    expect(next.json['@odata.nextLink']).toBeUndefined();
  });

  it('refuses a non-member (404), a missing scope naming the scopes (403), a bad body type (400), too large (413)', async () => {
    const chatId = await weeklyChat();
    const outsider = await post(chatId, { body: { content: 'hi' } }, sb.token(ROWAN));
    expect([outsider.status, outsider.json.error.code]).toEqual([404, 'NotFound']);
    const noScope = await post(chatId, { body: { content: 'hi' } }, sb.token(AVERY, ['Chat.ReadBasic']));
    expect([noScope.status, noScope.json.error.code]).toEqual([403, 'Forbidden']);
    expect(noScope.json.error.message).toContain('ChatMessage.Send');
    const listNoScope = await sb.call(`/chats/${encodeURIComponent(chatId)}/messages`, {
      token: sb.token(AVERY, ['ChatMessage.Send']),
    });
    expect(listNoScope.status).toBe(403);
    expect((await post(chatId, { body: { contentType: 'markdown', content: 'x' } })).status).toBe(400);
    expect((await post(chatId, { body: { content: '' } })).status).toBe(400);
    const big = await post(chatId, { body: { content: 'x'.repeat(CHAT_MESSAGE_MAX_BYTES + 1) } });
    expect([big.status, big.json.error.code]).toEqual([413, 'RequestEntityTooLarge']);
    expect((await sb.call(`/chats/${encodeURIComponent(chatId)}/messages?$top=51`)).status).toBe(400);
    expect(
      (await sb.call(`/chats/${encodeURIComponent(chatId)}/messages?$orderby=createdDateTime asc`)).status,
    ).toBe(400);
    const after = await sb.admin('/_sandbox/chats');
    expect(Object.values(after.json.chats).flat()).toHaveLength(0);
  });

  it('throttles the send beyond the documented rate with 429 and Retry-After', async () => {
    const chatId = await weeklyChat();
    for (let i = 0; i < CHAT_POSTS_PER_SECOND; i += 1)
      expect((await post(chatId, { body: { content: `m${i}` } })).status).toBe(201);
    const throttled = await post(chatId, { body: { content: 'one too many' } });
    expect([throttled.status, throttled.json.error.code]).toEqual([429, 'TooManyRequests']);
    expect(throttled.headers.get('retry-after')).toBe('1');
  });
});

describe('sendMail', () => {
  it('answers 202 and records one copy per recipient', async () => {
    const r = await sb.call('/me/sendMail', {
      method: 'POST',
      token: sb.token(AVERY),
      body: {
        message: {
          subject: 'Recap',
          body: { contentType: 'HTML', content: '<p>hi</p>' },
          toRecipients: [
            { emailAddress: { address: DANA } },
            { emailAddress: { address: 'kim@fabrikam.example' } },
          ],
        },
      },
    });
    expect(r.status).toBe(202);
    const mail = await sb.admin('/_sandbox/mail');
    expect(mail.json.sent).toEqual([
      expect.objectContaining({
        from: AVERY,
        to: DANA,
        subject: 'Recap',
        contentType: 'html',
        delivered: true,
      }),
      expect.objectContaining({ to: 'kim@fabrikam.example', delivered: false }),
    ]);
  });

  it('refuses no recipients (400), a token without Mail.Send (403) and a guest without a mailbox (404)', async () => {
    const empty = await sb.call('/me/sendMail', { method: 'POST', body: { message: { subject: 'x' } } });
    expect([empty.status, empty.json.error.code]).toEqual([400, 'ErrorInvalidRecipients']);
    const msg = { message: { subject: 'x', toRecipients: [{ emailAddress: { address: DANA } }] } };
    const noScope = await sb.call('/me/sendMail', {
      method: 'POST',
      body: msg,
      token: sb.token(AVERY, ['User.Read']),
    });
    expect([noScope.status, noScope.json.error.code]).toEqual([403, 'ErrorAccessDenied']);
    const guest = await sb.call('/me/sendMail', { method: 'POST', body: msg, token: sb.token(ROWAN) });
    expect([guest.status, guest.json.error.code]).toEqual([404, 'MailboxNotEnabledForRESTAPI']);
  });
});
