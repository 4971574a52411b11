// Calendar reads over one mailbox: series expansion (occurrences computed from masters, exceptions and
// cancellations applied), lookup by id, and the event resource's JSON (GD api-reference/v1.0/resources/event.md).
import { decode as decodeEntities } from 'he';
import { isOccurrenceStart, occurrenceStarts } from './recurrence';
import { occurrenceICalUId, occurrenceId, parseOccurrenceId } from './ids';
import type { ResponseStatusRecord, StoredEvent, Store } from './store';
import { formatGraphDateTime, formatUtcOffset } from './time';

export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';

/** A stored item, or an occurrence computed from its master. */
export interface EventView extends Omit<StoredEvent, 'type'> {
  readonly type: EventType;
}

const overlaps = (e: { startMs: number; endMs: number }, fromMs: number, toMs: number): boolean =>
  e.startMs === e.endMs ? e.startMs >= fromMs && e.startMs < toMs : e.startMs < toMs && e.endMs > fromMs;

const byStart = (a: EventView, b: EventView): number => a.startMs - b.startMs || a.id.localeCompare(b.id);

/**
 * What calendarView returns: single instances, occurrences and exceptions overlapping the window, never masters
 * (GD user-list-calendarview.md). An occurrence the organizer cancelled is gone from the organizer's calendar;
 * attendees keep it as an exception with isCancelled (see README "Cancelled occurrences").
 */
export function calendarView(store: Store, mailbox: string, fromMs: number, toMs: number): EventView[] {
  const out: EventView[] = [];
  for (const e of store.eventsOf(mailbox)) {
    if (e.type === 'singleInstance' && overlaps(e, fromMs, toMs)) out.push(e);
    if (e.type === 'seriesMaster') out.push(...instancesOf(store, e, fromMs, toMs));
  }
  return out.sort(byStart);
}

/** GET /events/{master}/instances: the master's occurrences and exceptions in the window. */
export function instancesOf(store: Store, master: StoredEvent, fromMs: number, toMs: number): EventView[] {
  const exceptions = store.exceptionsOf(master);
  const replaced = new Set(exceptions.map((x) => x.originalStartMs));
  const cancelled = new Set(master.cancelledOccurrences);
  const out: EventView[] = [];
  const starts = master.recurrence
    ? occurrenceStarts({ ...master, recurrence: master.recurrence }, fromMs, toMs)
    : [];
  for (const start of starts) {
    if (!replaced.has(start) && !cancelled.has(start)) out.push(occurrence(master, start));
  }
  // An exception may have moved into (or out of) the window, so it is judged by its own times.
  for (const x of exceptions) if (overlaps(x, fromMs, toMs)) out.push(x);
  return out.sort(byStart);
}

/** Any item of the mailbox by id: singles, masters, exceptions, and computed occurrences. */
export function findEvent(store: Store, mailbox: string, id: string): EventView | undefined {
  const stored = store.getEvent(mailbox, id);
  if (stored) return stored;
  const occ = parseOccurrenceId(id);
  if (!occ) return undefined;
  const master = store.getEvent(mailbox, occ.masterId);
  if (!master?.recurrence || master.cancelledOccurrences.includes(occ.originalStartMs)) return undefined;
  const isOccurrence = isOccurrenceStart({ ...master, recurrence: master.recurrence }, occ.originalStartMs);
  return isOccurrence ? occurrence(master, occ.originalStartMs) : undefined;
}

// Neighbours are looked for this far on each side: enough for any pattern but a multi-year yearly one.
const NEIGHBOUR_SEARCH_MS = 5 * 366 * 86_400_000;

/**
 * The instances just before and just after one occurrence of a series, by original start, as they stand now (an
 * exception with its own times). Occurrences that were cancelled don't count.
 */
export function adjacentInstances(
  store: Store,
  master: StoredEvent,
  originalStartMs: number,
): { readonly previous: EventView | undefined; readonly next: EventView | undefined } {
  if (!master.recurrence) return { previous: undefined, next: undefined };
  const exceptions = new Map(store.exceptionsOf(master).map((x) => [x.originalStartMs, x]));
  const cancelled = new Set(master.cancelledOccurrences);
  const live = occurrenceStarts(
    { ...master, recurrence: master.recurrence },
    originalStartMs - NEIGHBOUR_SEARCH_MS,
    originalStartMs + NEIGHBOUR_SEARCH_MS,
  ).filter((s) => !cancelled.has(s) && exceptions.get(s)?.isCancelled !== true);
  const view = (s: number | undefined) =>
    s === undefined ? undefined : (exceptions.get(s) ?? occurrence(master, s));
  return {
    previous: view(live.filter((s) => s < originalStartMs).at(-1)),
    next: view(live.find((s) => s > originalStartMs)),
  };
}

/** An item as it is stored once changed: a changed occurrence becomes an exception (same id), as in Exchange. */
export function asStoredEvent(item: EventView, now: number): StoredEvent {
  if (item.type !== 'occurrence') return { ...(item as StoredEvent), lastModifiedMs: now };
  return { ...item, type: 'exception', lastModifiedMs: now };
}

/**
 * The same meeting (or the same occurrence of it) in another mailbox: copies share the series' iCalUId, and an
 * occurrence is found by its original start. Undefined when that mailbox has no copy, or the occurrence is gone.
 */
export function counterpartIn(store: Store, item: EventView, mailbox: string): EventView | undefined {
  const ownMaster = item.seriesMasterId ? store.getEvent(item.mailbox, item.seriesMasterId) : undefined;
  const seriesUid = ownMaster?.iCalUId ?? item.iCalUId;
  const copy = store
    .eventsOf(mailbox)
    .find((e) => e.iCalUId === seriesUid && (e.type === 'seriesMaster' || e.type === 'singleInstance'));
  if (!copy) return undefined;
  return item.originalStartMs !== null && copy.type === 'seriesMaster'
    ? findEvent(store, mailbox, occurrenceId(copy.id, item.originalStartMs))
    : copy;
}

/** GET /events: single instances and series masters, not expanded (GD resources/event.md). */
export function listEvents(store: Store, mailbox: string): EventView[] {
  return store
    .eventsOf(mailbox)
    .filter((e) => e.type === 'singleInstance' || e.type === 'seriesMaster')
    .sort(byStart);
}

function occurrence(master: StoredEvent, originalStartMs: number): EventView {
  return {
    ...master,
    id: occurrenceId(master.id, originalStartMs),
    type: 'occurrence',
    seriesMasterId: master.id,
    originalStartMs,
    iCalUId: occurrenceICalUId(master.iCalUId, originalStartMs),
    startMs: originalStartMs,
    endMs: originalStartMs + (master.endMs - master.startMs),
    recurrence: null,
    cancelledOccurrences: [],
  };
}

export interface RenderOptions {
  /** IANA zone the times are written in, and the label written as timeZone (the name the client asked for). */
  readonly zone: string;
  readonly zoneLabel: string;
  readonly bodyType: 'html' | 'text' | undefined;
  /** Calendars.ReadBasic tokens don't get the body (GD permissions reference: "except for properties such as body"). */
  readonly omitBody: boolean;
}

// Every v1.0 event property the sandbox returns; $select may name only these (plus navigation-free extras below).
export const EVENT_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'originalStart',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
] as const;

const NEVER_RESPONDED = '0001-01-01T00:00:00Z';

const responseJson = (r: ResponseStatusRecord) => ({
  response: r.response,
  time: r.timeMs === null ? NEVER_RESPONDED : formatUtcOffset(r.timeMs),
});

export function eventJson(e: EventView, opts: RenderOptions): Record<string, unknown> {
  const at = (ms: number) => ({ dateTime: formatGraphDateTime(ms, opts.zone), timeZone: opts.zoneLabel });
  const text = htmlToText(e.body.content);
  const body =
    opts.bodyType === 'text' && e.body.contentType === 'html'
      ? { contentType: 'text', content: text }
      : e.body;
  const location = {
    displayName: e.location,
    locationType: 'default',
    uniqueIdType: e.location === '' ? 'unknown' : 'private',
    address: {},
    coordinates: {},
  };
  return {
    '@odata.etag': `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: formatUtcOffset(e.createdMs, true),
    lastModifiedDateTime: formatUtcOffset(e.lastModifiedMs, true),
    changeKey: e.changeKey,
    categories: e.categories,
    transactionId: null,
    originalStartTimeZone: e.timeZone,
    originalEndTimeZone: e.endTimeZone ?? e.timeZone,
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    hasAttachments: false,
    subject: e.subject,
    ...(opts.omitBody ? {} : { bodyPreview: text.slice(0, 255) }),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer: e.isOrganizer,
    responseRequested: e.responseRequested,
    seriesMasterId: e.seriesMasterId,
    showAs: e.showAs,
    type: e.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.onlineMeetingProvider,
    allowNewTimeProposals: e.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: e.hideAttendees ?? false,
    ...(e.originalStartMs !== null && (e.type === 'occurrence' || e.type === 'exception')
      ? { originalStart: formatUtcOffset(e.originalStartMs) }
      : {}),
    responseStatus: responseJson(e.responseStatus),
    ...(opts.omitBody ? {} : { body }),
    start: at(e.startMs),
    end: at(e.endMs),
    location,
    locations: e.location === '' ? [] : [location],
    recurrence: e.type === 'seriesMaster' ? e.recurrence : null,
    attendees: e.attendees.map((a) => ({
      type: a.type,
      status: responseJson(a.status),
      emailAddress: a.emailAddress,
    })),
    organizer: { emailAddress: e.organizer },
    onlineMeeting: e.joinUrl === null ? null : { joinUrl: e.joinUrl },
  };
}

// bodyPreview and `Prefer: outlook.body-content-type="text"`: the body's text with tags and entities resolved.
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|table|h\d)>/gi, '\n')
    // Table cells read as words with a space between them, not run together ("1.Hiring", "discuss15 min").
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  // Entities are decoded after the tags are gone, so an escaped "&lt;b&gt;" stays text and never becomes a tag.
  return decodeEntities(withoutTags)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\r\n')
    .trim();
}
