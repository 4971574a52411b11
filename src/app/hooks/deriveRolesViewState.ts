import { assertNever, occurrenceKey, type OccurrenceKey, type UserId } from '../../domain/ids';
import { leadershipShares } from '../../domain/roles/leadershipShares';
import type { RoleChange } from '../../domain/roles/roleChangeOf';
import { changedSince, requestState, roleRequestsOf } from '../../domain/roles/roleRequestState';
import type { RoleRequest, SeriesDocument } from '../../domain/series/seriesDocument';
import type { PlannedOccurrence, RolesPlan } from '../../usecases/roles/planRoles';
import { resolveLocale } from '../locale/resolveLocale';

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
  const names = new Map(plan.roster.map((m) => [m.id as string, m.name]));
  const nameOf = (id: UserId | null) => (id ? (names.get(id) ?? 'Someone outside the rotation') : 'Nobody');
  const label = new Map(plan.roles.map((r) => [r.id, r.label]));
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
    const roleLabel = label.get(a.role) ?? a.role;
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
      reason: a.reason,
      ...(c ? { changedLabel: `${changeLabel(c, names)}, ${stamp.format(c.stamp.at)}` } : {}),
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
                label: `${q.r.fromName} asks to take your turn as ${roleLabel}.`,
              }))
          : [],
      othersWaiting: pending
        .filter((q) => q.r.from !== me && q.r.to !== me && !stale(q))
        .map((q) => `${q.r.fromName} asked ${q.r.toName} for this turn; waiting for an answer.`),
    };
  });
  const next = plan.occurrences.find((o) => current && o.occurrence > current.occurrence);

  const upcoming = plan.occurrences.filter((o) => current && o.occurrence >= current.occurrence);
  const preview = upcoming.map((o: PlannedOccurrence) => {
    const skipped = o.skipped.filter((s) => s.reason.includes('declined')).map((s) => nameOf(s.who));
    return {
      key: o.occurrence,
      dateLabel: `${date.format(new Date(o.start))}${o.isCurrent ? ' (this meeting)' : ''}`,
      isCurrent: o.isCurrent,
      // Who hasn't said yes shows so (issue #16 "The preview shows who is tentative").
      holders: plan.roles.map((r) => {
        const holder = o.assignments.find((a) => a.role === r.id)?.holder ?? null;
        // Only where the answers are known (the organizer's view, or the snapshot it recorded for everyone).
        const answer =
          holder === null || !o.availability ? 'accepted' : (o.availability[holder] ?? 'noResponse');
        const note =
          answer === 'tentative' ? ' (tentative)' : answer === 'noResponse' ? ' (no answer yet)' : '';
        return `${nameOf(holder)}${holder === null ? '' : note}`;
      }),
      ...(skipped.length ? { skippedLabel: `Declined: ${skipped.join(', ')}` } : {}),
    };
  });

  const roster = plan.roster.map((m) => ({
    id: m.id,
    name: m.name,
    isMe: m.id === me,
    editable: m.id === me || input.isOrganizer,
    roles: plan.roles.map((r) => ({ roleId: r.id, label: r.label, inRotation: !m.optOuts.includes(r.id) })),
  }));

  const skipped = [
    ...(current?.skipped.map((s) => s.reason) ?? []),
    // With a notice (a guest), everyone is outside for the one reason it gives: no list of names.
    ...(plan.notice ? [] : plan.outside.map((o) => `${o.name}: ${o.reason}`)),
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
    roles: plan.roles.map((r) => ({ id: r.id, name: r.label })),
    holders,
    canOverride: input.isOrganizer || plan.isFacilitator,
    overrideLabel: input.isOrganizer ? 'Assign as organizer…' : 'Assign as facilitator…',
    replanFrom: input.isOrganizer && next ? next.occurrence : null,
    people: plan.roster.map((m) => ({ id: m.id, name: m.name })),
    preview,
    roster,
    skipped,
    notice: plan.notice,
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
  const state = requestState(r);
  switch (state) {
    case 'pending':
      return {
        id,
        canWithdraw: true,
        label:
          stale || holder !== r.to
            ? `${r.toName} no longer holds this role, so your request can’t be answered; withdraw it and ask again.`
            : `Waiting for ${r.toName} to answer.`,
      };
    case 'declined':
      return { id, canWithdraw: false, label: `${r.toName} declined your request.` };
    case 'accepted':
    case 'withdrawn':
      return undefined;
    default:
      return assertNever(state, 'request state');
  }
}

/** The role history's line for a change: a swap names who accepted, an override names the capacity it was made in. */
function changeLabel(c: RoleChange, names: ReadonlyMap<string, string>): string {
  switch (c.kind) {
    case 'swapAccepted':
      return `Swap: ${c.fromName} accepted ${c.holderName}’s request`;
    case 'override':
      return `${c.as === 'facilitator' ? 'Facilitator' : 'Organizer'} override: assigned by ${names.get(c.stamp.by) ?? 'someone'}`;
    case 'taken':
      return `Taken by ${names.get(c.stamp.by) ?? 'someone'}`;
    default:
      return assertNever(c, 'role change');
  }
}
