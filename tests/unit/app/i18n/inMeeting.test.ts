// The meeting side panel's and publishing's messages in both languages: English as the browser tests read it, German
// once the host's locale installs it, with German plurals through Intl.
import { installCatalogue } from '../../../../src/app/i18n/defineMessages';
import { deDE } from '../../../../src/app/i18n/de-DE/index';
import { inMeetingMessages } from '../../../../src/app/i18n/en-US/inMeeting';
import { deriveKeepGoingState } from '../../../../src/app/hooks/deriveKeepGoingState';
import { occurrenceKey } from '../../../../src/domain/ids';
import type { RunView } from '../../../../src/domain/run/viewRun';
import { applyIntent } from '../../../../src/domain/series/applyIntent';
import { ben, close, emptyDoc, must, person, propose, vote } from '../agenda/agendaFixture';

const occ = occurrenceKey('2026-01-05T09:00:00.000Z');
const running = () => {
  let d = propose(emptyDoc(), 't1', ben, undefined, occ);
  d = vote(d, ben, { t1: 1 }, occ);
  d = close(d, occ);
  const tk = person('tk', { isTimekeeper: true });
  return must(
    applyIntent(
      d,
      { kind: 'runAgenda', occurrence: occ, command: 'start', meetingMinutes: 30 },
      tk,
      Date.parse(occ),
    ),
  );
};
const overTime: RunView = {
  status: 'running',
  index: 0,
  current: { id: 't1', label: 'Hiring', minutes: 20, kind: 'boulder' },
  next: undefined,
  remainingMs: -1,
  elapsedMs: 0,
  progress: 1,
};

afterEach(() => installCatalogue('en-US', undefined));

describe('inMeeting messages', () => {
  it('reads English until German is installed, then German, at the time of reading', () => {
    const m = inMeetingMessages;
    expect(m.panel.runningAgenda).toBe('Running agenda');
    expect(m.keepGoing.timesUp('Budget')).toBe('Time’s up for “Budget”. Keep going?');
    installCatalogue('de-DE', deDE);
    expect(m.panel.runningAgenda).toBe('Laufende Agenda');
    expect(m.keepGoing.timesUp('Budget')).toBe('Die Zeit für „Budget“ ist um. Weitermachen?');
    expect(m.panel.nowStatusItem(m.panel.status.running, 2, 5)).toBe('Jetzt · Läuft · Punkt 2 von 5');
  });

  it('counts the series updates with the plural of the language (1 vs 2 changed meetings)', () => {
    const words = () => inMeetingMessages.publish;
    expect(words().seriesUpdates(1, 0)).toBe('Publishing sends each attendee 1 update for the series.');
    expect(words().seriesUpdates(2, 1)).toBe(
      'Publishing sends each attendee 2 updates: one for the series and one for the 1 changed meeting.',
    );
    expect(words().seriesUpdates(3, 2)).toBe(
      'Publishing sends each attendee 3 updates: one for the series and one for each of the 2 changed meetings.',
    );
    installCatalogue('de-DE', deDE);
    expect(words().seriesUpdates(2, 1)).toBe(
      'Die Veröffentlichung sendet allen Teilnehmenden 2 Aktualisierungen: eine für die Serie und eine für den 1 geänderten Termin.',
    );
    expect(words().seriesUpdates(3, 2)).toBe(
      'Die Veröffentlichung sendet allen Teilnehmenden 3 Aktualisierungen: eine für die Serie und je eine für jeden der 2 geänderten Termine.',
    );
  });

  it('words what Planner could not record, in one sentence per language (German plural 1 vs 2)', () => {
    // Read through the area each time: a nested group read once keeps the language it was read in.
    const m = {
      recorded: (done: number, failed: number) => inMeetingMessages.capture.recorded(done, failed),
    };
    expect(m.recorded(3, 0)).toBe('Recorded 3 in Planner.');
    expect(m.recorded(2, 1)).toBe(
      'Recorded 2 in Planner. 1 couldn’t be recorded: the meeting tab says why for each.',
    );
    installCatalogue('de-DE', deDE);
    expect(m.recorded(2, 1)).toBe(
      '2 in Planner eingetragen. 1 Aktionspunkt konnte nicht eingetragen werden: Die Registerkarte der Besprechung nennt jeweils den Grund.',
    );
    expect(m.recorded(1, 2)).toBe(
      '1 in Planner eingetragen. 2 Aktionspunkte konnten nicht eingetragen werden: Die Registerkarte der Besprechung nennt jeweils den Grund.',
    );
  });

  it('words the use cases’ refusal codes (publish and recap) in the installed language', () => {
    expect(inMeetingMessages.publish.notOrganizer).toBe(
      'Only the organizer can publish the agenda into the invitation.',
    );
    expect(inMeetingMessages.recap.busy).toBe(
      'Someone is sending this recap right now. Wait a moment and look again.',
    );
    installCatalogue('de-DE', deDE);
    expect(inMeetingMessages.publish.notOrganizer).toBe(
      'Nur der Organisator kann die Agenda in der Einladung veröffentlichen.',
    );
    expect(inMeetingMessages.recap.noChannel).toMatch(/^Diese Besprechung hat keinen Chat/);
  });

  it('the keep-going summary is worded when the state is derived, so it follows the installed language', () => {
    const summary = () => {
      const state = deriveKeepGoingState(running(), occ, overTime, 'ben', false);
      return state.kind === 'vote' ? state.summary : undefined;
    };
    expect(summary()).toBe('No votes yet.');
    installCatalogue('de-DE', deDE);
    expect(summary()).toBe('Noch keine Stimmen.');
    expect(inMeetingMessages.keepGoing.tally(2, 2)).toBe(
      '2 für Weitermachen, 2 für Weitergehen (Gleichstand).',
    );
    installCatalogue('en-US', undefined);
    expect(inMeetingMessages.keepGoing.tally(2, 2)).toBe('2 to keep going, 2 to move on (a tie).');
  });
});
