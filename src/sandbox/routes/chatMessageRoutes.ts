// Messages in a meeting chat: POST /chats/{id}/messages (GD api-reference/v1.0/api/chat-post-messages.md) and
// GET /chats/{id}/messages (chat-list-messages.md), strictly: members only, body type text or html, Teams' ~28 KB
// message limit and the per-app send rate. Sources and assumptions are in the sandbox README ("Chat messages").
import type { ScopeRule } from '../auth';
import type { StoredChatMessage } from '../chatMessages';
import { GraphError } from '../errors';
import { checkOptions, pageOf, parseNonNegativeInt, parseOrderBy } from '../odata';
import type { GraphResponse, Route, RouteContext } from '../router';
import { memberChatOf } from './chatRoutes';

// GD includes/permissions/chat-post-messages-permissions.md and chat-list-messages-permissions.md.
const SEND: ScopeRule = {
  workload: 'teams',
  anyOf: ['ChatMessage.Send', 'Chat.ReadWrite', 'Group.ReadWrite.All'],
};
const LIST: ScopeRule = { workload: 'teams', anyOf: ['Chat.Read', 'Chat.ReadWrite'] };

/** "Approximately 28 KB per post" (Teams limits and specifications); counted in UTF-8 bytes of the body content. */
export const CHAT_MESSAGE_MAX_BYTES = 28 * 1024;
/** GD concepts/throttling-limits.md, Teams: "POST 1:1/group chat message", 20 rps per app per tenant. */
export const CHAT_POSTS_PER_SECOND = 20;
/** chat-list-messages.md: "Maximum allowed $top value is 50." */
const MAX_TOP = 50;

export const chatMessageRoutes: readonly Route[] = [
  { method: 'POST', path: 'chats/{chat}/messages', scopes: SEND, handle: postMessage },
  { method: 'GET', path: 'chats/{chat}/messages', scopes: LIST, handle: listMessages },
  { method: 'GET', path: 'users/{user}/chats/{chat}/messages', scopes: LIST, handle: listMessages },
];

function postMessage(ctx: RouteContext): GraphResponse {
  const chatId = ctx.params.chat ?? '';
  memberChatOf(ctx, chatId);
  const nowMs = ctx.now.getTime();
  if (ctx.store.messages.countPost(nowMs) > CHAT_POSTS_PER_SECOND)
    throw new GraphError(
      429,
      'TooManyRequests',
      'Too many requests. Please retry after the time given in the Retry-After header.',
      { 'Retry-After': '1' },
    );
  const { contentType, content } = readBody(ctx);
  if (Buffer.byteLength(content, 'utf8') > CHAT_MESSAGE_MAX_BYTES)
    throw new GraphError(
      413,
      'RequestEntityTooLarge',
      'The message is too large. Reduce its size and try again.',
    );
  const me = ctx.caller.user;
  const stored = ctx.store.messages.add({
    chatId,
    createdMs: nowMs,
    from: { id: me.id, displayName: me.displayName },
    contentType,
    content,
  });
  return {
    status: 201,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#chats('${encodeURIComponent(chatId)}')/messages/$entity`,
      ...messageJson(stored),
    },
  };
}

function readBody(ctx: RouteContext): { contentType: 'text' | 'html'; content: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.req.body?.toString('utf8') ?? '');
  } catch {
    throw new GraphError(400, 'BadRequest', 'Invalid request body was sent.');
  }
  const body = isObject(parsed) ? parsed.body : undefined;
  if (!isObject(body) || typeof body.content !== 'string' || body.content.trim() === '')
    throw new GraphError(400, 'BadRequest', 'Invalid request body was sent.');
  const raw = body.contentType ?? 'text';
  const type = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (type !== 'text' && type !== 'html')
    throw new GraphError(400, 'BadRequest', `Requested value '${String(raw)}' was not found.`);
  return { contentType: type, content: body.content };
}

function listMessages(ctx: RouteContext): GraphResponse {
  const userKey = ctx.params.user;
  if (userKey !== undefined && ctx.store.findUser(userKey)?.id !== ctx.caller.user.id)
    throw new GraphError(
      403,
      'Forbidden',
      "With delegated permissions, only the signed-in user's chats can be read.",
    );
  const chatId = ctx.params.chat ?? '';
  memberChatOf(ctx, chatId);
  checkOptions(ctx.req, ['$top', '$orderby', '$skiptoken']);
  const top = parseNonNegativeInt(ctx.req, '$top') ?? 20;
  if (top > MAX_TOP)
    throw new GraphError(400, 'BadRequest', `The value of $top must be less than or equal to ${MAX_TOP}.`);
  const order = parseOrderBy(ctx.req, ['lastModifiedDateTime', 'createdDateTime']);
  if (order.some((o) => !o.descending) || order.length > 1)
    throw new GraphError(400, 'BadRequest', 'Only descending order on one property is supported.');
  // Newest first: both supported orders are descending, and a message's times are equal until it is edited.
  const newest = [...ctx.store.messages.messagesOf(chatId)].sort((a, b) => b.createdMs - a.createdMs);
  const position = decodePosition(ctx);
  const page = pageOf(ctx.req, newest, position, top === 0 ? MAX_TOP : top, '$skiptoken');
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#chats('${encodeURIComponent(chatId)}')/messages`,
      '@odata.count': newest.length,
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map(messageJson),
    },
  };
}

function decodePosition(ctx: RouteContext): number {
  const raw = ctx.req.query.get('$skiptoken');
  if (raw === undefined) return 0;
  const m = /^sandbox-offset:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m?.[1]) throw new GraphError(400, 'BadRequest', `Invalid $skiptoken '${raw}'.`);
  return Number(m[1]);
}

function messageJson(m: StoredChatMessage): Record<string, unknown> {
  const at = new Date(m.createdMs).toISOString();
  return {
    id: m.id,
    replyToId: null,
    etag: m.id,
    messageType: 'message',
    createdDateTime: at,
    lastModifiedDateTime: at,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: m.chatId,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: { id: m.from.id, displayName: m.from.displayName, userIdentityType: 'aadUser' },
    },
    body: { contentType: m.contentType, content: m.content },
    attachments: [],
    mentions: [],
    reactions: [],
    messageHistory: [],
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
