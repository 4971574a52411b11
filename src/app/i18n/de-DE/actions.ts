// German messages for action items, the review of commitments, notes and the recap.
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

export const actionsDe: Catalogue['actions'] = {
  area: {
    heading: 'Aktionspunkte',
    none: 'Für diese Besprechung gibt es noch keine Aktionspunkte.',
    listLabel: 'Aktionspunkte dieser Besprechung',
    record: (count) => `${count} in Planner eintragen`,
    nothingMore: 'Nichts mehr einzutragen',
    allRecorded: 'Alle in Planner eingetragen',
    waiting: (count) =>
      plural(count, {
        one: '# Aktionspunkt wartet auf eine verantwortliche Person aus Ihrer Organisation, bevor er in Planner eingetragen werden kann.',
        other:
          '# Aktionspunkte warten auf eine verantwortliche Person aus Ihrer Organisation, bevor sie in Planner eingetragen werden können.',
      }),
    keptOff: (count) =>
      plural(count, {
        one: '# Aktionspunkt wird bewusst nicht in Planner eingetragen.',
        other: '# Aktionspunkte werden bewusst nicht in Planner eingetragen.',
      }),
    recording: 'Wird in Planner eingetragen',
  },
  capture: {
    formLabel: 'Aktionspunkt erfassen',
    heading: 'Aktionspunkt erfassen',
    title: 'Was zu tun ist',
    titleLength: (length, max) => `${length} von ${max} Zeichen`,
    titleTooLong: (max) => `Der Aktionspunkt darf höchstens ${max} Zeichen lang sein.`,
    owner: 'Verantwortlich',
    helpersOptional: 'Unterstützung (optional)',
    helpers: 'Unterstützung',
    helpersHint: 'Wird in der Planner-Aufgabe genannt; zugewiesen wird nur die verantwortliche Person.',
    dueOptional: 'Fällig (optional)',
    topic: 'Aus Agendapunkt',
    noTopic: '(keiner)',
    add: 'Aktionspunkt hinzufügen',
    ownThis: 'Übernehme ich',
    unfinishedAddress: (typed) =>
      `„${typed}“ ist noch keine vollständige E-Mail-Adresse (wie name@example.com). Vervollständigen Sie sie und wählen Sie sie aus der Liste.`,
    outsideOwners: (addresses) =>
      `${addresses.join(', ')} ${plural(addresses.length, { one: 'nimmt', other: 'nehmen' })} nicht an dieser Besprechung teil. ` +
      'Planner weist nur Personen mit einem Konto in Ihrer Organisation zu: Ohne Konto bleibt der Aktionspunkt mit einem ' +
      'Hinweis hier, statt in Planner eingetragen zu werden. Wählen Sie eine verantwortliche Person aus der Besprechung, um ihn einzutragen.',
  },
  item: {
    inPlanner: 'In Planner',
    keptOff: 'Bewusst nicht in Planner',
    notInPlanner: 'Noch nicht in Planner',
    ownership: (how, owner, helpers) =>
      `${how === 'claimed' ? 'Übernommen von' : 'Verantwortlich:'} ${owner}` +
      (helpers.length > 0 ? ` · Unterstützung: ${helpers.join(', ')}` : ''),
    claimed: 'Übernommen',
    assigned: 'Zugewiesen',
    due: 'Fällig',
    dueOf: (title) => `Fälligkeitsdatum von ${title}`,
    ownThis: 'Übernehme ich',
    cancel: 'Abbrechen',
    changePeople: 'Verantwortliche oder Unterstützung ändern',
    newOwner: 'Neue verantwortliche Person',
    owner: 'Verantwortlich',
    helpers: 'Unterstützung',
    keepsAssignee: (flag) => `${flag} Die Aufgabe bleibt der bisherigen Person zugewiesen.`,
    waitsForOwner: (flag) =>
      `${flag} Der Aktionspunkt wartet auf eine verantwortliche Person aus Ihrer Organisation, bevor er in Planner eingetragen werden kann.`,
    save: 'Verantwortliche und Unterstützung speichern',
    notAssigned: (people) =>
      `${people.join(', ')} ${plural(people.length, { one: 'kann', other: 'können' })} in Planner nicht zugewiesen werden: kein Konto in dieser Organisation. Die Aufgabe bleibt der bisherigen Person zugewiesen.`,
    plannerNotUpdated: (failure) =>
      `Hier gespeichert, aber die Planner-Aufgabe wurde nicht aktualisiert: ${failure}. Nehmen Sie die Änderung erneut vor, um es noch einmal zu versuchen.`,
    notRecorded: 'Nicht in Planner eingetragen',
    noAssignableOwner: (person) =>
      `${person} hat kein Konto in dieser Organisation, daher kann Planner die Aufgabe nicht zuweisen. Der Aktionspunkt bleibt hier; wählen Sie eine verantwortliche Person aus Ihrer Organisation, um ihn einzutragen, oder lassen Sie ihn außerhalb von Planner.`,
    failure: (title, message) => `${title}. ${message}`,
  },
  ownerFlag: {
    keptOffTitle: 'Nicht in Planner',
    notAssignableTitle: 'Planner kann diese Person nicht zuweisen',
    keptOff: (person) =>
      `Nicht in Planner: ${person} ist hier verantwortlich, und der Aktionspunkt wird nie in Planner eingetragen.`,
    notAssignable: (person) =>
      `${person} hat kein Konto in Ihrer Organisation, daher kann Planner diesen Aktionspunkt nicht zuweisen.`,
    person: (name, email) => `${name} (${email})`,
    undo: 'Rückgängig: in Planner eintragen',
    pickInternal: 'Interne Person wählen',
    keepOff: 'Nicht in Planner eintragen',
  },
  picker: {
    placeholder: 'Name oder E-Mail-Adresse',
    notInMeeting: 'Nicht in dieser Besprechung',
    add: (address) => `${address} hinzufügen`,
  },
  plan: {
    groupLabel: 'Planner-Plan',
    recordingTo: (plan) => `Eintragen in: ${plan}`,
    recordingToOldest: (plan) => `Eintragen in: ${plan} (ältester Plan des Teams, standardmäßig verwendet)`,
    recordingToDefault: 'Eintragen in: den ältesten Planner-Plan des Teams (Standard)',
    anUntitledPlan: 'einen Plan ohne Titel',
    change: 'Plan ändern',
    missing: 'Dieser Plan gehört nicht mehr zu den Plänen des Teams; wählen Sie einen anderen.',
    pickerLabel: 'Aktionspunkte dieser Serie eintragen in',
    pickerHint: 'Bereits eingetragene Aufgaben bleiben, wo sie sind.',
    untitled: 'Plan ohne Titel',
    oldest: (plan) => `${plan} (ältester, Standard)`,
    reading: 'Die Planner-Pläne des Teams werden gelesen',
    readFailedTitle: 'Die Planner-Pläne des Teams konnten nicht gelesen werden',
    readFailed: (title, message) =>
      `${title}. ${message} Eingetragen wird weiterhin in den oben angezeigten Plan.`,
    tryAgain: 'Erneut versuchen',
  },
  review: {
    heading: 'Rückblick auf Zusagen',
    refresh: 'Aktualisieren',
    reading: 'Der Status der Aufgaben wird aus Planner gelesen',
    readFailed: (failure) => `Die Aufgaben konnten nicht aus Planner gelesen werden: ${failure}`,
    tryAgain: 'Erneut versuchen',
    counts: (open, overdue, done) => `${open} offen · ${overdue} überfällig · ${done} erledigt`,
    state: {
      done: 'Erledigt',
      overdue: 'Überfällig',
      open: 'Offen',
      notInPlanner: 'Nicht in Planner',
      deletedInPlanner: 'In Planner gelöscht',
    },
    line: (people, due, from) => `${people}${due ? ` · fällig am ${due}` : ''} · vom ${from}`,
  },
  notes: {
    heading: 'Notizen',
    closed: 'Notizen sind möglich, sobald die Abstimmung beendet und die Agenda festgelegt ist.',
    whoWrites:
      'Die Protokollführung schreibt die Notizen, gemeinsam mit allen, die sie einlädt; der Organisator darf ebenfalls schreiben. Alle anderen lesen sie hier.',
    alsoWriting: (names) => `Schreiben ebenfalls Notizen: ${names}`,
    invited: 'Zum Schreiben von Notizen eingeladen',
    remove: 'Entfernen',
    invite: 'Jemanden zum Schreiben von Notizen einladen',
    choosePerson: 'Person auswählen',
    inviteButton: 'Einladen',
    itemLabel: (item) => `Notizen: ${item}`,
    editorLabel: (item) => `Notizen zu ${item}`,
    editorHint: 'Nur Text. Beginnen Sie Zeilen mit „- “ oder „1. “ für Listen.',
    saving: 'Wird gespeichert…',
    save: 'Notizen speichern',
    cancel: 'Abbrechen',
    conflictTitle: (count) =>
      `${['', 'Eine', 'Zwei', 'Drei', 'Vier', 'Fünf'][count] ?? String(count)} ${plural(count, { one: 'Fassung', other: 'Fassungen' })} – eine behalten oder zusammenführen`,
    conflict:
      'Diese Fassungen wurden gleichzeitig von Personen gespeichert, die den Text der anderen nicht gesehen hatten. Beide bleiben erhalten, bis jemand, der Notizen schreibt, eine behält oder sie zusammenführt.',
    none: 'Noch keine Notizen.',
    versionBy: (version, name) => `Fassung ${version}, von ${name}`,
    by: (name) => `von ${name}`,
    keepVersion: (version) => `Fassung ${version} behalten`,
    combine: 'Zusammenführen',
    write: 'Notizen schreiben',
    edit: 'Notizen bearbeiten',
    unsaved: 'Ihre Notizen',
  },
  recap: {
    label: 'Zusammenfassung',
    viewSent: 'Zusammenfassung gesendet: ansehen',
    open: 'Zusammenfassung senden…',
    sentToChat: (when) => `Am ${when} an den Besprechungschat gesendet.`,
    sentByMail: (recipients, when) =>
      `Am ${when} per E-Mail an ${plural(recipients, { one: '# teilnehmende Person', other: '# Teilnehmende' })} gesendet.`,
    explain:
      'Sendet die Entscheidungen, die Aktionspunkte und das, was in die nächste Besprechung übernommen wird, an den Besprechungschat.',
    notAllowed: 'Nur der Organisator, die Moderation oder die Protokollführung sendet die Zusammenfassung.',
    toChat: 'Die Zusammenfassung wird als eine Nachricht an den Besprechungschat gesendet.',
    chatUnknown: (recipients) =>
      `Der Teams-Link dieser Besprechung verrät nicht, welcher Chat zu ihr gehört, daher wird die Zusammenfassung von hier per E-Mail an ${plural(recipients, { one: '# teilnehmende Person', other: '# Teilnehmende' })} gesendet. Um sie stattdessen im Besprechungschat zu posten, senden Sie sie in Teams über den Roundtable-Tab der Besprechung.`,
    noChat: (recipients) =>
      `Diese Besprechung hat keinen Chat, daher wird die Zusammenfassung per E-Mail an ${plural(recipients, { one: '# teilnehmende Person', other: '# Teilnehmende' })} gesendet.`,
    nowhere:
      'Diese Besprechung hat keinen Chat und keine teilnehmende Person mit E-Mail-Adresse, daher kann die Zusammenfassung nicht gesendet werden.',
    already: 'Die Zusammenfassung wurde bereits gesendet, daher wurde nichts weiter gesendet.',
    sentChat: 'An den Besprechungschat gesendet.',
    sentMail: 'Per E-Mail gesendet.',
    title: 'Zusammenfassung senden',
    preview: 'Vorschau der Zusammenfassung',
    close: 'Schließen',
    sending: 'Wird gesendet…',
    send: 'Senden',
    unclearChat:
      'Wir konnten nicht feststellen, ob die Zusammenfassung den Chat erreicht hat. Senden Sie sie erneut: Vorher wird nach ihr gesucht, und sie wird nie doppelt gepostet.',
    unclearMail:
      'Wir konnten nicht feststellen, ob die E-Mail versendet wurde. Prüfen Sie Ihre gesendeten Elemente, bevor Sie erneut senden.',
    notMember:
      'Sie sind nicht Mitglied im Chat dieser Besprechung (oder er existiert nicht mehr), daher kann die Zusammenfassung dort nicht gepostet werden.',
    failed: (title, message) => `${title}. ${message} Es wurde nichts gesendet.`,
  },
};
