// Calendar reads: calendarView, events, events/{id}, events/{id}/instances, for /me and /users/{id|upn}
// (also under /calendar/), per GD api-reference/v1.0/api/user-list-calendarview.md, user-list-events.md,
// event-get.md and event-list-instances.md.
import type { ScopeRule } from '../auth';
import { calendarView, EVENT_PROPERTIES, eventJson, findEvent, instancesOf, listEvents } from '../calendar';
import type { EventView, RenderOptions } from '../calendar';
import { GraphError, notEmulated } from '../errors';
import { compileFilter } from '../filter';
import type { FilterDialect, Predicate } from '../filter';
import { isWellFormedItemId } from '../ids';
import {
  checkOptions,
  pageOf,
  parseNonNegativeInt,
  parseOrderBy,
  parseSelect,
  preferences,
  project,
  sortBy,
} from '../odata';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { UserRecord } from '../store';
import { parseIsoInstant, resolveZone } from '../time';

// Least privileged first. Calendars.ReadBasic reads everything but the body.
const CALENDAR_READ: ScopeRule = {
  workload: 'outlook',
  anyOf: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
};

const DEFAULT_PAGE = 10; // Event lists page by 10 (platform-facts §1).
const MAX_PAGE = 1000; // The real maximum is undocumented; larger $top values page by 1000 here.

const EVENT_TYPE = 'microsoft.graph.event';
const SELECT_ERROR = 'RequestBroker--ParseUri';
// GD user-list-calendarview.md: "createdDateTime and lastModifiedDateTime … do not support $select".
const NOT_SELECTABLE = ['createdDateTime', 'lastModifiedDateTime'];

const ORDERABLE = ['start/dateTime', 'end/dateTime', 'subject', 'createdDateTime', 'lastModifiedDateTime'];

/*
 * $filter on /events (README "events $filter"). Exchange's refusals: ErrorInvalidUrlQueryFilter for an expression
 * it can't read, the OData parser's RequestBroker--ParseUri for a name the event type doesn't have (as for $select).
 * Valid OData the sandbox doesn't evaluate (another property, `in`, `contains`, `not`, …) is 501, never a guess.
 */
const INVALID_FILTER = () =>
  new GraphError(400, 'ErrorInvalidUrlQueryFilter', 'The query filter contains one or more invalid nodes.');
const ODATA_OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'has'];
const ODATA_FUNCTIONS = ['contains', 'endswith', 'startswith', 'not', 'any', 'tolower', 'toupper', 'trim'];
const isEventProperty = (name: string) => {
  const head = name.split('/')[0]?.toLowerCase();
  return EVENT_PROPERTIES.some((p) => p.toLowerCase() === head);
};

const unknownEventProperty = (name: string) =>
  new GraphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name}' on type 'Microsoft.OutlookServices.Event'.`,
  );

const EVENT_FILTER: FilterDialect<EventView> = {
  properties: [
    { kind: 'string', name: 'id', caseSensitive: true, get: (e) => e.id },
    { kind: 'string', name: 'iCalUId', get: (e) => e.iCalUId },
    { kind: 'string', name: 'subject', get: (e) => e.subject },
    {
      kind: 'string',
      name: 'seriesMasterId',
      caseSensitive: true,
      nullable: true,
      get: (e) => e.seriesMasterId,
    },
    {
      kind: 'enum',
      name: 'type',
      values: ['singleInstance', 'occurrence', 'exception', 'seriesMaster'],
      get: (e) => e.type,
    },
    {
      kind: 'enum',
      name: 'showAs',
      values: ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'],
      get: (e) => e.showAs,
    },
    { kind: 'enum', name: 'importance', values: ['low', 'normal', 'high'], get: (e) => e.importance },
    {
      kind: 'enum',
      name: 'sensitivity',
      values: ['normal', 'personal', 'private', 'confidential'],
      get: (e) => e.sensitivity,
    },
    { kind: 'boolean', name: 'isOrganizer', get: (e) => e.isOrganizer },
    { kind: 'boolean', name: 'isCancelled', get: (e) => e.isCancelled },
    { kind: 'boolean', name: 'isAllDay', get: (e) => e.isAllDay },
    { kind: 'boolean', name: 'isOnlineMeeting', get: (e) => e.isOnlineMeeting },
    { kind: 'instant', name: 'start/dateTime', get: (e) => e.startMs, parse: parseIsoInstant },
    { kind: 'instant', name: 'end/dateTime', get: (e) => e.endMs, parse: parseIsoInstant },
    { kind: 'stringCollection', name: 'categories', get: (e) => e.categories },
  ],
  operators: ['eq', 'ne', 'gt', 'ge', 'lt', 'le'],
  functions: ['startswith', 'any'],
  isKnownProperty: isEventProperty,
  errors: {
    malformed: INVALID_FILTER,
    unknownProperty: unknownEventProperty,
    unfilterableProperty: (name) => notEmulated(`$filter on the event property '${name}'`),
    unsupportedOperator: (op) =>
      ODATA_OPERATORS.includes(op)
        ? notEmulated(`the $filter operator '${op}' on this event property`)
        : INVALID_FILTER(),
    unsupportedFunction: (name) => {
      // `attendees/any(…)`, `categories/any(c:startswith(…))`: a lambda over a property of the type, or not.
      const lambda = /^(.+)\/(any|all)$/i.exec(name);
      if (lambda?.[1] !== undefined) {
        return isEventProperty(lambda[1])
          ? notEmulated(`$filter with a lambda on the event property '${lambda[1]}'`)
          : unknownEventProperty(lambda[1]);
      }
      return ODATA_FUNCTIONS.includes(name.toLowerCase())
        ? notEmulated(`this use of the $filter function '${name}' on events`)
        : INVALID_FILTER();
    },
  },
};

/** Both /users/{u}/x and /users/{u}/calendar/x. */
function mailboxRoutes(path: string, handle: Route['handle']): Route[] {
  return [
    { method: 'GET', path: `users/{user}/${path}`, scopes: CALENDAR_READ, handle },
    { method: 'GET', path: `users/{user}/calendar/${path}`, scopes: CALENDAR_READ, handle },
  ];
}

export const calendarRoutes: readonly Route[] = [
  ...mailboxRoutes('calendarView', listCalendarView),
  ...mailboxRoutes('events', listMailboxEvents),
  ...mailboxRoutes('events/{id}', getEvent),
  ...mailboxRoutes('events/{id}/instances', listInstances),
];

/*
 * Whose mailbox: delegated tokens read only the signed-in user's calendar here. Reading another user's calendar
 * needs Calendars.Read.Shared and a calendar shared with the caller; the demo tenant shares none, so Graph's
 * ErrorAccessDenied is the honest answer. Guests have no mailbox in the tenant.
 */
export function mailboxOwner(ctx: RouteContext): UserRecord {
  const key = ctx.params.user ?? '';
  const user = ctx.store.findUser(key);
  if (!user) throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);
  if (user.id !== ctx.caller.user.id) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  if (!user.hasMailbox) {
    throw new GraphError(
      404,
      'MailboxNotEnabledForRESTAPI',
      'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    );
  }
  return user;
}

function requiredWindow(ctx: RouteContext): { fromMs: number; toMs: number } {
  const start = ctx.req.query.get('startDateTime');
  const end = ctx.req.query.get('endDateTime');
  if (start === undefined || end === undefined || start === '' || end === '') {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  const instant = (value: string, name: string): number => {
    const ms = parseIsoInstant(value);
    if (ms !== undefined) return ms;
    const hint = / \d{2}:?\d{2}$/.test(value)
      ? " (an unencoded '+' in the offset arrives as a space: send %2B)"
      : '';
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      `The value '${value}' of parameter '${name}' is invalid.${hint}`,
    );
  };
  const fromMs = instant(start, 'StartDateTime');
  const toMs = instant(end, 'EndDateTime');
  if (toMs < fromMs) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'The parameter EndDateTime must be later than StartDateTime.',
    );
  }
  return { fromMs, toMs };
}

interface Rendering {
  readonly options: RenderOptions;
  readonly select: string[] | undefined;
  readonly headers: Record<string, string>;
}

/*
 * `Prefer: outlook.timezone` (IANA or Windows name) changes only how start/end are written; the default is UTC.
 * `Prefer: outlook.body-content-type` picks text or html. Each applied preference is echoed in Preference-Applied.
 * A zone Exchange doesn't know is refused with 400 TimeZoneNotSupportedException, as Graph answers it
 * (microsoft-graph-docs#6870; README "calendarView"), before anything of the request is carried out.
 */
export function rendering(ctx: RouteContext): Rendering {
  const prefs = preferences(ctx.req);
  const applied: string[] = [];
  let zone = 'UTC';
  let zoneLabel = 'UTC';
  const wantedZone = prefs.get('outlook.timezone');
  if (wantedZone !== undefined) {
    const resolved = resolveZone(wantedZone);
    if (!resolved) throw timeZoneNotSupported(wantedZone);
    zone = resolved;
    zoneLabel = wantedZone;
    applied.push(`outlook.timezone="${wantedZone}"`);
  }
  let bodyType: 'html' | 'text' | undefined;
  const wantedBody = prefs.get('outlook.body-content-type')?.toLowerCase();
  if (wantedBody === 'text' || wantedBody === 'html') {
    bodyType = wantedBody;
    applied.push(`outlook.body-content-type="${wantedBody}"`);
  }
  const omitBody = !['calendars.read', 'calendars.readwrite'].some((s) => ctx.caller.scopes.has(s));
  return {
    options: { zone, zoneLabel, bodyType, omitBody },
    select: parseSelect(ctx.req, EVENT_PROPERTIES, EVENT_TYPE, SELECT_ERROR),
    headers: applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : {},
  };
}

// The code and message Graph answers for a zone it doesn't know (microsoft-graph-docs#6870, #4758).
export const timeZoneNotSupported = (name: string) =>
  new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
  );

export const render = (e: EventView, r: Rendering) =>
  project(eventJson(e, r.options), r.select, ['@odata.etag', 'id'], r.select ? NOT_SELECTABLE : []);

function contextUrl(
  ctx: RouteContext,
  owner: UserRecord,
  tail: string,
  select: string[] | undefined,
): string {
  return `${ctx.graphBase}/$metadata#users('${owner.id}')/${tail}${select ? `(${select.join(',')})` : ''}`;
}

function orderValue(e: EventView, key: string): string | number {
  switch (key) {
    case 'start/dateTime':
      return e.startMs;
    case 'end/dateTime':
      return e.endMs;
    case 'subject':
      return e.subject.toLowerCase();
    case 'createdDateTime':
      return e.createdMs;
    default:
      return e.lastModifiedMs;
  }
}

function collection(
  ctx: RouteContext,
  owner: UserRecord,
  tail: string,
  listed: readonly EventView[],
  filterable = false,
): GraphResponse {
  checkOptions(ctx.req, ['$select', '$top', '$skip', '$orderby', ...(filterable ? ['$filter'] : [])]);
  const r = rendering(ctx);
  const filter = ctx.req.query.get('$filter');
  const matches: Predicate<EventView> =
    filter === undefined ? () => true : compileFilter(filter, EVENT_FILTER);
  const all = listed.filter(matches);
  const top = parseNonNegativeInt(ctx.req, '$top');
  const skip = parseNonNegativeInt(ctx.req, '$skip') ?? 0;
  const sorted = sortBy(all, parseOrderBy(ctx.req, ORDERABLE), orderValue);
  const size = top === undefined ? DEFAULT_PAGE : Math.min(Math.max(top, 1), MAX_PAGE);
  const page = top === 0 ? { items: [], nextLink: undefined } : pageOf(ctx.req, sorted, skip, size, '$skip');
  return {
    status: 200,
    headers: r.headers,
    body: {
      '@odata.context': contextUrl(ctx, owner, tail, r.select),
      value: page.items.map((e) => render(e, r)),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    },
  };
}

function listCalendarView(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  const { fromMs, toMs } = requiredWindow(ctx);
  return collection(ctx, owner, 'calendarView', calendarView(ctx.store, owner.id, fromMs, toMs));
}

function listMailboxEvents(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  // Only /events takes $filter; calendarView and instances still answer 501 for it (README "events $filter").
  return collection(ctx, owner, 'events', listEvents(ctx.store, owner.id), true);
}

// Graph answers 400 ErrorInvalidIdMalformed for a string that cannot be an item id, 404 for an unknown one.
function eventById(ctx: RouteContext, owner: UserRecord): EventView {
  const id = ctx.params.id ?? '';
  if (!isWellFormedItemId(id)) throw new GraphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
  const event = findEvent(ctx.store, owner.id, id);
  if (!event)
    throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return event;
}

function getEvent(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  checkOptions(ctx.req, ['$select']);
  const event = eventById(ctx, owner);
  const r = rendering(ctx);
  return {
    status: 200,
    headers: { ...r.headers, ETag: `W/"${event.changeKey}"` },
    body: { '@odata.context': contextUrl(ctx, owner, 'events', r.select) + '/$entity', ...render(event, r) },
  };
}

function listInstances(ctx: RouteContext): GraphResponse {
  const owner = mailboxOwner(ctx);
  const { fromMs, toMs } = requiredWindow(ctx);
  const master = eventById(ctx, owner);
  // Docs define instances for series masters only; the sandbox refuses the rest (README "instances").
  if (master.type !== 'seriesMaster') {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `The event is of type '${master.type}'; instances are listed only for a seriesMaster.`,
    );
  }
  const stored = ctx.store.getEvent(owner.id, master.id);
  const all = stored ? instancesOf(ctx.store, stored, fromMs, toMs) : [];
  return collection(ctx, owner, `events('${master.id}')/instances`, all);
}
