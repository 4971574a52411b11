import { assertNever } from '../../domain/ids';
import type { Failure } from '../../usecases/ports';

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

/** Why Roundtable asks for each delegated scope, in words an admin can approve. */
const SCOPE_PURPOSE: Readonly<Record<string, string>> = {
  'Calendars.Read': 'read your calendar',
  'Calendars.ReadWrite': 'read your calendar and publish agendas to your invites',
  'User.Read': 'sign you in',
  'User.ReadBasic.All': 'look up the people in your meetings',
  'Team.ReadBasic.All': 'find the teams your meetings belong to',
  'Files.ReadWrite.All': "store the shared agenda in your team's files",
  'Tasks.ReadWrite': "record action items in your team's Planner plan",
  'ChatMessage.Send': "post the recap to the meeting's chat",
  'Chat.Read': "check the meeting's chat for a recap already posted",
  'Mail.Send': 'e-mail the recap when the meeting has no chat',
  'TeamsActivity.Send': 'notify people in Teams when voting opens or closes, a role or an action is due',
};

// Graph sends Retry-After with 429s; when it doesn't, 10 s is the wait its throttling guidance starts from.
const DEFAULT_THROTTLE_SECONDS = 10;

/** One clear message and one recovery action per failure kind (CONVENTIONS.md §5). */
export function messageForFailure(failure: Failure): FailureMessage {
  const withReference = (m: Omit<FailureMessage, 'reference'>): FailureMessage =>
    failure.requestId ? { ...m, reference: failure.requestId } : m;

  // A 404 about the user's own mailbox, not about a meeting: B2B guests (and accounts without Exchange Online) have
  // no mailbox in the tenant, so there is no calendar to read (sandbox README "Calendar"; the code Graph sends).
  if (failure.code === 'MailboxNotEnabledForRESTAPI')
    return withReference({
      title: 'Your calendar isn’t available in this organization',
      message:
        'Your account has no Outlook mailbox here (guest accounts don’t), so Roundtable can’t list your meetings. ' +
        'Your meetings are in your own organization’s calendar; the team’s agenda is still shared with you in Teams.',
      recovery: { kind: 'retry' },
    });

  switch (failure.kind) {
    case 'consentRequired': {
      const named =
        failure.scopes && failure.scopes.length > 0 ? failure.scopes : scopesNamedIn(failure.message);
      const scopes = named.length > 0 ? named : DEFAULT_CONSENT_SCOPES;
      const purposes = scopes.map((s) => SCOPE_PURPOSE[s]).filter((p): p is string => p !== undefined);
      const purpose = purposes.length > 0 ? joinWithAnd(purposes) : 'read your Microsoft 365 data';
      return withReference({
        title: 'Roundtable needs your consent',
        message:
          `Roundtable needs consent to ${purpose} (${joinWithAnd(scopes)}). ` +
          'Select Try again and accept the consent prompt, or ask your Microsoft 365 admin to grant consent for your organization.',
        recovery: { kind: 'grantConsent', scopes },
      });
    }
    case 'unauthorized':
      return withReference({
        title: 'Please sign in again',
        message: 'Your sign-in has expired or was not accepted. Select Try again to sign in again.',
        recovery: { kind: 'signInAgain' },
      });
    case 'forbidden':
      return withReference({
        title: "You don't have access",
        message:
          'Microsoft 365 refused access to this information. Ask the meeting organizer or your admin for access, then try again.',
        recovery: { kind: 'retry' },
      });
    case 'notFound':
      return withReference({
        title: "We couldn't find it",
        message: 'It may have been deleted or moved. Try again to load the latest.',
        recovery: { kind: 'retry' },
      });
    case 'preconditionFailed':
      return withReference({
        title: 'Someone else changed this at the same time',
        message: 'Try again to load the latest version. Nothing you typed has been lost.',
        recovery: { kind: 'retry' },
      });
    case 'throttled': {
      const seconds =
        failure.retryAfterMs !== undefined && failure.retryAfterMs > 0
          ? Math.ceil(failure.retryAfterMs / 1000)
          : DEFAULT_THROTTLE_SECONDS;
      return withReference({
        title: 'Microsoft 365 is busy',
        message: `Your organization is sending Microsoft 365 too many requests right now. Wait ${seconds} ${plural(seconds, 'second')}, then try again.`,
        recovery: { kind: 'waitThenRetry', seconds },
      });
    }
    case 'unavailable':
      if (failure.status === 423)
        return withReference({
          title: 'The file is locked',
          message:
            'Roundtable’s file in your team’s Files is locked, for example open for editing or checked out. Roundtable waited, but it stayed locked. Close it or check it in, then try again.',
          recovery: { kind: 'retry' },
        });
      return withReference({
        title: 'Microsoft 365 is temporarily unavailable',
        message: 'The service did not respond as expected. Wait a moment, then try again.',
        recovery: { kind: 'retry' },
      });
    case 'network':
      return withReference({
        title: "We couldn't reach Microsoft 365",
        message: 'Check your internet connection, then try again.',
        recovery: { kind: 'retry' },
      });
    case 'timeout':
      // No "nothing you typed was lost" here: describeChangeFailure adds that sentence to every service failure.
      return withReference({
        title: "Microsoft 365 didn't answer in time",
        message: 'We stopped waiting for an answer. Try again in a moment.',
        recovery: { kind: 'retry' },
      });
    case 'badRequest':
      return withReference({
        title: 'Something went wrong',
        message:
          'Microsoft 365 did not accept the request. Try again; if it keeps happening, contact support with the reference below.',
        recovery: { kind: 'retry' },
      });
    case 'invalidDocument':
      // The store never overwrites such a document; the user must not be told to "try again" into a loop.
      return withReference(
        failure.code === 'UnsupportedSchemaVersion'
          ? {
              title: 'This agenda needs a newer Roundtable',
              message:
                'This agenda was saved by a newer version of Roundtable; refresh or update the app. Nothing was overwritten.',
              recovery: { kind: 'retry' },
            }
          : {
              title: 'The agenda file is damaged',
              message:
                "The agenda file for this series is damaged; nothing was changed. Ask the organizer to restore a previous version in the team's Files.",
              recovery: { kind: 'retry' },
            },
      );
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
  return Object.keys(SCOPE_PURPOSE).filter((s) =>
    new RegExp(`(^|[^A-Za-z.])${s.replace(/\./g, '\\.')}(?![A-Za-z]|\\.[A-Za-z])`).test(message),
  );
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
