import { eventId } from '../../../../src/domain/ids';
import { renderAgendaBlock } from '../../../../src/domain/publish/agendaBlock';
import { err, ok } from '../../../../src/domain/result';
import { publishAgenda } from '../../../../src/usecases/publish/publishAgenda';
import type { Failure, InviteBody, InviteWriter, Outcome } from '../../../../src/usecases/ports';
import { aMeeting } from '../../../builders/aMeeting';
import { anAgenda, teamsInviteBody } from '../../domain/publish/teamsInviteBody';
import { publishedMessages as EN } from '../../../../src/app/i18n/en-US/published';

/** An invitation in memory: eTags bump on every write; `editBetween` simulates the organizer editing meanwhile. */
class FakeInvite implements InviteWriter {
  html: string;
  version = 1;
  writes = 0;
  editBetween = 0;
  /** Exchange's own changeKey change before the next writes: a new eTag, the same body. */
  rotateBetween = 0;
  constructor(html: string) {
    this.html = html;
  }
  async readBody(): Promise<Outcome<InviteBody>> {
    return ok({ html: this.html, etag: `v${this.version}` });
  }
  async writeBody(_id: string, html: string, etag: string): Promise<Outcome<InviteBody>> {
    if (this.rotateBetween > 0) {
      this.rotateBetween--;
      this.version++;
    }
    if (this.editBetween > 0) {
      this.editBetween--;
      this.html = this.html.replace('</body>', '<p>Organizer’s late note</p></body>');
      this.version++;
    }
    if (etag !== `v${this.version}`)
      return err<Failure>({ kind: 'preconditionFailed', status: 412, code: 'ErrorIrresolvableConflict' });
    this.writes++;
    this.html = html;
    this.version++;
    return ok({ html, etag: `v${this.version}` });
  }
}

const organizerMeeting = aMeeting({
  isOrganizer: true,
  kind: 'occurrence',
  seriesMasterId: eventId('master'),
});
const block = (title: string) => renderAgendaBlock({ ...anAgenda(), meetingTitle: title }, EN.agendaBlock);

describe('publishAgenda', () => {
  it('5 publishes of which 3 unchanged send 2 PATCHes, and the rest of the body stays byte for byte', async () => {
    const original = teamsInviteBody();
    const invite = new FakeInvite(original);
    const sequence = [block('A'), block('A'), block('B'), block('B'), block('B')];
    const reports = [];
    for (const b of sequence) {
      const r = await publishAgenda(invite, organizerMeeting, 'occurrence', b);
      if (!r.ok) throw new Error(JSON.stringify(r.failure));
      reports.push(r.value);
    }
    expect(reports.map((r) => r.changed)).toEqual([true, false, true, false, false]);
    expect(invite.writes).toBe(2);
    expect(invite.html.split('roundtable:agenda:start').length - 1).toBe(1);
    // Removing the block gives the organizer's body back.
    const start = invite.html.indexOf('<!-- roundtable:agenda:start');
    const endMarker = '<!-- roundtable:agenda:end -->';
    const end = invite.html.indexOf(endMarker) + endMarker.length;
    expect(invite.html.slice(0, start) + invite.html.slice(end)).toBe(original);
  });

  it('publishes to the series master when the organizer chooses the whole series', async () => {
    const invite = new FakeInvite(teamsInviteBody());
    const r = await publishAgenda(invite, organizerMeeting, 'series', block('A'));
    expect(r.ok && r.value.eventId).toBe('master');
  });

  it('re-reads and merges again when the organizer edited the invitation meanwhile (412)', async () => {
    const invite = new FakeInvite(teamsInviteBody());
    invite.editBetween = 1;
    const r = await publishAgenda(invite, organizerMeeting, 'occurrence', block('A'));
    expect(r.ok && r.value).toMatchObject({ changed: true, patches: 2, rereads: 1, rotations: 0 });
    expect(invite.html).toContain('Organizer’s late note');
    expect(invite.html).toContain('roundtable:agenda:start');
  });

  it('re-applies the block after changeKey rotations (412 with the body unchanged) and counts the re-reads', async () => {
    const original = teamsInviteBody();
    const invite = new FakeInvite(original);
    invite.rotateBetween = 5;
    const r = await publishAgenda(invite, organizerMeeting, 'occurrence', block('A'));
    expect(r.ok && r.value).toMatchObject({ changed: true, patches: 6, rereads: 5, rotations: 5 });
    expect(invite.writes).toBe(1);
    expect(invite.html.split('roundtable:agenda:start').length - 1).toBe(1);
  });

  it('rotations and one edit mixed: merges the edit, keeps the block, within the budget', async () => {
    const invite = new FakeInvite(teamsInviteBody());
    invite.rotateBetween = 2;
    invite.editBetween = 1;
    const r = await publishAgenda(invite, organizerMeeting, 'occurrence', block('A'));
    // The first write meets a rotation and the edit, the second a rotation alone.
    expect(r.ok && r.value).toMatchObject({ changed: true, patches: 3, rereads: 2, rotations: 1 });
    expect(invite.html).toContain('Organizer’s late note');
  });

  it('gives up with TooManyConflicts after more edits than the budget, writing nothing', async () => {
    const invite = new FakeInvite(teamsInviteBody());
    invite.editBetween = 10;
    const r = await publishAgenda(invite, organizerMeeting, 'occurrence', block('A'));
    expect(!r.ok && r.failure).toMatchObject({ kind: 'preconditionFailed', code: 'TooManyConflicts' });
    expect(invite.writes).toBe(0);
    expect(invite.editBetween).toBe(6); // 4 PATCHes: the first, then 3 merged edits; the 4th edit ends it
  });

  it('refuses attendees and cancelled occurrences with a code the app words, writing nothing', async () => {
    const invite = new FakeInvite(teamsInviteBody());
    const attendee = await publishAgenda(invite, aMeeting({ isOrganizer: false }), 'occurrence', block('A'));
    expect(!attendee.ok && attendee.failure).toMatchObject({ kind: 'forbidden', code: 'NotOrganizer' });
    const cancelled = await publishAgenda(
      invite,
      aMeeting({ isOrganizer: true, isCancelled: true }),
      'occurrence',
      block('A'),
    );
    expect(!cancelled.ok && cancelled.failure.code).toBe('Cancelled');
    expect(invite.writes).toBe(0);
  });
});
