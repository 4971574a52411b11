// German messages for why an agenda, series, run or decision change was refused (domain rule problems), and for the
// agenda file's health notice.
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

export const agendaProblemsDe: Catalogue['agendaProblems'] = {
  topicTitleMissing: () => 'Geben Sie dem Thema einen Titel.',
  topicTitleTooLong: (p) => `Der Titel darf höchstens ${p.max} Zeichen lang sein (er hat ${p.actual}).`,
  topicWhyTooLong: (p) => `„Warum es wichtig ist“ darf höchstens ${p.max} Zeichen lang sein.`,
  topicOutcomeUnknown: () => 'Wählen Sie „Entscheiden“, „Besprechen“ oder „Informieren“.',
  topicEstimateOutOfRange: (p) =>
    `Die Schätzung muss eine ganze Zahl von Minuten zwischen ${p.min} und ${p.max} sein.`,

  settingsBudgetOutOfRange: (p) => `Das Budget beträgt 1 bis ${p.max} Punkte.`,
  settingsDotsPerTopicOutOfRange: () => 'Punkte pro Thema: mindestens 1, höchstens das Budget.',
  settingsBouldersOutOfRange: (p) => `Zwischen 1 und ${p.max} Themen können es auf die Agenda schaffen.`,
  settingsTooManySegments: (p) => `Höchstens ${p.max} feste Abschnitte.`,
  settingsSegmentInvalid: (p) =>
    `Jeder feste Abschnitt braucht einen Namen mit höchstens ${p.labelMax} Zeichen und 1–${p.minutesMax} Minuten.`,
  settingsNotOrganizer: () => 'Nur der Organisator ändert die Einstellungen der Serie.',

  decisionNotAllowed: (p) =>
    `Nur der Organisator, die Moderation oder ${p.author} können diese Entscheidung festhalten.`,
  decisionTextMissing: () => 'Schreiben Sie auf, was entschieden wurde.',
  decisionTextTooLong: (p) => `Die Entscheidung darf höchstens ${p.max} Zeichen lang sein.`,
  decisionHolderMissing: () => 'Geben Sie an, wer für diese Entscheidung verantwortlich ist.',

  topicExists: () => 'Dieses Thema gibt es bereits.',
  topicIdMissing: () => 'Ein Thema braucht eine kurze ID.',
  topicAlreadyListed: (p) =>
    `„${p.title}“ steht bereits auf der Liste (vorgeschlagen von ${p.author}). Vergeben Sie Ihre Punkte stattdessen dort, oder geben Sie Ihrem Thema einen Titel, der den Unterschied deutlich macht.`,
  topicsTooMany: (p) =>
    `Diese Serie hat bereits ${p.open} offene Themen, mehr können ihre Agenden nicht gewichten. Ziehen Sie zuerst einige zurück oder führen Sie sie zusammen.`,
  topicGone: () => 'Dieses Thema gibt es nicht mehr.',
  topicEditNotAuthor: (p) => `Nur ${p.author} kann dieses Thema bearbeiten.`,
  topicWithdrawNotAuthor: (p) => `Nur ${p.author} kann dieses Thema zurückziehen.`,
  topicNotOnAgenda: () => 'Dieses Thema stand nicht auf der Agenda dieser Besprechung.',
  topicStatusNotAllowed: () =>
    'Nur der Organisator oder die Moderation dieser Besprechung kann ein Thema als nicht erreicht markieren.',
  topicStatusVotingOpen: () => 'Die Abstimmung läuft noch: Es gibt noch keine Agenda.',
  mergeNotAllowed: () => 'Nur der Organisator oder die Moderation kann doppelte Themen zusammenführen.',
  mergeVotingClosed: () =>
    'Die Abstimmung für diese Besprechung ist geschlossen; führen Sie Duplikate auf der Liste der nächsten Besprechung zusammen.',
  mergeIntoItself: () => 'Ein Thema kann nicht mit sich selbst zusammengeführt werden.',
  mergeNotOnList: () => 'Beide Themen müssen noch auf der Liste dieser Besprechung stehen.',
  ballotVotingClosed: () =>
    'Die Abstimmung für diese Besprechung ist geschlossen; Ihre Punkte wurden nicht geändert.',
  ballotDotsNotWhole: () => 'Punkte sind ganze Zahlen, null oder mehr.',
  ballotTooManyOnTopic: (p) =>
    plural(p.max, {
      one: 'Höchstens # Punkt auf einem Thema.',
      other: 'Höchstens # Punkte auf einem Thema.',
    }),
  ballotOverBudget: (p) =>
    `${plural(p.budget, { one: 'Sie haben # Punkt', other: 'Sie haben # Punkte' })}; diese Stimmabgabe verwendet ${p.used}.`,
  votingCloseNotAllowed: () =>
    'Nur der Organisator oder die Moderation dieser Besprechung kann die Abstimmung schließen.',
  votingReopenNotAllowed: () =>
    'Nur der Organisator kann die Abstimmung über eine geschlossene Agenda wieder öffnen.',
  votingMeetingLengthUnusable: () => 'Die Besprechung hat keine verwendbare Dauer.',

  runNotAllowed: () => 'Nur die Zeitnahme, die Moderation oder der Organisator kann die Agenda durchführen.',
  runVotingOpen: () =>
    'Die Abstimmung läuft noch. Der Organisator oder die Moderation schließt sie, dann kann die Agenda beginnen.',
  runNoAgenda: () => 'Es gibt noch keine Agenda, die durchgeführt werden kann.',
  keepGoingChoiceUnknown: () => 'Wählen Sie „Weitermachen“ oder „Weiter zum nächsten Punkt“.',
  keepGoingMovedOn: () =>
    'Die Besprechung ist bereits beim nächsten Punkt; Ihre Stimme wurde nicht mehr gebraucht.',

  seriesMeetingArchived: () =>
    'Die Aufzeichnung dieser Besprechung wurde ins Archiv der Serie verschoben; sie kann nicht mehr geändert werden.',
  seriesArchiveNotOrganizer: () => 'Nur der Organisator verschiebt alte Besprechungen ins Archiv.',
  seriesHealthNotOrganizer: () => 'Nur der Organisator kümmert sich um den Zustand der Agenda-Datei.',

  meetingNoContext: () =>
    'Teams hat nicht mitgeteilt, zu welcher Besprechung diese Registerkarte gehört. Öffnen Sie Roundtable direkt aus der Besprechung.',
  meetingNotAMeetingChat: () =>
    'Dieser Chat gehört zu keiner Besprechung. Roundtable läuft in Besprechungen: Fügen Sie es stattdessen einer Besprechung hinzu.',
  meetingNotInCalendar: (p) =>
    `Roundtable konnte diese Besprechung in Ihrem Kalender zwischen vor 12 Stunden und in 90 Tagen nicht finden${
      p.chatFailure === undefined
        ? ''
        : ` (auch der Besprechungschat konnte nicht gelesen werden: ${p.chatFailure})`
    }. Roundtable erkennt die Besprechung an ihrem Teams-Teilnahmelink und braucht deshalb die Einladung in Ihrem ` +
    'eigenen Kalender: Wenn die Besprechung an Sie weitergeleitet wurde oder Sie über einen Link teilgenommen haben, ' +
    'bitten Sie den Organisator, Sie einzuladen.',
  meetingChatNotReadable: () =>
    'Roundtable konnte nicht erkennen, um welche Ihrer Besprechungen es sich handelt. Teams erlaubt Ihnen nicht, den ' +
    'Chat dieser Besprechung zu lesen (vielleicht haben Sie ihn verlassen, wurden entfernt oder haben über einen Link ' +
    'teilgenommen), und Roundtable erkennt eine Besprechung an ihrem Chat. Auch der Teilnahmelink Ihrer Einladung ' +
    'nennt den Chat nicht: Neuere Teams-Einladungen enthalten einen kurzen Link (teams.microsoft.com/meet/…). Bitten ' +
    'Sie jemanden in der Besprechung, Sie zum Besprechungschat hinzuzufügen, und wählen Sie dann „Erneut versuchen“.',

  linkNotOrganizer: (p) => `Nur der Organisator (${p.organizer}) verknüpft diese Besprechung mit einem Team.`,
  linkUntrustedTwin: (p) =>
    `„${p.team}“ enthält bereits eine Datei für diese Besprechung, die ${p.createdBy} erstellt hat, nicht Sie. Roundtable verwendet sie nicht. Verknüpfen Sie ein anderes Team, oder bitten Sie eine Person, die das Team besitzt, die Roundtable-Datei für diese Besprechung zu löschen.`,
  linkFileExists: () => 'Die Datei für diese Besprechung existiert bereits.',

  health: {
    impossibleDate: 'ein unmögliches Datum',
    futureStamps: (count, furthest, now) =>
      `${plural(count, { one: '# Änderung war', other: '# Änderungen waren' })} in die Zukunft datiert (spätestens: ${furthest}; ` +
      `das lesende Gerät zeigte: ${now}); ihr Datum wurde auf jetzt zurückgesetzt, damit spätere Änderungen ` +
      'sie ersetzen können. Entweder die Uhr des Schreibenden oder die des Lesenden geht falsch; nichts ging verloren.',
    titleShortened: (max) => `Der Titel der Serie war länger als ${max} Zeichen; er wurde gekürzt.`,
    settingsSetAside: (why) =>
      `Die Einstellungen der Serie wurden zurückgestellt (${why}); es gelten die Standardeinstellungen.`,
    rolesSetAside: (why) =>
      `Die eigenen Rollen der Serie wurden zurückgestellt (${why}); es gelten die drei Standardrollen.`,
    topicsSetAside: (count, named) =>
      `${plural(count, { one: '# Thema wurde', other: '# Themen wurden' })} zurückgestellt: ${named}.`,
    actionsSetAside: (count, named) =>
      `${plural(count, { one: '# Aufgabe wurde', other: '# Aufgaben wurden' })} zurückgestellt: ${named}.`,
    named: (title, why) => `„${title}“ (${why})`,
    andMore: (named, more) => `${named} und ${more} weitere`,
    openTopicsCapped: (count, max) =>
      `${count} offene Themen über der Grenze von ${max} wurden zurückgestellt (die neuesten).`,
    meetingKeyInvalid: (key) =>
      `Ein Besprechungseintrag mit dem Schlüssel „${key}“ wurde zurückgestellt: Er bezeichnet keine gültige Besprechung.`,
    ballotsSetAside: (count, day, budgetMax) =>
      `${plural(count, { one: '# Stimmzettel', other: '# Stimmzettel' })} für die Besprechung vom ${day} ${plural(count, { one: 'verstieß', other: 'verstießen' })} gegen die Abstimmungsregeln (ein Budget von höchstens ${budgetMax} Punkten, ein Stimmzettel pro Person, von dieser Person selbst abgegeben) und ${plural(count, { one: 'wurde', other: 'wurden' })} zurückgestellt.`,
    agendaDamaged: (day, why) =>
      `Die geschlossene Agenda vom ${day} war beschädigt (${why}) und wurde zurückgestellt; die Abstimmung für diese Besprechung ist wieder offen.`,
    requestsSetAside: (count, day, max) =>
      `${plural(count, { one: '# Anfrage', other: '# Anfragen' })}, in der Besprechung vom ${day} eine Rolle zu übernehmen, ${plural(count, { one: 'verstieß', other: 'verstießen' })} gegen die Regeln (gestellt von der Person, die sie geschrieben hat, beantwortet nur von der gefragten Person oder zurückgezogen von der fragenden, höchstens ${max} pro Besprechung) und ${plural(count, { one: 'wurde', other: 'wurden' })} zurückgestellt; die Rolle bleibt, wie die Rotation oder der Organisator sie festgelegt hat.`,
    decisionsSetAside: (count, day) =>
      `${plural(count, { one: '# Entscheidung', other: '# Entscheidungen' })} für den ${day} ${plural(count, { one: 'wurde', other: 'wurden' })} zurückgestellt (leer oder zu lang).`,
    runReset: (day) => `Die laufende Agenda vom ${day} war beschädigt und wurde zurückgesetzt.`,
    keepGoingSetAside: (day) =>
      `Die „Weitermachen?“-Stimmen vom ${day} waren beschädigt und wurden zurückgestellt.`,
    responsesSetAside: (day, max) =>
      `Die für den ${day} erfassten Antworten nannten mehr als ${max} Personen und wurden zurückgestellt.`,
    votingLogDamaged: (day) =>
      `Beschädigte Einträge im Abstimmungsprotokoll vom ${day} wurden zurückgestellt.`,
    topicFlaw: {
      idMismatch: 'seine ID passt nicht',
      authorNameTooLong: 'der Name der verfassenden Person ist zu lang',
      noValidMeeting: 'es bezeichnet keine gültige Besprechung',
      noCreationTime: 'es hat keinen gültigen Erstellungszeitpunkt',
      mergedIntoInvalid: 'es ist mit einem ungültigen Thema zusammengeführt',
    },
    actionFlaw: {
      idMismatch: 'ihre ID passt nicht',
      noValidMeeting: 'sie bezeichnet keine gültige Besprechung',
      titleInvalid: 'ihr Titel ist leer oder zu lang',
      ownerInvalid: 'ihre verantwortliche Person ist ungültig',
      helpersInvalid: 'ihre Helfenden sind ungültig',
      dueInvalid: 'ihr Fälligkeitsdatum ist kein Datum',
    },
    outcomeFlaw: {
      meetingLength: 'ihre Besprechungsdauer liegt außerhalb des zulässigen Bereichs',
      voterCount: (voters) => `sie zählt ${voters} Abstimmende`,
      rankingTooLong: (topics) => `sie reiht ${topics} Themen`,
      boulderCount: 'ihre Zahl der Hauptthemen liegt außerhalb des zulässigen Bereichs',
      topicTwice: 'ein Thema kommt doppelt vor',
      topicTitle: 'ein Thementitel ist leer oder zu lang',
      authorName: 'der Name einer verfassenden Person ist zu lang',
      estimate: (title) => `„${title}“ hat eine ungültige Schätzung`,
      voters: (title, voters, of) => `„${title}“ hat ${voters} Abstimmende von ${of}`,
      dots: (title, dots, voters) => `„${title}“ hat ${dots} Punkte von ${voters} Personen`,
      deferrals: 'eine Anzahl von Verschiebungen liegt außerhalb des zulässigen Bereichs',
      rank: 'ein Rang liegt außerhalb des zulässigen Bereichs',
      mergedTooMany: 'ein Thema nennt zu viele zusammengeführte Themen',
      timeBoxesTooMany: 'sie hat zu viele Zeitfenster',
      segment: (minutes) => `ein Abschnitt von ${minutes} Minuten`,
      timeBoxesMismatch: 'ihre Zeitfenster passen nicht zu ihren Hauptthemen',
      segmentsTotal: (minutes) => `ihre Abschnitte ergeben zusammen ${minutes} Minuten`,
    },
  },
};
