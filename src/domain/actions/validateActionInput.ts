// Shared input rules of the action commands; Planner's own limits (platform-facts §4: 20 assignees per task; a
// 255-character title is what the sandbox enforces) are checked here so a bad item never reaches Graph.
import { err, ok, type Result } from '../result';
import { ACTION_TITLE_MAX, OWNERS_MAX, type ActionError, type ActionOwner } from './actionTypes';

export function validateTitle(title: string): Result<string, ActionError> {
  const t = title.trim();
  if (t.length === 0)
    return err({ kind: 'invalidInput', field: 'title', message: 'Say what needs to be done.' });
  if (t.length > ACTION_TITLE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'title',
      message: `Keep the action to ${ACTION_TITLE_MAX} characters.`,
    });
  return ok(t);
}

export function validateOwners(owners: readonly ActionOwner[]): Result<readonly ActionOwner[], ActionError> {
  const seen = new Set<string>();
  const out: ActionOwner[] = [];
  for (const o of owners) {
    const email = o.email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      return err({
        kind: 'invalidInput',
        field: 'owners',
        message: `"${o.email}" is not an e-mail address.`,
      });
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ email, name: o.name.trim() || email });
  }
  if (out.length === 0)
    return err({ kind: 'invalidInput', field: 'owners', message: 'Every action needs an owner.' });
  if (out.length > OWNERS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'owners',
      message: `An action can have at most ${OWNERS_MAX} owners.`,
    });
  return ok(out);
}

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 does not). */
export function validateDue(due: string | null): Result<string | null, ActionError> {
  if (due === null) return ok(null);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== due)
    return err({
      kind: 'invalidInput',
      field: 'due',
      message: 'The due date must be a date like 2026-03-31.',
    });
  return ok(due);
}
