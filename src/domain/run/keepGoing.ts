// Lean Coffee's "keep going?" (issue #15): when the running item's time box runs out, everyone gets a quick thumbs
// vote, keep going a few more minutes or move on; the timekeeper sees the tally and decides with the run commands
// ("extend" or "next"). Votes are per occurrence, per item and per voter, each voter's own last-writer-wins register
// (a voter only ever writes their own), so concurrent votes never conflict and a changed mind replaces the old vote.
import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped, type Lww } from '../series/lww';
import { emptyOccurrence, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RunError } from './runCommands';

export type KeepGoingChoice = 'more' | 'move';

/** Keyed by run item id, then by voter id. */
export type KeepGoingVotes = Readonly<Record<string, Readonly<Record<string, Lww<KeepGoingChoice>>>>>;

/** How many minutes "Keep going" adds to the running item's time box. */
export const EXTEND_MINUTES = 5;

export function voteKeepGoing(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  itemId: string,
  choice: KeepGoingChoice,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RunError> {
  if (choice !== 'more' && choice !== 'move')
    return err({ kind: 'invalidInput', field: 'choice', message: 'Choose keep going or move on.' });
  const rec = doc.occurrences[occ] ?? emptyOccurrence;
  const run = rec.run?.value;
  // Only the item that is on can be voted on: a late vote for an item the timekeeper already left is refused, so a
  // finished meeting's record is never rewritten by a stale panel.
  if (!run || run.status === 'finished' || run.itemId !== itemId)
    return err({
      kind: 'notAllowed',
      message: 'The meeting has moved on from that item; your vote was not needed.',
    });
  const votes = rec.keepGoing ?? {};
  const forItem = { ...(votes[itemId] ?? {}), [actor.id]: stamped(choice, stamp) };
  return ok({
    ...doc,
    occurrences: { ...doc.occurrences, [occ]: { ...rec, keepGoing: { ...votes, [itemId]: forItem } } },
  });
}

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
