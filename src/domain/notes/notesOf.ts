import type { OccurrenceKey } from '../ids';
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
