// GET /chats/{id} and /me/chats/{id} (GD api-reference/v1.0/api/chat-get.md, resources/chat.md): a Teams meeting's
// chat, derived from the online meetings in the seeded mailboxes. Its id is the thread id in a long join URL
// ("19:meeting_…@thread.v2"), or the one recorded beside a short join URL, which carries none. `onlineMeetingInfo`
// (resources/teamworkonlinemeetinginfo.md) carries the organizer's calendar event id, the chat's own join URL (not
// always the form the event carries) and the organizer. Assumptions are in the sandbox README ("Chats").
import type { ScopeRule } from '../auth';
import { GraphError } from '../errors';
import type { MeetingChatRecord, StoredEvent } from '../store';
import type { GraphResponse, Route, RouteContext } from '../router';

const CHAT_READ: ScopeRule = { workload: 'teams', anyOf: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'] };

export const chatRoutes: readonly Route[] = [
  { method: 'GET', path: 'chats/{chat}', scopes: CHAT_READ, handle: getChat },
  { method: 'GET', path: 'users/{user}/chats/{chat}', scopes: CHAT_READ, handle: getChat },
];

/** The meeting chat's thread id in a Teams join URL, decoded: "19:meeting_…@thread.v2". */
export function threadIdOfJoinUrl(joinUrl: string): string | undefined {
  const m = /\/l\/meetup-join\/([^/?#]+)/.exec(joinUrl);
  if (!m?.[1]) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/*
 * The chat of an item: the one the meeting was created with, unless the item's long join URL names another thread
 * (an online meeting turned off and on again by PATCH gets a new long URL and so a new chat); else the thread in a
 * long join URL. A short join URL names no chat.
 */
function chatOf(e: StoredEvent): MeetingChatRecord | undefined {
  if (e.joinUrl === null) return undefined;
  const inUrl = threadIdOfJoinUrl(e.joinUrl);
  const known = e.meetingChat;
  if (known && (inUrl === undefined || inUrl.toLowerCase() === known.threadId.toLowerCase())) return known;
  return inUrl === undefined ? undefined : { threadId: inUrl, joinWebUrl: e.joinUrl, notMembers: [] };
}

function organizerItemOf(
  ctx: RouteContext,
  chatId: string,
): { item: StoredEvent; chat: MeetingChatRecord } | undefined {
  for (const u of ctx.store.users) {
    for (const item of ctx.store.eventsOf(u.id)) {
      if (!item.isOrganizer || item.type === 'exception') continue;
      const chat = chatOf(item);
      if (chat && chat.threadId.toLowerCase() === chatId.toLowerCase()) return { item, chat };
    }
  }
  return undefined;
}

/**
 * The meeting chat the caller is a member of, or 404. Members are the organizer and the invited internal attendees,
 * minus those who left the chat. Not a member (or no such chat): Teams answers 404 for a chat the caller can't see
 * (assumption, README). An invitee who left the chat, or was removed from it, still has the meeting in their calendar.
 */
export function memberChatOf(
  ctx: RouteContext,
  chatId: string,
): { item: StoredEvent; chat: MeetingChatRecord; members: readonly string[] } {
  const found = organizerItemOf(ctx, chatId);
  const members = found
    ? [
        found.item.mailbox,
        ...found.item.attendees.flatMap((a) => ctx.store.findRecipient(a.emailAddress.address)?.id ?? []),
      ].filter((id) => !found.chat.notMembers.includes(id))
    : [];
  if (!found || !members.includes(ctx.caller.user.id))
    throw new GraphError(404, 'NotFound', `Chat '${chatId}' was not found or the caller is not a member.`);
  return { ...found, members };
}

function getChat(ctx: RouteContext): GraphResponse {
  const userKey = ctx.params.user;
  if (userKey !== undefined) {
    const user = ctx.store.findUser(userKey);
    if (!user) throw new GraphError(404, 'NotFound', `User '${userKey}' was not found.`);
    if (user.id !== ctx.caller.user.id)
      throw new GraphError(
        403,
        'Forbidden',
        "With delegated permissions, only the signed-in user's chats can be read.",
      );
  }
  const chatId = ctx.params.chat ?? '';
  const { item, chat } = memberChatOf(ctx, chatId);
  const organizer = ctx.store.findUser(item.mailbox);
  const created = new Date(item.createdMs).toISOString();
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#chats/$entity`,
      id: chatId,
      topic: item.subject,
      createdDateTime: created,
      lastUpdatedDateTime: created,
      chatType: 'meeting',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/0?tenantId=${ctx.store.tenant.id}`,
      tenantId: ctx.store.tenant.id,
      isHiddenForAllMembers: false,
      viewpoint: null,
      onlineMeetingInfo: {
        calendarEventId: item.id,
        joinWebUrl: chat.joinWebUrl,
        organizer: {
          id: organizer?.id ?? item.mailbox,
          displayName: null,
          userIdentityType: 'aadUser',
          tenantId: ctx.store.tenant.id,
        },
      },
    },
  };
}
