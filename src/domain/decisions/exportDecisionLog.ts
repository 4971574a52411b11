// The decision log as Markdown and as CSV, for copying into a wiki, a doc or a spreadsheet.
// The headers and the few words around the cells come from `words` (decisionLogWords.ts), in the exporter's language.
import type { DecisionLogAction, DecisionLogRow } from './buildDecisionLog';
import type { DecisionLogWords } from './decisionLogWords';

const headersOf = (words: DecisionLogWords): readonly string[] => {
  const h = words.headers;
  return [h.date, h.topic, h.decision, h.heldBy, h.actionItems];
};

function actionText(a: DecisionLogAction, words: DecisionLogWords): string {
  const who = a.owners.length ? ` (${a.owners.join(', ')})` : '';
  const due = a.due ? `, ${words.due(a.due)}` : '';
  return `${a.done ? `${words.done} ` : ''}${a.title}${who}${due}`;
}

function cellsOf(r: DecisionLogRow, words: DecisionLogWords): readonly string[] {
  return [r.date, r.topic, r.decision, r.holder, r.actions.map((a) => actionText(a, words)).join('\n')];
}

/*
 * A GitHub-flavoured Markdown table. Attendee text must not break out of its cell: a `|` would start a new cell and a
 * line break would end the row, so pipes and backslashes are escaped and line breaks become <br>. Other Markdown
 * (emphasis, links) is left as typed; a reader renders it as the author wrote it. HTML the author typed is escaped
 * (`<` and `&`), since Markdown renderers pass raw HTML through.
 */
export function decisionLogToMarkdown(
  title: string,
  rows: readonly DecisionLogRow[],
  words: DecisionLogWords,
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const headers = headersOf(words);
  return [
    `# ${words.title(markdownCell(title))}`,
    '',
    line(headers),
    `|${headers.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => line(cellsOf(r, words))),
    '',
  ].join('\n');
}

export function markdownCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/*
 * RFC 4180: CRLF between records; a field holding a comma, a double quote, CR or LF is quoted, and quotes inside are
 * doubled. Formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run a cell that starts with
 * =, +, -, @ (or a tab or CR, which they skip before looking) as a formula, so a decision typed as
 * `=HYPERLINK("https://evil…")` would become a live link or worse in whoever opens the export. Such cells get a
 * leading apostrophe, which the spreadsheets show as text; it costs a visible ' on text like "-3 % budget".
 */
export function decisionLogToCsv(rows: readonly DecisionLogRow[], words: DecisionLogWords): string {
  return (
    [headersOf(words), ...rows.map((r) => cellsOf(r, words))]
      .map((r) => r.map(csvCell).join(','))
      .join('\r\n') + '\r\n'
  );
}

export function csvCell(s: string): string {
  const guarded = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
