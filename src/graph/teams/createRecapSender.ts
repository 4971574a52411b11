// The recap's Graph calls: POST /chats/{id}/messages (GD chat-post-messages.md, 201 with the chatMessage), GET
// /chats/{id}/messages?$top=50 (chat-list-messages.md: newest first, $top at most 50) and POST /me/sendMail
// (user-sendmail.md, 202 with no body). Each runs on its own client whose token carries the on-demand scopes.
import { z } from 'zod';
import { err, ok } from '../../domain/result';
import type { ChatMessageRef, Outcome, RecapSender } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';

const postedSchema = z.looseObject({ id: z.string().min(1) });
const listSchema = z.looseObject({
  value: z.array(
    z.looseObject({ id: z.string(), body: z.looseObject({ content: z.string().nullish() }).nullish() }),
  ),
});

/**
 * `chatClient` must not retry a POST by itself (createGraphClient with maxRetries 0): the SDK's RetryHandler re-sends
 * a JSON POST after a 503/504 that may have landed (PF §11), which would post the recap twice. The caller reconciles
 * by listing the chat instead.
 */
export function createRecapSender(chatClient: GraphClient, mailClient: GraphClient): RecapSender {
  return {
    async postToChat(chatId, html) {
      const res = await chatClient.request<unknown>(
        'POST',
        `/chats/${encodeURIComponent(chatId)}/messages`,
        { body: { contentType: 'html', content: html } },
        { 'Content-Type': 'application/json' },
      );
      if (!res.ok) return res;
      const parsed = postedSchema.safeParse(res.value.body);
      if (!parsed.success)
        return err({
          kind: 'badRequest',
          code: 'InvalidGraphPayload',
          message: 'The posted message has no id.',
        });
      return ok({ id: parsed.data.id });
    },
    async recentChatMessages(chatId): Promise<Outcome<readonly ChatMessageRef[]>> {
      const res = await chatClient.get<unknown>(`/chats/${encodeURIComponent(chatId)}/messages`, {
        query: { $top: 50 },
      });
      if (!res.ok) return res;
      const parsed = listSchema.safeParse(res.value);
      if (!parsed.success)
        return err({ kind: 'badRequest', code: 'InvalidGraphPayload', message: parsed.error.message });
      return ok(parsed.data.value.map((m) => ({ id: m.id, content: m.body?.content ?? '' })));
    },
    async sendMail(to, subject, html) {
      const res = await mailClient.request<unknown>(
        'POST',
        '/me/sendMail',
        {
          message: {
            subject,
            body: { contentType: 'HTML', content: html },
            toRecipients: to.map((address) => ({ emailAddress: { address } })),
          },
          saveToSentItems: true,
        },
        { 'Content-Type': 'application/json' },
      );
      return res.ok ? ok(undefined) : res;
    },
  };
}
