// The meeting chat behind an in-meeting tab (GD api-reference/v1.0/api/chat-get.md; resources/chat.md,
// teamworkonlinemeetinginfo.md): its onlineMeetingInfo names the meeting's join URL (either Teams form, not always
// the one the event carries) and the organizer's calendar item. Its topic is usually the meeting's subject (the
// docs' chat-list examples show meeting chats with one), though chat.md says topic is "only available for group
// chats": it may be missing.
import { z } from 'zod';
import { err, ok } from '../../domain/result';
import type { ChatSource, MeetingChat, Outcome } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';

const chatSchema = z.looseObject({
  id: z.string().min(1),
  chatType: z.string().nullish(),
  topic: z.string().nullish(),
  onlineMeetingInfo: z
    .looseObject({
      calendarEventId: z.string().nullish(),
      joinWebUrl: z.string().nullish(),
      organizer: z.looseObject({ id: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

export function createChatSource(client: GraphClient): ChatSource {
  return {
    async meetingChat(chatId: string): Promise<Outcome<MeetingChat>> {
      const res = await client.get<unknown>(`/chats/${encodeURIComponent(chatId)}`);
      if (!res.ok) return res;
      const parsed = chatSchema.safeParse(res.value);
      if (!parsed.success)
        return err({
          kind: 'badRequest',
          code: 'InvalidGraphPayload',
          message: `Unexpected chat ${chatId}: ${parsed.error.message}`,
        });
      const info = parsed.data.onlineMeetingInfo;
      return ok({
        chatId: parsed.data.id,
        joinWebUrl: info?.joinWebUrl ?? null,
        ...(info?.organizer?.id ? { organizerId: info.organizer.id } : {}),
        ...(info?.calendarEventId ? { calendarEventId: info.calendarEventId } : {}),
        ...(parsed.data.topic ? { topic: parsed.data.topic } : {}),
      });
    },
  };
}
