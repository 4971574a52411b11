import type { ChangeFailure } from '../../usecases/series/changeSeries';
import { messageForFailure } from '../errors/messageForFailure';
import { meetingMessages } from '../i18n/en-US/meeting';
import { ruleMessage } from '../i18n/problemText';

/** How a failed agenda change is shown: on a field (a rule the user can fix) or in a MessageBar (the service). */
export type ChangeProblem =
  | { readonly kind: 'field'; readonly field: string; readonly message: string }
  | { readonly kind: 'rule'; readonly message: string }
  | {
      readonly kind: 'service';
      readonly title: string;
      readonly message: string;
      readonly reference?: string;
    };

/**
 * Rule errors come from the domain (their message is already the user's sentence); store failures go through
 * messageForFailure. Either way the caller keeps what the user typed, so the message says so.
 */
export function describeChangeFailure(failure: ChangeFailure): ChangeProblem {
  if (failure.source === 'rules') {
    const e = failure.error;
    return e.kind === 'invalidInput'
      ? { kind: 'field', field: e.field, message: ruleMessage(e) }
      : { kind: 'rule', message: ruleMessage(e) };
  }
  const m = messageForFailure(failure.failure);
  const words = meetingMessages.change;
  const title = m.recovery.kind === 'waitThenRetry' ? words.busyTitle(m.recovery.seconds) : m.title;
  return {
    kind: 'service',
    title,
    message: words.nothingLost(m.message),
    ...(m.reference ? { reference: m.reference } : {}),
  };
}
