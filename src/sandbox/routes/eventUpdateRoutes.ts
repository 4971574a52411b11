// PATCH /me/events/{id} (GD api-reference/v1.0/api/event-update.md): the writable event properties (eventPatch.ts
// reads and checks them), applied to the caller's item; an occurrence becomes an exception. The organizer's change
// goes out as a meeting update: attendees' copies get the meeting-level part of it. Assumptions and refusals are in
// the sandbox README ("Updating events").
import type { ScopeRule } from '../auth';
import { adjacentInstances, asStoredEvent, counterpartIn, findEvent } from '../calendar';
import type { EventView } from '../calendar';
import { GraphError } from '../errors';
import { parseEventPatch, sandboxRefuses, validationFailed } from '../eventPatch';
import type { EventPatch, PatchedTime } from '../eventPatch';
import { changeKeyFrom, isWellFormedItemId, teamsJoinUrl } from '../ids';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { SentUpdateRecord, StoredEvent, Store } from '../store';
import { formatUtcOffset, localDayNumber, resolveZone, utcToLocal } from '../time';
import { mailboxOwner, render, rendering } from './calendarRoutes';

// GD event-update.md permissions table.
const CALENDAR_WRITE: ScopeRule = { workload: 'outlook', anyOf: ['Calendars.ReadWrite'] };

export const eventUpdateRoutes: readonly Route[] = [
  { method: 'PATCH', path: 'users/{user}/events/{id}', scopes: CALENDAR_WRITE, handle: updateEvent },
  { method: 'PATCH', path: 'users/{user}/calendar/events/{id}', scopes: CALENDAR_WRITE, handle: updateEvent },
];

type Changes = Partial<Omit<StoredEvent, 'id' | 'mailbox'>>;

// Each mailbox keeps its own categories, free/busy and reminder: a meeting update doesn't carry them.
const PERSONAL = ['categories', 'showAs', 'isReminderOn', 'reminderMinutesBeforeStart'] as const;

/** Exchange stores HTML bodies as a full document; a fragment gets the html/head/body wrapper (README). */
function asStoredHtml(content: string): string {
  if (/<html[\s>]/i.test(content)) return content;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${content}</body></html>`;
}

/** A computed occurrence becomes an exception when it is changed; stored items stay what they are. */
function updateEvent(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  const id = ctx.params.id ?? '';
  if (!isWellFormedItemId(id)) throw new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  const patch = parseEventPatch(ctx.req.body);
  // The answer is written like a GET's (Prefer outlook.timezone / outlook.body-content-type). An unsupported zone is
  // refused before anything is changed (README "Updating events").
  const r = rendering(ctx);
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
  const changes = changesFor(ctx.store, item, patch);
  const timesChanged = changes.startMs !== undefined || changes.endMs !== undefined;
  const updated: StoredEvent = {
    ...asStoredEvent(item, now),
    ...changes,
    // A time change asks everyone to respond again (as the seed's moved occurrence; README).
    ...(timesChanged && item.isOrganizer ? { attendees: item.attendees.map(awaitingResponse) } : {}),
    changeKey: changeKeyFrom(`${item.changeKey}:${now}:${JSON.stringify(changes)}`),
  };
  ctx.store.putEvent(updated);
  // Counted before the master's exceptions follow it (a series turned single loses them).
  const updates = item.isOrganizer ? updatesSent(ctx.store, item, omitPersonal(changes), now) : [];
  seriesFollows(ctx.store, item, changes, now);
  // The organizer's change goes out as a meeting update; an attendee's own edit stays in their copy.
  if (item.isOrganizer) sendUpdate(ctx.store, item, omitPersonal(changes), now);
  ctx.store.recordSentUpdates(updates);
  return {
    status: 200,
    headers: { ...r.headers, ETag: `W/"${updated.changeKey}"` },
    body: {
      '@odata.context': `${ctx.graphBase}/$metadata#users('${owner.id}')/events/$entity`,
      ...render(updated, r),
    },
  };
}

/*
 * The meeting updates the organizer's change sends: one per attendee, and for a series master "contains multiple
 * attendees, and has instances that have been updated separately" one for the series and one per such instance
 * (GD event-update.md). Every exception the organizer's item holds counts (moved, changed, or tracking a single
 * occurrence's decline); cancelled occurrences are gone and don't. A change of personal properties only sends none.
 */
function updatesSent(store: Store, item: EventView, changes: Changes, now: number): SentUpdateRecord[] {
  if (Object.keys(changes).length === 0) return [];
  const from = item.organizer.address;
  const recipients = item.attendees
    .map((a) => a.emailAddress.address)
    .filter((a) => a.toLowerCase() !== from.toLowerCase());
  const exceptions =
    item.type === 'seriesMaster' && recipients.length > 1 ? store.exceptionsOf(item as StoredEvent) : [];
  const sentAt = formatUtcOffset(now);
  const base = {
    sentAt,
    from,
    subject: changes.subject ?? item.subject,
    eventId: item.id,
    iCalUId: item.iCalUId,
  };
  return recipients.flatMap((to) => [
    {
      ...base,
      to,
      kind:
        item.type === 'seriesMaster' ? 'series' : item.type === 'singleInstance' ? 'single' : 'occurrence',
      ...(item.originalStartMs !== null ? { originalStart: formatUtcOffset(item.originalStartMs) } : {}),
    } as const,
    ...exceptions.map((x) => ({
      ...base,
      to,
      kind: 'occurrence' as const,
      ...(x.originalStartMs !== null ? { originalStart: formatUtcOffset(x.originalStartMs) } : {}),
    })),
  ]);
}

const awaitingResponse = (a: StoredEvent['attendees'][number]) => ({
  ...a,
  status: { response: 'none' as const, timeMs: null },
});

/** The stored fields a patch changes on this item, after the checks Graph makes against the item itself. */
function changesFor(store: Store, item: EventView, patch: EventPatch): Changes {
  // `recurrence: null` turns a series into a single event (microsoft-graph-docs#1839 added it to the doc's example
  // for that); on any other item there is no recurrence to remove.
  const becomesSingle = patch.clearsRecurrence === true && item.type === 'seriesMaster';
  const { start, end } = patch;
  const startMs = start?.utcMs ?? item.startMs;
  const endMs = end?.utcMs ?? item.endMs;
  if (endMs < startMs) throw validationFailed();
  const isAllDay = patch.isAllDay ?? item.isAllDay;
  if (isAllDay && (patch.isAllDay !== undefined || start || end))
    checkAllDay(item, start, end, startMs, endMs);
  const timesChanged = startMs !== item.startMs || endMs !== item.endMs;
  if (timesChanged && item.type === 'seriesMaster' && !becomesSingle)
    throw sandboxRefuses('moving a whole series (start or end on its seriesMaster)');
  if (timesChanged) checkOccurrenceBounds(store, item, startMs, endMs);
  const body = patch.body && {
    contentType: patch.body.contentType,
    content: patch.body.contentType === 'html' ? asStoredHtml(patch.body.content) : patch.body.content,
  };
  const timeZone = patch.originalStartTimeZone ?? start?.timeZone;
  // An item without its own end zone uses the start's: keep the old one when only the start's changes.
  const endTimeZone =
    patch.originalEndTimeZone ??
    end?.timeZone ??
    (timeZone === undefined ? undefined : (item.endTimeZone ?? item.timeZone));
  const changes: Changes = {
    subject: patch.subject,
    body,
    categories: patch.categories,
    importance: patch.importance,
    sensitivity: patch.sensitivity,
    showAs: patch.showAs,
    isReminderOn: patch.isReminderOn,
    reminderMinutesBeforeStart: patch.reminderMinutesBeforeStart,
    responseRequested: patch.responseRequested,
    allowNewTimeProposals: patch.allowNewTimeProposals,
    hideAttendees: patch.hideAttendees,
    location: patch.location,
    timeZone,
    endTimeZone,
    isAllDay: patch.isAllDay,
    ...(timesChanged ? { startMs, endMs } : {}),
    ...(becomesSingle ? { type: 'singleInstance', recurrence: null, cancelledOccurrences: [] } : {}),
    ...(patch.isOnlineMeeting === undefined ? {} : onlineMeeting(store, item, patch.isOnlineMeeting)),
  };
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Changes;
}

/*
 * "If true, regardless of whether it's a single-day or multi-day event, start and end time must be set to midnight
 * and be in the same time zone" (GD resources/event.md, isAllDay). Times not in the request are judged in the zone
 * the item keeps for them.
 */
function checkAllDay(
  item: EventView,
  start: PatchedTime | undefined,
  end: PatchedTime | undefined,
  startMs: number,
  endMs: number,
): void {
  const startZone = start?.zone ?? resolveZone(item.timeZone) ?? 'UTC';
  const endZone = end?.zone ?? resolveZone(item.endTimeZone ?? item.timeZone) ?? 'UTC';
  const midnight = (ms: number, zone: string) => {
    const l = utcToLocal(ms, zone);
    return l.hour === 0 && l.minute === 0 && l.second === 0 && l.ms === 0;
  };
  if (startZone !== endZone || endMs <= startMs || !midnight(startMs, startZone) || !midnight(endMs, endZone))
    throw validationFailed();
}

/*
 * GD event-update.md: "an occurrence cannot be moved to or before the day of the previous occurrence, and cannot be
 * moved to or after the day of the following occurrence" (400 ErrorOccurrenceCrossingBoundary). Days are counted in
 * the series' recurrence zone; an overlap with a neighbour's times counts too ("crossing or overlapping").
 */
function checkOccurrenceBounds(store: Store, item: EventView, startMs: number, endMs: number): void {
  if (item.seriesMasterId === null || item.originalStartMs === null) return;
  const master = store.getEvent(item.mailbox, item.seriesMasterId);
  if (!master?.recurrence) return;
  const zone = resolveZone(master.recurrence.range.recurrenceTimeZone) ?? 'UTC';
  const day = (ms: number) => localDayNumber(ms, zone);
  const { previous, next } = adjacentInstances(store, master, item.originalStartMs);
  const crossesPrevious = previous && (day(startMs) <= day(previous.startMs) || startMs < previous.endMs);
  const crossesNext = next && (day(startMs) >= day(next.startMs) || endMs > next.startMs);
  if (crossesPrevious || crossesNext)
    throw new GraphError(
      400,
      'ErrorOccurrenceCrossingBoundary',
      'Modified occurrence is crossing or overlapping adjacent occurrence.',
    );
}

/*
 * Turning the online meeting on gives an item without one a Teams join URL, as Teams writes them (the seed's);
 * turning it off drops it. The body's join block is not written or removed (README).
 */
function onlineMeeting(store: Store, item: EventView, on: boolean): Changes {
  if (!on) return { isOnlineMeeting: false, onlineMeetingProvider: 'unknown', joinUrl: null };
  const organizer = store.users.find((u) => u.mail.toLowerCase() === item.organizer.address.toLowerCase());
  return {
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    joinUrl: item.joinUrl ?? teamsJoinUrl(item.iCalUId, store.tenant.id, organizer?.id ?? item.mailbox),
  };
}

function omitPersonal(changes: Changes): Changes {
  return Object.fromEntries(
    Object.entries(changes).filter(([k]) => !(PERSONAL as readonly string[]).includes(k)),
  ) as Changes;
}

/** After a master changed: its exceptions go when it became a single event, and otherwise inherit the change. */
function seriesFollows(store: Store, before: EventView, changes: Changes, now: number): void {
  if (before.type !== 'seriesMaster') return;
  if (changes.type === 'singleInstance') {
    for (const x of store.exceptionsOf(before as StoredEvent)) store.removeEvent(x.mailbox, x.id);
    return;
  }
  inheritToExceptions(store, before, changes, now);
}

/*
 * Exchange keeps on an exception only what was changed on it; the rest comes from its master. The sandbox stores
 * whole exceptions, so a change to a master reaches each exception whose value still equals the master's old one.
 */
function inheritToExceptions(store: Store, before: EventView, changes: Changes, now: number): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const x of store.exceptionsOf(before as StoredEvent)) {
    const inherited = Object.fromEntries(
      Object.entries(changes).filter(([k]) => same(x[k as keyof StoredEvent], before[k as keyof EventView])),
    ) as Changes;
    if (Object.keys(inherited).length === 0) continue;
    store.putEvent({
      ...x,
      ...inherited,
      lastModifiedMs: now,
      changeKey: changeKeyFrom(`${x.changeKey}:${now}:series`),
    });
  }
}

/*
 * Each internal attendee's copy of the same meeting (or of the same occurrence) gets the meeting-level changes.
 * A time change resets their response, as it does in the organizer's tracking.
 */
function sendUpdate(store: Store, item: EventView, changes: Changes, now: number): void {
  const timesChanged = changes.startMs !== undefined || changes.endMs !== undefined;
  for (const u of store.users) {
    if (u.id === item.mailbox) continue;
    const target = counterpartIn(store, item, u.id);
    if (!target) continue;
    store.putEvent({
      ...asStoredEvent(target, now),
      ...changes,
      ...(timesChanged
        ? { responseStatus: { response: 'none' as const, timeMs: null }, showAs: 'tentative' as const }
        : {}),
      changeKey: changeKeyFrom(`${target.changeKey}:${now}:update`),
    });
    seriesFollows(store, target, changes, now);
  }
}
