import type { ActionError } from '../actions/actionTypes';
import type { Actor } from '../agenda/agendaTypes';
import { outcomeOf } from '../agenda/buildAgenda';
import type { OccurrenceKey, UserId } from '../ids';
import { err, ok, type Result } from '../result';
import { runItemsOf } from '../run/runState';
import { stamped } from '../series/lww';
import { occurrenceOf, type SeriesDocument } from '../series/seriesDocument';
import { stampKey, type Stamp } from '../series/stamp';
import { sortedUnion } from './mergeItemNotes';
import { mayWriteNotes } from './notesOf';
import { emptyItemNotes, NOTE_WRITERS_MAX, NOTES_MAX, type NoteVersion } from './notesTypes';

/**
 * Saves one item's notes. `basedOn` is the ids of the versions the writer's editor started from (the ones it saw);
 * only those are replaced, so a version someone else saved meanwhile survives next to this one and the view shows the
 * conflict. A live version with exactly this text is replaced too: the text stays, and a retried save (a 503 after
 * the write landed) doesn't show up as a conflict with itself.
 *
 * Notes are written on the agenda voting froze (its segments and boulders), and stay writable after the meeting, for
 * the write-up, until the occurrence moves to the archive (applyIntent refuses every intent for it then). They never
 * touch the frozen outcome.
 */
export function writeNotes(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  itemId: string,
  text: string,
  basedOn: readonly string[],
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  const outcome = outcomeOf(doc, occ);
  if (!outcome) return err({ kind: 'notAllowed', problem: { code: 'notesNotOpen' } });
  if (!runItemsOf(outcome.timeBox).some((i) => i.id === itemId))
    return err({ kind: 'notFound', problem: { code: 'notesItemNotOnAgenda' } });
  if (!mayWriteNotes(doc, occ, actor))
    return err({ kind: 'notAllowed', problem: { code: 'notesWriteNotAllowed' } });
  const body = text.replace(/\r\n?/g, '\n');
  if (body.length > NOTES_MAX)
    return err({
      kind: 'invalidInput',
      field: 'notes',
      problem: { code: 'notesTooLong', max: NOTES_MAX },
    });
  const rec = occurrenceOf(doc, occ);
  const current = rec.notes?.[itemId] ?? emptyItemNotes;
  const live = Object.entries(current.versions);
  const seen = new Set(basedOn);
  const superseded = live.filter(([id, v]) => seen.has(id) || v.text === body).map(([id]) => id);
  // Nothing to save: the only live text is this one already, or there never were notes and there still aren't.
  if (
    live.length === superseded.length &&
    live.every(([, v]) => v.text === body) &&
    (live.length > 0 || body === '')
  )
    return ok(doc);
  const gone = new Set(superseded);
  const version: NoteVersion = { text: body, byName: actor.name, at: stamp.at, c: stamp.c, by: stamp.by };
  const versions: Record<string, NoteVersion> = {};
  for (const [id, v] of live) if (!gone.has(id)) versions[id] = v;
  versions[stampKey(stamp)] = version;
  const notes = { ...rec.notes, [itemId]: { versions, replaced: sortedUnion(current.replaced, superseded) } };
  return ok({ ...doc, occurrences: { ...doc.occurrences, [occ]: { ...rec, notes } } });
}

/** The note-taker (or the organizer) invites someone to write notes for this occurrence, or withdraws it. */
export function setNoteWriter(
  doc: SeriesDocument,
  occ: OccurrenceKey,
  person: UserId,
  name: string,
  invited: boolean,
  actor: Actor,
  stamp: Stamp,
): Result<SeriesDocument, ActionError> {
  if (!actor.isNoteTaker && !actor.isOrganizer)
    return err({ kind: 'notAllowed', problem: { code: 'noteWritersNotAllowed' } });
  const rec = occurrenceOf(doc, occ);
  const writers = rec.noteWriters ?? {};
  const count = Object.entries(writers).filter(([p, w]) => p !== person && w.value !== null).length;
  if (invited && count >= NOTE_WRITERS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'noteWriter',
      problem: { code: 'noteWritersTooMany', max: NOTE_WRITERS_MAX },
    });
  const trimmed = name.trim().slice(0, 200);
  const value = invited ? { name: trimmed || 'someone' } : null;
  return ok({
    ...doc,
    occurrences: {
      ...doc.occurrences,
      [occ]: { ...rec, noteWriters: { ...writers, [person]: stamped(value, stamp) } },
    },
  });
}
