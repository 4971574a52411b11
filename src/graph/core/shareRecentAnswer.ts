// One answer for several callers of the same parameterless read within a short time (issue #15, side panel cold
// start): the in-meeting surfaces ask for the user's teams and profile while they find the meeting, and openAgenda
// asks again right after; the second ask gets the first one's answer instead of a round trip of its own. Only a
// successful answer is kept, and only for `forMs`, so "Try again" after a failure always asks Graph again. An answer
// is only shared with callers asking as the same person (`who`): where the signed-in person can change (the demo's
// "View as"), the next person's "me" is never the previous person's.
import type { Outcome } from '../../usecases/ports';

export function shareRecentAnswer<T>(
  read: () => Promise<Outcome<T>>,
  forMs: number,
  now: () => number = Date.now,
  who: () => string | undefined = () => undefined,
): () => Promise<Outcome<T>> {
  let held:
    | { readonly answer: Promise<Outcome<T>>; readonly at: number; readonly who: string | undefined }
    | undefined;
  return () => {
    const asking = who();
    if (held && held.who === asking && now() - held.at < forMs) return held.answer;
    const answer = read();
    const entry = { answer, at: now(), who: asking };
    held = entry;
    void answer.then(
      (r) => {
        if (!r.ok && held === entry) held = undefined;
      },
      () => {
        if (held === entry) held = undefined;
      },
    );
    return answer;
  };
}
