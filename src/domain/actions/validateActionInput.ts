// Shared input rules of the action commands; Planner's own limits (one assignee here, well under its 20 per task,
// platform-facts §4; a 255-character title is what the sandbox enforces) are checked here so a bad item never
// reaches Graph.
import { err, ok, type Result } from '../result';
import { ACTION_TITLE_MAX, HELPERS_MAX, type ActionError, type ActionOwner } from './actionTypes';

export function validateTitle(title: string): Result<string, ActionError> {
  const t = title.trim();
  if (t.length === 0)
    return err({ kind: 'invalidInput', field: 'title', problem: { code: 'actionTitleMissing' } });
  if (t.length > ACTION_TITLE_MAX)
    return err({
      kind: 'invalidInput',
      field: 'title',
      problem: { code: 'actionTitleTooLong', max: ACTION_TITLE_MAX },
    });
  return ok(t);
}

/** One person, by a plausible address; the name defaults to the address. */
function validatePerson(p: ActionOwner, field: string): Result<ActionOwner, ActionError> {
  const email = p.email.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    return err({ kind: 'invalidInput', field, problem: { code: 'actionEmailInvalid', email: p.email } });
  return ok({ email, name: p.name.trim() || email });
}

/** Exactly one owner: the Planner assignee (issue #16 "one accountable owner"). */
export function validateOwner(owner: ActionOwner | undefined): Result<ActionOwner, ActionError> {
  if (!owner || owner.email.trim() === '')
    return err({ kind: 'invalidInput', field: 'owner', problem: { code: 'actionOwnerMissing' } });
  return validatePerson(owner, 'owner');
}

/**
 * Helpers: optional, each once, never the owner (listing the owner as their own helper is dropped, not refused: the
 * picker may still hold them after "I'll own this"), at most HELPERS_MAX.
 */
export function validateHelpers(
  helpers: readonly ActionOwner[],
  owner: ActionOwner,
): Result<readonly ActionOwner[], ActionError> {
  const seen = new Set<string>([owner.email.trim().toLowerCase()]);
  const out: ActionOwner[] = [];
  for (const h of helpers) {
    const valid = validatePerson(h, 'helpers');
    if (!valid.ok) return valid;
    const key = valid.value.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(valid.value);
  }
  if (out.length > HELPERS_MAX)
    return err({
      kind: 'invalidInput',
      field: 'helpers',
      problem: { code: 'actionHelpersTooMany', max: HELPERS_MAX },
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
      problem: { code: 'actionDueInvalid' },
    });
  return ok(due);
}
