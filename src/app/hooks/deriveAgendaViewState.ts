import { segmentLabel } from '../viewState/segmentLabel';
import { mayRunAgenda, type Actor } from '../../domain/agenda/agendaTypes';
import { buildAgenda, type AgendaPlan, type RankedTopic } from '../../domain/agenda/buildAgenda';
import { canonicalTopicId } from '../../domain/agenda/canonicalTopicId';
import { unseenHealth } from '../../domain/series/validateSeriesDocument';
import { healthText } from '../i18n/healthText';
import type { TimedSegment } from '../../domain/agenda/timeBoxAgenda';
import { assertNever } from '../../domain/ids';
import {
  occurrenceOf,
  settingsOf,
  type Decision,
  type OutcomeKind,
  type SeriesDocument,
  type SeriesSettings,
  type TopicStatus,
  type VotingState,
} from '../../domain/series/seriesDocument';
import type { AgendaContext } from '../../usecases/agenda/openAgenda';
import { agendaMessages } from '../i18n/en-US/agenda';

export interface AgendaViewInput {
  readonly ctx: AgendaContext;
  /** Who is looking, with what they are in this occurrence (facilitator…): decides what they may do. */
  readonly actor: Actor;
  /** The user's dots not yet saved, keyed by topic id; absent when nothing changed since the last save. */
  readonly draftDots?: Readonly<Record<string, number>>;
  /** "Tue 8 Dec, 17:02" for an instant, in the viewer's locale and zone (kept out of this pure function). */
  readonly formatInstant: (epochMs: number) => string;
}

export interface TeamOption {
  readonly id: string;
  readonly name: string;
}

export interface TopicView {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly outcome: OutcomeKind;
  readonly outcomeLabel: string;
  readonly estimateMinutes: number;
  readonly authorName: string;
  /** The author sees Edit and Withdraw; nobody else does. */
  readonly isMine: boolean;
  /** e.g. "deferred ×2"; absent for a topic that was never deferred. */
  readonly deferredLabel?: string;
  /** e.g. 'merged from "Hiring plan"'. */
  readonly mergedFromLabel?: string;
  readonly myDots: number;
  readonly canAddDot: boolean;
  readonly canRemoveDot: boolean;
  /** The organizer or facilitator may merge this topic into another one on the list (ReadyAgendaView.mergeTargets). */
  readonly canMerge: boolean;
}

export interface BallotView {
  /** Keyed by topic id; only topics still on the list. */
  readonly dots: Readonly<Record<string, number>>;
  readonly used: number;
  readonly budget: number;
  readonly maxPerTopic: number;
  /** "Dots left: 1 of 3". */
  readonly dotsLeftLabel: string;
  /** The user changed dots since the last save. */
  readonly dirty: boolean;
  /** "No one has voted yet" / "1 person has voted" / "4 people have voted". */
  readonly votersLabel: string;
}

export interface BoulderTopicView {
  readonly id: string;
  readonly title: string;
  readonly authorName: string;
  readonly outcome: OutcomeKind;
  readonly outcomeLabel: string;
  readonly estimateMinutes: number;
  readonly tallyLabel: string;
  readonly tied: boolean;
  readonly deferredLabel?: string;
  readonly status?: TopicStatus;
  readonly decision?: Decision;
  /** For "decide" topics: the organizer, the facilitator or the author may record the decision. */
  readonly canRecordDecision: boolean;
  /** Who may hold the decision: the organizer, the facilitator, the author (deduplicated). */
  readonly holderOptions: readonly string[];
  /** The organizer or facilitator marks a topic "not reached" (it carries over). */
  readonly canSetStatus: boolean;
}

export type PlanRow =
  | {
      readonly kind: 'segment';
      readonly id: string;
      readonly label: string;
      /** "0:10 · 20 min". */
      readonly timeLabel: string;
      readonly minutes: number;
    }
  | {
      readonly kind: 'boulder';
      readonly id: string;
      readonly label: string;
      readonly timeLabel: string;
      readonly minutes: number;
      readonly topic: BoulderTopicView;
    };

export interface ParkedView {
  readonly id: string;
  readonly title: string;
  readonly authorName: string;
  readonly tallyLabel: string;
  readonly tied: boolean;
  readonly deferredLabel?: string;
}

export type PlanView =
  | { readonly kind: 'open'; readonly message: string }
  | {
      readonly kind: 'closed';
      readonly rows: readonly PlanRow[];
      /** "Total 60 min". */
      readonly totalLabel: string;
      readonly totalMinutes: number;
      readonly scaledNote?: string;
      readonly tieNote?: string;
      readonly parkingLot: readonly ParkedView[];
      /** "Voting closed by Avery Chen on Tue 8 Dec, 17:02. This agenda is frozen: …". */
      readonly closedNote: string;
      /** Proposed after voting closed: not on this agenda; they carry over to the next meeting. */
      readonly late: readonly ParkedView[];
    };

export interface ReadyAgendaView {
  readonly kind: 'ready';
  readonly actor: Actor;
  readonly teamName: string;
  readonly voting: VotingState;
  /** The organizer or the facilitator may close voting while it is open. */
  readonly canCloseVoting: boolean;
  /** Only the organizer reopens a closed agenda, on purpose (it may be published or running). */
  readonly canReopenVoting: boolean;
  /** "Reopened by Avery Chen on Tue 8 Dec, 17:10 (the agenda had been: A, C, B)", oldest first. */
  readonly votingLog: readonly string[];
  readonly canEditSettings: boolean;
  readonly settings: SeriesSettings;
  /** Candidates in a neutral order (most deferred first, then oldest): never by votes while voting is open. */
  readonly topics: readonly TopicView[];
  /** Topic ids that may receive dots (castBallot's eligible set). */
  readonly eligible: ReadonlySet<string>;
  readonly ballot: BallotView;
  readonly plan: PlanView;
  /** Every topic on the list, once: where a topic may be merged (the dialog leaves out the topic itself). */
  readonly mergeTargets: readonly TeamOption[];
  /** For the organizer: what readers found wrong with the agenda file and set aside, not yet dismissed. */
  readonly health?: { readonly lines: readonly string[]; readonly upTo: number };
  /** Files of this meeting's name that someone other than the organizer created: named, never used. */
  readonly untrustedNote?: string;
}

export type AgendaViewState =
  | {
      readonly kind: 'linkTeam';
      readonly teams: readonly TeamOption[];
      readonly untrustedNote?: string;
    }
  | {
      readonly kind: 'notLinked';
      readonly organizerName: string;
      readonly message: string;
      readonly untrustedNote?: string;
    }
  | ReadyAgendaView;

/** Read when the view is derived, so it is in the installed language. */
function outcomeLabel(outcome: OutcomeKind): string {
  return agendaMessages.outcome[outcome];
}

/** What the Agenda area shows, decided outside JSX (Parabol's derive*State). */
export function deriveAgendaViewState(input: AgendaViewInput): AgendaViewState {
  const { ctx, actor } = input;
  const m = agendaMessages.view;
  const organizerName = ctx.meeting.organizer.name || ctx.meeting.organizer.email || m.theOrganizer;
  const untrustedNote = untrustedNoteOf(ctx, organizerName);
  if (ctx.stored === null) {
    if (ctx.meeting.isOrganizer)
      return {
        kind: 'linkTeam',
        teams: ctx.teams.map((t) => ({ id: t.id, name: t.displayName })),
        ...(untrustedNote ? { untrustedNote } : {}),
      };
    return {
      kind: 'notLinked',
      organizerName,
      message: m.notLinked(organizerName),
      ...(untrustedNote ? { untrustedNote } : {}),
    };
  }

  const doc = ctx.stored.doc;
  const settings = settingsOf(doc);
  const plan = buildAgenda(doc, ctx.occurrence, ctx.meetingMinutes);
  const eligible = new Set(plan.ranked.map((r) => r.id));
  const saved = savedDots(doc, ctx, eligible, settings.maxPerTopic);
  const dots = input.draftDots ? onlyEligible(input.draftDots, eligible) : saved;
  const used = sum(dots);
  const open = plan.votingState === 'open';
  const canRun = mayRunAgenda(actor);
  const mergedTitles = new Map<string, string>();
  for (const t of plan.ranked)
    for (const id of t.mergedFrom) mergedTitles.set(id, doc.proposals[id]?.content.value.title ?? id);

  const neutral = [...plan.ranked].sort(
    (a, b) => b.deferred - a.deferred || a.createdAt - b.createdAt || compare(a.id, b.id),
  );
  const topics = neutral.map((t): TopicView => {
    const mine = dots[t.id] ?? 0;
    return {
      id: t.id,
      title: t.title,
      why: t.why,
      outcome: t.outcome,
      outcomeLabel: outcomeLabel(t.outcome),
      estimateMinutes: t.estimateMinutes,
      authorName: t.authorName,
      isMine: t.author === actor.id,
      ...deferredOf(t),
      ...mergedFromOf(t, mergedTitles),
      myDots: mine,
      canAddDot: open && mine < settings.maxPerTopic && used < settings.budget,
      canRemoveDot: open && mine > 0,
      canMerge: open && canRun && neutral.length > 1,
    };
  });
  const health = actor.isOrganizer ? unseenHealth(doc) : [];

  return {
    kind: 'ready',
    actor,
    teamName: ctx.stored.location.teamName,
    voting: plan.votingState,
    canCloseVoting: open && canRun,
    canReopenVoting: !open && actor.isOrganizer,
    votingLog: votingLogOf(doc, ctx, input.formatInstant),
    canEditSettings: actor.isOrganizer,
    settings,
    topics,
    eligible,
    ballot: {
      dots,
      used,
      budget: settings.budget,
      maxPerTopic: settings.maxPerTopic,
      dotsLeftLabel: m.dotsLeft(Math.max(0, settings.budget - used), settings.budget),
      dirty: input.draftDots !== undefined && !sameDots(dots, saved),
      votersLabel: m.voters(plan.voterCount),
    },
    plan: open
      ? {
          kind: 'open',
          message: canRun ? m.votingOpenYouClose : m.votingOpenOthersClose(organizerName),
        }
      : closedPlan(plan, doc, ctx, actor, organizerName, input.formatInstant),
    mergeTargets: canRun && open ? neutral.map((o) => ({ id: o.id, name: o.title })) : [],
    ...(health.length > 0
      ? {
          health: {
            lines: health.flatMap((h) =>
              h.lines.map((l) => `${input.formatInstant(h.firstSeen)}: ${healthText(l)}`),
            ),
            upTo: Math.max(...health.map((h) => h.firstSeen)),
          },
        }
      : {}),
    ...(untrustedNote ? { untrustedNote } : {}),
  };
}

function untrustedNoteOf(ctx: AgendaContext, organizerName: string): string | undefined {
  if (ctx.untrusted.length === 0) return undefined;
  const m = agendaMessages.view;
  return m.untrustedNote(
    ctx.untrusted.map((u) => m.untrustedPlace(u.teamName, u.createdByName)),
    organizerName,
  );
}

function votingLogOf(
  doc: SeriesDocument,
  ctx: AgendaContext,
  formatInstant: (ms: number) => string,
): readonly string[] {
  const log = occurrenceOf(doc, ctx.occurrence).votingLog ?? {};
  const reopened = Object.keys(log)
    .sort()
    .flatMap((k) => {
      const e = log[k];
      if (!e || e.kind !== 'reopened') return [];
      return [agendaMessages.view.reopened(e.byName || undefined, formatInstant(e.at), e.boulders)];
    });
  return reopened;
}

function closedPlan(
  plan: AgendaPlan,
  doc: SeriesDocument,
  ctx: AgendaContext,
  actor: Actor,
  organizerName: string,
  formatInstant: (ms: number) => string,
): PlanView {
  const rec = occurrenceOf(doc, ctx.occurrence);
  const byId = new Map(plan.boulders.map((b) => [b.id, b]));
  const segment = (s: TimedSegment): PlanRow => ({
    kind: 'segment',
    id: s.id,
    label: segmentLabel(s),
    timeLabel: timeLabel(s),
    minutes: s.minutes,
  });
  const tb = plan.timeBox;
  const boulderRows = tb.boulders.map((s): PlanRow => {
    const t = byId.get(s.id);
    if (!t) throw new Error(`time box names unknown boulder ${s.id}`);
    const isAuthor = t.author === actor.id;
    const decision = rec.decisions[t.id]?.value;
    const status = rec.status[t.id]?.value;
    return {
      kind: 'boulder',
      id: s.id,
      label: s.label,
      timeLabel: timeLabel(s),
      minutes: s.minutes,
      topic: {
        id: t.id,
        title: t.title,
        authorName: t.authorName,
        outcome: t.outcome,
        outcomeLabel: outcomeLabel(t.outcome),
        estimateMinutes: t.estimateMinutes,
        tallyLabel: tallyLabel(t),
        tied: t.tied,
        ...deferredOf(t),
        ...(status ? { status } : {}),
        ...(decision ? { decision } : {}),
        canRecordDecision: t.outcome === 'decide' && (actor.isOrganizer || actor.isFacilitator || isAuthor),
        holderOptions: unique([organizerName, agendaMessages.view.theFacilitator, t.authorName]),
        canSetStatus: actor.isOrganizer || actor.isFacilitator,
      },
    };
  });
  const rows = [...tb.before.map(segment), ...boulderRows, ...tb.after.map(segment)];
  const total = rows.reduce((s, r) => s + r.minutes, 0);
  const note = scaledNote(tb.adjustment, tb.requestedMinutes, tb.availableMinutes);
  const tie = tieNote(plan);
  return {
    kind: 'closed',
    rows,
    totalMinutes: total,
    totalLabel: agendaMessages.view.total(total),
    ...(note ? { scaledNote: note } : {}),
    ...(tie ? { tieNote: tie } : {}),
    parkingLot: plan.parkingLot.map(parked),
    closedNote: closedNoteOf(plan, formatInstant),
    late: plan.late.map(parked),
  };
}

function parked(t: RankedTopic): ParkedView {
  return {
    id: t.id,
    title: t.title,
    authorName: t.authorName,
    tallyLabel: tallyLabel(t),
    tied: t.tied,
    ...deferredOf(t),
  };
}

function closedNoteOf(plan: AgendaPlan, formatInstant: (ms: number) => string): string {
  const c = plan.closed;
  return agendaMessages.view.closedNote(
    c?.byName || undefined,
    c && c.at > 0 ? formatInstant(c.at) : undefined,
  );
}

function scaledNote(
  adjustment: AgendaPlan['timeBox']['adjustment'],
  requested: number,
  available: number,
): string | undefined {
  switch (adjustment) {
    case 'asEstimated':
      return undefined;
    case 'scaledDown':
      return agendaMessages.view.scaledDown(requested, available);
    case 'scaledUp':
      return agendaMessages.view.scaledUp(requested, available);
    case 'noTimeLeft':
      return agendaMessages.view.noTimeLeft;
    default:
      return assertNever(adjustment, 'time-box adjustment');
  }
}

function tieNote(plan: AgendaPlan): string | undefined {
  if (!plan.tieAtCut) return undefined;
  const last = plan.boulders[plan.boulders.length - 1];
  if (!last) return undefined;
  const tiedOut = plan.parkingLot.filter((p) => p.rank === last.rank);
  return agendaMessages.view.tieAtCut(
    last.title,
    tiedOut.map((p) => p.title),
  );
}

/** "0:10 · 20 min": the start as h:mm from the beginning of the meeting, then the length. */
export function timeLabel(s: Pick<TimedSegment, 'startMinute' | 'minutes'>): string {
  const h = Math.floor(s.startMinute / 60);
  const m = s.startMinute % 60;
  return agendaMessages.view.timeBox(`${h}:${String(m).padStart(2, '0')}`, s.minutes);
}

function tallyLabel(t: RankedTopic): string {
  const m = agendaMessages.view;
  return t.voters === 0 ? m.dots(t.votes) : m.dotsFrom(t.votes, t.voters);
}

function deferredOf(t: RankedTopic): { deferredLabel?: string } {
  return t.deferred > 0 ? { deferredLabel: agendaMessages.view.deferred(t.deferred) } : {};
}

function mergedFromOf(t: RankedTopic, titles: ReadonlyMap<string, string>): { mergedFromLabel?: string } {
  if (t.mergedFrom.length === 0) return {};
  return {
    mergedFromLabel: agendaMessages.view.mergedFrom(t.mergedFrom.map((id) => titles.get(id) ?? id)),
  };
}

/**
 * The user's saved ballot as the vote controls show it: dots on merged topics follow the merge link (capped, as
 * the tally does), and dots on withdrawn topics are freed, since castBallot would refuse them.
 */
function savedDots(
  doc: SeriesDocument,
  ctx: AgendaContext,
  eligible: ReadonlySet<string>,
  maxPerTopic: number,
): Readonly<Record<string, number>> {
  const ballot = occurrenceOf(doc, ctx.occurrence).ballots[ctx.me.id]?.value ?? {};
  const out: Record<string, number> = {};
  for (const [raw, n] of Object.entries(ballot)) {
    const id = canonicalTopicId(doc, raw);
    if (!eligible.has(id) || n <= 0) continue;
    out[id] = Math.min(maxPerTopic, (out[id] ?? 0) + n);
  }
  return out;
}

function onlyEligible(
  dots: Readonly<Record<string, number>>,
  eligible: ReadonlySet<string>,
): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [id, n] of Object.entries(dots)) if (eligible.has(id) && n > 0) out[id] = n;
  return out;
}

function sameDots(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
}

function sum(dots: Readonly<Record<string, number>>): number {
  return Object.values(dots).reduce((s, n) => s + n, 0);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
