// German messages for what a failed request to Microsoft 365 says (messageForFailure).
import type { Catalogue } from '../catalogue';
import { formatList, plural } from '../format';

export const failuresDe: Catalogue['failures'] = {
  // "a, b und c": German puts no comma before "und", which Intl's German list already knows.
  list: (items) => formatList(items),
  reference: (id) => `Referenz: ${id}`,
  tryAgain: 'Erneut versuchen',

  // Each purpose completes "Roundtable benötigt Ihre Zustimmung, um …" (several are joined with "und").
  scopePurpose: {
    'Calendars.Read': 'Ihren Kalender zu lesen',
    'Calendars.ReadWrite': 'Ihren Kalender zu lesen und Agenden in Ihre Einladungen einzutragen',
    'User.Read': 'Sie anzumelden',
    'User.ReadBasic.All': 'die Personen in Ihren Besprechungen nachzuschlagen',
    'Team.ReadBasic.All': 'die Teams zu finden, zu denen Ihre Besprechungen gehören',
    'Files.ReadWrite.All': 'die gemeinsame Agenda in den Dateien Ihres Teams zu speichern',
    'Tasks.ReadWrite': 'Aktionspunkte im Planner-Plan Ihres Teams zu erfassen',
    'ChatMessage.Send': 'die Zusammenfassung im Chat der Besprechung zu posten',
    'Chat.Read': 'im Chat der Besprechung nachzusehen, ob schon eine Zusammenfassung gepostet wurde',
    'Mail.Send': 'die Zusammenfassung per E-Mail zu senden, wenn die Besprechung keinen Chat hat',
    'TeamsActivity.Send':
      'Personen in Teams zu benachrichtigen, wenn eine Abstimmung beginnt oder endet oder eine Rolle oder ein Aktionspunkt fällig ist',
  },
  anyPurpose: 'Ihre Microsoft 365-Daten zu lesen',

  noMailbox: {
    title: 'Ihr Kalender ist in dieser Organisation nicht verfügbar',
    message:
      'Ihr Konto hat hier kein Outlook-Postfach (Gastkonten haben keines), daher kann Roundtable Ihre Besprechungen nicht auflisten. Ihre Besprechungen stehen im Kalender Ihrer eigenen Organisation; die Agenda des Teams wird Ihnen in Teams weiterhin angezeigt.',
  },
  consent: {
    title: 'Roundtable benötigt Ihre Zustimmung',
    message: (purpose, scopes) =>
      `Roundtable benötigt Ihre Zustimmung, um ${purpose} (${scopes}). Wählen Sie „Erneut versuchen“ und stimmen Sie der Abfrage zu, oder bitten Sie Ihre Microsoft 365-Administration, die Zustimmung für Ihre Organisation zu erteilen.`,
  },
  unauthorized: {
    title: 'Bitte melden Sie sich erneut an',
    message:
      'Ihre Anmeldung ist abgelaufen oder wurde nicht akzeptiert. Wählen Sie „Erneut versuchen“, um sich erneut anzumelden.',
  },
  forbidden: {
    title: 'Sie haben keinen Zugriff',
    message:
      'Microsoft 365 hat den Zugriff auf diese Informationen verweigert. Bitten Sie den Organisator der Besprechung oder Ihre Administration um Zugriff, und versuchen Sie es dann erneut.',
  },
  notFound: {
    title: 'Nicht gefunden',
    message:
      'Es wurde möglicherweise gelöscht oder verschoben. Versuchen Sie es erneut, um den neuesten Stand zu laden.',
  },
  preconditionFailed: {
    title: 'Jemand anderes hat dies gleichzeitig geändert',
    message:
      'Versuchen Sie es erneut, um die neueste Version zu laden. Nichts, was Sie eingegeben haben, ist verloren gegangen.',
  },
  throttled: {
    title: 'Microsoft 365 ist ausgelastet',
    message: (seconds) =>
      `Ihre Organisation sendet gerade zu viele Anfragen an Microsoft 365. Warten Sie ${plural(seconds, { one: '# Sekunde', other: '# Sekunden' })}, und versuchen Sie es dann erneut.`,
  },
  locked: {
    title: 'Die Datei ist gesperrt',
    message:
      'Die Datei von Roundtable in den Dateien Ihres Teams ist gesperrt, zum Beispiel weil sie zur Bearbeitung geöffnet oder ausgecheckt ist. Roundtable hat gewartet, aber sie blieb gesperrt. Schließen Sie sie oder checken Sie sie ein, und versuchen Sie es dann erneut.',
  },
  unavailable: {
    title: 'Microsoft 365 ist vorübergehend nicht verfügbar',
    message:
      'Der Dienst hat nicht wie erwartet geantwortet. Warten Sie einen Moment, und versuchen Sie es dann erneut.',
  },
  network: {
    title: 'Microsoft 365 ist nicht erreichbar',
    message: 'Prüfen Sie Ihre Internetverbindung, und versuchen Sie es dann erneut.',
  },
  timeout: {
    title: 'Microsoft 365 hat nicht rechtzeitig geantwortet',
    message: 'Wir haben nicht länger auf eine Antwort gewartet. Versuchen Sie es gleich noch einmal.',
  },
  badRequest: {
    title: 'Etwas ist schiefgelaufen',
    message:
      'Microsoft 365 hat die Anfrage nicht angenommen. Versuchen Sie es erneut; wenn das weiterhin passiert, wenden Sie sich mit der unten stehenden Referenz an den Support.',
  },
  noPlannerPlan: {
    title: 'Das Team hat noch keinen Planner-Plan',
    message:
      'Fügen Sie dem Team eine Planner-Registerkarte hinzu (das kann jedes Mitglied), und versuchen Sie es dann erneut.',
  },
  newerVersion: {
    title: 'Diese Agenda benötigt eine neuere Version von Roundtable',
    message:
      'Diese Agenda wurde von einer neueren Version von Roundtable gespeichert; laden Sie die Seite neu oder aktualisieren Sie die App. Es wurde nichts überschrieben.',
  },
  damaged: {
    title: 'Die Agenda-Datei ist beschädigt',
    message:
      'Die Agenda-Datei dieser Serie ist beschädigt; es wurde nichts geändert. Bitten Sie den Organisator, eine frühere Version in den Dateien des Teams wiederherzustellen.',
  },
};
