// The recap through the real Graph adapter and SDK chain against the sandbox: posted once as HTML, found again
// after a 503 that struck after the post landed (no second message), refused for a non-member, e-mailed otherwise.
import { threadIdOf } from '../../../src/domain/meetings/matchMeetingChat';
import { buildRecap } from '../../../src/domain/recap/buildRecap';
import { createRecapSender } from '../../../src/graph/teams/createRecapSender';
import { sendRecap } from '../../../src/usecases/recap/sendRecap';
import { InMemorySeriesStore } from '../../fakes/InMemorySeriesStore';
import { TEAM, value } from '../../fakes/actionFixtures';
import { adele, OCC } from '../../unit/app/agenda/agendaFixture';
import { closedMeeting } from '../../unit/domain/recap/recapFixture';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, setupSandbox } from '../sandbox/setupSandbox';
import { publishedMessages as EN } from '../../../src/app/i18n/en-US/published';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const ROWAN = 'rowan_contoso.example#EXT#@northwind.example';

async function weeklyChatId(): Promise<string> {
  const from = FIXED_NOW.toISOString();
  const to = new Date(FIXED_NOW.getTime() + 14 * 86_400_000).toISOString();
  const r = await sb.call(`/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=100`, {
    token: sb.token(AVERY),
  });
  const weekly = (r.json.value as { subject: string; onlineMeeting: { joinUrl: string } | null }[]).find(
    (e) => e.subject === 'Leadership weekly',
  );
  return threadIdOf(weekly?.onlineMeeting?.joinUrl ?? '') ?? '';
}

async function setup(user = AVERY) {
  const store = new InMemorySeriesStore({ random: () => 0 });
  const doc = closedMeeting();
  const stored = value(await store.create(TEAM, doc));
  // No retries of its own: a POST is never re-sent blindly (createRecapSender's contract).
  const client = clientFor(sb.sandbox(), user, { maxRetries: 0 });
  const sender = createRecapSender(client, client);
  const recap = buildRecap(
    {
      doc,
      occurrence: OCC,
      meetingMinutes: 60,
      meetingTitle: 'Leadership weekly',
      occurrenceLabel: 'Tue 17 Jun',
      appUrl: 'https://example.com/app',
      plannerTaskUrl: () => null,
    },
    EN.recap,
  );
  let n = 0;
  const run = async (chatId: string | null, mailTo: readonly string[] = []) =>
    sendRecap(
      { store, sender, now: () => Date.now(), words: EN.recap },
      { stored, occurrence: OCC, actor: adele, recap, chatId, mailTo, attempt: `a${(n += 1)}` },
    );
  return { run };
}

const chatMessages = async (chatId: string) =>
  ((await sb.admin('/_sandbox/chats')).json.chats[chatId.toLowerCase()] ?? []) as {
    content: string;
    contentType: string;
  }[];

describe('sendRecap against the sandbox', () => {
  it('posts one html message with the decisions and owners, and a second send posts nothing', async () => {
    const chatId = await weeklyChatId();
    const { run } = await setup();
    const first = await run(chatId);
    expect(first.ok && first.value.how).toBe('sent');
    expect((await run(chatId)).ok).toBe(true);
    const msgs = await chatMessages(chatId);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ contentType: 'html' });
    expect(msgs[0]?.content).toContain('Ship the pilot in May (held by Ben)');
    expect(msgs[0]?.content).toContain('Draft pilot plan: Ben, due 2025-03-20');
  });

  it('a 503 after the post landed: the recap is found by its marker, never posted twice', async () => {
    const chatId = await weeklyChatId();
    const { run } = await setup();
    await sb.admin('/_sandbox/faults', 'POST', {
      status: 503,
      when: 'after',
      method: 'POST',
      path: '/messages',
      count: 1,
    });
    const r = await run(chatId);
    expect(r.ok && r.value.how).toBe('found');
    expect(await chatMessages(chatId)).toHaveLength(1);
  });

  it('a guest who is not in the chat gets notFound and nothing is posted; e-mail goes to each attendee', async () => {
    const chatId = await weeklyChatId();
    const guest = await (await setup(ROWAN)).run(chatId);
    expect(guest.ok ? 'sent' : guest.failure).toMatchObject({
      kind: 'failed',
      failure: { kind: 'notFound' },
    });
    expect(await chatMessages(chatId)).toHaveLength(0);
    const mailed = await (
      await setup()
    ).run(null, ['dana.okafor@northwind.example', 'sam.rivera@northwind.example']);
    expect(mailed.ok && mailed.value.record.recipients).toBe(2);
    expect((await sb.admin('/_sandbox/mail')).json.sent).toHaveLength(2);
  });
});
