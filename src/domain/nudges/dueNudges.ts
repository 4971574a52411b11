// Which activity-feed nudges an act makes due (issue #15), as a pure function of the series document, the
// occurrence, the time and the attendees. The sender's own act decides the kinds; the document decides the rest.
//
// - votingOpened: voting on the occurrence is open (reopened, or open when the agenda is published), before it starts.
//   The key carries the voting register's stamp, so a reopen after a close is a new nudge, a second publish is not.
// - votingClosesSoon: voting closes when the meeting starts (starting the run closes it, runCommands.ts); within
//   24 h of that, everyone with dots left is reminded.
// - roleNext: who holds a role in the occurrence (the next one), once voting closes or the agenda is published, or
//   once the meeting before it is recorded (the caller then names that next occurrence).
// - roleRequested: someone asks the holder of a role for their turn (issue #16 "Roles by consent"): the holder is
//   told, once per request, while the meeting is still to come.
// - actionDue: an open action item due within 24 h (or overdue), to each owner; keyed by the due date, so moving the
//   date makes a new nudge.
//
// Never the actor: Teams refuses a delegated notification to oneself (GD concepts/teams-send-activityfeednotifications
// .md, FAQ "Can a user send notifications to themselves? No").
import { votingStateOf } from '../agenda/buildAgenda';
import type { OccurrenceKey, UserId } from '../ids';
import { occurrenceOf, settingsOf, type SeriesDocument } from '../series/seriesDocument';
import type { Nudge, NudgeKind, NudgePreviewWords, NudgeRequest, NudgeTrigger } from './nudgeTypes';

export const NUDGE_WINDOW_MS = 24 * 3_600_000;

export interface NudgeAttendee {
  readonly id: UserId;
  readonly name: string;
  readonly email: string;
}

export interface NudgeRole {
  readonly roleId: string;
  readonly label: string;
  readonly holder: UserId;
}

export interface NudgeInput {
  readonly doc: SeriesDocument;
  readonly occurrence: OccurrenceKey;
  /** Epoch ms of the occurrence's start. */
  readonly occurrenceStart: number;
  readonly now: number;
  readonly meetingTitle: string;
  /** The people with an account among the invitees (the organizer included). */
  readonly attendees: readonly NudgeAttendee[];
  /** Who holds which role in `occurrence`, from the role plan. */
  readonly roles: readonly NudgeRole[];
  readonly trigger: NudgeTrigger;
  readonly actor: UserId;
  /** Requests to take a turn in `occurrence` whose holders are to be told (roleRequested). */
  readonly requests?: readonly NudgeRequest[];
  /** The preview lines' words, in the sender's language. */
  readonly words: NudgePreviewWords;
}

const KINDS_BY_TRIGGER: Readonly<Record<NudgeTrigger, readonly NudgeKind[]>> = {
  votingOpened: ['votingOpened', 'votingClosesSoon'],
  votingClosed: ['roleNext'],
  published: ['votingOpened', 'votingClosesSoon', 'roleNext', 'actionDue'],
  // Recording closes a meeting: the caller names the next occurrence, whose role holders are told.
  recorded: ['actionDue', 'roleNext'],
  // The organizer (or facilitator) gave someone a role: that person is told (issue #16 "tells the person").
  roleAssigned: ['roleNext'],
  roleRequested: ['roleRequested'],
};

const DAY_MS = 86_400_000;

export function dueNudges(input: NudgeInput): Nudge[] {
  const { doc, occurrence: occ, now, attendees, words } = input;
  const kinds = new Set(KINDS_BY_TRIGGER[input.trigger]);
  const upcoming = input.occurrenceStart > now;
  const open = votingStateOf(doc, occ) === 'open';
  const title = input.meetingTitle.slice(0, 100);
  const out: Nudge[] = [];
  const add = (n: Nudge) => {
    if (n.recipient === input.actor || doc.nudgesSent?.[n.key] !== undefined) return;
    if (!out.some((o) => o.key === n.key)) out.push(n);
  };

  if (kinds.has('votingOpened') && open && upcoming) {
    const v = occurrenceOf(doc, occ).voting;
    const opening = v ? `${v.at}.${v.c}` : '0';
    for (const a of attendees)
      add({
        kind: 'votingOpened',
        key: `votingOpened:${occ}:${opening}:${a.id}`, // i18n-ignore: id
        recipient: a.id,
        params: { meeting: title },
        preview: words.votingOpened(title),
      });
  }

  if (kinds.has('votingClosesSoon') && open && upcoming && input.occurrenceStart - now <= NUDGE_WINDOW_MS) {
    const budget = settingsOf(doc).budget;
    const ballots = occurrenceOf(doc, occ).ballots;
    for (const a of attendees) {
      const used = Object.values(ballots[a.id]?.value ?? {}).reduce((s, n) => s + Math.max(0, n), 0);
      const left = budget - used;
      if (left <= 0) continue;
      add({
        kind: 'votingClosesSoon',
        key: `votingClosesSoon:${occ}:${a.id}`, // i18n-ignore: id
        recipient: a.id,
        params: { meeting: title, dots: String(left) },
        preview: words.votingClosesSoon(left, title),
      });
    }
  }

  if (kinds.has('roleNext') && upcoming) {
    const known = new Set(attendees.map((a) => a.id));
    for (const r of input.roles) {
      if (!known.has(r.holder)) continue;
      add({
        kind: 'roleNext',
        key: `roleNext:${occ}:${r.roleId}:${r.holder}`, // i18n-ignore: id
        recipient: r.holder,
        params: { meeting: title, role: r.label.slice(0, 60) },
        preview: words.roleNext(r.label.slice(0, 60), title),
      });
    }
  }

  if (kinds.has('roleRequested') && upcoming) {
    const known = new Set(attendees.map((a) => a.id));
    for (const r of input.requests ?? []) {
      if (!known.has(r.holder)) continue;
      const role = r.roleLabel.slice(0, 60);
      add({
        kind: 'roleRequested',
        key: `roleRequested:${occ}:${r.id.slice(0, 100)}:${r.holder}`, // i18n-ignore: id
        recipient: r.holder,
        params: { meeting: title, role },
        preview: words.roleRequested(r.fromName.slice(0, 60), role, title),
      });
    }
  }

  if (kinds.has('actionDue')) {
    const byEmail = new Map(attendees.map((a) => [a.email.trim().toLowerCase(), a]));
    for (const action of Object.values(doc.actions)) {
      const due = action.due.value;
      if (due === null || action.completed.value) continue;
      const dueStart = Date.parse(`${due}T00:00:00Z`);
      // Due within the window, or overdue by less than a week (older ones were nudged or are the review's to raise).
      if (!Number.isFinite(dueStart) || dueStart - now > NUDGE_WINDOW_MS || now - dueStart > 7 * DAY_MS)
        continue;
      // The owner is accountable; helpers are noted in the task, not nudged.
      for (const owner of [action.ownership.value.owner]) {
        const a = byEmail.get(owner.email.trim().toLowerCase());
        if (!a) continue;
        const what = action.title.value.slice(0, 80);
        add({
          kind: 'actionDue',
          key: `actionDue:${action.id}:${due}:${a.id}`, // i18n-ignore: id
          recipient: a.id,
          params: { action: what, due },
          preview: words.actionDue(what, due),
        });
      }
    }
  }
  return out;
}
