// Reading the body of PATCH /events/{id} (GD api-reference/v1.0/api/event-update.md, "Request body"): which event
// properties a client may write, their types and values, and Graph's 400s when they are wrong. It only reads the
// request; what a valid patch does to the calendar is in routes/eventUpdateRoutes.ts. README "Updating events".
import { GraphError } from './errors';
import type { StoredEvent } from './store';
import { parseZonedDateTime, resolveZone } from './time';

/** A dateTimeTimeZone from the request, resolved to an instant. */
export interface PatchedTime {
  readonly utcMs: number;
  /** The zone name as sent: it becomes originalStartTimeZone / originalEndTimeZone. */
  readonly timeZone: string;
  /** Its IANA zone. */
  readonly zone: string;
}

/** What a PATCH asks to change; absent means "leave as is". */
export interface EventPatch {
  readonly subject?: string;
  readonly body?: StoredEvent['body'];
  readonly categories?: readonly string[];
  readonly importance?: StoredEvent['importance'];
  readonly sensitivity?: StoredEvent['sensitivity'];
  readonly showAs?: StoredEvent['showAs'];
  readonly isReminderOn?: boolean;
  readonly reminderMinutesBeforeStart?: number;
  readonly responseRequested?: boolean;
  readonly allowNewTimeProposals?: boolean;
  readonly hideAttendees?: boolean;
  /** location.displayName, or that of the first of `locations` (the two "always correspond"). */
  readonly location?: string;
  readonly originalStartTimeZone?: string;
  readonly originalEndTimeZone?: string;
  readonly start?: PatchedTime;
  readonly end?: PatchedTime;
  readonly isAllDay?: boolean;
  readonly isOnlineMeeting?: boolean;
  /** `recurrence: null` was sent: nothing to do unless the item is a series master. */
  readonly clearsRecurrence?: true;
}

// Identity and server-set properties: a PATCH naming one is refused.
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
  'onlineMeetingUrl',
  'originalStart',
  'bodyPreview',
  'hasAttachments',
  'isCancelled',
  'isDraft',
  'transactionId',
]);
// The doc's own example sends responseStatus (which only accept/decline change), and Graph answers 200: ignored.
const IGNORED = new Set(['responseStatus']);
// Writable in Graph but not modelled here (README "Updating events"): refused rather than silently dropped.
const NOT_EMULATED: Readonly<Record<string, string>> = {
  attendees: 'changing attendees',
  extensions: 'extensions',
  singleValueExtendedProperties: 'extended properties',
  multiValueExtendedProperties: 'extended properties',
  attachments: 'attachments',
};

const IMPORTANCE = ['low', 'normal', 'high'] as const;
const SENSITIVITY = ['normal', 'personal', 'private', 'confidential'] as const;
const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;
const CONTENT_TYPE = ['text', 'html'] as const;
const PROVIDERS = ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const;
const LOCATION_KEYS = [
  'displayName',
  'locationType',
  'locationUri',
  'uniqueId',
  'uniqueIdType',
  'address',
  'coordinates',
  'locationEmailAddress',
];

// How the OData reader names JSON nodes in its messages (RequestBodyRead, seen in msgraph-sdk-java#391).
type JsonNode = 'PrimitiveValue' | 'StartObject' | 'StartArray';
interface Expected {
  readonly node: JsonNode;
  readonly type: string;
}
const STRING: Expected = { node: 'PrimitiveValue', type: 'Edm.String' };
const BOOLEAN: Expected = { node: 'PrimitiveValue', type: 'Edm.Boolean' };
const INT32: Expected = { node: 'PrimitiveValue', type: 'Edm.Int32' };
const outlookType = (name: string, node: JsonNode = 'StartObject'): Expected => ({
  node,
  type: `Microsoft.OutlookServices.${name}`,
});

const bodyRead = (message: string): GraphError => new GraphError(400, 'RequestBodyRead', message);

const unknownProperty = (name: string, type: string): GraphError =>
  bodyRead(
    `The property '${name}' does not exist on type 'Microsoft.OutlookServices.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

function mismatch(value: unknown, name: string, expected: Expected): GraphError {
  if (value === null) {
    const type = `${expected.type}[Nullable=False]`;
    return bodyRead(
      `A null value was found for the property named '${name}', which has the expected type '${type}'. The expected type '${type}' does not allow null values.`,
    );
  }
  const node: JsonNode = Array.isArray(value)
    ? 'StartArray'
    : typeof value === 'object'
      ? 'StartObject'
      : 'PrimitiveValue';
  if (node !== expected.node)
    return bodyRead(
      `An unexpected '${node}' node was found when reading from the JSON reader. A '${expected.node}' node was expected.`,
    );
  return bodyRead(`Cannot convert the literal '${String(value)}' to the expected type '${expected.type}'.`);
}

/** Graph's answer when a dateTimeTimeZone names a zone it doesn't know (or none). */
export const zoneNotSupported = (name: string): GraphError =>
  new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
  );

/** Graph's answer when the times don't add up (microsoft-graph-docs#7919: an end before the start). */
export const validationFailed = (): GraphError =>
  new GraphError(400, 'ErrorPropertyValidationFailure', 'At least one property failed validation.');

/** What the sandbox deliberately doesn't model is refused, never silently dropped. */
export const sandboxRefuses = (what: string): GraphError =>
  new GraphError(
    400,
    'ErrorInvalidRequest',
    `The Graph sandbox does not emulate ${what} in PATCH /events (src/sandbox/README.md "Updating events").`,
  );

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw mismatch(value, name, STRING);
  return value;
}

function flag(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw mismatch(value, name, BOOLEAN);
  return value;
}

function int32(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || Math.abs(value) > 2 ** 31 - 1)
    throw mismatch(value, name, INT32);
  return value;
}

function list(value: unknown, name: string, item: Expected): readonly unknown[] {
  if (!Array.isArray(value))
    throw mismatch(value, name, { node: 'StartArray', type: `Collection(${item.type})` });
  return value;
}

// Enum members are matched case-insensitively, as Outlook does (contentType "HTML" is accepted in the request of
// microsoft-graph-docs-contrib#3956); the answer to an unknown member is an assumption (README).
function member<T extends string>(value: unknown, name: string, type: string, members: readonly T[]): T {
  if (typeof value !== 'string') throw mismatch(value, name, outlookType(type, 'PrimitiveValue'));
  const found = members.find((m) => m.toLowerCase() === value.toLowerCase());
  if (found === undefined) throw bodyRead(`Requested value '${value}' was not found.`);
  return found;
}

/** A JSON object whose keys are all known to `type` (OData annotations such as @odata.type are let through). */
function object(
  value: unknown,
  name: string,
  type: string,
  keys: readonly string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw mismatch(value, name, outlookType(type));
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!key.includes('@') && !keys.includes(key)) throw unknownProperty(key, type);
  }
  return record;
}

function itemBody(value: unknown, name: string): StoredEvent['body'] {
  const b = object(value, name, 'ItemBody', ['contentType', 'content']);
  if (typeof b.content !== 'string')
    throw new GraphError(400, 'BadRequest', "The 'body' property needs 'contentType' and 'content'.");
  const contentType =
    b.contentType === undefined ? 'text' : member(b.contentType, 'contentType', 'BodyType', CONTENT_TYPE);
  return { contentType, content: b.content };
}

function locationName(value: unknown, name: string): string {
  const l = object(value, name, 'Location', LOCATION_KEYS);
  return l.displayName === undefined || l.displayName === null ? '' : text(l.displayName, 'displayName');
}

/** A Windows or IANA zone name the sandbox knows (time.ts); anything else is refused as Graph refuses it. */
function zoneName(value: unknown, name: string): { name: string; zone: string } {
  const zoneText = value === undefined || value === null ? '' : text(value, name);
  const zone = resolveZone(zoneText);
  if (zone === undefined) throw zoneNotSupported(zoneText);
  return { name: zoneText, zone };
}

function dateTimeTimeZone(value: unknown, name: string): PatchedTime {
  const t = object(value, name, 'DateTimeTimeZone', ['dateTime', 'timeZone']);
  const { name: timeZone, zone } = zoneName(t.timeZone, 'timeZone');
  const utcMs = parseZonedDateTime(text(t.dateTime, 'dateTime'), zone);
  if (utcMs === undefined) throw validationFailed();
  return { utcMs, timeZone, zone };
}

type Reader = (value: unknown, name: string) => EventPatch;

const READERS: Readonly<Record<string, Reader>> = {
  subject: (v, n) => ({ subject: v === null ? '' : text(v, n) }),
  body: (v, n) => ({ body: itemBody(v, n) }),
  categories: (v, n) => ({ categories: list(v, n, STRING).map((c) => text(c, n)) }),
  importance: (v, n) => ({ importance: member(v, n, 'Importance', IMPORTANCE) }),
  sensitivity: (v, n) => ({ sensitivity: member(v, n, 'Sensitivity', SENSITIVITY) }),
  showAs: (v, n) => ({ showAs: member(v, n, 'FreeBusyStatus', SHOW_AS) }),
  isReminderOn: (v, n) => ({ isReminderOn: flag(v, n) }),
  reminderMinutesBeforeStart: (v, n) => ({ reminderMinutesBeforeStart: int32(v, n) }),
  responseRequested: (v, n) => ({ responseRequested: flag(v, n) }),
  allowNewTimeProposals: (v, n) => ({ allowNewTimeProposals: flag(v, n) }),
  hideAttendees: (v, n) => ({ hideAttendees: flag(v, n) }),
  isAllDay: (v, n) => ({ isAllDay: flag(v, n) }),
  isOnlineMeeting: (v, n) => ({ isOnlineMeeting: flag(v, n) }),
  // The provider follows isOnlineMeeting; the demo tenant's calendars offer Teams only (README).
  onlineMeetingProvider: (v, n) => {
    const provider = member(v, n, 'OnlineMeetingProviderType', PROVIDERS);
    if (provider === 'skypeForBusiness' || provider === 'skypeForConsumer')
      throw sandboxRefuses(`online meetings other than teamsForBusiness ('${provider}')`);
    return {};
  },
  location: (v, n) => ({ location: v === null ? '' : locationName(v, n) }),
  locations: (v, n) => ({
    location: list(v, n, outlookType('Location')).map((l) => locationName(l, n))[0] ?? '',
  }),
  originalStartTimeZone: (v, n) => ({ originalStartTimeZone: zoneName(v, n).name }),
  originalEndTimeZone: (v, n) => ({ originalEndTimeZone: zoneName(v, n).name }),
  start: (v, n) => ({ start: dateTimeTimeZone(v, n) }),
  end: (v, n) => ({ end: dateTimeTimeZone(v, n) }),
  recurrence: (v) => {
    if (v !== null) throw sandboxRefuses('changing the recurrence of an event');
    return { clearsRecurrence: true };
  },
};

// A body key such as "constructor" must not find Object.prototype's members.
const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

function isEventType(value: unknown): boolean {
  return typeof value === 'string' && /^#?microsoft\.graph\.event$/i.test(value);
}

/** Parses and checks a PATCH body; throws the GraphError Graph would answer with. */
export function parseEventPatch(raw: Buffer | undefined): EventPatch {
  const textBody = raw?.toString('utf8').trim();
  if (!textBody) throw new GraphError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  let json: unknown;
  try {
    json = JSON.parse(textBody);
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.');
  const record = json as Record<string, unknown>;
  let patch: EventPatch = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === '@odata.type' && !isEventType(value))
      throw bodyRead(
        `A resource of type '${String(value)}' was found where 'microsoft.graph.event' was expected.`,
      );
    if (key.includes('@') || IGNORED.has(key)) continue;
    if (READ_ONLY.has(key))
      throw new GraphError(
        400,
        'ErrorInvalidPropertyRequest',
        `The property '${key}' is read-only and cannot be set.`,
      );
    const refused = own(NOT_EMULATED, key);
    if (refused !== undefined) throw sandboxRefuses(refused);
    const read = own(READERS, key);
    if (read === undefined) throw unknownProperty(key, 'Event');
    const values = read(value, key);
    // `location` wins over `locations` when both are sent: setting location replaces the locations.
    if (key !== 'locations' || !('location' in record)) patch = { ...patch, ...values };
  }
  return patch;
}
