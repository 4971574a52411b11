// Directory reads: /me, /users/{id | userPrincipalName}, /users?$filter=… (GD api-reference/v1.0/api/user-get.md,
// user-list.md). Default properties, $select, a small $filter grammar, $top with $skiptoken paging.
import type { Caller, ScopeRule } from '../auth';
import { GraphError, badRequest } from '../errors';
import { compileFilter } from '../filter';
import type { FilterDialect } from '../filter';
import {
  checkOptions,
  decodeSkipToken,
  pageOf,
  parseNonNegativeInt,
  parseOrderBy,
  parseSelect,
  sortBy,
} from '../odata';
import type { GraphResponse, Route, RouteContext } from '../router';
import type { Store, UserRecord } from '../store';

const OTHER_USERS = [
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
];
const READ_ALL = OTHER_USERS.slice(1).map((s) => s.toLowerCase());

// /me (or /users/{own id}) also accepts User.Read; other users need User.ReadBasic.All or higher (GD user-get.md).
function userGetScopes(params: Readonly<Record<string, string>>, caller: Caller, store: Store): ScopeRule {
  const self = store.findUser(params.user ?? '')?.id === caller.user.id;
  return {
    workload: 'directory',
    anyOf: self ? ['User.Read', 'User.ReadWrite', ...OTHER_USERS] : OTHER_USERS,
  };
}

export const userRoutes: readonly Route[] = [
  { method: 'GET', path: 'users/{user}', scopes: userGetScopes, handle: getUser },
  { method: 'GET', path: 'users', scopes: { workload: 'directory', anyOf: OTHER_USERS }, handle: listUsers },
];

// Returned when no $select is given (GD user-get.md "By default, only a limited set of properties are returned").
const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];
const SELECTABLE = [
  ...DEFAULT_PROPERTIES,
  'accountEnabled',
  'userType',
  'mailNickname',
  'proxyAddresses',
  'otherMails',
  'department',
  'companyName',
  'usageLocation',
  'city',
  'country',
];
// What User.ReadBasic.All reveals about other users: "display name, first and last name, email address … and photo".
const BASIC = ['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName'];

const USER_TYPE = 'microsoft.graph.user';
const SELECT_ERROR = 'Request_BadRequest';

function userJson(u: UserRecord): Record<string, unknown> {
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
    accountEnabled: u.accountEnabled,
    userType: u.userType,
    mailNickname: u.userPrincipalName.split('@')[0] ?? '',
    // The primary address is `SMTP:`, secondary ones `smtp:` (GD resources/user.md, proxyAddresses).
    proxyAddresses: u.hasMailbox ? [`SMTP:${u.mail}`, ...(u.aliases ?? []).map((a) => `smtp:${a}`)] : [],
    otherMails: u.userType === 'Guest' ? [u.mail] : [],
    department: null,
    companyName: null,
    usageLocation: 'US',
    city: null,
    country: null,
  };
}

/*
 * The caller's view of one user: the default set or the $select'ed one. With only User.ReadBasic.All, properties
 * outside the basic profile of *other* users come back null (README "User.ReadBasic.All").
 */
function visibleUser(
  ctx: RouteContext,
  u: UserRecord,
  select: string[] | undefined,
): Record<string, unknown> {
  const full = userJson(u);
  const restricted = u.id !== ctx.caller.user.id && !READ_ALL.some((s) => ctx.caller.scopes.has(s));
  const out: Record<string, unknown> = {};
  for (const key of select ?? DEFAULT_PROPERTIES) {
    out[key] = restricted && !BASIC.includes(key) ? null : full[key];
  }
  return out;
}

function contextUrl(ctx: RouteContext, select: string[] | undefined, entity: boolean): string {
  return `${ctx.graphBase}/$metadata#users${select ? `(${select.join(',')})` : ''}${entity ? '/$entity' : ''}`;
}

/*
 * Guests read their own profile and nothing else of the directory: the tenant restricts guest access "to properties
 * and memberships of their own directory objects" (README "Guests"), so /users and /users/{someone else} are
 * refused with the directory's 403 whatever the token's scopes.
 */
function refuseGuest(ctx: RouteContext): void {
  if (ctx.caller.user.userType === 'Guest') {
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  }
}

function getUser(ctx: RouteContext): GraphResponse {
  checkOptions(ctx.req, ['$select']);
  const key = ctx.params.user ?? '';
  const select = parseSelect(ctx.req, SELECTABLE, USER_TYPE, SELECT_ERROR);
  const user = ctx.store.findUser(key);
  if (user?.id !== ctx.caller.user.id) refuseGuest(ctx);
  if (!user) {
    throw new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  return {
    status: 200,
    body: { '@odata.context': contextUrl(ctx, select, true), ...visibleUser(ctx, user, select) },
  };
}

const DEFAULT_PAGE = 100; // GD user-list.md: 100 by default, up to 999 with $top.
const MAX_PAGE = 999;

function listUsers(ctx: RouteContext): GraphResponse {
  refuseGuest(ctx);
  // The directory pages with $skiptoken only: $skip is refused.
  if (ctx.req.query.has('$skip'))
    throw badRequest("'$skip' is not supported by the service.", 'Request_BadRequest');
  checkOptions(ctx.req, ['$select', '$filter', '$top', '$skiptoken', '$orderby']);
  const select = parseSelect(ctx.req, SELECTABLE, USER_TYPE, SELECT_ERROR);
  const filter = ctx.req.query.get('$filter');
  const matches = filter === undefined ? () => true : compileFilter(filter, USER_FILTER);
  const top = parseNonNegativeInt(ctx.req, '$top');
  if (top !== undefined && (top < 1 || top > MAX_PAGE)) {
    throw badRequest(
      `Invalid page size specified: '${top}'. Must be between 1 and ${MAX_PAGE} inclusive.`,
      'Request_BadRequest',
    );
  }
  const order = parseOrderBy(ctx.req, ['displayName', 'userPrincipalName']);
  const users = sortBy(
    ctx.store.users.filter((u) => matches(userJson(u))),
    order,
    (u, k) => String(k === 'displayName' ? u.displayName : u.userPrincipalName).toLowerCase(),
  );
  const page = pageOf(ctx.req, users, decodeSkipToken(ctx.req), top ?? DEFAULT_PAGE, '$skiptoken');
  return {
    status: 200,
    body: {
      '@odata.context': contextUrl(ctx, select, false),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map((u) => visibleUser(ctx, u, select)),
    },
  };
}

/*
 * $filter for users: `prop eq 'v'`, `prop in ('a','b')`, `startswith(prop,'v')`, joined by `and`/`or` (`and` binds
 * tighter), with parentheses. String comparison is case-insensitive, as in Entra. Anything else is refused with
 * Graph's Request_UnsupportedQuery rather than guessed at.
 */
const FILTERABLE = [
  'id',
  'mail',
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'jobTitle',
  'userType',
];

const unsupportedProperty = (name: string) =>
  new GraphError(
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified for property '${name}' of resource 'User'.`,
  );

// Entra refuses more than 15 alternatives in one filter, whether written with `or` or as `in (…)`
// (microsoftgraph/microsoft-graph-docs#21098; GD concepts/filter-query-parameter.md).
const MAX_ALTERNATIVES = 15;

type UserJson = Readonly<Record<string, unknown>>;

const USER_FILTER: FilterDialect<UserJson> = {
  properties: [
    ...FILTERABLE.map((name) => ({
      kind: 'string' as const,
      name,
      get: (u: UserJson) => String(u[name] ?? ''),
    })),
    // `proxyAddresses/any(p:p eq 'smtp:…')` works by default (GD includes/filter-directory-objects.md); the prefix
    // compares case-insensitively like every directory string, so 'smtp:' finds the primary 'SMTP:' too.
    {
      kind: 'stringCollection' as const,
      name: 'proxyAddresses',
      get: (u: UserJson) => (Array.isArray(u.proxyAddresses) ? (u.proxyAddresses as string[]) : []),
    },
  ],
  operators: ['eq', 'in'],
  functions: ['startswith', 'any'],
  maxAlternatives: {
    limit: MAX_ALTERNATIVES,
    error: (n) =>
      new GraphError(
        400,
        'Request_UnsupportedQuery',
        `Too many child clauses specified in search filter expression containing 'OR' operators: ${n}. Max allowed: ${MAX_ALTERNATIVES}.`,
      ),
  },
  errors: {
    malformed: (expression) => badRequest(`Invalid filter clause: '${expression}'.`),
    unknownProperty: unsupportedProperty,
    unfilterableProperty: unsupportedProperty,
    unsupportedOperator: (op) =>
      new GraphError(400, 'Request_UnsupportedQuery', `Unsupported query operator '${op}' in $filter.`),
    unsupportedFunction: unsupportedProperty,
  },
};
