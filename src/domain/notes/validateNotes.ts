// The rules for notes on read (validateSeriesDocument calls this per occurrence): a file anyone can write must not
// make a view render megabytes or thousands of "versions". What breaks a rule is set aside and reported, as data
// (NotesIssue): the app words it in the reader's language.
import type { NotesIssue } from '../actions/actionProblem';
import type { OccurrenceRecord } from '../series/seriesDocument';
import {
  NOTE_REPLACED_MAX,
  NOTE_VERSIONS_MAX,
  NOTE_WRITERS_MAX,
  NOTES_MAX,
  type ItemNotes,
  type NoteVersion,
} from './notesTypes';

const ID_MAX = 100;

/** `when`: the occurrence's day (YYYY-MM-DD); `report` is told what was set aside. */
export function validateNotes(
  r: OccurrenceRecord,
  when: string,
  report: (issue: NotesIssue) => void,
): OccurrenceRecord {
  let out = r;
  if (r.notes) {
    let bad = 0;
    const notes: Record<string, ItemNotes> = {};
    for (const [item, n] of Object.entries(r.notes)) {
      const versions = Object.entries(n.versions);
      const ok = (v: NoteVersion) => v.text.length <= NOTES_MAX && v.byName.length <= 200;
      if (item.length > ID_MAX || versions.length > NOTE_VERSIONS_MAX || !versions.every(([, v]) => ok(v))) {
        bad += 1;
        continue;
      }
      // A long replaced list is not damage: the oldest ids are forgotten, silently (their text is already gone).
      notes[item] =
        n.replaced.length > NOTE_REPLACED_MAX ? { ...n, replaced: n.replaced.slice(-NOTE_REPLACED_MAX) } : n;
    }
    if (bad > 0) report({ code: 'notesSetAside', day: when, count: bad });
    out = { ...out, notes };
  }
  if (r.noteWriters) {
    const invited = Object.values(r.noteWriters).filter((w) => w.value !== null).length;
    if (invited > NOTE_WRITERS_MAX || Object.keys(r.noteWriters).length > 10 * NOTE_WRITERS_MAX) {
      report({ code: 'noteWritersSetAside', day: when });
      const { noteWriters: _dropped, ...rest } = out;
      out = rest;
    }
  }
  return out;
}
