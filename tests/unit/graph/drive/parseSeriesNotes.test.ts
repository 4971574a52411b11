// Notes through the trust boundary: a document with notes survives the file's round trip whole, and a damaged
// notes entry is set aside on its own, reported, without touching the rest (seriesDocumentSchema).
import { parseSeriesDocument } from '../../../../src/graph/drive/parseSeriesDocument';
import { notesOf } from '../../../../src/domain/notes/notesOf';
import { act, ben, close, emptyDoc, OCC, person, propose, vote } from '../../app/agenda/agendaFixture';

const nia = person('nia', { isNoteTaker: true, name: 'Nia' });
const withNotes = () => {
  let d = close(vote(propose(emptyDoc(), 'A', ben), ben, { A: 1 }));
  d = act(d, nia, { kind: 'setNoteWriter', occurrence: OCC, person: ben.id, name: 'Ben', invited: true });
  d = act(d, nia, { kind: 'writeNotes', occurrence: OCC, itemId: 'A', text: '- one', basedOn: [] });
  return act(d, ben, {
    kind: 'writeNotes',
    occurrence: OCC,
    itemId: 'check-in',
    text: 'All here',
    basedOn: [],
  });
};

describe('notes in the series file', () => {
  it('round-trip whole', () => {
    const d = withNotes();
    const r = parseSeriesDocument(JSON.stringify(d), 'The file', 10 ** 7);
    if (!r.ok) throw new Error(r.failure.message);
    expect(r.value.issues).toEqual([]);
    expect(r.value.doc.occurrences[OCC]?.notes).toEqual(d.occurrences[OCC]?.notes);
    expect(r.value.doc.occurrences[OCC]?.noteWriters).toEqual(d.occurrences[OCC]?.noteWriters);
  });

  it('a malformed item is set aside and reported; the other items stay', () => {
    const d = withNotes();
    const raw = JSON.parse(JSON.stringify(d)) as {
      occurrences: Record<string, { notes: Record<string, unknown> }>;
    };
    raw.occurrences[OCC]!.notes['A'] = { versions: { x: { text: 1 } }, replaced: [] };
    const r = parseSeriesDocument(JSON.stringify(raw), 'The file', 10 ** 7);
    if (!r.ok) throw new Error(r.failure.message);
    expect(notesOf(r.value.doc, OCC, 'A')).toEqual([]);
    expect(notesOf(r.value.doc, OCC, 'check-in').map((v) => v.text)).toEqual(['All here']);
    expect(r.value.issues.join(' ')).toMatch(/could not be read/);
  });
});
