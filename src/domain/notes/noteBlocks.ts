// Notes are plain text; lines starting "- " (or "* ") and "1. " are shown as lists. No markup beyond that, so
// nothing an attendee typed is ever interpreted as HTML: the view renders these blocks as text.
export type NoteBlock =
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'numbered'; readonly start: number; readonly items: readonly string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,4})[.)]\s+(.*)$/;

export function noteBlocks(text: string): NoteBlock[] {
  const out: NoteBlock[] = [];
  const push = (kind: NoteBlock['kind'], line: string, start = 1) => {
    const last = out[out.length - 1];
    if (kind === 'paragraph') {
      if (last?.kind === 'paragraph') out[out.length - 1] = { kind, lines: [...last.lines, line] };
      else out.push({ kind, lines: [line] });
    } else if (kind === 'bullets') {
      if (last?.kind === 'bullets') out[out.length - 1] = { kind, items: [...last.items, line] };
      else out.push({ kind, items: [line] });
    } else if (last?.kind === 'numbered') out[out.length - 1] = { ...last, items: [...last.items, line] };
    else out.push({ kind, start, items: [line] });
  };
  let blank = true;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      blank = true;
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = NUMBERED.exec(raw);
    // A blank line ends a paragraph (the next text line starts a new one); lists run on across it.
    if (blank && out[out.length - 1]?.kind === 'paragraph' && !bullet && !numbered)
      out.push({ kind: 'paragraph', lines: [] });
    if (bullet) push('bullets', bullet[1] ?? '');
    else if (numbered) push('numbered', numbered[2] ?? '', Number(numbered[1]));
    else push('paragraph', raw.trimEnd());
    blank = false;
  }
  return out.filter((b) => b.kind !== 'paragraph' || b.lines.length > 0);
}
