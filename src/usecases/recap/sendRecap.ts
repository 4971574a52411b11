// Sends a meeting's recap exactly once (issue #15), to the meeting chat or, for a meeting without one, by e-mail.
// The order is what makes a double click, a second sender or a lost answer safe (like recordToPlanner):
// 1. intent first: the lease goes into the series document (If-Match), so a second attempt finds it and waits, and an
//    attempt after a send finds the record and sends nothing;
// 2. an earlier attempt that ended without knowing (its lease vanished or was released "unclear") makes this one list
//    the chat's recent messages for the recap's marker before posting;
// 3. the message is posted once (the client never re-sends a POST by itself);
// 4. a send whose answer was lost (timeout, 503/504, dropped connection) is reconciled the same way, by listing;
// 5. the send is recorded and the lease released in one write.
// The recap is written with `words` in the sender's language; refusals are kinds (and the rule's error) the app words.
import type { Actor } from '../../domain/agenda/agendaTypes';
import type { OccurrenceKey } from '../../domain/ids';
import { recapSubject, renderRecapHtml, type Recap, type RecapWords } from '../../domain/recap/buildRecap';
import { holdsRecapLease, recapOf, recapsSent } from '../../domain/recap/recapLease';
import { err, ok, type Result } from '../../domain/result';
import type { IntentError } from '../../domain/series/applyIntent';
import type { RecapChannel, RecapSent } from '../../domain/series/seriesDocument';
import type { SeriesIntent } from '../../domain/series/seriesIntent';
import type { Failure, RecapSender, SeriesDocumentStore, StoredSeries } from '../ports';
import { changeSeries } from '../series/changeSeries';

export interface SendRecapDeps {
  readonly store: SeriesDocumentStore;
  readonly sender: RecapSender;
  readonly now: () => number;
  /** The recap's words, in the sender's language (the catalogue's `published.recap`). */
  readonly words: RecapWords;
}

export interface SendRecapInput {
  readonly stored: StoredSeries;
  readonly occurrence: OccurrenceKey;
  readonly actor: Actor;
  readonly recap: Recap;
  /** The meeting chat, when the meeting has one the sender can post to. */
  readonly chatId: string | null;
  /** The attendees' addresses, for a meeting without a chat. */
  readonly mailTo: readonly string[];
  /** A fresh id per attempt (the lease holder). */
  readonly attempt: string;
}

export interface RecapDelivered {
  /** sent: by this attempt; found: a lost send was found in the chat; already: someone sent it before. */
  readonly how: 'sent' | 'found' | 'already';
  readonly record: RecapSent;
  readonly stored: StoredSeries;
}

export type RecapFailure =
  /** No chat, and no attendee with an e-mail address. */
  | { readonly kind: 'noChannel' }
  /** The rules refused the sender (ruleMessage words the error). */
  | { readonly kind: 'notAllowed'; readonly error: IntentError }
  /** Someone else is sending it right now. */
  | { readonly kind: 'busy' }
  | {
      readonly kind: 'failed';
      readonly channel: RecapChannel;
      readonly failure: Failure;
      /** The message may have gone out; the next attempt looks for it first. */
      readonly unclear: boolean;
    };

const AMBIGUOUS: ReadonlySet<Failure['kind']> = new Set(['timeout', 'unavailable', 'network']);

export async function sendRecap(
  deps: SendRecapDeps,
  input: SendRecapInput,
): Promise<Result<RecapDelivered, RecapFailure>> {
  const channel: RecapChannel | null =
    input.chatId !== null ? 'chat' : input.mailTo.length > 0 ? 'mail' : null;
  if (channel === null) return err({ kind: 'noChannel' });
  const occ = input.occurrence;
  const change = (stored: StoredSeries, intent: SeriesIntent) =>
    changeSeries(deps.store, stored, input.actor, intent, deps.now);

  const started = await change(input.stored, {
    kind: 'startRecap',
    occurrence: occ,
    holder: input.attempt,
    channel,
    marker: input.recap.marker,
  });
  if (!started.ok)
    return started.failure.source === 'rules'
      ? err({ kind: 'notAllowed', error: started.failure.error })
      : err({ kind: 'failed', channel, failure: started.failure.failure, unclear: false });
  let stored: StoredSeries = started.value;
  const before = recapsSent(stored.doc, occ)[0];
  if (before) return ok({ how: 'already', record: before, stored });
  if (!holdsRecapLease(stored.doc, occ, input.attempt, deps.now())) return err({ kind: 'busy' });

  const record = async (how: 'sent' | 'found', messageId: string | null, recipients: number) => {
    const done = await change(stored, {
      kind: 'recapSent',
      occurrence: occ,
      holder: input.attempt,
      channel,
      messageId,
      recipients,
    });
    // The message is out either way; an unrecorded send is found by the next attempt's listing.
    if (done.ok) stored = done.value;
    const entry = recapsSent(stored.doc, occ).find((r) => r.messageId === messageId) ?? {
      channel,
      messageId,
      by: input.actor.id,
      at: deps.now(),
      recipients,
    };
    return ok({ how, record: entry, stored });
  };
  const release = async (unclear: boolean) => {
    const r = await change(stored, { kind: 'releaseRecap', occurrence: occ, holder: input.attempt, unclear });
    if (r.ok) stored = r.value;
  };
  const findInChat = async (chatId: string): Promise<string | null> => {
    const recent = await deps.sender.recentChatMessages(chatId);
    return recent.ok ? (recent.value.find((m) => m.content.includes(input.recap.marker))?.id ?? null) : null;
  };

  const html = renderRecapHtml(input.recap, deps.words);
  if (input.chatId !== null) {
    if (recapOf(stored.doc, occ).lease?.value.unclear) {
      const found = await findInChat(input.chatId);
      if (found !== null) return record('found', found, 0);
    }
    const posted = await deps.sender.postToChat(input.chatId, html);
    if (posted.ok) return record('sent', posted.value.id, 0);
    const unclear = AMBIGUOUS.has(posted.failure.kind);
    if (unclear) {
      const found = await findInChat(input.chatId);
      if (found !== null) return record('found', found, 0);
    }
    await release(unclear);
    return err({ kind: 'failed', channel: 'chat', failure: posted.failure, unclear });
  }

  const mailed = await deps.sender.sendMail(input.mailTo, recapSubject(input.recap, deps.words), html);
  if (mailed.ok) return record('sent', null, input.mailTo.length);
  const unclear = AMBIGUOUS.has(mailed.failure.kind);
  await release(unclear);
  return err({ kind: 'failed', channel: 'mail', failure: mailed.failure, unclear });
}
