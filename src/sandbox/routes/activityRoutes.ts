// POST /users/{id | upn}/teamwork/sendActivityNotification (GD api-reference/v1.0/api/userteamwork-
// sendactivitynotification.md; requirements in concepts/teams-send-activityfeednotifications.md). Delegated
// TeamsActivity.Send. 204 No Content on success. Assumptions (error codes and messages the docs don't give) are in
// the sandbox README ("Activity feed").
import type { ActivityFeed, RecordedNotification } from '../activityFeed';
import type { ScopeRule } from '../auth';
import { GraphError, badRequest } from '../errors';
import type { GraphResponse, Route, RouteContext } from '../router';

const SEND: ScopeRule = { workload: 'teams', anyOf: ['TeamsActivity.Send'] };

/** A topic's webUrl longer than this is refused with an unhelpful 400 (techcommunity thread, README). */
export const MAX_WEB_URL = 1024;

export function activityRoutes(feed: ActivityFeed): readonly Route[] {
  return [
    {
      method: 'POST',
      path: 'users/{user}/teamwork/sendActivityNotification',
      scopes: SEND,
      handle: (ctx) => send(ctx, feed),
    },
  ];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function send(ctx: RouteContext, feed: ActivityFeed): GraphResponse {
  if (!feed.admit(ctx.now.getTime()))
    throw new GraphError(429, 'TooManyRequests', 'Too many requests; retry after the time given.', {
      'Retry-After': '1',
    });
  let body: unknown;
  try {
    body = JSON.parse(ctx.req.body?.toString('utf8') ?? '');
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (!isObject(body)) throw badRequest('The request body must be a JSON object.');

  const key = ctx.params.user ?? '';
  const recipient = ctx.store.findUser(key);
  if (!recipient) throw new GraphError(404, 'NotFound', `User '${key}' was not found.`);

  const topic = body['topic'];
  if (!isObject(topic)) throw badRequest("The 'topic' property is required.");
  const source = topic['source'];
  const value = topic['value'];
  const webUrl = topic['webUrl'];
  if (source !== 'entityUrl' && source !== 'text')
    throw badRequest("The topic's 'source' must be 'entityUrl' or 'text'.");
  if (typeof value !== 'string' || value.trim() === '') throw badRequest("The topic's 'value' is required.");
  if (webUrl !== undefined && typeof webUrl !== 'string')
    throw badRequest("The topic's 'webUrl' must be a string.");
  if (source === 'text' && (webUrl === undefined || webUrl === ''))
    throw badRequest("'webUrl' is required when the topic's source is 'text'.");
  if (source === 'entityUrl' && !supportedEntityUrl(value))
    throw badRequest(
      "The topic's entityUrl must be a Microsoft Graph URL of a teamsAppInstallation or a teamsCatalogApp.",
    );
  if (typeof webUrl === 'string' && webUrl.length > MAX_WEB_URL)
    throw new GraphError(400, 'BadRequest', 'UnknownError');

  const activityType = body['activityType'];
  if (typeof activityType !== 'string' || activityType === '')
    throw badRequest("The 'activityType' property is required.");

  const preview = body['previewText'];
  if (preview !== undefined && !(isObject(preview) && typeof preview['content'] === 'string'))
    throw badRequest("'previewText' must be an itemBody with a 'content' string.");
  const previewText = isObject(preview) ? String(preview['content']) : '';

  const params: Record<string, string> = {};
  const rawParams = body['templateParameters'];
  if (rawParams !== undefined) {
    if (!Array.isArray(rawParams))
      throw badRequest("'templateParameters' must be a collection of keyValuePair.");
    for (const p of rawParams) {
      if (!isObject(p) || typeof p['name'] !== 'string' || typeof p['value'] !== 'string')
        throw badRequest("Each template parameter needs a string 'name' and 'value'.");
      params[p['name']] = p['value'];
    }
  }

  const chainId = body['chainId'];
  if (chainId !== undefined && !(typeof chainId === 'number' && Number.isInteger(chainId)))
    throw badRequest("'chainId' must be an Int64.");

  // Only the aadUserNotificationRecipient of the chat and team variants is meaningful here; this route has none.
  if (body['recipient'] !== undefined)
    throw badRequest("'recipient' is not a parameter of the user's sendActivityNotification.");

  let text: string;
  if (activityType === 'systemDefault') {
    const free = params['systemDefaultText'];
    if (free === undefined || free === '')
      throw badRequest("The 'systemDefault' activity type needs the 'systemDefaultText' template parameter.");
    text = free;
  } else {
    const declared = feed.declared.find((d) => d.type === activityType);
    if (!declared)
      throw badRequest(`The activity type '${activityType}' is not declared in the Teams app manifest.`);
    const wanted = [...declared.templateText.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1] ?? '')
      .filter((n) => n !== 'actor');
    const missing = wanted.filter((n) => params[n] === undefined);
    if (missing.length > 0)
      throw badRequest(`The template parameters ${missing.map((m) => `'${m}'`).join(', ')} are missing.`);
    text = declared.templateText.replace(/\{(\w+)\}/g, (_, n: string) =>
      n === 'actor' ? ctx.caller.user.displayName : (params[n] ?? ''),
    );
  }

  if (recipient.id === ctx.caller.user.id)
    throw badRequest('A user cannot send an activity notification to themselves with delegated permissions.');
  if (!feed.isInstalledFor(recipient.id))
    throw new GraphError(
      403,
      'Forbidden',
      `The Teams app is not installed for the recipient '${recipient.id}', personally or in a team or chat they are part of.`,
    );

  const n: RecordedNotification = {
    recipientId: recipient.id,
    senderId: ctx.caller.user.id,
    activityType,
    topic: { source, value, ...(typeof webUrl === 'string' ? { webUrl } : {}) },
    previewText,
    previewShown: previewText.slice(0, 150),
    templateParameters: params,
    text,
    ...(typeof chainId === 'number' ? { chainId } : {}),
    at: ctx.now.toISOString(),
  };
  feed.record(n);
  return { status: 204 };
}

function supportedEntityUrl(url: string): boolean {
  const m = /^https:\/\/graph\.microsoft\.com\/(v1\.0|beta)\/(.+)$/i.exec(url);
  const rest = m?.[2] ?? '';
  return (
    /^users\/[^/]+\/teamwork\/installedApps\/[^/]+$/i.test(rest) ||
    /^appCatalogs\/teamsApps\/[^/]+$/i.test(rest)
  );
}
