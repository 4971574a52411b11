import { segmentLabel } from '../viewState/segmentLabel';
import type { Actor } from '../../domain/agenda/agendaTypes';
import { outcomeOf } from '../../domain/agenda/buildAgenda';
import type { OccurrenceKey, UserId } from '../../domain/ids';
import { mayWriteNotes, notesOf, type LiveNote } from '../../domain/notes/notesOf';

import { runItemsOf } from '../../domain/run/runState';
import { occurrenceOf, type SeriesDocument } from '../../domain/series/seriesDocument';
import { actionsMessages } from '../i18n/en-US/actions';

export interface NoteItemView {
  readonly id: string;
  readonly label: string;
  /** Oldest first. Two or more: saved at the same time by people who hadn't seen each other's text. */
  readonly versions: readonly LiveNote[];
  readonly conflict: boolean;
  /** Every live version's id: what a save from this view replaces (it shows them all). */
  readonly ids: readonly string[];
}

export interface NotesViewState {
  /** Notes are written on a set agenda; before voting closes there is nothing to write them on. */
  readonly open: boolean;
  readonly items: readonly NoteItemView[];
  readonly canWrite: boolean;
  /** The note-taker or the organizer: chooses who else writes. */
  readonly canInvite: boolean;
  readonly writers: readonly { readonly id: UserId; readonly name: string }[];
}

/** What the notes area shows, and who may do what (the domain's rule, mayWriteNotes, not the view's). */
export function deriveNotesViewState(doc: SeriesDocument, occ: OccurrenceKey, actor: Actor): NotesViewState {
  const writers = Object.entries(occurrenceOf(doc, occ).noteWriters ?? {})
    .flatMap(([id, w]) => (w.value ? [{ id: id as UserId, name: w.value.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
  const outcome = outcomeOf(doc, occ);
  const items = outcome
    ? runItemsOf(outcome.timeBox).map((i) => {
        const versions = notesOf(doc, occ, i.id);
        return {
          id: i.id,
          label: segmentLabel(i),
          versions,
          conflict: versions.length > 1,
          ids: versions.map((v) => v.id),
        };
      })
    : [];
  return {
    open: outcome !== undefined,
    items,
    canWrite: mayWriteNotes(doc, occ, actor),
    canInvite: actor.isNoteTaker || actor.isOrganizer,
    writers,
  };
}

/** The heading of a conflict: "Two versions — keep one or combine". */
export function conflictTitle(count: number): string {
  return actionsMessages.notes.conflictTitle(count);
}
