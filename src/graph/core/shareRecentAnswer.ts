// One answer for several callers of the same parameterless read within a short time (issue #15, side panel cold
// start): the in-meeting surfaces ask for the user's teams and profile while they find the meeting, and openAgenda
// asks again right after; the second ask gets the first one's answer instead of a round trip of its own. Only a
// successful answer is kept, and only for `forMs`, so "Try again" after a failure always asks Graph again.
import type { Outcome } from '../../usecases/ports';

export function shareRecentAnswer<T>(
  read: () => Promise<Outcome<T>>,
  forMs: number,
  now: () => number = Date.now,
): () => Promise<Outcome<T>> {
  let held: { readonly answer: Promise<Outcome<T>>; readonly at: number } | undefined;
  return () => {
    if (held && now() - held.at < forMs) return held.answer;
    const answer = read();
    const entry = { answer, at: now() };
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
