// Activity-feed nudges (issue #15): what is due to whom, and the marker that keeps two people doing the same thing
// from notifying anyone twice.
import type { UserId } from '../ids';
import type { Stamp } from '../series/stamp';

/** One kind per activity type declared in the app manifest (manifest/manifest.json, activities.activityTypes). */
export type NudgeKind = 'votingOpened' | 'votingClosesSoon' | 'roleNext' | 'actionDue' | 'roleRequested';

export const NUDGE_KINDS: readonly NudgeKind[] = [
  'votingOpened',
  'votingClosesSoon',
  'roleNext',
  'actionDue',
  'roleRequested',
];

/** What made the nudges due: the acts that send them (issue #15 "sent by whoever's action makes them due"). */
export type NudgeTrigger =
  'votingOpened' | 'votingClosed' | 'published' | 'recorded' | 'roleAssigned' | 'roleRequested';

/**
 * A claim on one nudge key in the series document's grow-only set (SeriesDocument.nudgesSent): the stamp of the
 * write that claimed it, and the claimer's one-off token, so the claimer can tell its own claims from another's.
 */
export interface NudgeMark extends Stamp {
  readonly token: string;
}

export interface Nudge {
  readonly kind: NudgeKind;
  /** `${kind}:${occurrence or action}:…:${recipient}`: the same nudge always has the same key. */
  readonly key: string;
  readonly recipient: UserId;
  /** The manifest template's parameters ({actor} is Teams' own). */
  readonly params: Readonly<Record<string, string>>;
  /** The notification's preview line (Teams shows the first 150 characters). */
  readonly preview: string;
}

/**
 * The notification's preview line per kind, in the sender's language (the catalogue's area actionProblems,
 * `nudgePreview`, satisfies it): the domain picks the values, never the words.
 */
export interface NudgePreviewWords {
  readonly votingOpened: (meeting: string) => string;
  readonly votingClosesSoon: (dotsLeft: number, meeting: string) => string;
  readonly roleNext: (role: string, meeting: string) => string;
  readonly roleRequested: (from: string, role: string, meeting: string) => string;
  /** `due`: YYYY-MM-DD. */
  readonly actionDue: (action: string, due: string) => string;
}

/** A request to take someone's turn (roleRequested), as the holder is told about it. */
export interface NudgeRequest {
  readonly id: string;
  readonly holder: UserId;
  readonly fromName: string;
  readonly roleLabel: string;
}
