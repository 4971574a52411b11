// Search and filters of the decision log: pure, so the view only holds the inputs.
import type { DecisionLogRow } from './buildDecisionLog';

export interface DecisionLogFilter {
  /** Words that must all appear (any case) in the topic, decision, holder or an action's title or owners. */
  readonly text: string;
  /** A person's name as the log shows it (a holder or an action owner); '' for everyone. */
  readonly person: string;
  /** Inclusive YYYY-MM-DD bounds on the meeting's date; '' for open. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTER: DecisionLogFilter = { text: '', person: '', from: '', to: '' };

export function filterDecisionLog(
  rows: readonly DecisionLogRow[],
  filter: DecisionLogFilter,
): readonly DecisionLogRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const person = fold(filter.person.trim());
  return rows.filter((r) => {
    if (filter.from && r.date < filter.from) return false;
    if (filter.to && r.date > filter.to) return false;
    if (person && !peopleOf(r).some((p) => fold(p) === person)) return false;
    if (words.length === 0) return true;
    const hay = fold(
      [r.topic, r.decision, r.holder, ...r.actions.flatMap((a) => [a.title, ...a.owners])].join('\n'),
    );
    return words.every((w) => hay.includes(w));
  });
}

/** Everyone the log names (holders and action owners), once each, sorted: the person filter's choices. */
export function peopleInLog(rows: readonly DecisionLogRow[]): readonly string[] {
  const seen = new Map<string, string>();
  for (const r of rows) for (const p of peopleOf(r)) if (!seen.has(fold(p))) seen.set(fold(p), p);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

function peopleOf(r: DecisionLogRow): readonly string[] {
  return [r.holder, ...r.actions.flatMap((a) => a.owners)].map((p) => p.trim()).filter(Boolean);
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase();
