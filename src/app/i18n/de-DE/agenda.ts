// German messages for proposing, voting, the agreed agenda, settings, decisions and the decision log.
//
// Words used throughout: topic = Thema, dot = Punkt, voting = Abstimmung, boulders = Hauptthemen,
// parking lot = Themenspeicher, organizer = Organisator (as in Teams and Outlook), facilitator = Moderation,
// meeting = Besprechung, series = Serie. The user is addressed with "Sie".
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

const quote = (text: string) => `„${text}“`;

export const agendaDe: Catalogue['agenda'] = {
  cancel: 'Abbrechen',
  tryAgain: 'Erneut versuchen',
  proposedBy: (name) => `Vorgeschlagen von ${name}`,
  beforeTheTopics: 'Vor den Themen',
  afterTheTopics: 'Nach den Themen',
  outcome: {
    decide: 'Entscheiden',
    discuss: 'Besprechen',
    inform: 'Informieren',
  },

  view: {
    theOrganizer: 'Der Organisator',
    theFacilitator: 'Die Moderation',
    notLinked: (organizer) =>
      `Für diese Serie gibt es noch keine Agenda. ${organizer} verknüpft sie mit einem Team; die Agenda liegt in ` +
      `den Dateien dieses Teams, daher können nur seine Mitglieder sie öffnen. Falls ${organizer} sie bereits ` +
      'verknüpft hat, bitten Sie darum, dem Team hinzugefügt zu werden.',
    untrustedPlace: (team, createdBy) => `${quote(team)} (erstellt von ${createdBy})`,
    untrustedNote: (places, organizer) =>
      `Roundtable hat für diese Besprechung in ${places.join(', ')} eine Datei gefunden, die nicht von ` +
      `${organizer}, dem Organisator, erstellt wurde. Sie wird nicht verwendet: Jedes Mitglied dieses Teams könnte ` +
      'sie dort abgelegt haben, und die Stimmen darin könnten außerhalb dieser Besprechung gelesen werden.',
    dotsLeft: (left, budget) => `Verbleibende Punkte: ${left} von ${budget}`,
    voters: (n) =>
      plural(n, {
        zero: 'Noch hat niemand abgestimmt',
        one: '# Person hat abgestimmt',
        other: '# Personen haben abgestimmt',
      }),
    votingOpenYouClose:
      'Die Abstimmung läuft. Die Agenda erscheint hier, sobald Sie die Abstimmung beenden; bis dahin sieht ' +
      'niemand die Ergebnisse.',
    votingOpenOthersClose: (organizer) =>
      `Die Abstimmung läuft. Die Agenda erscheint hier, sobald ${organizer} (Organisator) oder die Moderation ` +
      'dieser Besprechung die Abstimmung beendet; bis dahin sieht niemand die Ergebnisse.',
    reopened: (by, when, previous) =>
      `Die Abstimmung wurde am ${when} ${by ? `von ${by}` : 'vom Organisator'} wieder geöffnet` +
      `${previous.length > 0 ? ` (die Agenda war: ${previous.join(', ')})` : ''}.`,
    closedNote: (by, when) =>
      `Die Abstimmung wurde${by ? ` von ${by}` : ''}${when ? ` am ${when}` : ''} beendet. Diese Agenda bleibt so, ` +
      'wie sie damals war: Spätere Zusammenführungen, Änderungen und Rückzüge ändern sie nicht.',
    total: (minutes) => `Gesamt ${minutes} Min.`,
    scaledDown: (requested, available) =>
      `Die Schätzungen ergeben ${requested} Min.; gekürzt auf die verfügbaren ${available} Min.`,
    scaledUp: (requested, available) =>
      `Die Schätzungen ergeben ${requested} Min.; gestreckt auf die verfügbaren ${available} Min.`,
    noTimeLeft:
      'Die festen Abschnitte füllen die ganze Besprechung; für Themen bleibt keine Zeit. Der Organisator kann sie ' +
      'in den Einstellungen kürzen.',
    tieAtCut: (made, missed) =>
      `Gleichstand an der Grenze: ${quote(made)} kam auf die Agenda, ${missed.map(quote).join(', ')} mit ` +
      'gleich vielen Stimmen nicht. Der ältere Vorschlag hatte Vorrang; die Gruppe kann die Themen tauschen, ' +
      'wenn sie möchte.',
    timeBox: (start, minutes) => `${start} · ${minutes} Min.`,
    dots: (n) => plural(n, { one: '# Punkt', other: '# Punkte' }),
    dotsFrom: (dots, people) =>
      `${plural(dots, { one: '# Punkt', other: '# Punkte' })} von ${plural(people, { one: '# Person', other: '# Personen' })}`,
    deferred: (times) => `verschoben ×${times}`,
    mergedFrom: (titles) => `zusammengeführt aus ${titles.map(quote).join(', ')}`,
  },

  beforeTheMeeting: 'Vor der Besprechung',
  agendaHeading: 'Agenda',
  untrustedTitle: 'Eine Kopie dieser Agenda wurde nicht verwendet',
  repairTitle: 'Die Agenda-Datei musste repariert werden',
  repairIntro: 'Roundtable hat beiseitegelegt, was gegen die Regeln verstieß, damit der Rest nutzbar bleibt:',
  dismiss: 'Ausblenden',
  votingOpen: 'Abstimmung läuft',
  votingClosed: 'Abstimmung beendet',
  storedIn: (team) => `Gespeichert in den Dateien von ${team}`,
  closeVoting: 'Abstimmung beenden',
  reopenVotingAsk: 'Abstimmung wieder öffnen…',
  settings: 'Einstellungen',
  reopenTitle: 'Abstimmung wieder öffnen?',
  reopenBody:
    'Die vereinbarte Agenda wird beiseitegelegt und alle können erneut abstimmen; möglicherweise ist sie bereits in ' +
    'der Einladung veröffentlicht oder läuft gerade in der Besprechung. Das erneute Öffnen wird mit Ihrem Namen und ' +
    'der Uhrzeit neben der ersetzten Agenda festgehalten.',
  reopenVoting: 'Abstimmung wieder öffnen',
  unsavedDots: 'Ihre Punkte',

  noTeams:
    'Sie sind noch in keinem Team Mitglied. Die Agenda liegt in den Dateien eines Teams; erstellen Sie daher in ' +
    'Microsoft Teams ein Team mit den Personen dieser Besprechung (oder bitten Sie darum, einem beizutreten), und ' +
    'kommen Sie dann zurück, um es zu verknüpfen.',
  linkIntro:
    'Verknüpfen Sie diese Serie mit einem Team: Die Agenda wird in den Dateien dieses Teams gespeichert, damit seine ' +
    'Mitglieder Themen vorschlagen und abstimmen können. Teilnehmende, die keine Mitglieder sind, werden gebeten, ' +
    'beizutreten.',
  team: 'Team',
  linking: 'Wird verknüpft…',
  linkTeam: 'Diese Serie mit einem Team verknüpfen',

  boulders: 'Hauptthemen',
  noTopicsProposed: 'Für diese Besprechung wurden keine Themen vorgeschlagen.',
  parkingLot: 'Themenspeicher',
  nothingParked: 'Im Themenspeicher liegt nichts.',
  lateHeading: 'Nach Ende der Abstimmung vorgeschlagen',
  lateIntro:
    'Diese Themen standen nicht auf dieser Agenda; sie werden in die nächste Besprechung übernommen.',
  tied: 'Gleichstand',
  estimated: (minutes) => `geschätzt ${minutes} Min.`,
  notReached: 'Nicht erreicht – wird übernommen',
  decisionLabel: 'Entscheidung:',
  heldBy: (holder) => `(verantwortet von ${holder})`,
  recordDecisionOn: (title) => `Entscheidung zu ${title} festhalten`,
  changeDecision: 'Entscheidung ändern',
  recordDecision: 'Entscheidung festhalten',
  markCoveredOf: (title) => `${title} als behandelt markieren`,
  markNotReachedOf: (title) => `${title} als nicht erreicht markieren`,
  markCovered: 'Als behandelt markieren',
  markNotReached: 'Als nicht erreicht markieren',

  decisionOn: (title) => `Entscheidung zu ${quote(title)}`,
  whatWasDecided: 'Was wurde entschieden?',
  whoHoldsDecision: 'Wer verantwortet diese Entscheidung?',
  saveDecision: 'Entscheidung speichern',

  reference: (reference) => `Referenz: ${reference}`,

  proposeHeading: 'Thema vorschlagen',
  proposeAfterClose:
    'Die Abstimmung ist beendet: Neue Themen kommen in den Themenspeicher und werden übernommen.',
  proposing: 'Wird vorgeschlagen…',
  propose: 'Vorschlagen',
  proposed: (title) => `${quote(title)} wurde vorgeschlagen.`,

  settingsTitle: 'Agenda-Einstellungen',
  topicsOnAgenda: 'Themen auf der Agenda',
  dotsPerPerson: 'Punkte pro Person',
  mostDotsOnOneTopic: 'Maximale Punkte pro Thema',
  fixedSegments: 'Feste Abschnitte',
  segmentName: (n) => `Name von Abschnitt ${n}`,
  minutes: 'Minuten',
  when: 'Wann',
  removeSegment: (segment) => `Abschnitt ${segment} entfernen`,
  addSegment: 'Abschnitt hinzufügen',
  saveSettings: 'Einstellungen speichern',

  edit: 'Bearbeiten',
  editOf: (title) => `${title} bearbeiten`,
  withdraw: 'Zurückziehen',
  withdrawOf: (title) => `${title} zurückziehen`,
  mergeInto: 'Zusammenführen mit…',
  mergeOf: (title) => `${title} mit einem anderen Thema zusammenführen`,
  editTopic: 'Thema bearbeiten',
  saveChanges: 'Änderungen speichern',
  withdrawTitle: (title) => `${quote(title)} zurückziehen?`,
  withdrawBody:
    'Das Thema verschwindet für alle von der Liste, und alle Punkte darauf gehen an die Abstimmenden zurück.',
  mergeTitle: (title) => `${quote(title)} mit einem anderen Thema zusammenführen`,
  mergeHint:
    'Seine Stimmen gehen auf das gewählte Thema über (die Punkte jeder Person bleiben innerhalb der Grenze pro Thema).',
  merge: 'Zusammenführen',

  title: 'Titel',
  titleLength: (length, max) => `${length} von ${max} Zeichen`,
  why: 'Warum es wichtig ist – was passiert, wenn wir das nicht gemeinsam angehen',
  outcomeLabel: 'Ergebnis',
  estimate: 'Schätzung (Minuten)',

  savingDots: 'Ihre Punkte werden gespeichert…',
  savingSlow:
    'Wird noch gespeichert: Microsoft 365 antwortet langsam. Ihre Punkte bleiben hier, bis die Antwort kommt.',
  saveFailed: 'Ihre Punkte sind noch nicht gespeichert. Sie bleiben hier erhalten: Versuchen Sie es erneut.',
  unsavedChanges: 'Nicht gespeicherte Änderungen: werden gleich gespeichert',
  dotsSaved: 'Ihre Punkte sind gespeichert.',
  voteHeading: 'Abstimmen',
  atMostPerTopic: (n) => `Höchstens ${n} auf ein Thema`,
  saving: 'Wird gespeichert…',
  saveMyVotes: 'Meine Stimmen speichern',
  votingHasClosed: 'Die Abstimmung ist beendet; die Ergebnisse und alle Stimmen stehen in der Agenda.',
  noTopicsYet: 'Noch keine Themen. Schlagen Sie das erste vor.',
  topics: 'Themen',
  youProposed: 'Von Ihnen vorgeschlagen',
  minutesShort: (n) => `${n} Min.`,
  removeDotFrom: (title) => `Einen Punkt von ${title} zurücknehmen`,
  addDotTo: (title) => `Einen Punkt für ${title} vergeben`,
  myDots: (n) => plural(n, { one: '# Punkt', other: '# Punkte' }),

  decisionLog: 'Entscheidungsprotokoll',
  hideDecisionLog: 'Entscheidungsprotokoll ausblenden',
  showDecisionLog: 'Entscheidungsprotokoll: alle Entscheidungen dieser Serie',
  openingDecisionLog: 'Entscheidungsprotokoll wird geöffnet',

  log: {
    format: { markdown: 'Markdown', csv: 'CSV' },
    copy: (format) => `${format} kopieren`,
    download: (format) => `${format} herunterladen`,
    copied: (n, format) =>
      plural(n, {
        one: `# Entscheidung als ${format} kopiert.`,
        other: `# Entscheidungen als ${format} kopiert.`,
      }),
    copyFailed: (download) =>
      `Kopieren nicht möglich: Dieses Fenster erlaubt keinen Zugriff auf die Zwischenablage. Verwenden Sie ` +
      `stattdessen ${quote(download)}.`,
    readingArchive: 'Archivierte Besprechungen werden gelesen',
    archiveFailed: (reason) =>
      `Archivierte Besprechungen konnten nicht gelesen werden (${reason}); es werden nur die Entscheidungen der ` +
      'letzten Besprechungen angezeigt.',
    filter: 'Entscheidungen filtern',
    search: 'Entscheidungen durchsuchen',
    searchPlaceholder: 'Wörter in einem Thema, einer Entscheidung, einer Person oder einem Aktionspunkt',
    person: 'Person',
    everyone: 'Alle',
    from: 'Von',
    to: 'Bis',
    count: (shown, total, withArchive) =>
      plural(total, { one: `${shown} von # Entscheidung`, other: `${shown} von # Entscheidungen` }) +
      (withArchive ? ', einschließlich archivierter Besprechungen' : ''),
    empty:
      'Noch keine Entscheidungen festgehalten. Entscheidungen, die auf einer beendeten Agenda festgehalten werden, ' +
      'erscheinen hier.',
    table: 'Entscheidungen',
    date: 'Datum',
    topic: 'Thema',
    decision: 'Entscheidung',
    heldBy: 'Verantwortet von',
    actionItems: 'Aktionspunkte',
    archived: 'archiviert',
    action: (title, owners, due) =>
      `${title}${owners.length > 0 ? ` (${owners.join(', ')})` : ''}${due ? `, fällig am ${due}` : ''}`,
  },

  defaultSegments: {
    'check-in': 'Ankommen',
    review: 'Rückblick auf die letzten Aktionspunkte',
    'wrap-up': 'Abschluss',
  },
};
