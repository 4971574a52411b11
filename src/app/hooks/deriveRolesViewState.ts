import { assertNever, occurrenceKey, type OccurrenceKey, type UserId } from '../../domain/ids';
import { leadershipShares } from '../../domain/roles/leadershipShares';
import type { RoleChange } from '../../domain/roles/roleChangeOf';
import { changedSince, requestState, roleRequestsOf } from '../../domain/roles/roleRequestState';
import type { RoleReason, SkipReason } from '../../domain/roles/roleTypes';
import type { RoleRequest, SeriesDocument } from '../../domain/series/seriesDocument';
import type { OutsideRotation, PlannedOccurrence, RolesPlan } from '../../usecases/roles/planRoles';
import { rolesMessages } from '../i18n/en-US/roles';
import { resolveLocale } from '../locale/resolveLocale';
import { roleLabel } from '../viewState/roleLabel';

export interface RolesViewInput {
  readonly plan: RolesPlan;
  readonly doc: SeriesDocument;
  readonly me: UserId;
  readonly isOrganizer: boolean;
  readonly meetingMinutes: number;
  readonly locale: string;
  readonly timeZone: string;
}

export interface PersonOption {
  readonly id: string;
  readonly name: string;
}

export interface HolderView {
  readonly roleId: string;
  readonly roleLabel: string;
  readonly holderName: string;
  /** Null when nobody could be picked. */
  readonly holderId: string | null;
  readonly isMe: boolean;
  /** The one-sentence "why": "Dana Okafor has had the fewest turns as Facilitator (1 so far) and accepted the invite." */
  readonly reason: string;
  /**
   * "Swap: Dana Okafor accepted Sam Lee’s request, 12 May 2026, 09:14" / "Organizer override: Avery assigned it, …";
   * absent when the rotation stands.
   */
  readonly changedLabel?: string;
  /** "Take this turn": only for a role nobody holds (there is nobody to ask). */
  readonly canTakeTurn: boolean;
  /** "Ask Dana for this turn": for everyone in the rotation who doesn't hold it, hasn't opted out and isn't waiting. */
  readonly canAsk: boolean;
  /** The user's own latest request for this role, while it matters to them. */
  readonly myRequest?: MyRequestView;
  /** Requests to the user, who holds the role, waiting for their answer. */
  readonly incoming: readonly IncomingRequestView[];
  /** Other people's requests waiting for an answer, for everyone to see: "Sam Lee asked Dana Okafor for this turn." */
  readonly othersWaiting: readonly string[];
}

export interface MyRequestView {
  readonly id: string;
  /** "Waiting for Dana Okafor to answer." / "Dana Okafor declined your request." */
  readonly label: string;
  readonly canWithdraw: boolean;
}

export interface IncomingRequestView {
  readonly id: string;
  /** "Sam Lee asks to take your turn as Facilitator." */
  readonly label: string;
  readonly fromName: string;
}

export interface PreviewRow {
  readonly key: string;
  readonly dateLabel: string;
  readonly isCurrent: boolean;
  /** One cell per role, in the roles' order. */
  readonly holders: readonly string[];
  readonly skippedLabel?: string;
}

export interface RosterRow {
  readonly id: string;
  readonly name: string;
  readonly isMe: boolean;
  /** Whether the user may change this person's opt-outs (themselves, or anyone for the organizer). */
  readonly editable: boolean;
  readonly roles: readonly {
    readonly roleId: string;
    readonly label: string;
    readonly inRotation: boolean;
  }[];
}

export interface ChartRow {
  readonly name: string;
  readonly rolesHeld: number;
  readonly topicsProposed: number;
  readonly topicsOnAgenda: number;
  /** Action items the person owns in this series ("–" when they have no e-mail to match owners by). */
  readonly actionItemsLabel: string;
}

export interface RolesViewState {
  readonly roles: readonly PersonOption[];
  readonly holders: readonly HolderView[];
  /** The organizer or this occurrence's facilitator may assign any role to anyone. */
  readonly canOverride: boolean;
  /** The override control's label, naming the capacity: "Assign as organizer…" / "Assign as facilitator…". */
  readonly overrideLabel: string;
  /** The organizer's "Re-plan the rest of the series" from this occurrence on; null when not offered. */
  readonly replanFrom: OccurrenceKey | null;
  readonly people: readonly PersonOption[];
  readonly preview: readonly PreviewRow[];
  readonly roster: readonly RosterRow[];
  /** "Luis: declined this occurrence", "Kim: not in the rotation: no account in this tenant". */
  readonly skipped: readonly string[];
  /** One line about what the rotation couldn't use (a guest can't look people up), or null. */
  readonly notice: string | null;
  readonly chart: readonly ChartRow[];
  /** The largest value in the chart, for bar lengths (at least 1). */
  readonly chartMax: number;
  readonly myRoleLabels: readonly string[];
}

/** What the Roles area shows, from the plan and the latest document. Pure, so each rule is tested without React. */
export function deriveRolesViewState(input: RolesViewInput): RolesViewState {
  const { plan, me } = input;
  const m = rolesMessages;
  const names = new Map(plan.roster.map((p) => [p.id as string, p.name]));
  const nameOf = (id: UserId | null) => (id ? (names.get(id) ?? m.outsideRotation) : m.nobody);
  const label = new Map(plan.roles.map((r) => [r.id, roleLabel(r)]));
  const labelOf = (id: string) => label.get(id) ?? id;
  const current = plan.current;
  // A locale Intl can't use ('en-US@posix') formats in en-US rather than fail the Roles area.
  const locale = resolveLocale(input.locale) ?? 'en-US';
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: input.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  const stamp = new Intl.DateTimeFormat(locale, {
    timeZone: input.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const inRotation = plan.roster.some((m) => m.id === me);
  const myOptOuts = plan.roster.find((m) => m.id === me)?.optOuts ?? [];

  const requests = current
    ? roleRequestsOf(input.doc, current.occurrence).map(({ id, request }) => ({ id, r: request }))
    : [];
  const holders: HolderView[] = (current?.assignments ?? []).map((a) => {
    const c = current?.changes[a.role];
    const roleLabel = labelOf(a.role);
    const forRole = requests.filter((q) => q.r.role === a.role);
    const pending = forRole.filter((q) => requestState(q.r) === 'pending');
    // A request made before the latest change to the role (another swap, an override) no longer applies.
    const stale = (q: { r: RoleRequest }) => changedSince(c, q.r);
    const mine = forRole.filter((q) => q.r.from === me).pop();
    const myPending = mine && requestState(mine.r) === 'pending';
    const myRequest = mine ? myRequestView(mine.id, mine.r, a.holder, stale(mine)) : undefined;
    const mayServe = inRotation && !myOptOuts.includes(a.role);
    return {
      roleId: a.role,
      roleLabel,
      holderName: nameOf(a.holder),
      holderId: a.holder,
      isMe: a.holder === me,
      reason: reasonText(a.reason, labelOf),
      ...(c ? { changedLabel: changeLabel(c, names, stamp.format(c.stamp.at)) } : {}),
      canTakeTurn: mayServe && a.holder === null,
      canAsk: mayServe && a.holder !== null && a.holder !== me && !myPending,
      ...(myRequest ? { myRequest } : {}),
      incoming:
        a.holder === me
          ? pending
              .filter((q) => q.r.to === me && !stale(q))
              .map((q) => ({
                id: q.id,
                fromName: q.r.fromName,
                label: m.incoming(q.r.fromName, roleLabel),
              }))
          : [],
      othersWaiting: pending
        .filter((q) => q.r.from !== me && q.r.to !== me && !stale(q))
        .map((q) => m.othersWaiting(q.r.fromName, q.r.toName)),
    };
  });
  const next = plan.occurrences.find((o) => current && o.occurrence > current.occurrence);

  const upcoming = plan.occurrences.filter((o) => current && o.occurrence >= current.occurrence);
  const preview = upcoming.map((o: PlannedOccurrence) => {
    const skipped = o.skipped.filter((s) => s.reason.kind === 'declined').map((s) => nameOf(s.who));
    const day = date.format(new Date(o.start));
    return {
      key: o.occurrence,
      dateLabel: o.isCurrent ? m.preview.thisMeeting(day) : day,
      isCurrent: o.isCurrent,
      // Who hasn't said yes shows so (issue #16 "The preview shows who is tentative").
      holders: plan.roles.map((r) => {
        const holder = o.assignments.find((a) => a.role === r.id)?.holder ?? null;
        // Only where the answers are known (the organizer's view, or the snapshot it recorded for everyone).
        const answer =
          holder === null || !o.availability ? 'accepted' : (o.availability[holder] ?? 'noResponse');
        const name = nameOf(holder);
        if (holder === null) return name;
        return answer === 'tentative'
          ? m.preview.tentative(name)
          : answer === 'noResponse'
            ? m.preview.noAnswerYet(name)
            : name;
      }),
      ...(skipped.length ? { skippedLabel: m.preview.declined(skipped) } : {}),
    };
  });

  const roster = plan.roster.map((p) => ({
    id: p.id,
    name: p.name,
    isMe: p.id === me,
    editable: p.id === me || input.isOrganizer,
    roles: plan.roles.map((r) => ({
      roleId: r.id,
      label: labelOf(r.id),
      inRotation: !p.optOuts.includes(r.id),
    })),
  }));

  const skipped = [
    ...(current?.skipped.map((s) => skipText(s.reason, labelOf)) ?? []),
    // With a notice (a guest), everyone is outside for the one reason it gives: no list of names.
    ...(plan.notice ? [] : plan.outside.map(outsideText)),
  ];

  const shares = leadershipShares(
    input.doc,
    plan.roster,
    plan.occurrences,
    current?.occurrence ?? plan.occurrences[plan.occurrences.length - 1]?.occurrence ?? occurrenceKey(''),
    input.meetingMinutes,
  );
  const chart = shares.map((s) => ({
    name: s.name,
    rolesHeld: s.rolesHeld,
    topicsProposed: s.topicsProposed,
    topicsOnAgenda: s.topicsOnAgenda,
    actionItemsLabel: s.actionItems === null ? '–' : String(s.actionItems),
  }));
  const chartMax = Math.max(1, ...chart.flatMap((c) => [c.rolesHeld, c.topicsProposed, c.topicsOnAgenda]));

  return {
    roles: plan.roles.map((r) => ({ id: r.id, name: labelOf(r.id) })),
    holders,
    canOverride: input.isOrganizer || plan.isFacilitator,
    overrideLabel: input.isOrganizer ? m.assignAsOrganizer : m.assignAsFacilitator,
    replanFrom: input.isOrganizer && next ? next.occurrence : null,
    people: plan.roster.map((m) => ({ id: m.id, name: m.name })),
    preview,
    roster,
    skipped,
    notice: plan.notice ? m.notice[plan.notice] : null,
    chart,
    chartMax,
    myRoleLabels: holders.filter((h) => h.isMe).map((h) => h.roleLabel),
  };
}

/** What the requester reads about their own latest request; undefined once it no longer concerns them. */
function myRequestView(
  id: string,
  r: RoleRequest,
  holder: UserId | null,
  stale: boolean,
): MyRequestView | undefined {
  const m = rolesMessages.myRequest;
  const state = requestState(r);
  switch (state) {
    case 'pending':
      return {
        id,
        canWithdraw: true,
        label: stale || holder !== r.to ? m.holderChanged(r.toName) : m.waiting(r.toName),
      };
    case 'declined':
      return { id, canWithdraw: false, label: m.declined(r.toName) };
    case 'accepted':
    case 'withdrawn':
      return undefined;
    default:
      return assertNever(state, 'request state');
  }
}

/**
 * The role history's line for a change, with when it was made: a swap names who accepted, an override names the
 * capacity it was made in.
 */
function changeLabel(c: RoleChange, names: ReadonlyMap<string, string>, when: string): string {
  const m = rolesMessages;
  const by = names.get(c.stamp.by) ?? m.reason.someone;
  switch (c.kind) {
    case 'swapAccepted':
      return m.changed.swap(c.fromName, c.holderName, when);
    case 'override':
      return c.as === 'facilitator'
        ? m.changed.overrideByFacilitator(by, when)
        : m.changed.overrideByOrganizer(by, when);
    case 'taken':
      return m.changed.taken(by, when);
    default:
      return assertNever(c, 'role change');
  }
}

/**
 * The one-sentence "why" of a pick, from the facts the rotation returns: how many turns the person had, whether the
 * pick bent (an extra turn, someone who hasn't accepted), then what else bent, if anything.
 */
export function reasonText(reason: RoleReason, labelOf: (roleId: string) => string): string {
  const m = rolesMessages.reason;
  switch (reason.kind) {
    case 'vacant':
      return m.vacant(labelOf(reason.role));
    case 'picked': {
      const role = labelOf(reason.role);
      const turns = m.turns(reason.count);
      return [
        reason.excess === 0
          ? m.fewest(reason.name, role, turns, reason.response)
          : m.extra(reason.name, role, turns, reason.response),
        ...(reason.alsoHolds.length ? [m.alsoHolds(reason.alsoHolds.map(labelOf))] : []),
        ...(reason.facilitatedLastTime ? [m.facilitatedLastTime] : []),
      ].join(' ');
    }
    case 'changed': {
      // The day the change was made, as the rotation has always shown it (ISO, UTC).
      const day = new Date(reason.at).toISOString().slice(0, 10);
      const by = reason.by ?? m.someone;
      switch (reason.change) {
        case 'override':
          return reason.as === 'facilitator'
            ? m.overrideByFacilitator(reason.name, by, day)
            : m.overrideByOrganizer(reason.name, by, day);
        case 'swap':
          return m.swap(reason.name, by, day);
        case 'taken':
          return m.taken(reason.name, by, day);
        default:
          return assertNever(reason.change, 'role change');
      }
    }
    default:
      return assertNever(reason, 'role reason');
  }
}

/** Why someone was passed over in this meeting. */
export function skipText(reason: SkipReason, labelOf: (roleId: string) => string): string {
  const m = rolesMessages.skipped;
  switch (reason.kind) {
    case 'declined':
      return m.declined(reason.name);
    case 'optedOut':
      return m.optedOut(reason.name, labelOf(reason.role));
    default:
      return assertNever(reason, 'skip reason');
  }
}

/** Why an invitee is outside the rotation: "Kim: not in the rotation: no account in this tenant". */
function outsideText(o: OutsideRotation): string {
  const m = rolesMessages.skipped;
  switch (o.reason.kind) {
    case 'noAccount':
      return m.noAccount(o.name);
    case 'directoryRefused':
      return m.directoryRefused(o.name);
    case 'lookupFailed':
      return m.lookupFailed(o.name, o.reason.detail);
    default:
      return assertNever(o.reason, 'outside reason');
  }
}
