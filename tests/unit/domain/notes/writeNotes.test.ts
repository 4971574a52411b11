// Who writes notes, on what, and how concurrent saves of one item keep both texts (domain/notes).
import { parseHealthLine } from '../../../../src/domain/series/healthIssue';
import type { NotesIssue } from '../../../../src/domain/actions/actionProblem';
import { mayWriteNotes } from '../../../../src/domain/notes/notesOf';
import { notesOf } from '../../../../src/domain/notes/notesOf';
import { NOTES_MAX } from '../../../../src/domain/notes/notesTypes';
import { validateNotes } from '../../../../src/domain/notes/validateNotes';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { mergeSeriesDocuments } from '../../../../src/domain/series/mergeSeriesDocuments';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import type { SeriesIntent } from '../../../../src/domain/series/seriesIntent';
import { validateSeriesDocument } from '../../../../src/domain/series/validateSeriesDocument';
import {
  act,
  adele,
  ben,
  close,
  cy,
  emptyDoc,
  OCC,
  person,
  propose,
  vote,
} from '../../app/agenda/agendaFixture';

const nia = person('nia', { isNoteTaker: true, name: 'Nia' });
const write = (itemId: string, text: string, basedOn: readonly string[] = []): SeriesIntent => ({
  kind: 'writeNotes',
  occurrence: OCC,
  itemId,
  text,
  basedOn,
});
const invite = (who: typeof ben, invited = true): SeriesIntent => ({
  kind: 'setNoteWriter',
  occurrence: OCC,
  person: who.id,
  name: who.name,
  invited,
});
/** OCC closed with topics A and B as boulders (and the default segments). */
const closed = (): SeriesDocument => {
  let d = propose(propose(emptyDoc(), 'A', ben), 'B', cy);
  d = vote(d, ben, { A: 1 });
  return close(d);
};
const texts = (d: SeriesDocument, item = 'A') => notesOf(d, OCC, item).map((v) => v.text);

describe('who writes notes', () => {
  it('the note-taker and the organizer write; an attendee is refused with a clear message', () => {
    const d = act(closed(), nia, write('A', '- ship it'));
    expect(texts(d)).toEqual(['- ship it']);
    expect(texts(act(d, adele, write('B', 'Organizer note')), 'B')).toEqual(['Organizer note']);
    expect(applyIntent(d, write('A', 'mine'), ben, 10_000)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'notesWriteNotAllowed' } },
    });
  });

  it('someone the note-taker invites writes too, until the invitation is withdrawn', () => {
    const d = act(closed(), nia, invite(ben));
    expect(mayWriteNotes(d, OCC, ben)).toBe(true);
    expect(texts(act(d, ben, write('A', 'Ben wrote')))).toEqual(['Ben wrote']);
    const withdrawn = act(d, nia, invite(ben, false));
    expect(mayWriteNotes(withdrawn, OCC, ben)).toBe(false);
    expect(applyIntent(withdrawn, write('A', 'x'), ben, 99_000).ok).toBe(false);
  });

  it('only the note-taker or the organizer invites', () => {
    expect(applyIntent(closed(), invite(cy), ben, 10_000)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'noteWritersNotAllowed' } },
    });
    expect(mayWriteNotes(act(closed(), adele, invite(cy)), OCC, cy)).toBe(true);
  });
});

describe('what notes are written on', () => {
  it('needs the agenda set: voting still open is refused', () => {
    const open = propose(emptyDoc(), 'A', ben);
    expect(applyIntent(open, write('A', 'x'), nia, 10_000)).toMatchObject({
      ok: false,
      failure: { kind: 'notAllowed', problem: { code: 'notesNotOpen' } },
    });
  });

  it('takes the agenda’s segments and boulders, not items that are not on it', () => {
    const d = act(closed(), nia, write('check-in', 'All here'));
    expect(texts(d, 'check-in')).toEqual(['All here']);
    expect(applyIntent(d, write('nope', 'x'), nia, 10_000)).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });

  it('refuses notes longer than the limit, with the field named', () => {
    expect(applyIntent(closed(), write('A', 'x'.repeat(NOTES_MAX + 1)), nia, 10_000)).toMatchObject({
      ok: false,
      failure: { kind: 'invalidInput', field: 'notes' },
    });
  });

  it('never touches the frozen outcome', () => {
    const d = closed();
    const after = act(d, nia, write('A', 'notes'));
    expect(after.occurrences[OCC]?.voting).toBe(d.occurrences[OCC]?.voting);
  });

  it('stays writable after the meeting, and is refused once the occurrence is archived', () => {
    let d = act(closed(), nia, write('A', 'draft'));
    for (const command of ['start', 'finish'] as const)
      d = act(d, adele, { kind: 'runAgenda', occurrence: OCC, command, meetingMinutes: 60 });
    const tidied = act(d, nia, write('A', 'tidied after', [notesOf(d, OCC, 'A')[0]!.id]));
    expect(texts(tidied)).toEqual(['tidied after']);
    const archived: SeriesDocument = {
      ...d,
      archive: {
        value: { through: OCC, files: ['a.json'], occurrences: 1, proposals: 0, actions: 0 },
        at: 1,
        c: 0,
        by: adele.id,
      },
    };
    expect(
      applyIntent(archived, write('A', 'late edit', [notesOf(d, OCC, 'A')[0]!.id]), nia, 10 ** 9),
    ).toMatchObject({
      ok: false,
      failure: { kind: 'notFound' },
    });
  });
});

describe('concurrent saves of one item', () => {
  it('keep both versions; a save that saw both replaces them', () => {
    const base = act(closed(), nia, invite(ben));
    const first = act(base, nia, write('A', 'v0'));
    const v0 = notesOf(first, OCC, 'A')[0]!.id;
    // Both start editing from v0; Nia's save lands first, Ben's is applied to the newer version (after a 412).
    const nias = act(first, nia, write('A', 'Nia: v1', [v0]));
    const both = act(nias, ben, write('A', 'Ben: v1', [v0]));
    expect(texts(both)).toEqual(['Nia: v1', 'Ben: v1']);
    // The resolution names both versions it saw.
    const ids = notesOf(both, OCC, 'A').map((v) => v.id);
    const resolved = act(both, nia, write('A', 'Nia: v1\nBen: v1', ids));
    expect(texts(resolved)).toEqual(['Nia: v1\nBen: v1']);
    expect(resolved.occurrences[OCC]?.notes?.['A']?.replaced).toEqual([...ids, v0].sort());
  });

  it('a save that lands twice (its answer lost) does not show as a conflict with itself', () => {
    const first = act(closed(), nia, write('A', 'v0'));
    const v0 = notesOf(first, OCC, 'A')[0]!.id;
    const once = act(first, nia, write('A', 'v1', [v0]));
    const twice = act(once, nia, write('A', 'v1', [v0]));
    expect(texts(twice)).toEqual(['v1']);
  });

  it('a writer whose clock runs a day behind still replaces what it saw', () => {
    const first = act(closed(), nia, write('A', 'v0'));
    const v0 = notesOf(first, OCC, 'A')[0]!.id;
    const r = applyIntent(first, write('A', 'v1', [v0]), nia, -86_400_000);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    for (const d of [r.value, mergeSeriesDocuments(first, r.value), mergeSeriesDocuments(r.value, first)])
      expect(texts(d)).toEqual(['v1']);
  });

  it('survive the read-side checks, which set aside a tampered item without touching the rest', () => {
    const d = act(act(closed(), nia, write('A', 'keep')), nia, write('B', 'also'));
    const rec = d.occurrences[OCC]!;
    const huge = {
      versions: { x: { text: 'x'.repeat(NOTES_MAX + 1), byName: 'x', at: 1, c: 0, by: nia.id } },
      replaced: [],
    };
    const tampered = { ...d, occurrences: { [OCC]: { ...rec, notes: { ...rec.notes, B: huge } } } };
    const v = validateSeriesDocument(tampered, 10 ** 7);
    expect(texts(v.doc)).toEqual(['keep']);
    expect(texts(v.doc, 'B')).toEqual([]);
    expect(v.issues.map(parseHealthLine)).toContainEqual({
      code: 'notesSetAside',
      count: 1,
      day: '2025-03-10',
    });
    expect(validateSeriesDocument(d, 10 ** 7).issues).toEqual([]);
    // The notes' own check reports what it set aside as data, for the app to word.
    const found: NotesIssue[] = [];
    validateNotes(tampered.occurrences[OCC]!, '2026-01-05', (i) => found.push(i));
    expect(found).toEqual([{ code: 'notesSetAside', day: '2026-01-05', count: 1 }]);
  });
});
