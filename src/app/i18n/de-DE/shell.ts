// German messages for the app's shell: loading and leaving, My meetings and its cards, the demo banner, the no-host notice.
import type { Catalogue } from '../catalogue';
import { formatList, plural } from '../format';

export const shellDe: Catalogue['shell'] = {
  connectingToTeams: 'Verbindung mit Microsoft Teams wird hergestellt…',
  openingRoundtable: 'Roundtable wird geöffnet',
  openingMeeting: 'Besprechung wird geöffnet',
  backToMyMeetings: 'Zurück zu „Meine Besprechungen“',
  meetingsUnreadable:
    'Ihre Besprechungen konnten nicht gelesen werden, daher lässt sich diese Besprechung gerade nicht öffnen.',
  notOnCalendar:
    'Diese Besprechung steht nicht im Kalender dieser Person, daher kann sie die Agenda nicht sehen.',

  leaving: {
    saving: 'Ihre Änderungen werden vor dem Verlassen gespeichert…',
    what: (items) => formatList(items),
    // "Nicht gespeichert: …" rather than a verb that would have to agree with what was not saved.
    unsavedTitle: (what) => `Nicht gespeichert: ${what}`,
    unsavedBody: (what) =>
      `Microsoft 365 hat die Änderung gerade nicht angenommen. Bleiben Sie hier, um ${what} auf dem Bildschirm zu behalten und es erneut zu versuchen, oder verlassen Sie die Seite, ohne ${what} zu speichern.`,
    stay: 'Bleiben',
    leaveWithoutSaving: 'Ohne Speichern verlassen',
  },

  demo: {
    tenant: (name) => `Demo-Mandant: ${name}`,
    viewAs: 'Ansehen als',
  },

  myMeetings: {
    title: 'Meine Besprechungen',
    loading: 'Ihre Besprechungen werden geladen',
    empty: 'Keine Besprechungen in den nächsten 14 Tagen',
    earlier: 'Frühere Besprechungen',
    showPast: 'Die letzten 4 Wochen anzeigen',
    loadingPast: 'Die letzten 4 Wochen werden geladen',
    noPast: 'Keine Besprechungen in den letzten 4 Wochen',
  },

  noCalendar: {
    title: 'Ihre Besprechungen können in dieser Organisation nicht aufgelistet werden',
    body: 'Ihr Konto hat hier keinen Outlook-Kalender: Gastkonten aus einer anderen Organisation haben keinen, daher bleiben Ihre Besprechungen im Kalender Ihrer eigenen Organisation.',
    canDoHeading: 'Was Sie hier tun können',
    canDoInTeams:
      'Öffnen Sie Roundtable aus der Besprechung in Teams (über ihre Registerkarte oder den Seitenbereich), um die Agenda zu sehen, Themen vorzuschlagen und abzustimmen, sobald das Team der Besprechung Sie hinzugefügt hat.',
    canDoInvitation:
      'Lesen Sie die Agenda und die Rollen, die der Organisator in die Besprechungseinladung einträgt.',
    needsAccountHeading: 'Wofür Sie ein Konto in dieser Organisation brauchen',
    needsAccountList: 'Ihre Besprechungen auf dieser Seite auflisten.',
    needsAccountPeople:
      'Personen nachschlagen: Deshalb wird die Rollenrotation nicht bei Ihnen berechnet; Mitglieder sehen sie.',
  },

  meeting: {
    allDay: 'Ganztägig',
    noSubject: '(Kein Betreff)',
    organizer: (name) => `Organisator: ${name}`,
    you: 'Sie',
    unknownOrganizer: 'Unbekannter Organisator',
    attendees: (n) => plural(n, { one: '# Teilnehmer', other: '# Teilnehmer' }),
    series: 'Serie',
    moved: 'Verschoben',
    cancelled: 'Abgesagt',
    teamsMeeting: 'Teams-Besprechung',
    openAgenda: 'Agenda öffnen',
    openAgendaOf: (subject) => `Agenda öffnen: ${subject}`,
  },

  response: {
    organizer: 'Organisator',
    accepted: 'Zugesagt',
    tentative: 'Mit Vorbehalt',
    declined: 'Abgelehnt',
    none: 'Keine Antwort',
  },

  myRole: {
    facilitator: 'Sie moderieren',
    timekeeper: 'Sie achten auf die Zeit',
    noteTaker: 'Sie protokollieren',
    other: (role) => `Sie: ${role}`,
  },

  noHost: {
    title: 'Nicht mit Teams verbunden',
    initTimeout:
      'Die Seite, in die Roundtable eingebettet ist, hat nicht rechtzeitig als Microsoft Teams, Outlook oder Microsoft 365 geantwortet, daher läuft Roundtable hier eigenständig und meldet Sie über ein Pop-up-Fenster an.',
    initFailed:
      'Die Seite, in die Roundtable eingebettet ist, hat die Verbindung als Microsoft Teams, Outlook oder Microsoft 365 verweigert, daher läuft Roundtable hier eigenständig und meldet Sie über ein Pop-up-Fenster an.',
    reloadHint:
      'Wenn Sie Roundtable in Teams oder Outlook geöffnet haben, laden Sie die Seite neu, um die Verbindung wiederherzustellen.',
    reload: 'Neu laden',
  },
};
