// The intent-first marker behind "never duplicated by two people doing the same thing" (issue #15): before sending,
// a sender claims the nudges' keys in the series document's grow-only set. The claim is applied to the newest stored
// version (If-Match; a 412 re-reads and re-applies), so of two people closing voting at once the second one's claim
// finds the first one's keys already there and claims nothing: each recipient is notified once. A claim whose send
// then fails is not retried by anyone (at most once, never twice: a missed nudge is better than a duplicate).
import { err, ok, type Result } from '../result';
import type { ActionProblem } from '../actions/actionProblem';
import type { SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import { sortKeys } from '../series/lww';
import type { NudgeMark } from './nudgeTypes';

export const MAX_NUDGE_KEY = 300;
/** More than any one act can make due (attendees × kinds); a larger claim is a bug or a forged intent. */
export const MAX_NUDGES_PER_CLAIM = 500;

export type NudgeClaimError = {
  readonly kind: 'invalidInput';
  readonly field: string;
  readonly problem: ActionProblem;
};

export function markNudges(
  doc: SeriesDocument,
  keys: readonly string[],
  token: string,
  stamp: Stamp,
): Result<SeriesDocument, NudgeClaimError> {
  if (keys.length > MAX_NUDGES_PER_CLAIM || keys.some((k) => k.length === 0 || k.length > MAX_NUDGE_KEY))
    return err({ kind: 'invalidInput', field: 'nudges', problem: { code: 'nudgeKeysInvalid' } });
  const sent = doc.nudgesSent ?? {};
  const fresh = keys.filter((k) => sent[k] === undefined);
  if (fresh.length === 0) return ok(doc);
  const mark: NudgeMark = { at: stamp.at, c: stamp.c, by: stamp.by, token };
  const next: Record<string, NudgeMark> = { ...sent };
  for (const k of fresh) next[k] = mark;
  return ok({ ...doc, nudgesSent: sortKeys(next) });
}

/** The keys this claimer (its token) holds in `doc`: the only nudges it may send. */
export function claimedBy(doc: SeriesDocument, keys: readonly string[], token: string): Set<string> {
  const sent = doc.nudgesSent ?? {};
  return new Set(keys.filter((k) => sent[k]?.token === token));
}

/**
 * The claims that still matter once occurrences and done actions moved to the archive: a claim about an archived
 * occurrence or a removed action can never be due again (those meetings are long past, those actions done), so the
 * live file stops carrying it. Keys name their occurrence or action right after the kind (dueNudges.ts).
 */
export function pruneNudgeMarks(
  marks: Readonly<Record<string, NudgeMark>> | undefined,
  archivedOccurrences: ReadonlySet<string>,
  liveActionIds: ReadonlySet<string>,
): Readonly<Record<string, NudgeMark>> | undefined {
  if (!marks) return marks;
  const gone = [...archivedOccurrences];
  const out: Record<string, NudgeMark> = {};
  for (const [key, mark] of Object.entries(marks)) {
    const cut = key.indexOf(':');
    const kind = key.slice(0, cut);
    const rest = key.slice(cut + 1);
    const stale =
      kind === 'actionDue'
        ? !liveActionIds.has(rest.slice(0, rest.indexOf(':')))
        : gone.some((occ) => rest.startsWith(`${occ}:`));
    if (!stale) out[key] = mark;
  }
  return out;
}
