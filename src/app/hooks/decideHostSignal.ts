import { messageForFailure } from '../errors/messageForFailure';
import type { MeetingsViewState } from './deriveMeetingsViewState';

export type HostSignal =
  | { readonly kind: 'none' }
  | { readonly kind: 'success' }
  | { readonly kind: 'authFailed'; readonly message: string };

/**
 * What to tell the host once the first meaningful screen is up. Teams shows its loading screen until it hears
 * one of these, and its timeout screen after 30 s (platform-facts.md §10). A list, the empty state or an ordinary
 * error are all a loaded app; a sign-in or consent failure is reported as AuthFailed so the host can offer its
 * own sign-in recovery.
 */
export function decideHostSignal(state: MeetingsViewState): HostSignal {
  switch (state.kind) {
    case 'loading':
      return { kind: 'none' };
    case 'error':
      return state.failure.kind === 'unauthorized' || state.failure.kind === 'consentRequired'
        ? { kind: 'authFailed', message: messageForFailure(state.failure).message }
        : { kind: 'success' };
    case 'empty':
    case 'list':
      return { kind: 'success' };
  }
}
