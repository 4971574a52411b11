// Notes per agenda item (issue #15): what the note-taker, and the people the note-taker invites, write down on each
// item of an occurrence's agenda. Kept in the series document per occurrence.
//
// Each item's notes are a multi-value register, not a last-writer-wins one: a write names the versions it replaced
// (the ones its writer saw), and two writes that didn't see each other both survive, so two people typing into the
// same item at once never lose text silently; the view shows both ("Two versions — keep one or combine") and the
// resolution is a write that names both. See mergeItemNotes for why this merge is a join.
import type { Stamp } from '../series/stamp';

/** One saved text of one item's notes. The stamp is its writer's; its key in `versions` is its id. */
export interface NoteVersion extends Stamp {
  readonly text: string;
  readonly byName: string;
}

export interface ItemNotes {
  /** The live versions, keyed by id (stampKey of the write). More than one: a conflict to resolve. */
  readonly versions: Readonly<Record<string, NoteVersion>>;
  /**
   * Ids of versions some write replaced, sorted: grow-only, so a replaced text can never come back through a merge
   * with an older copy, and only ever added by a write that saw the version (nothing unseen is dropped).
   */
  readonly replaced: readonly string[];
}

/** Someone the note-taker invited to write notes for the occurrence; null in the register: invitation withdrawn. */
export interface NoteWriter {
  readonly name: string;
}

/** Characters in one item's notes: a long item's minutes, far below the file's 4 MB. */
export const NOTES_MAX = 20_000;
/** Live versions of one item's notes that a file may carry (more is tampering). */
export const NOTE_VERSIONS_MAX = 20;
/** Replaced ids kept per item; beyond it the oldest are forgotten (nothing is lost: their text was already gone). */
export const NOTE_REPLACED_MAX = 2_000;
/** People invited to write notes in one occurrence. */
export const NOTE_WRITERS_MAX = 50;

export const emptyItemNotes: ItemNotes = { versions: {}, replaced: [] };
