import { noteBlocks } from '../../../../src/domain/notes/noteBlocks';

describe('noteBlocks: plain text with simple lists', () => {
  it('turns "- " and "1. " lines into lists, and the rest into paragraphs', () => {
    expect(
      noteBlocks('Agreed:\n- ship Friday\n* tell sales\n\n1. Ben drafts\n2. Cy reviews\nThen <b>done</b>'),
    ).toEqual([
      { kind: 'paragraph', lines: ['Agreed:'] },
      { kind: 'bullets', items: ['ship Friday', 'tell sales'] },
      { kind: 'numbered', start: 1, items: ['Ben drafts', 'Cy reviews'] },
      { kind: 'paragraph', lines: ['Then <b>done</b>'] },
    ]);
  });

  it('a blank line separates paragraphs; a numbered list keeps its first number', () => {
    expect(noteBlocks('one\ntwo\n\nthree\r\n3. c\n4. d')).toEqual([
      { kind: 'paragraph', lines: ['one', 'two'] },
      { kind: 'paragraph', lines: ['three'] },
      { kind: 'numbered', start: 3, items: ['c', 'd'] },
    ]);
    expect(noteBlocks('   \n')).toEqual([]);
  });
});
