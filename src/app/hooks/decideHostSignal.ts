import { messageForFailure } from '../errors/messageForFailure';
import type { MeetingsViewState } from './deriveMeetingsViewState';

export type HostSignal =
  | { readonly kind: 'none' }
  | { readonly kind: 'success' }
  | { readonly kind: 'authFailed'; readonly message: string };

/**
 * What to tell the host once the first meaningful screen is up. Teams shows its loading screen until it hears
 * one of these, and its timeout screen after 30 s (platform-facts.md §10). A list, the empty state or an ordinary
 * error are all a loaded app. So is missing consent (declined, a blocked popup, interaction required): the app shows
 * its own message and "Try again", which a user can act on, and notifyFailure would replace it with the host's error
 * page. AuthFailed is kept for a sign-in that failed outright, which the app's button can't fix.
 */
export function decideHostSignal(state: MeetingsViewState): HostSignal {
  switch (state.kind) {
    case 'loading':
      return { kind: 'none' };
    case 'error':
      return state.failure.kind === 'unauthorized'
        ? { kind: 'authFailed', message: messageForFailure(state.failure).message }
        : { kind: 'success' };
    case 'empty':
    case 'list':
      return { kind: 'success' };
  }
}
