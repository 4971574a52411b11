// The read side of Lean Coffee's "keep going?" (keepGoing.ts writes): the vote's types and the tally views show.
import type { OccurrenceKey } from '../ids';
import type { Lww } from '../series/lww';
import type { SeriesDocument } from '../series/seriesDocument';

export type KeepGoingChoice = 'more' | 'move';

/** Keyed by run item id, then by voter id. */
export type KeepGoingVotes = Readonly<Record<string, Readonly<Record<string, Lww<KeepGoingChoice>>>>>;

/** How many minutes "Keep going" adds to the running item's time box. */
export const EXTEND_MINUTES = 5;

export interface KeepGoingTally {
  readonly more: number;
  readonly move: number;
  readonly mine: KeepGoingChoice | undefined;
}

export function tallyKeepGoing(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  itemId: string,
  me: string,
): KeepGoingTally {
  const forItem = doc.occurrences[occ]?.keepGoing?.[itemId] ?? {};
  let more = 0;
  let move = 0;
  for (const v of Object.values(forItem))
    if (v.value === 'more') more += 1;
    else if (v.value === 'move') move += 1;
  return { more, move, mine: forItem[me]?.value };
}
