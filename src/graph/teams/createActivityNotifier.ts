// Activity-feed notifications (GD api-reference/v1.0/api/userteamwork-sendactivitynotification.md): one POST per
// recipient, delegated TeamsActivity.Send (asked for only by this client: NUDGE_SCOPES). The topic is custom text
// with a webUrl back to the meeting in the app ("webUrl is required when using topic source as text"). 204 No
// Content on success. Teams allows 5 of these per second per app and tenant (GD concepts/throttling-limits.md); the
// 429 that follows carries Retry-After and the client's retry middleware waits it out, so callers send one at a time.
import { err, ok } from '../../domain/result';
import type { ActivityNotification, ActivityNotifier, Outcome, TokenProvider } from '../../usecases/ports';
import type { GraphClient } from '../core/GraphClient';
import { toFailure } from '../core/toFailure';

/** Teams only shows the first 150 characters of the preview (same doc, previewText). */
const PREVIEW_MAX = 150;
/** Longer topic webUrls are refused with a bare 400 "UnknownError" (sandbox README, "Activity feed"). */
const WEB_URL_MAX = 1024;

/** `client` must ask `tokens` for `scopes` (NUDGE_SCOPES), so the token authorize gets is the one notify sends. */
export function createActivityNotifier(
  client: GraphClient,
  tokens: { readonly provider: TokenProvider; readonly scopes: readonly string[] },
): ActivityNotifier {
  return {
    async authorize(): Promise<Outcome<void>> {
      try {
        await tokens.provider.getToken(tokens.scopes);
        return ok(undefined);
      } catch (e) {
        return err(toFailure(e));
      }
    },
    async notify(n: ActivityNotification): Promise<Outcome<void>> {
      const body = {
        topic: { source: 'text', value: n.topic.text, webUrl: n.topic.webUrl.slice(0, WEB_URL_MAX) },
        activityType: n.activityType,
        previewText: { content: n.previewText.slice(0, PREVIEW_MAX) },
        templateParameters: Object.entries(n.templateParameters).map(([name, value]) => ({ name, value })),
      };
      const res = await client.request(
        'POST',
        `/users/${encodeURIComponent(n.recipientId)}/teamwork/sendActivityNotification`,
        body,
      );
      return res.ok ? ok(undefined) : res;
    },
  };
}
