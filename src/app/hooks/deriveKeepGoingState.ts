// What the side panel's "keep going?" card shows (issue #15, Lean Coffee): once the running item's time box has run
// out, everyone votes keep going or move on; the timekeeper (or facilitator, or organizer) sees the tally and decides.
import { segmentLabel } from '../viewState/segmentLabel';
import type { OccurrenceKey } from '../../domain/ids';
import { EXTEND_MINUTES, tallyKeepGoing, type KeepGoingChoice } from '../../domain/run/keepGoingTally';
import type { RunView } from '../../domain/run/viewRun';
import type { SeriesDocument } from '../../domain/series/seriesDocument';
import { inMeetingMessages } from '../i18n/en-US/inMeeting';

export type KeepGoingState =
  | { readonly kind: 'hidden' }
  | {
      readonly kind: 'vote';
      readonly itemId: string;
      readonly label: string;
      readonly more: number;
      readonly move: number;
      readonly mine: KeepGoingChoice | undefined;
      /** The runner decides: "Keep going 5 min" or "Next item". */
      readonly decides: boolean;
      readonly extendMinutes: number;
      readonly summary: string;
    };

export function deriveKeepGoingState(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  view: RunView,
  me: string,
  canRun: boolean,
): KeepGoingState {
  const item = view.current;
  if (!item || (view.status !== 'running' && view.status !== 'paused') || view.remainingMs > 0)
    return { kind: 'hidden' };
  const t = tallyKeepGoing(doc, occ, item.id, me);
  const votes = t.more + t.move;
  const m = inMeetingMessages.keepGoing;
  const summary = votes === 0 ? m.noVotes : m.tally(t.more, t.move);
  return {
    kind: 'vote',
    itemId: item.id,
    label: segmentLabel(item),
    more: t.more,
    move: t.move,
    mine: t.mine,
    decides: canRun,
    extendMinutes: EXTEND_MINUTES,
    summary,
  };
}
