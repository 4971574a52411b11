// sendRecap: exactly one recap whatever happens: a double click, a second sender, an answer lost after the post
// landed, a refusal; e-mail for a meeting without a chat, and a clear reason when neither is possible.
import { buildRecap } from '../../../../src/domain/recap/buildRecap';
import { recapsSent } from '../../../../src/domain/recap/recapLease';
import { err, ok } from '../../../../src/domain/result';
import type { ChatMessageRef, Failure, Outcome, RecapSender } from '../../../../src/usecases/ports';
import { sendRecap, type SendRecapInput } from '../../../../src/usecases/recap/sendRecap';
import { InMemorySeriesStore } from '../../../fakes/InMemorySeriesStore';
import { TEAM, value } from '../../../fakes/actionFixtures';
import { adele, ben, OCC } from '../../app/agenda/agendaFixture';
import { closedMeeting } from '../../domain/recap/recapFixture';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

const T = Date.parse('2025-03-10T10:30:00.000Z');

/** A chat that stores posts; `lose` makes the next post land but its answer fail. */
class FakeChat implements RecapSender {
  readonly messages: ChatMessageRef[] = [];
  readonly mail: { to: readonly string[]; subject: string }[] = [];
  lose: Failure | null = null;
  refuse: Failure | null = null;
  async postToChat(_chatId: string, html: string): Promise<Outcome<{ readonly id: string }>> {
    await Promise.resolve();
    if (this.refuse) return err(this.refuse);
    const id = String(this.messages.length + 1);
    this.messages.unshift({ id, content: html });
    if (this.lose) {
      const f = this.lose;
      this.lose = null;
      return err(f);
    }
    return ok({ id });
  }
  async recentChatMessages(): Promise<Outcome<readonly ChatMessageRef[]>> {
    return ok([...this.messages]);
  }
  async sendMail(to: readonly string[], subject: string): Promise<Outcome<void>> {
    this.mail.push({ to, subject });
    return ok(undefined);
  }
}

async function setup() {
  const store = new InMemorySeriesStore({ random: () => 0, now: () => T });
  const doc = closedMeeting();
  const stored = value(await store.create(TEAM, doc));
  const chat = new FakeChat();
  const recap = buildRecap(
    {
      doc,
      occurrence: OCC,
      meetingMinutes: 60,
      meetingTitle: 'Leadership weekly',
      occurrenceLabel: 'Mon 10 Mar',
      appUrl: 'https://example.com/app',
      plannerTaskUrl: () => null,
    },
    EN.recap,
  );
  let n = 0;
  const input = (over: Partial<SendRecapInput> = {}): SendRecapInput => ({
    stored,
    occurrence: OCC,
    actor: adele,
    recap,
    chatId: '19:meeting_x@thread.v2',
    mailTo: [],
    attempt: `attempt-${(n += 1)}`,
    ...over,
  });
  const deps = { store, sender: chat, now: () => T, words: EN.recap };
  return { store, chat, input, deps, location: stored.location };
}

describe('sendRecap', () => {
  it('a double click sends one message; the second click is told it is being sent or was sent', async () => {
    const { chat, input, deps } = await setup();
    const [a, b] = await Promise.all([sendRecap(deps, input()), sendRecap(deps, input())]);
    expect(chat.messages).toHaveLength(1);
    const outcomes = [a, b].map((r) => (r.ok ? r.value.how : r.failure.kind)).sort();
    expect(outcomes).toEqual(expect.arrayContaining(['sent']));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    const again = await sendRecap(deps, input());
    expect(again.ok && again.value.how).toBe('already');
    expect(chat.messages).toHaveLength(1);
  });

  it('an answer lost after the post landed is found in the chat, not sent again', async () => {
    const { chat, input, deps } = await setup();
    chat.lose = { kind: 'unavailable', status: 503 };
    const r = await sendRecap(deps, input());
    expect(r.ok && r.value.how).toBe('found');
    expect(r.ok && r.value.record.messageId).toBe('1');
    expect(chat.messages).toHaveLength(1);
    expect(recapsSent(r.ok ? r.value.stored.doc : closedMeeting(), OCC)).toHaveLength(1);
  });

  it('a refusal releases the lease so a retry can send; the failure keeps its kind for the message', async () => {
    const { chat, input, deps } = await setup();
    chat.refuse = { kind: 'throttled', status: 429, retryAfterMs: 1000 };
    const r = await sendRecap(deps, input());
    expect(r.ok ? 'sent' : r.failure).toMatchObject({
      kind: 'failed',
      unclear: false,
      failure: { kind: 'throttled' },
    });
    chat.refuse = null;
    const retry = await sendRecap(deps, input());
    expect(retry.ok && retry.value.how).toBe('sent');
    expect(chat.messages).toHaveLength(1);
  });

  it('an attendee without a role is refused; a meeting with no chat is e-mailed; with neither it says why', async () => {
    const { chat, input, deps } = await setup();
    const refused = await sendRecap(deps, input({ actor: ben }));
    expect(refused.ok ? 'sent' : refused.failure.kind).toBe('notAllowed');
    const none = await sendRecap(deps, input({ chatId: null, mailTo: [] }));
    expect(none.ok ? 'sent' : none.failure).toMatchObject({ kind: 'noChannel' });
    const mailed = await sendRecap(deps, input({ chatId: null, mailTo: ['ben@x', 'cy@x'] }));
    expect(mailed.ok && mailed.value.record).toMatchObject({ channel: 'mail', recipients: 2 });
    expect(chat.mail).toEqual([{ to: ['ben@x', 'cy@x'], subject: 'Recap: Leadership weekly (Mon 10 Mar)' }]);
    expect(chat.messages).toHaveLength(0);
  });
});
