// The meeting page's frame (issue #16): its steps and the line under its title, in English by default and in German
// once the German catalogue is installed.
import { deriveMeetingStatus } from '../../../../src/app/hooks/deriveMeetingStatus';
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { MEETING_STEPS } from '../../../../src/app/navigation/meetingStep';
import { stepLabel } from '../../../../src/app/navigation/stepLabel';
import type { SeriesDocument } from '../../../../src/domain/series/seriesDocument';
import { OCC, act, adele, ben, close, emptyDoc, propose, topic, vote } from '../agenda/agendaFixture';

afterEach(() => installCatalogue('en-US', undefined));

const status = (doc: SeriesDocument, me = ben.id, closes = 'Montag 10:00') =>
  deriveMeetingStatus({ doc, occurrence: OCC, me, meetingMinutes: 60, closes });
const run = (d: SeriesDocument, command: 'start' | 'finish') =>
  act(d, adele, { kind: 'runAgenda', occurrence: OCC, command, meetingMinutes: 60 });

describe('the meeting area', () => {
  it('names the steps in the installed language', () => {
    expect(MEETING_STEPS.map(stepLabel)).toEqual(['Prepare', 'Agenda', 'Run', 'Actions', 'Roles']);
    installCatalogue('de-DE', deDE);
    expect(MEETING_STEPS.map(stepLabel)).toEqual([
      'Vorbereiten',
      'Agenda',
      'Durchführen',
      'Aktionspunkte',
      'Rollen',
    ]);
  });

  it('says where the meeting stands, in German with German plurals', () => {
    const one = propose(emptyDoc(), 'a', ben, topic('Hiring'));
    expect(status(vote(one, ben, { a: 2 }), ben.id, 'Monday 10:00 AM')).toBe(
      'Voting open until Monday 10:00 AM · you have 1 of 3 dots left',
    );
    installCatalogue('de-DE', deDE);
    expect(status(vote(one, ben, { a: 2 }))).toBe(
      'Abstimmung offen bis Montag 10:00 · Sie haben noch 1 von 3 Punkten',
    );
    const closedOne = close(one);
    const closedTwo = close(propose(one, 'b', adele, topic('Offsite')));
    expect(status(closedOne)).toBe('Abstimmung geschlossen · 1 Thema auf der Agenda');
    expect(status(closedTwo)).toBe('Abstimmung geschlossen · 2 Themen auf der Agenda');
    expect(status(run(closedOne, 'start'))).toBe('Läuft');
    expect(status(run(run(closedOne, 'start'), 'finish'))).toBe('Beendet');
  });
});
