// "Publish to invite" against the sandbox with Exchange's changeKey rotation on (README "changeKey rotation"): the
// organizer's item gets a new changeKey on its own shortly after it was written, here while the publish's read is
// on its way back (a slow GET), so the PATCH's If-Match is stale. The app re-reads, sees the body unchanged,
// re-applies its block and succeeds; no conflict reaches the user. The figures: round trips and 412 re-reads of one
// publish.
import { renderAgendaBlock } from '../../../src/domain/publish/agendaBlock';
import { createInviteWriter } from '../../../src/graph/calendar/createInviteWriter';
import { createMeetingSource } from '../../../src/graph/calendar/createMeetingSource';
import { inMeetingMessages } from '../../../src/app/i18n/en-US/inMeeting';
import { countSeriesUpdates } from '../../../src/usecases/publish/countSeriesUpdates';
import { publishAgenda } from '../../../src/usecases/publish/publishAgenda';
import { anAgenda } from '../../unit/domain/publish/teamsInviteBody';
import { clientFor } from '../drive/sandboxDrive';
import { FIXED_NOW, UPN, setupSandbox } from '../sandbox/setupSandbox';
import { publishedMessages as EN } from '../../../src/app/i18n/en-US/published';

// Rotation 300 ms after a write and a 400 ms GET: the rotation lands between the read and the PATCH.
const sb = setupSandbox({ now: () => FIXED_NOW, calendarChangeKeyRotationMs: 300 });

async function weeklyOccurrence() {
  const list = await createMeetingSource(clientFor(sb.sandbox(), UPN.avery)).listMeetings(
    { start: FIXED_NOW, end: new Date(FIXED_NOW.getTime() + 14 * 86_400_000) },
    'UTC',
  );
  if (!list.ok) throw new Error(JSON.stringify(list.failure));
  const occurrence = list.value.find((m) => m.subject === 'Leadership weekly' && !m.isCancelled);
  if (!occurrence) throw new Error('the demo tenant has the weekly series');
  return occurrence;
}

describe('publishing while Exchange rotates the changeKey', () => {
  it('re-reads once, re-applies the block and succeeds: 4 round trips, 1 re-read (a rotation)', async () => {
    const meeting = await weeklyOccurrence();
    const writer = createInviteWriter(clientFor(sb.sandbox(), UPN.avery));
    // A fresh item: the series was just (re)created by the reset, and the first publish writes it.
    sb.sandbox().reset();
    await sb.admin('/_sandbox/faults', 'POST', { latencyMs: 400, method: 'GET', path: '/events/' });
    sb.sandbox().clearRequestLog();

    const r = await publishAgenda(writer, meeting, 'series', renderAgendaBlock(anAgenda(), EN.agendaBlock));

    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(r.value).toMatchObject({ changed: true, patches: 2, rereads: 1, rotations: 1 });
    const log = sb.sandbox().requestLog();
    expect(log.map((e) => `${e.method} ${e.status}`)).toEqual([
      'GET 200',
      'PATCH 412',
      'GET 200',
      'PATCH 200',
    ]);
    const body = await sb.call(
      `/me/events/${encodeURIComponent(String(meeting.seriesMasterId))}?$select=body`,
    );
    expect(body.json.body.content.split('roundtable:agenda:start').length - 1).toBe(1);
    expect(body.json.body.content).toContain('Click here to join the meeting');
  });

  it('a publish that meets no rotation costs 2 round trips and no re-read', async () => {
    const meeting = await weeklyOccurrence();
    const writer = createInviteWriter(clientFor(sb.sandbox(), UPN.avery));
    sb.sandbox().clearRequestLog();

    const r = await publishAgenda(
      writer,
      meeting,
      'occurrence',
      renderAgendaBlock(anAgenda(), EN.agendaBlock),
    );

    expect(r.ok && r.value).toMatchObject({ changed: true, patches: 1, rereads: 0, rotations: 0 });
    expect(sb.sandbox().requestLog()).toHaveLength(2);
  });
});

describe('publishing into a series with changed occurrences', () => {
  it('tells the organizer the number of updates each attendee then really receives', async () => {
    const meeting = await weeklyOccurrence();
    const source = createMeetingSource(clientFor(sb.sandbox(), UPN.avery));
    const count = await countSeriesUpdates(source, meeting, FIXED_NOW);
    if (!count.ok) throw new Error(JSON.stringify(count.failure));
    expect(
      inMeetingMessages.publish.seriesUpdates(count.value.perAttendee, count.value.changedOccurrences),
    ).toBe(
      'Publishing sends each attendee 3 updates: one for the series and one for each of the 2 changed meetings.',
    );

    const writer = createInviteWriter(clientFor(sb.sandbox(), UPN.avery));
    const r = await publishAgenda(writer, meeting, 'series', renderAgendaBlock(anAgenda(), EN.agendaBlock));
    expect(r.ok).toBe(true);
    const sent = (await sb.admin('/_sandbox/mail')).json.updates as { to: string }[];
    const perAttendee = new Map<string, number>();
    for (const u of sent) perAttendee.set(u.to, (perAttendee.get(u.to) ?? 0) + 1);
    expect(new Set(perAttendee.values())).toEqual(new Set([count.value.perAttendee]));
  });
});
