// Lean Coffee's "keep going?" (issue #15): when the running item's time box runs out, everyone gets a quick thumbs
// vote, keep going a few more minutes or move on; the timekeeper sees the tally and decides with the run commands
// ("extend" or "next"). Votes are per occurrence, per item and per voter, each voter's own last-writer-wins register
// (a voter only ever writes their own), so concurrent votes never conflict and a changed mind replaces the old vote.
import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import { err, ok, type Result } from '../result';
import { stamped } from '../series/lww';
import { emptyOccurrence, type SeriesDocument } from '../series/seriesDocument';
import type { Stamp } from '../series/stamp';
import type { RunError } from './runCommands';
import type { KeepGoingChoice } from './keepGoingTally';

export function voteKeepGoing(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  itemId: string,
  choice: KeepGoingChoice,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, RunError> {
  if (choice !== 'more' && choice !== 'move')
    return err({ kind: 'invalidInput', field: 'choice', problem: { code: 'keepGoingChoiceUnknown' } });
  const rec = doc.occurrences[occ] ?? emptyOccurrence;
  const run = rec.run?.value;
  // Only the item that is on can be voted on: a late vote for an item the timekeeper already left is refused, so a
  // finished meeting's record is never rewritten by a stale panel.
  if (!run || run.status === 'finished' || run.itemId !== itemId)
    return err({
      kind: 'notAllowed',
      problem: { code: 'keepGoingMovedOn' },
    });
  const votes = rec.keepGoing ?? {};
  const forItem = { ...(votes[itemId] ?? {}), [actor.id]: stamped(choice, stamp) };
  return ok({
    ...doc,
    occurrences: { ...doc.occurrences, [occ]: { ...rec, keepGoing: { ...votes, [itemId]: forItem } } },
  });
}
