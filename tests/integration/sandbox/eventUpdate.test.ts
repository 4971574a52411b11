// PATCH /me/events/{id} (GD event-update.md) as "Publish to invite" uses it, and the publisher over the real
// Graph client: the organizer's occurrence gets the block, attendees' copies receive the update, the join
// details stay, an unchanged agenda sends no PATCH, a stale If-Match gets 412.
import { renderAgendaBlock } from '../../../src/domain/publish/agendaBlock';
import { createInviteWriter } from '../../../src/graph/calendar/createInviteWriter';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { publishAgenda } from '../../../src/usecases/publish/publishAgenda';
import { anAgenda } from '../../unit/domain/publish/teamsInviteBody';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, setupSandbox } from './setupSandbox';
import { publishedMessages as EN } from '../../../src/app/i18n/en-US/published';

const sb = setupSandbox();
const AVERY = 'avery.chen@northwind.example';
const DANA = 'dana.okafor@northwind.example';

async function weekly(user: string) {
  const list = await createMeetingSource(clientFor(sb.sandbox(), user)).listMeetings(
    { start: FIXED_NOW, end: new Date(FIXED_NOW.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!list.ok) throw new Error(JSON.stringify(list.failure));
  return list.value.filter((m) => m.subject === 'Leadership weekly' && !m.isCancelled);
}

async function bodyOf(user: string, id: string): Promise<string> {
  const r = await sb.call(`/me/events/${id}?$select=body`, { token: sb.token(user) });
  return r.json.body.content as string;
}

describe('PATCH events and publishing the agenda', () => {
  it('the organizer publishes one occurrence: attendees get it, the join details stay, unchanged sends nothing', async () => {
    const [first, second] = await weekly(AVERY);
    if (!first || !second) throw new Error('need two occurrences');
    const before = await bodyOf(AVERY, first.id);
    const writer = createInviteWriter(clientFor(sb.sandbox(), AVERY));
    const block = renderAgendaBlock(anAgenda(), EN.agendaBlock);
    sb.sandbox().clearRequestLog();
    const r1 = await publishAgenda(writer, first, 'occurrence', block);
    const r2 = await publishAgenda(writer, first, 'occurrence', block);
    expect([r1.ok && r1.value.changed, r2.ok && r2.value.changed]).toEqual([true, false]);
    expect(
      sb
        .sandbox()
        .requestLog()
        .filter((e) => e.method === 'PATCH'),
    ).toHaveLength(1);

    const after = await bodyOf(AVERY, first.id);
    expect(after).toContain('roundtable:agenda:start');
    expect(after).toContain('Click here to join the meeting');
    expect(before).toContain('Click here to join the meeting');
    const danaFirst = (await weekly(DANA)).find((m) => m.originalStart === first.originalStart);
    expect(await bodyOf(DANA, danaFirst?.id ?? '')).toContain('roundtable:agenda:start');
    expect(await bodyOf(AVERY, second.id)).not.toContain('roundtable:agenda:start');
  });

  it('refuses a stale If-Match (412), a read-only property (400) and a token without Calendars.ReadWrite (403)', async () => {
    const [first] = await weekly(AVERY);
    const id = first?.id ?? '';
    const patch = (body: unknown, headers: Record<string, string> = {}, scopes?: string[]) =>
      sb.call(`/me/events/${id}`, {
        method: 'PATCH',
        token: sb.token(AVERY, scopes),
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
    const stale = await patch(
      { body: { contentType: 'html', content: '<p>x</p>' } },
      { 'If-Match': 'W/"stale"' },
    );
    expect([stale.status, stale.json.error.code]).toEqual([412, 'ErrorIrresolvableConflict']);
    const readOnly = await patch({ iCalUId: 'x' });
    expect(readOnly.status).toBe(400);
    const noScope = await patch({ body: { contentType: 'html', content: '<p>x</p>' } }, {}, [
      'Calendars.Read',
    ]);
    expect([noScope.status, noScope.json.error.code]).toEqual([403, 'ErrorAccessDenied']);
    const okay = await patch({ body: { contentType: 'html', content: '<p>fragment</p>' } });
    expect(okay.status).toBe(200);
    expect(okay.headers.get('etag')).toMatch(/^W\/"/);
    expect(okay.json.body.content).toMatch(/^<html><head>.*<body><p>fragment<\/p><\/body><\/html>$/);
  });
});
