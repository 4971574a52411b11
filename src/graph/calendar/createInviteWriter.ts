// The invitation's body for "Publish to invite" (GD api-reference/v1.0/api/event-get.md, event-update.md): read as
// HTML (Prefer: outlook.body-content-type="html"), written back whole with If-Match so an edit the organizer
// made meanwhile is never overwritten blindly.
import { z } from 'zod';
import type { EventId } from '../../domain/ids';
import { escapeHtml } from '../../domain/publish/escapeHtml';
import { err, ok } from '../../domain/result';
import type { InviteBody, InviteWriter, Outcome } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';

const eventBodySchema = z.looseObject({
  '@odata.etag': z.string().nullish(),
  changeKey: z.string().nullish(),
  body: z.looseObject({ contentType: z.string(), content: z.string() }),
});

function parse(raw: unknown, headerEtag: string | undefined, what: string): Outcome<InviteBody> {
  const parsed = eventBodySchema.safeParse(raw);
  if (!parsed.success)
    return err({
      kind: 'badRequest',
      code: 'InvalidGraphPayload',
      message: `Unexpected ${what}: ${parsed.error.message}`,
    });
  const etag =
    headerEtag ??
    parsed.data['@odata.etag'] ??
    (parsed.data.changeKey ? `W/"${parsed.data.changeKey}"` : undefined);
  if (!etag) return err({ kind: 'badRequest', code: 'InvalidGraphPayload', message: `${what} has no eTag.` });
  const { contentType, content } = parsed.data.body;
  const html =
    contentType.toLowerCase() === 'html'
      ? content
      : `<html><body><div>${escapeHtml(content).replace(/\r?\n/g, '<br>')}</div></body></html>`;
  return ok({ html, etag });
}

export function createInviteWriter(client: GraphClient): InviteWriter {
  return {
    async readBody(eventId: EventId): Promise<Outcome<InviteBody>> {
      const res = await client.request<unknown>(
        'GET',
        `/me/events/${encodeURIComponent(eventId)}?$select=body,changeKey`,
        undefined,
        { Prefer: 'outlook.body-content-type="html"' },
      );
      if (!res.ok) return res;
      return parse(res.value.body, res.value.headers['etag'], `event ${eventId}`);
    },
    async writeBody(eventId: EventId, html: string, etag: string): Promise<Outcome<InviteBody>> {
      const res = await client.request<unknown>(
        'PATCH',
        `/me/events/${encodeURIComponent(eventId)}`,
        { body: { contentType: 'html', content: html } },
        { 'Content-Type': 'application/json', 'If-Match': etag },
      );
      if (!res.ok) return res;
      return parse(res.value.body, res.value.headers['etag'], `updated event ${eventId}`);
    },
  };
}
