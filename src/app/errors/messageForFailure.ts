import { assertNever } from '../../domain/ids';
import type { Failure } from '../../usecases/ports';
import { failuresMessages } from '../i18n/en-US/failures';

/** What the user can do about a failure. The view offers it through its "Try again" action. */
export type Recovery =
  | { readonly kind: 'retry' }
  | { readonly kind: 'grantConsent'; readonly scopes: readonly string[] }
  | { readonly kind: 'signInAgain' }
  | { readonly kind: 'waitThenRetry'; readonly seconds: number };

export interface FailureMessage {
  readonly title: string;
  readonly message: string;
  readonly recovery: Recovery;
  /** Graph's request-id, so support can find the call; absent when Graph gave none. */
  readonly reference?: string;
}

// The meeting list is the first thing anyone sees, so a consent failure without named scopes is about the calendar.
const DEFAULT_CONSENT_SCOPES = ['Calendars.Read'] as const;

/** The delegated scopes Roundtable can explain: the names failuresMessages.scopePurpose has words for. */
const scopePurposes = (): Readonly<Record<string, string | undefined>> => failuresMessages.scopePurpose;

// Graph sends Retry-After with 429s; when it doesn't, 10 s is the wait its throttling guidance starts from.
const DEFAULT_THROTTLE_SECONDS = 10;

/** One clear message and one recovery action per failure kind (CONVENTIONS.md §5), in the user's language. */
export function messageForFailure(failure: Failure): FailureMessage {
  const m = failuresMessages;
  const withReference = (message: Omit<FailureMessage, 'reference'>): FailureMessage =>
    failure.requestId ? { ...message, reference: failure.requestId } : message;

  // A 404 about the user's own mailbox, not about a meeting: B2B guests (and accounts without Exchange Online) have
  // no mailbox in the tenant, so there is no calendar to read (sandbox README "Calendar"; the code Graph sends).
  if (failure.code === 'MailboxNotEnabledForRESTAPI')
    return withReference({ ...m.noMailbox, recovery: { kind: 'retry' } });
  // The linked team has no Planner plan: not "deleted or moved", but one step for someone in the team to take.
  if (failure.code === 'NoPlannerPlan')
    return withReference({ ...m.noPlannerPlan, recovery: { kind: 'retry' } });

  switch (failure.kind) {
    case 'consentRequired': {
      const named =
        failure.scopes && failure.scopes.length > 0 ? failure.scopes : scopesNamedIn(failure.message);
      const scopes = named.length > 0 ? named : DEFAULT_CONSENT_SCOPES;
      const purposeOf = scopePurposes();
      const purposes = scopes.map((s) => purposeOf[s]).filter((p): p is string => p !== undefined);
      const purpose = purposes.length > 0 ? m.list(purposes) : m.anyPurpose;
      return withReference({
        title: m.consent.title,
        message: m.consent.message(purpose, m.list(scopes)),
        recovery: { kind: 'grantConsent', scopes },
      });
    }
    case 'unauthorized':
      return withReference({ ...m.unauthorized, recovery: { kind: 'signInAgain' } });
    case 'forbidden':
      return withReference({ ...m.forbidden, recovery: { kind: 'retry' } });
    case 'notFound':
      return withReference({ ...m.notFound, recovery: { kind: 'retry' } });
    case 'preconditionFailed':
      return withReference({ ...m.preconditionFailed, recovery: { kind: 'retry' } });
    case 'throttled': {
      const seconds =
        failure.retryAfterMs !== undefined && failure.retryAfterMs > 0
          ? Math.ceil(failure.retryAfterMs / 1000)
          : DEFAULT_THROTTLE_SECONDS;
      return withReference({
        title: m.throttled.title,
        message: m.throttled.message(seconds),
        recovery: { kind: 'waitThenRetry', seconds },
      });
    }
    case 'unavailable':
      if (failure.status === 423) return withReference({ ...m.locked, recovery: { kind: 'retry' } });
      return withReference({ ...m.unavailable, recovery: { kind: 'retry' } });
    case 'network':
      return withReference({ ...m.network, recovery: { kind: 'retry' } });
    case 'timeout':
      // No "nothing you typed was lost" here: describeChangeFailure adds that sentence to every service failure.
      return withReference({ ...m.timeout, recovery: { kind: 'retry' } });
    case 'badRequest':
      return withReference({ ...m.badRequest, recovery: { kind: 'retry' } });
    case 'invalidDocument':
      // The store never overwrites such a document; the user must not be told to "try again" into a loop.
      return withReference({
        ...(failure.code === 'UnsupportedSchemaVersion' ? m.newerVersion : m.damaged),
        recovery: { kind: 'retry' },
      });
    default:
      return assertNever(failure.kind, 'failure kind');
  }
}

/**
 * A 403 for a missing scope carries no scope list, but Graph's message names what would do (e.g. Teams' "API
 * requires one of 'Team.ReadBasic.All'"), so the consent message can name the permission actually missing.
 */
function scopesNamedIn(message: string | undefined): readonly string[] {
  if (!message) return [];
  return Object.keys(scopePurposes()).filter((s) =>
    // i18n-ignore: a pattern matching a scope's name in Graph's message
    new RegExp(`(^|[^A-Za-z.])${s.replace(/\./g, '\\.')}(?![A-Za-z]|\\.[A-Za-z])`).test(message),
  );
}

/** "a, b and c" in the user's language. */
export function joinWithAnd(items: readonly string[]): string {
  return failuresMessages.list(items);
}
