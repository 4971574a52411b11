// Responding to an invite: POST events/{id}/accept | tentativelyAccept | decline (GD api-reference/v1.0/api/
// event-decline.md, event-accept.md, event-tentativelyaccept.md): 202 Accepted, no body. The attendee's own
// item records the response, and the organizer's item tracks it in attendees[].status, which is the only place
// other users' responses can be read (README "Attendee copies").
import type { ScopeRule } from '../auth';
import { asStoredEvent, counterpartIn, findEvent } from '../calendar';
import { GraphError } from '../errors';
import { changeKeyFrom, isWellFormedItemId } from '../ids';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { ResponseType, StoredEvent, Store } from '../store';
import { mailboxOwner } from './calendarRoutes';

// GD event-decline.md permissions table: Calendars.ReadWrite is the only delegated permission.
const CALENDAR_WRITE: ScopeRule = { workload: 'outlook', anyOf: ['Calendars.ReadWrite'] };

const ACTIONS: Readonly<Record<string, ResponseType>> = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
};

export const eventResponseRoutes: readonly Route[] = Object.entries(ACTIONS).flatMap(([action, response]) => {
  const handle = (ctx: RouteContext) => respond(ctx, response);
  return [
    { method: 'POST' as const, path: `users/{user}/events/{id}/${action}`, scopes: CALENDAR_WRITE, handle },
    {
      method: 'POST' as const,
      path: `users/{user}/calendar/events/{id}/${action}`,
      scopes: CALENDAR_WRITE,
      handle,
    },
  ];
});

function respond(ctx: RouteContext, response: ResponseType): GraphResponse {
  const user = mailboxOwner(ctx);
  const id = ctx.params.id ?? '';
  if (!isWellFormedItemId(id)) throw new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  readBody(ctx);
  const item = findEvent(ctx.store, user.id, id);
  if (!item)
    throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  if (item.isOrganizer) {
    // Assumption: Graph refuses responses to one's own meeting (microsoftgraph/microsoft-graph-docs#560: "meeting
    // organizer can't accept or reject their own meeting"); the exact code is not documented.
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.",
    );
  }
  if (item.isCancelled)
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. The meeting was canceled.",
    );
  const now = ctx.now.getTime();
  const status = { response, timeMs: now };
  const showAs: StoredEvent['showAs'] =
    response === 'declined' ? 'free' : response === 'accepted' ? 'busy' : 'tentative';
  const own = asStoredEvent(item, now);
  ctx.store.putEvent({
    ...own,
    responseStatus: status,
    showAs,
    changeKey: changeKeyFrom(`${own.id}:${now}:${response}`),
  });
  trackAtOrganizer(ctx.store, item, user.mail, status, now);
  return { status: 202 };
}

function readBody(ctx: RouteContext): void {
  const raw = ctx.req.body?.toString('utf8').trim();
  if (!raw) return;
  try {
    const body: unknown = JSON.parse(raw);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('not an object');
  } catch {
    throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
}

/** A computed occurrence becomes an exception when it is changed; stored items stay what they are. */
/*
 * The organizer's item (the master for an occurrence) records the attendee's new status. For one occurrence it
 * becomes an exception in the organizer's calendar too, as Exchange tracks per-occurrence responses there.
 */
function trackAtOrganizer(
  store: Store,
  item: NonNullable<ReturnType<typeof findEvent>>,
  email: string,
  status: { response: ResponseType; timeMs: number },
  now: number,
): void {
  const organizer = store.users.find((u) => u.mail.toLowerCase() === item.organizer.address.toLowerCase());
  if (!organizer) return;
  const target = counterpartIn(store, item, organizer.id);
  // No copy, or the organizer cancelled that occurrence: nothing left to track.
  if (!target) return;
  const stored = asStoredEvent(target, now);
  store.putEvent({
    ...stored,
    // An attendee may be listed by an alias or an X.500 DN (README "Addresses"): Exchange still knows who it is.
    attendees: stored.attendees.map((a) =>
      a.emailAddress.address.toLowerCase() === email.toLowerCase() ||
      store.findRecipient(a.emailAddress.address)?.mail.toLowerCase() === email.toLowerCase()
        ? { ...a, status }
        : a,
    ),
    changeKey: changeKeyFrom(`${stored.id}:${now}:${email}`),
  });
}
