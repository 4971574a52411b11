// The shell's words (issue #16): My meetings, its cards and the no-host notice read the installed language when they
// run, in English by default and in German once the German catalogue is installed.
import { agendaCardState } from '../../../../src/app/hooks/agendaCardState';
import { deriveMeetingsViewState } from '../../../../src/app/hooks/deriveMeetingsViewState';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { shellMessages } from '../../../../src/app/i18n/en-US/shell';
import { noHostMessage } from '../../../../src/app/views/NoHostNotice';
import { ok } from '../../../../src/domain/result';
import type { Meeting } from '../../../../src/domain/meetings/meeting';
import { aMeeting, anAttendee } from '../../../builders/aMeeting';
import { OCC, adele, ben, emptyDoc, propose, topic } from '../agenda/agendaFixture';

afterEach(() => installCatalogue('en-US', undefined));

function item(meeting: Meeting) {
  const state = deriveMeetingsViewState({
    loading: false,
    now: new Date('2025-03-10T07:00:00Z'),
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    outcome: ok([meeting]),
  });
  if (state.kind !== 'list') throw new Error(`expected a list, got ${state.kind}`);
  const first = state.days[0]?.meetings[0];
  if (!first) throw new Error('expected one item');
  return first;
}

const two = [
  anAttendee({ name: 'Megan Bowen', email: 'megan@contoso.example' }),
  anAttendee({ name: 'Lee Gu', email: 'lee@contoso.example' }),
];

describe('the shell area', () => {
  it('speaks English until another language is installed', () => {
    expect(shellMessages.myMeetings.title).toBe('My meetings');
    expect(shellMessages.leaving.unsavedTitle(shellMessages.leaving.what(['your dots', 'your notes']))).toBe(
      'Your dots and your notes could not be saved',
    );
    const one = item(aMeeting({ subject: ' ', isAllDay: true }));
    expect([one.subject, one.timeRange, one.attendeeLabel, one.responseLabel]).toEqual([
      '(No subject)',
      'All day',
      '1 attendee',
      'Accepted',
    ]);
    expect(item(aMeeting({ attendees: two })).attendeeLabel).toBe('2 attendees');
  });

  it('speaks German once the German catalogue is installed, plurals included', () => {
    installCatalogue('de-DE', deDE);
    expect(shellMessages.myMeetings.title).toBe('Meine Besprechungen');
    expect(shellMessages.leaving.what(['Ihre Punkte', 'Ihre Notizen'])).toBe('Ihre Punkte und Ihre Notizen');
    const one = item(aMeeting({ subject: ' ', isAllDay: true }));
    expect([one.subject, one.timeRange, one.attendeeLabel, one.responseLabel]).toEqual([
      '(Kein Betreff)',
      'Ganztägig',
      '1 Teilnehmer',
      'Zugesagt',
    ]);
    expect(item(aMeeting({ attendees: two })).attendeeLabel).toBe('2 Teilnehmer');
  });

  it('words a card’s agenda state with German plurals: 1 Thema, 2 Themen', () => {
    const one = propose(emptyDoc(), 'a', ben, topic('Hiring'));
    const twoTopics = propose(one, 'b', adele, topic('Offsite'));
    expect(agendaCardState(one, OCC, 60).label).toBe('Voting open · 1 topic');
    installCatalogue('de-DE', deDE);
    expect(agendaCardState(emptyDoc(), OCC, 60).label).toBe('Noch keine Themen');
    expect(agendaCardState(one, OCC, 60).label).toBe('Abstimmung offen · 1 Thema');
    expect(agendaCardState(twoTopics, OCC, 60).label).toBe('Abstimmung offen · 2 Themen');
  });

  it('tells a page whose host never answered, in German, that it runs on its own', () => {
    installCatalogue('de-DE', deDE);
    expect(noHostMessage({ kind: 'standalone', theme: 'light', locale: 'de-DE', reason: 'initFailed' })).toBe(
      'Die Seite, in die Roundtable eingebettet ist, hat die Verbindung als Microsoft Teams, Outlook oder Microsoft 365 verweigert, daher läuft Roundtable hier eigenständig und meldet Sie über ein Pop-up-Fenster an.',
    );
  });
});
