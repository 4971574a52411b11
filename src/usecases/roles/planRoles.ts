import type { EventId, OccurrenceKey, UserId } from '../../domain/ids';
import type { Meeting, ResponseKind } from '../../domain/meetings/meeting';
import { isDirectoryRefusal, isGuestAccount } from '../directoryAccess';
import { occurrenceKeyOf } from '../../domain/meetings/occurrenceKeyOf';
import { ok, type Result } from '../../domain/result';
import { planSeriesRoles, type OccurrenceRoles, type RoleOverride } from '../../domain/roles/planSeriesRoles';
import type { RoleInputs } from '../../domain/roles/recordRoleInputs';
import { rolesOf } from '../../domain/roles/rolesOf';
import type { Availability, RoleDef, RosterMember } from '../../domain/roles/roleTypes';
import { assertNever } from '../../domain/ids';
import { roleChangeOf, type RoleChange } from '../../domain/roles/roleChangeOf';
import { occurrenceOf } from '../../domain/series/seriesDocument';
import { stampKey } from '../../domain/series/stamp';
import type { AgendaContext } from '../agenda/openAgenda';
import type { AccountLookup, Directory, Failure, MeetingSource, StoredSeries } from '../ports';
import { fetchRoleSources as fetchSources, type RoleSources } from './fetchRoleSources';

export type { RoleSources } from './fetchRoleSources';

export interface PlanRolesDeps {
  readonly meetings: MeetingSource;
  readonly directory: Directory;
}

export interface RosterEntry extends RosterMember {
  readonly email: string;
  readonly isOrganizer: boolean;
}

/** Why an invitee stays out of the rotation; the app words it. */
export type OutsideReason =
  /** No account in this tenant (a guest from outside, a mailing list). */
  | { readonly kind: 'noAccount' }
  /** The viewer's account may not look people up in the directory. */
  | { readonly kind: 'directoryRefused' }
  /** The lookup failed; `detail` is the service's message or the failure's kind, for support. */
  | { readonly kind: 'lookupFailed'; readonly detail: string };

export interface OutsideRotation {
  readonly name: string;
  readonly email: string;
  readonly reason: OutsideReason;
}

/**
 * What the rotation couldn't use, for everyone in it at once: the viewer is a guest (guests can't look people up),
 * or their organization refuses them the directory.
 */
export type RolesNotice = 'guest' | 'directoryRefused';

export interface PlannedOccurrence extends OccurrenceRoles {
  /** ISO instant the occurrence starts (moved occurrences: their new time). */
  readonly start: string;
  readonly isCurrent: boolean;
  /** The occurrence's id in the viewer's mailbox (My meetings keys its badges by it). */
  readonly eventId?: EventId;
  /** Accepted swaps and overrides recorded for this occurrence, keyed by role id: who did it and when. */
  readonly changes: Readonly<Record<string, RoleChange>>;
  /** Each person's answer to this occurrence's invite, as the rotation used it (absent: no answer). */
  readonly availability?: Readonly<Record<string, Availability>>;
}

export interface RolesPlan {
  readonly roles: readonly RoleDef[];
  readonly roster: readonly RosterEntry[];
  readonly outside: readonly OutsideRotation[];
  /** From the rotation start through the current occurrence and the next PREVIEW_COUNT, in order. */
  readonly occurrences: readonly PlannedOccurrence[];
  readonly current: PlannedOccurrence | null;
  readonly facilitator: UserId | null;
  readonly isFacilitator: boolean;
  /** What the organizer's client should write so everyone computes the same roles; null for everyone else. */
  readonly pending: RoleInputs | null;
  /** What the rotation couldn't use (a guest can't look people up); null when nothing is missing. */
  readonly notice: RolesNotice | null;
}

export const PREVIEW_COUNT = 4;

/** Why an invitee whose account wasn't found stays out of the rotation (only called for those). */
function outsideReason(lookup: AccountLookup | undefined): OutsideReason {
  if (!lookup || lookup.kind !== 'unknown') return { kind: 'noAccount' };
  if (isDirectoryRefusal(lookup.failure)) return { kind: 'directoryRefused' };
  return { kind: 'lookupFailed', detail: lookup.failure.message ?? lookup.failure.kind };
}

/** Graph's attendee response (GD resources/responsestatus.md) as the rotation reads it. */
export function availabilityOf(response: ResponseKind): Availability {
  switch (response) {
    case 'accepted':
    case 'organizer':
      return 'accepted';
    case 'tentativelyAccepted':
      return 'tentative';
    case 'declined':
      return 'declined';
    case 'none':
    case 'notResponded':
      return 'noResponse';
    default:
      return assertNever(response, 'response');
  }
}

/**
 * Computes the series' roles for the opened occurrence and the next four. Its Graph inputs (the invitees' accounts,
 * the series' occurrences) come with the context when openAgenda read them (no further round trip), else in one
 * parallel round.
 *
 * Determinism: every client must compute the same roles, so every input comes from what all viewers see alike:
 * the document (overrides, accepted swaps, re-plans, opt-outs, custom roles, rotation start, the responses snapshot) and the series'
 * occurrences (cancelled ones skipped). Responses are the exception: only the organizer's item carries them
 * (attendee copies show "none" for everyone else, sandbox README "Attendee copies"). So the organizer's client
 * reads them live and returns a snapshot to record (`pending`), and everyone else reads the snapshot; before one
 * exists, nobody has responded.
 */
export async function planRoles(
  deps: PlanRolesDeps,
  ctx: AgendaContext & { readonly stored: StoredSeries },
  now: number,
): Promise<Result<RolesPlan, Failure>> {
  const sources = await fetchRoleSources(deps, ctx, now);
  return sources.ok ? ok(rolesPlanFrom(sources.value, ctx)) : sources;
}

/**
 * The sources openAgenda already read, or one parallel round for them (a retry, or a context without them). The
 * prefetched occurrences start at the series' first one, so they reach any rotation start; without that start known
 * they are read again from the document's rotation start.
 */
export async function fetchRoleSources(
  deps: PlanRolesDeps,
  ctx: AgendaContext,
  now: number,
  reuse = true,
): Promise<Result<RoleSources, Failure>> {
  const reachesBack = ctx.series.firstStart !== undefined || !ctx.meeting.seriesMasterId;
  const given = ctx.roleSources ?? (reuse && ctx.loadRoleSources ? await ctx.loadRoleSources() : undefined);
  if (reuse && reachesBack && given?.ok) return given;
  const earliest = ctx.stored ? rotationStartOf({ ...ctx, stored: ctx.stored }).start : undefined;
  return fetchSources(deps, ctx.meeting, ctx.series, now, earliest);
}

function rotationStartOf(ctx: AgendaContext & { readonly stored: StoredSeries }) {
  const doc = ctx.stored.doc;
  const stored = doc.rotationStart?.value;
  const fallback = [ctx.occurrence, ...Object.keys(doc.occurrences)].sort()[0] as OccurrenceKey;
  return { stored, fallback, start: stored ?? fallback };
}

/** The pure half of planRoles: the plan from the fetched sources and the (latest) document. */
export function rolesPlanFrom(
  sources: RoleSources,
  ctx: AgendaContext & { readonly stored: StoredSeries },
): RolesPlan {
  const doc = ctx.stored.doc;
  const { meeting } = ctx;
  const { invitees } = sources;
  const { stored: storedStart, fallback: fallbackStart, start } = rotationStartOf(ctx);
  const listed = { value: sources.occurrences };
  const resolved = { value: sources.accounts };
  const organizerEmail = meeting.organizer.email.toLowerCase();
  const roster: RosterEntry[] = [];
  const outside: OutsideRotation[] = [];
  for (const i of invitees) {
    const lookup = resolved.value.get(i.email);
    const user = lookup?.kind === 'found' ? lookup.user : null;
    if (!user) {
      outside.push({ name: i.name || i.email, email: i.email, reason: outsideReason(lookup) });
      continue;
    }
    roster.push({
      id: user.id,
      name: user.displayName || i.name,
      email: i.email,
      isOrganizer: i.email.toLowerCase() === organizerEmail,
      optOuts: doc.optOuts?.[user.id]?.value ?? [],
    });
  }
  const idByEmail = new Map(roster.map((m) => [m.email.toLowerCase(), m.id]));
  const organizerId = roster.find((m) => m.isOrganizer)?.id;

  const byKey = new Map<OccurrenceKey, Meeting>();
  for (const m of listed.value) if (!m.isCancelled) byKey.set(occurrenceKeyOf(m), m);
  if (!byKey.has(ctx.occurrence) && !meeting.isCancelled) byKey.set(ctx.occurrence, meeting);
  const keys = [...byKey.keys()].filter((k) => k >= start).sort();
  const upcoming = keys.filter((k) => k > ctx.occurrence).slice(0, PREVIEW_COUNT);
  const wanted = [...keys.filter((k) => k <= ctx.occurrence), ...upcoming];

  const live = (m: Meeting): Record<string, Availability> => {
    const out: Record<string, Availability> = {};
    for (const a of m.attendees) {
      const id = idByEmail.get(a.email.toLowerCase());
      if (id) out[id] = availabilityOf(a.response);
    }
    if (organizerId) out[organizerId] = 'accepted';
    return out;
  };
  const isOrganizerView = meeting.isOrganizer;
  const responses = new Map<OccurrenceKey, Readonly<Record<string, Availability>>>();
  /** Occurrences whose answers are really known (the organizer's live view, or the snapshot it recorded). */
  const known = new Set<OccurrenceKey>();
  const toRecord: Record<string, Readonly<Record<string, Availability>>> = {};
  for (const k of wanted) {
    const snapshot = occurrenceOf(doc, k).responses?.value;
    const m = byKey.get(k);
    if (isOrganizerView && m) {
      const seen = live(m);
      responses.set(k, seen);
      known.add(k);
      toRecord[k] = seen;
    } else {
      if (snapshot) known.add(k);
      responses.set(k, snapshot ?? (organizerId ? { [organizerId]: 'accepted' } : {}));
    }
  }

  const names = new Map(roster.map((m) => [m.id as string, m.name]));
  const roles = rolesOf(doc);
  const changesOf = (k: OccurrenceKey): Record<string, RoleChange> => {
    const out: Record<string, RoleChange> = {};
    for (const r of roles) {
      const c = roleChangeOf(doc, k, r.id);
      if (c) out[r.id] = c;
    }
    return out;
  };
  const overridesOf = (k: OccurrenceKey): ReadonlyMap<string, RoleOverride> => {
    const out = new Map<string, RoleOverride>();
    for (const [role, c] of Object.entries(changesOf(k)))
      out.set(role, {
        holder: c.holder,
        kind: c.kind === 'swapAccepted' ? 'swap' : c.kind,
        by: c.kind === 'swapAccepted' ? c.fromName : (names.get(c.stamp.by) ?? null),
        at: c.stamp.at,
        ...(c.kind === 'override' && c.as ? { as: c.as } : {}),
        stamp: stampKey(c.stamp),
      });
    return out;
  };
  const replans = Object.values(doc.roleReplans ?? {}).map((r) => ({ from: r.from, stamp: stampKey(r) }));
  const planned = planSeriesRoles({
    roles,
    roster,
    occurrences: wanted,
    availability: (k) => new Map(Object.entries(responses.get(k) ?? {}) as [UserId, Availability][]),
    overrides: overridesOf,
    replans,
    seed: ctx.series.seriesKey,
  });
  const occurrences: PlannedOccurrence[] = planned.map((p) => ({
    ...p,
    start: new Date(byKey.get(p.occurrence)?.start ?? p.occurrence).toISOString(),
    isCurrent: p.occurrence === ctx.occurrence,
    ...(byKey.get(p.occurrence) ? { eventId: (byKey.get(p.occurrence) as Meeting).id } : {}),
    changes: changesOf(p.occurrence),
    ...(known.has(p.occurrence) ? { availability: responses.get(p.occurrence) ?? {} } : {}),
  }));
  const current = occurrences.find((o) => o.isCurrent) ?? null;
  const facilitator = current?.assignments.find((a) => a.role === 'facilitator')?.holder ?? null;
  return {
    roles,
    roster,
    outside,
    occurrences,
    current,
    facilitator,
    isFacilitator: facilitator !== null && facilitator === ctx.me.id,
    pending: isOrganizerView
      ? { responses: toRecord, ...(storedStart ? {} : { rotationStart: fallbackStart }) }
      : null,
    notice: [...resolved.value.values()].some((l) => l.kind === 'unknown' && isDirectoryRefusal(l.failure))
      ? isGuestAccount(ctx.me)
        ? 'guest'
        : 'directoryRefused'
      : null,
  };
}
