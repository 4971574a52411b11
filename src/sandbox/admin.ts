// The /_sandbox admin surface (no auth, never faulted, never logged): health, reset, demo tokens, the tenant
// listing for the demo's "view as" switcher, fault rules, drive behaviour and the request log.
import type { ChangeKeyRotation } from './changeKeyRotation';
import { MAX_POST_PROCESSING_MS } from './driveStore';
import type { DriveStore } from './driveStore';
import type { FaultInjector } from './faults';
import type { PlannerStore } from './plannerStore';
import type { LoggedRequest } from './server';
import type { Store, UserRecord } from './store';

export interface MintRequest {
  readonly user?: string | undefined;
  readonly scopes?: readonly string[] | undefined;
  readonly expiresInSec?: number | undefined;
  readonly audience?: string | undefined;
}

export interface AdminDeps {
  readonly store: Store;
  readonly faults: FaultInjector;
  readonly drives: DriveStore;
  readonly rotation: ChangeKeyRotation;
  readonly planner: PlannerStore;
  readonly log: () => readonly LoggedRequest[];
  readonly reset: () => void;
  readonly clearLog: () => void;
  /** Throws UnknownUserError for a user not in the tenant. */
  readonly mint: (req: MintRequest) => {
    token: string;
    expiresInSec: number;
    scopes: readonly string[];
    user: UserRecord;
  };
}

export class UnknownUserError extends Error {
  constructor(readonly key: string) {
    super(`No user '${key}' in the sandbox tenant.`);
    this.name = 'UnknownUserError';
  }
}

export interface AdminResponse {
  readonly status: number;
  readonly body?: unknown;
}

const DEFAULT_TOKEN_LIFETIME_SEC = 3600;

export function handleAdmin(
  method: string,
  path: string,
  body: Buffer | undefined,
  deps: AdminDeps,
): AdminResponse {
  const route = `${method.toUpperCase()} ${path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sandbox/health':
      return ok({ status: 'ok' });
    case 'POST /_sandbox/reset':
      deps.reset();
      return ok({ status: 'ok' });
    case 'POST /_sandbox/token':
      return token(body, deps);
    case 'GET /_sandbox/tenant':
      return ok(tenant(deps.store));
    case 'POST /_sandbox/faults':
      return addFaults(body, deps.faults);
    case 'GET /_sandbox/faults':
      return ok({ rules: deps.faults.list() });
    case 'DELETE /_sandbox/faults':
      deps.faults.clear();
      return ok({ rules: [] });
    case 'GET /_sandbox/drive':
      return ok(driveSettings(deps.drives));
    case 'POST /_sandbox/drive':
      return setDrive(body, deps.drives, deps.store);
    case 'GET /_sandbox/calendar':
      return ok(calendarSettings(deps.rotation));
    case 'POST /_sandbox/calendar':
      return setCalendar(body, deps.rotation);
    case 'GET /_sandbox/mail':
      return ok({ updates: deps.store.sentUpdates, sent: deps.store.messages.sentMail });
    case 'GET /_sandbox/chats':
      return ok({ chats: deps.store.messages.all() });
    case 'GET /_sandbox/planner':
      return ok({ readLagMs: deps.planner.readLag });
    case 'POST /_sandbox/planner':
      return setPlanner(body, deps.planner);
    case 'POST /_sandbox/users':
      return addUsers(body, deps.store);
    case 'GET /_sandbox/log':
      return ok({ requests: deps.log() });
    case 'DELETE /_sandbox/log':
      deps.clearLog();
      return ok({ requests: [] });
  }
  const known = [
    '/_sandbox/health',
    '/_sandbox/reset',
    '/_sandbox/token',
    '/_sandbox/tenant',
    '/_sandbox/faults',
    '/_sandbox/drive',
    '/_sandbox/calendar',
    '/_sandbox/mail',
    '/_sandbox/chats',
    '/_sandbox/planner',
    '/_sandbox/log',
    '/_sandbox/users',
  ];
  return known.includes(path.replace(/\/+$/, ''))
    ? fail(405, 'MethodNotAllowed', `${method} is not supported on ${path}.`)
    : fail(404, 'NotFound', `No sandbox admin route ${path}. Routes: ${known.join(', ')}.`);
}

const ok = (body: unknown): AdminResponse => ({ status: 200, body });
const fail = (status: number, code: string, message: string): AdminResponse => ({
  status,
  body: { error: { code, message } },
});

function readJson(body: Buffer | undefined): { value: unknown } | AdminResponse {
  const text = body?.toString('utf8').trim() ?? '';
  if (text === '') return { value: {} };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return fail(400, 'BadRequest', 'The body is not valid JSON.');
  }
}

function token(body: Buffer | undefined, deps: AdminDeps): AdminResponse {
  const parsed = readJson(body);
  if (!('value' in parsed)) return parsed;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return fail(400, 'BadRequest', 'Send a JSON object.');
  const { user, scopes, expiresInSec, audience } = v as Record<string, unknown>;
  if (user !== undefined && typeof user !== 'string')
    return fail(400, 'BadRequest', "'user' must be a UPN or an id.");
  if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((s) => typeof s === 'string'))) {
    return fail(400, 'BadRequest', "'scopes' must be an array of strings.");
  }
  if (expiresInSec !== undefined && (typeof expiresInSec !== 'number' || !Number.isFinite(expiresInSec))) {
    return fail(400, 'BadRequest', "'expiresInSec' must be a number.");
  }
  if (audience !== undefined && typeof audience !== 'string')
    return fail(400, 'BadRequest', "'audience' must be a string.");
  try {
    const minted = deps.mint({
      user,
      scopes: scopes as string[] | undefined,
      expiresInSec: (expiresInSec as number | undefined) ?? DEFAULT_TOKEN_LIFETIME_SEC,
      audience,
    });
    return ok({
      access_token: minted.token,
      token_type: 'Bearer',
      expires_in: minted.expiresInSec,
      scope: minted.scopes.join(' '),
      user: {
        id: minted.user.id,
        displayName: minted.user.displayName,
        userPrincipalName: minted.user.userPrincipalName,
        mail: minted.user.mail,
      },
    });
  } catch (e) {
    if (e instanceof UnknownUserError) return fail(404, 'UnknownUser', e.message);
    throw e;
  }
}

function tenant(store: Store) {
  return {
    displayName: store.tenant.displayName,
    domain: store.tenant.domain,
    tenantId: store.tenant.id,
    defaultUser: store.defaultUser.userPrincipalName,
    users: store.users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
      mail: u.mail,
      jobTitle: u.jobTitle ?? '',
      userType: u.userType,
    })),
    groups: store.groups.map((g) => ({
      id: g.id,
      displayName: g.displayName,
      isTeam: g.isTeam,
      memberIds: g.memberIds,
      driveId: g.driveId,
      plannerPlans: g.plannerPlans,
    })),
  };
}

// One rule or an array of rules; each POST adds to the rules already in force.
function addFaults(body: Buffer | undefined, faults: FaultInjector): AdminResponse {
  const parsed = readJson(body);
  if (!('value' in parsed)) return parsed;
  const inputs = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  try {
    const added = faults.addAll(inputs);
    return ok({ added, rules: faults.list() });
  } catch (e) {
    if (e instanceof RangeError) return fail(400, 'BadRequest', e.message);
    throw e;
  }
}

function driveSettings(drives: DriveStore) {
  return { postProcessingMs: drives.postProcessingMs, provisioningMs: drives.provisioning() };
}

/*
 * POST /_sandbox/drive {"postProcessingMs"?, "provisioningMs"?: {"<group id>": ms}}: how long after its upload a new
 * file's eTag changes on its own, and which groups' libraries are still being provisioned (404) for how long.
 */
function setDrive(body: Buffer | undefined, drives: DriveStore, store: Store): AdminResponse {
  const parsed = readJson(body);
  if (!('value' in parsed)) return parsed;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return fail(400, 'BadRequest', 'Send a JSON object.');
  const { postProcessingMs, provisioningMs, ...rest } = v as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    return fail(
      400,
      'BadRequest',
      `Unknown drive setting(s): ${unknown.join(', ')}. Known: postProcessingMs, provisioningMs.`,
    );
  if (postProcessingMs !== undefined && typeof postProcessingMs !== 'number')
    return fail(400, 'BadRequest', "'postProcessingMs' must be a number.");
  const provisioning: [string, number][] = [];
  if (provisioningMs !== undefined) {
    if (typeof provisioningMs !== 'object' || provisioningMs === null || Array.isArray(provisioningMs))
      return fail(400, 'BadRequest', "'provisioningMs' must map group ids to milliseconds.");
    for (const [group, ms] of Object.entries(provisioningMs)) {
      if (!store.groups.some((g) => g.id.toLowerCase() === group.toLowerCase()))
        return fail(404, 'NotFound', `No group '${group}' in the sandbox tenant.`);
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_POST_PROCESSING_MS)
        return fail(
          400,
          'BadRequest',
          `'provisioningMs.${group}' must be 0 to ${MAX_POST_PROCESSING_MS} ms.`,
        );
      provisioning.push([group, ms]);
    }
  }
  try {
    if (typeof postProcessingMs === 'number') drives.postProcessingMs = postProcessingMs;
    for (const [group, ms] of provisioning) drives.provisionLater(group, ms);
  } catch (e) {
    if (e instanceof RangeError) return fail(400, 'BadRequest', e.message);
    throw e;
  }
  return ok(driveSettings(drives));
}

function calendarSettings(rotation: ChangeKeyRotation) {
  return { changeKeyRotationMs: rotation.rotationMs, rotations: rotation.rotations };
}

/* POST /_sandbox/calendar {"changeKeyRotationMs"}: how long after a write the organizer's item rotates its changeKey. */
function setCalendar(body: Buffer | undefined, rotation: ChangeKeyRotation): AdminResponse {
  const parsed = readJson(body);
  if (!('value' in parsed)) return parsed;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return fail(400, 'BadRequest', 'Send a JSON object.');
  const { changeKeyRotationMs, ...rest } = v as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    return fail(
      400,
      'BadRequest',
      `Unknown calendar setting(s): ${unknown.join(', ')}. Known: changeKeyRotationMs.`,
    );
  if (changeKeyRotationMs !== undefined) {
    if (typeof changeKeyRotationMs !== 'number')
      return fail(400, 'BadRequest', "'changeKeyRotationMs' must be a number.");
    try {
      rotation.rotationMs = changeKeyRotationMs;
    } catch (e) {
      if (e instanceof RangeError) return fail(400, 'BadRequest', e.message);
      throw e;
    }
  }
  return ok(calendarSettings(rotation));
}

/** POST /_sandbox/planner {"readLagMs": {"minMs", "maxMs"}}: how long new tasks stay out of listings and /details. */
function setPlanner(body: Buffer | undefined, planner: PlannerStore): AdminResponse {
  const parsed = readJson(body);
  if (!('value' in parsed)) return parsed;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return fail(400, 'BadRequest', 'Send a JSON object.');
  const { readLagMs, ...rest } = v as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    return fail(400, 'BadRequest', `Unknown Planner setting(s): ${unknown.join(', ')}. Known: readLagMs.`);
  if (readLagMs !== undefined) {
    const lag = readLagMs as Record<string, unknown> | null;
    if (
      typeof lag !== 'object' ||
      lag === null ||
      typeof lag['minMs'] !== 'number' ||
      typeof lag['maxMs'] !== 'number'
    )
      return fail(400, 'BadRequest', '\'readLagMs\' must be {"minMs": number, "maxMs": number}.');
    try {
      planner.readLag = { minMs: lag['minMs'], maxMs: lag['maxMs'] };
    } catch (e) {
      if (e instanceof RangeError) return fail(400, 'BadRequest', e.message);
      throw e;
    }
  }
  return ok({ readLagMs: planner.readLag });
}

/** POST /_sandbox/users {"count", "prefix"?, "groups"?}: synthetic members for contention tests. */
function addUsers(body: Buffer | undefined, store: AdminDeps['store']): AdminResponse {
  let req: { count?: unknown; prefix?: unknown; groups?: unknown };
  try {
    req = body && body.length > 0 ? (JSON.parse(body.toString('utf8')) as typeof req) : {};
  } catch {
    return { status: 400, body: { error: { code: 'BadRequest', message: 'The body is not JSON.' } } };
  }
  const count = req.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 500)
    return {
      status: 400,
      body: { error: { code: 'BadRequest', message: '"count" must be a whole number from 1 to 500.' } },
    };
  const prefix = typeof req.prefix === 'string' && /^[a-z][a-z0-9]*$/.test(req.prefix) ? req.prefix : 'voter';
  const leadership = store.groups.find((g) => g.isTeam)?.id;
  const groups = Array.isArray(req.groups)
    ? req.groups.filter((g): g is string => typeof g === 'string')
    : leadership
      ? [leadership]
      : [];
  const unknown = groups.filter((g) => !store.groups.some((x) => x.id === g));
  if (unknown.length > 0)
    return {
      status: 404,
      body: { error: { code: 'NotFound', message: `Unknown groups: ${unknown.join(', ')}` } },
    };
  const users = store.addUsers(count, prefix, groups);
  return ok({
    users: users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      userPrincipalName: u.userPrincipalName,
      mail: u.mail,
    })),
  });
}
