import type { Actor } from '../agenda/agendaTypes';
import type { OccurrenceKey, UserId } from '../ids';
import { compareStamps } from '../series/stamp';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';
import type { NoteVersion } from './notesTypes';

export interface LiveNote extends NoteVersion {
  readonly id: string;
}

/** One item's live versions, oldest first: one is the notes, two or more a conflict to resolve. */
export function notesOf(doc: SeriesDocument, occ: OccurrenceKey, itemId: string): readonly LiveNote[] {
  const versions = occurrenceOf(doc, occ).notes?.[itemId]?.versions ?? {};
  return Object.entries(versions)
    .map(([id, v]) => ({ ...v, id }))
    .sort((a, b) => compareStamps(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Who writes notes for an occurrence: its note-taker, the organizer (it's their meeting; they stand in when nobody
 * took the role), and whoever the note-taker (or organizer) invited. Everyone else reads them.
 */
export function mayWriteNotes(doc: SeriesDocument, occ: OccurrenceKey, actor: Actor): boolean {
  return actor.isNoteTaker || actor.isOrganizer || invitedToWriteNotes(doc, occ, actor.id);
}

export function invitedToWriteNotes(doc: SeriesDocument, occ: OccurrenceKey, person: UserId): boolean {
  return (occurrenceOf(doc, occ).noteWriters?.[person]?.value ?? null) !== null;
}
