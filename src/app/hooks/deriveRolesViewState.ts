import { occurrenceKey, type UserId } from '../../domain/ids';
import { leadershipShares } from '../../domain/roles/leadershipShares';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
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
  readonly isMe: boolean;
  /** The one-sentence "why": "Dana Okafor has had the fewest turns as Facilitator (1 so far) and accepted the invite." */
  readonly reason: string;
  /** "Swapped by Dana, 12 May 2026, 09:14" / "Assigned by Avery, …"; absent when the rotation stands. */
  readonly changedLabel?: string;
  /** "I'll take this turn" is offered to everyone in the rotation who doesn't hold it and hasn't opted out. */
  readonly canTakeTurn: boolean;
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

  const holders: HolderView[] = (current?.assignments ?? []).map((a) => {
    const o = current?.overrides[a.role];
    return {
      roleId: a.role,
      roleLabel: label.get(a.role) ?? a.role,
      holderName: nameOf(a.holder),
      isMe: a.holder === me,
      reason: a.reason,
      ...(o
        ? {
            changedLabel: `${o.value.kind === 'swap' ? 'Swapped' : 'Assigned'} by ${names.get(o.by) ?? 'someone'}, ${stamp.format(o.at)}`,
          }
        : {}),
      canTakeTurn: inRotation && a.holder !== me && !myOptOuts.includes(a.role),
    };
  });

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
