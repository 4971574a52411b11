// The decision log as Markdown and as CSV, for copying into a wiki, a doc or a spreadsheet.
import type { DecisionLogAction, DecisionLogRow } from './buildDecisionLog';

const HEADERS = ['Date', 'Topic', 'Decision', 'Held by', 'Action items'] as const;

function actionText(a: DecisionLogAction): string {
  const who = a.owners.length ? ` (${a.owners.join(', ')})` : '';
  const due = a.due ? `, due ${a.due}` : '';
  return `${a.done ? '[done] ' : ''}${a.title}${who}${due}`;
}

function cellsOf(r: DecisionLogRow): readonly string[] {
  return [r.date, r.topic, r.decision, r.holder, r.actions.map(actionText).join('\n')];
}

/*
 * A GitHub-flavoured Markdown table. Attendee text must not break out of its cell: a `|` would start a new cell and a
 * line break would end the row, so pipes and backslashes are escaped and line breaks become <br>. Other Markdown
 * (emphasis, links) is left as typed; a reader renders it as the author wrote it. HTML the author typed is escaped
 * (`<` and `&`), since Markdown renderers pass raw HTML through.
 */
export function decisionLogToMarkdown(title: string, rows: readonly DecisionLogRow[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    `# Decision log: ${markdownCell(title)}`,
    '',
    line(HEADERS),
    `|${HEADERS.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => line(cellsOf(r))),
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
export function decisionLogToCsv(rows: readonly DecisionLogRow[]): string {
  return [HEADERS, ...rows.map(cellsOf)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(s: string): string {
  const guarded = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
