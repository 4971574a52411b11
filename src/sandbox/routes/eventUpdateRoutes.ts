// PATCH /me/events/{id} (GD api-reference/v1.0/api/event-update.md), the slice "Publish to invite" uses: the
// organizer replaces the body of one occurrence or of the whole series, and Exchange sends the update to the
// attendees, whose copies get the new body. Assumptions are in the sandbox README ("Updating events").
import type { ScopeRule } from '../auth';
import { eventJson, findEvent } from '../calendar';
import type { EventView } from '../calendar';
import { GraphError } from '../errors';
import { changeKeyFrom, isWellFormedItemId, occurrenceId } from '../ids';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { StoredEvent, Store } from '../store';
import { mailboxOwner } from './calendarRoutes';

// GD event-update.md permissions table.
const CALENDAR_WRITE: ScopeRule = { workload: 'outlook', anyOf: ['Calendars.ReadWrite'] };
/** What this sandbox lets a PATCH change; other writable event properties are refused rather than ignored. */
const UPDATABLE = new Set(['body']);
const READ_ONLY = new Set([
  'id',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  'iCalUId',
  'seriesMasterId',
  'type',
  'organizer',
  'isOrganizer',
  'webLink',
  'onlineMeeting',
  'responseStatus',
]);

export const eventUpdateRoutes: readonly Route[] = [
  { method: 'PATCH', path: 'users/{user}/events/{id}', scopes: CALENDAR_WRITE, handle: updateEvent },
  { method: 'PATCH', path: 'users/{user}/calendar/events/{id}', scopes: CALENDAR_WRITE, handle: updateEvent },
];

function parseBody(ctx: RouteContext): { contentType: 'html' | 'text'; content: string } {
  const raw = ctx.req.body?.toString('utf8').trim();
  if (!raw) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  for (const key of Object.keys(json)) {
    if (READ_ONLY.has(key))
      throw new GraphError(
        400,
        'ErrorInvalidPropertyRequest',
        `The property '${key}' is read-only and cannot be set.`,
      );
    if (!UPDATABLE.has(key))
      throw new GraphError(
        400,
        'ErrorInvalidRequest',
        `The sandbox updates only the body; '${key}' is not supported.`,
      );
  }
  const body = (json as { body?: unknown }).body;
  const b = body as { contentType?: unknown; content?: unknown } | null | undefined;
  if (!b || typeof b !== 'object' || typeof b.content !== 'string')
    throw new GraphError(400, 'BadRequest', "The 'body' property needs 'contentType' and 'content'.");
  const type = String(b.contentType ?? 'text').toLowerCase();
  if (type !== 'html' && type !== 'text')
    throw new GraphError(400, 'BadRequest', `Invalid value '${String(b.contentType)}' for 'contentType'.`);
  return { contentType: type, content: b.content };
}

/** Exchange stores HTML bodies as a full document; a fragment gets the html/head/body wrapper (README). */
function asStoredHtml(content: string): string {
  if (/<html[\s>]/i.test(content)) return content;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${content}</body></html>`;
}

function storedItem(item: EventView, now: number): StoredEvent {
  if (item.type !== 'occurrence') return { ...(item as StoredEvent), lastModifiedMs: now };
  return { ...item, type: 'exception', lastModifiedMs: now };
}

function updateEvent(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  const id = ctx.params.id ?? '';
  if (!isWellFormedItemId(id)) throw new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  const body = parseBody(ctx);
  const item = findEvent(ctx.store, owner.id, id);
  if (!item)
    throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  const ifMatch = ctx.req.headers['if-match'];
  if (ifMatch !== undefined && ifMatch !== `W/"${item.changeKey}"` && ifMatch !== item.changeKey)
    throw new GraphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    );
  const now = ctx.now.getTime();
  const content = body.contentType === 'html' ? asStoredHtml(body.content) : body.content;
  const newBody = { contentType: body.contentType, content };
  const updated: StoredEvent = {
    ...storedItem(item, now),
    body: newBody,
    changeKey: changeKeyFrom(`${item.id}:${now}:body:${content.length}`),
  };
  ctx.store.putEvent(updated);
  // The organizer's change goes out as a meeting update: each attendee's copy of the same meeting (or occurrence)
  // gets the new body. An attendee's own edit stays in their copy.
  if (item.isOrganizer) sendUpdate(ctx.store, item, newBody, now);
  return {
    status: 200,
    headers: { ETag: `W/"${updated.changeKey}"` },
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#users('${owner.id}')/events/$entity`,
      ...eventJson(updated, { zone: 'UTC', zoneLabel: 'UTC', bodyType: undefined, omitBody: false }),
    },
  };
}

function sendUpdate(store: Store, item: EventView, body: StoredEvent['body'], now: number): void {
  const seriesUid = item.seriesMasterId
    ? (store.getEvent(item.mailbox, item.seriesMasterId)?.iCalUId ?? item.iCalUId)
    : item.iCalUId;
  for (const u of store.users) {
    if (u.id === item.mailbox) continue;
    const copy = store
      .eventsOf(u.id)
      .find((e) => e.iCalUId === seriesUid && (e.type === 'seriesMaster' || e.type === 'singleInstance'));
    if (!copy) continue;
    const target =
      item.originalStartMs !== null && copy.type === 'seriesMaster'
        ? findEvent(store, u.id, occurrenceId(copy.id, item.originalStartMs))
        : copy;
    if (!target) continue;
    store.putEvent({
      ...storedItem(target, now),
      body,
      changeKey: changeKeyFrom(`${target.id}:${now}:update`),
    });
  }
}
