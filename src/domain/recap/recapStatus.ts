// What a view may ask about a meeting's recap (read only): who may send it, and what was sent.
import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey } from '../ids';
import { occurrenceOf, type RecapSent, type RecapState, type SeriesDocument } from '../series/seriesDocument';

/** Who may send a meeting's recap: the organizer, the facilitator or the note-taker. */
export function maySendRecap(actor: Actor): boolean {
  return actor.isOrganizer || actor.isFacilitator || actor.isNoteTaker;
}

export function recapOf(doc: SeriesDocument, occ: OccurrenceKey): RecapState {
  return occurrenceOf(doc, occ).recap ?? {};
}

/** What was sent for this occurrence, oldest first (normally one entry). */
export function recapsSent(doc: SeriesDocument, occ: OccurrenceKey): readonly RecapSent[] {
  return Object.values(recapOf(doc, occ).sent ?? {}).sort((a, b) => a.at - b.at);
}
