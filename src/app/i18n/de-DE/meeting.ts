// German messages for the meeting page's frame: its header and its steps.
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

export const meetingDe: Catalogue['meeting'] = {
  steps: {
    prepare: 'Vorbereiten',
    agenda: 'Agenda',
    run: 'Durchführen',
    actions: 'Aufgaben',
    roles: 'Rollen',
  },
  stepsLabel: 'Schritte dieser Besprechung',
  openingAgenda: 'Agenda wird geöffnet',
  refreshFailed: (reason) =>
    `Die Agenda konnte nicht aktualisiert werden (${reason}); angezeigt wird der zuletzt geladene Stand.`,
  agendaLoading: 'Die Agenda wird noch geladen; versuchen Sie es gleich noch einmal.',
  dismiss: 'Schließen',
  running: 'Laufende Besprechung',
  recordingStarting: 'Wird gestartet',
  someone: 'Jemand',

  status: {
    // "noch 2 von 5 Punkten": the dative plural after "von".
    votingOpen: (closes, left, budget) =>
      `Abstimmung offen bis ${closes} · Sie haben noch ${left} von ${plural(budget, { one: '# Punkt', other: '# Punkten' })}`,
    votingClosed: (topics) =>
      plural(topics, {
        one: 'Abstimmung geschlossen · # Thema auf der Agenda',
        other: 'Abstimmung geschlossen · # Themen auf der Agenda',
      }),
  },
};
