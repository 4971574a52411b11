// German messages for the meeting page's frame: its header and its steps, where its agenda stands, how it reports a
// failed change or notification; and for the pages around a meeting: the Outlook task pane's sign-in and the meeting
// tab's config page.
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

export const meetingDe: Catalogue['meeting'] = {
  steps: {
    prepare: 'Vorbereiten',
    agenda: 'Agenda',
    run: 'Durchführen',
    actions: 'Aktionspunkte',
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

  agendaState: {
    inProgress: 'Läuft',
    finished: 'Beendet',
    noTopics: 'Noch keine Themen',
    votingOpen: (topics) =>
      plural(topics, { one: 'Abstimmung offen · # Thema', other: 'Abstimmung offen · # Themen' }),
    agreed: (topics) =>
      plural(topics, { one: 'Agenda vereinbart · # Thema', other: 'Agenda vereinbart · # Themen' }),
  },

  config: {
    productName: 'Roundtable',
    intro:
      'Roundtable gibt dieser Besprechung eine Agenda nach gemeinsamen Prioritäten, wechselnde Rollen und Aktionspunkte mit klaren Verantwortlichen. Wählen Sie „Speichern“, um die Registerkarte hinzuzufügen.',
    openFromTeams:
      'Öffnen Sie diese Seite in Teams, um Roundtable zu einer Besprechung oder einem Kanal hinzuzufügen.',
  },

  openingThisMeeting: 'Diese Besprechung wird geöffnet',
  outlookUnsupported:
    'Diese Outlook-Version kann Sie nicht bei Roundtable anmelden. Aktualisieren Sie Outlook (Microsoft 365 Apps ' +
    'Version 2409 oder neuer), oder öffnen Sie Roundtable in Outlook im Web, im neuen Outlook für Windows oder in Microsoft Teams.',
  noAppointment: {
    NoMailbox: 'Der Aufgabenbereich von Roundtable läuft in Outlook, neben einer Besprechung.',
    NoItem: 'Öffnen Sie eine Besprechung in Ihrem Kalender und dann erneut Roundtable.',
    NotAMeeting: 'Roundtable arbeitet mit Besprechungen: Öffnen Sie einen Kalendertermin.',
    NotSaved: 'Speichern Sie die Besprechung zuerst; Roundtable öffnet die gespeicherte Besprechung.',
    Unsaved:
      'Diese Besprechung ist noch nicht gespeichert. Senden oder speichern Sie sie, und öffnen Sie dann erneut Roundtable, um ihre Agenda festzulegen.',
  },

  officeSignIn: {
    title: 'Bei Roundtable anmelden',
    body: 'Diese Outlook-Version meldet Add-ins nicht für Sie an. Melden Sie sich einmal mit Ihrem Geschäftskonto an; Roundtable behält die Anmeldung nur, solange dieser Bereich geöffnet ist.',
    notSignedIn: 'Nicht angemeldet',
    waiting: 'Warten auf das Anmeldefenster',
    signIn: 'Anmelden',
    dialogSigningIn: 'Sie werden bei Roundtable angemeldet…',
    dialogDone: 'Sie können dieses Fenster schließen.',
  },

  change: {
    busyTitle: (seconds) => `Microsoft 365 ist ausgelastet; versuchen Sie es in ${seconds} s erneut`,
    nothingLost: (message) => `${message} Nichts, was Sie eingegeben haben, ist verloren gegangen.`,
  },

  nudges: {
    notSent: (why) =>
      `Teams-Benachrichtigungen wurden nicht gesendet. ${why} Die nächste Person, die eine Abstimmung öffnet oder schließt, veröffentlicht oder Aktionspunkte erfasst, sendet sie.`,
    claimFailed: (why) =>
      `Teams-Benachrichtigungen wurden nicht gesendet: Die Agenda konnte nicht aktualisiert werden (${why}). Die nächste Person, die eine Abstimmung öffnet oder schließt, veröffentlicht oder Aktionspunkte erfasst, sendet sie.`,
    notified: (names) => `In Teams benachrichtigt: ${names}.`,
    notInstalled: (names, count) =>
      `${names} ${plural(count, { one: 'konnte', other: 'konnten' })} in Teams nicht benachrichtigt werden: Roundtable ist für ${plural(count, { one: 'diese Person', other: 'diese Personen' })} nicht installiert, daher hat Teams abgelehnt.`,
    notNotified: (name, why) => `${name} konnte in Teams nicht benachrichtigt werden (${why}).`,
  },

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
