// German messages for the meeting side panel and stage, the running agenda, keep-going votes and publishing to the invite.
import type { Catalogue } from '../catalogue';
import { plural } from '../format';

export const inMeetingDe: Catalogue['inMeeting'] = {
  app: {
    locating: 'Diese Besprechung wird in Ihrem Kalender gesucht',
    couldNotShow: 'Diese Besprechung kann nicht angezeigt werden.',
    chatNotReadable: 'Roundtable kann nicht erkennen, um welche Besprechung es sich handelt',
    notInCalendar: 'Diese Besprechung ist nicht in Ihrem Kalender',
    tryAgain: 'Erneut versuchen',
  },
  channelMeeting: {
    title: 'Kanalbesprechungen werden noch nicht unterstützt',
    body: 'Roundtable funktioniert in Besprechungen, die über einen Kalender geplant wurden und einen eigenen Besprechungschat haben. Diese Besprechung fand in einem Kanal statt, daher kann Roundtable ihre Agenda hier nicht finden. Öffnen Sie Roundtable über Ihre persönliche App, um Ihre Besprechungen zu sehen.',
  },
  panel: {
    runningAgenda: 'Laufende Agenda',
    opening: 'Agenda wird geöffnet',
    failure: (title: string, message: string) => `${title}. ${message}`,
    notLinked:
      'Die Agenda dieser Besprechung ist noch mit keinem Team verknüpft. Der Organisator verknüpft sie in der Besprechungsregisterkarte von Roundtable (Besprechungsdetails); danach wird die laufende Agenda hier angezeigt.',
    now: 'Jetzt',
    status: { notStarted: 'Nicht gestartet', paused: 'Pausiert', finished: 'Beendet', running: 'Läuft' },
    nowStatus: (status: string) => `Jetzt · ${status}`,
    nowStatusItem: (status: string, index: number, total: number) =>
      `Jetzt · ${status} · Punkt ${index} von ${total}`,
    timeBox: (minutes: number) => `Zeitfenster: ${minutes} Min.`,
    overTime: 'Zeit überschritten',
    timeLeft: 'Verbleibende Zeit',
    timeBoxUsed: 'Verbrauchtes Zeitfenster',
    noAgenda:
      'Noch keine Agenda: Schlagen Sie Themen in der Roundtable-Registerkarte der Besprechung vor und stimmen Sie dort ab.',
    pause: 'Pausieren',
    resume: 'Fortsetzen',
    start: 'Starten',
    back: 'Zurück',
    nextItem: 'Nächster Punkt',
    upNext: 'Als Nächstes',
    nextLine: (label: string, minutes: number) => `${label} · ${minutes} Min.`,
    lastItem: 'Nichts: letzter Punkt',
    roles: 'Rollen',
    workingOutRoles: 'Rollen werden ermittelt',
    holderYou: 'Sie',
    holderSomeone: 'jemand',
    holderNobody: 'noch niemand',
    refresh: 'Aktualisieren',
    shareToStage: 'Auf der Bühne teilen',
    shareFailed: (reason: string) => `Teilen auf der Bühne nicht möglich: ${reason}`,
  },
  capture: {
    label: 'Aktionspunkt erfassen',
    action: 'Was zu tun ist',
    owner: 'Verantwortlich',
    me: (name: string) => `${name} (ich)`,
    capture: 'Erfassen',
    captured: (title: string, owner: string) => `„${title}“ für ${owner} erfasst.`,
    recording: 'Wird eingetragen…',
    recordPending: (count: number) => `${count} in Planner eintragen`,
    recorded: (done: number, failed: number) =>
      `${done} in Planner eingetragen.` +
      (failed > 0
        ? ' ' +
          plural(failed, {
            one: '# Aktionspunkt konnte nicht eingetragen werden: Die Registerkarte der Besprechung nennt jeweils den Grund.',
            other:
              '# Aktionspunkte konnten nicht eingetragen werden: Die Registerkarte der Besprechung nennt jeweils den Grund.',
          })
        : ''),
  },
  keepGoing: {
    label: 'Weitermachen?',
    timesUp: (item: string) => `Die Zeit für „${item}“ ist um. Weitermachen?`,
    keepGoingVotes: (votes: number) => `Weitermachen (${votes})`,
    moveOnVotes: (votes: number) => `Weitergehen (${votes})`,
    noVotes: 'Noch keine Stimmen.',
    tally: (more: number, move: number) =>
      `${more} für Weitermachen, ${move} für Weitergehen${more === move ? ' (Gleichstand)' : ''}.`,
    extend: (minutes: number) => `${minutes} Min. weitermachen`,
    nextItem: 'Nächster Punkt',
  },
  publish: {
    title: 'In Einladung veröffentlichen',
    open: 'In Einladung veröffentlichen…',
    explainer:
      'Überträgt diese Agenda, die Rollen und den Stand der Zusagen in die Outlook-Einladung, für Teilnehmende, die Roundtable nicht öffnen.',
    preparing: 'Vorschau wird vorbereitet',
    updatesWarning:
      'Die Veröffentlichung aktualisiert die Einladung: Alle Teilnehmenden erhalten eine Aktualisierung in Outlook. Nur der Roundtable-Block ändert sich; die Teams-Einwahldaten und alles andere, was Sie geschrieben haben, bleiben unverändert.',
    votingOpenTitle: 'Die Abstimmung läuft noch',
    votingOpenBody: (closes: string) =>
      `Die Einladung wird die vorgeschlagenen Themen in der Reihenfolge ihres Vorschlags auflisten, ohne Punkte, Rangfolge oder Zeitfenster, und angeben, dass die Abstimmung bis ${closes} läuft. Schließen Sie zuerst die Abstimmung, um die beschlossene Agenda zu veröffentlichen, oder veröffentlichen Sie nach Abstimmungsende erneut.`,
    target: 'Veröffentlichen in',
    thisOccurrence: 'Nur dieser Termin',
    everyOccurrence: 'Alle Termine der Serie',
    counting: 'Die Aktualisierungen für die Teilnehmenden werden gezählt…',
    seriesUpdates: (perAttendee: number, changedMeetings: number) =>
      perAttendee === 1
        ? 'Die Veröffentlichung sendet allen Teilnehmenden 1 Aktualisierung für die Serie.'
        : plural(changedMeetings, {
            one: `Die Veröffentlichung sendet allen Teilnehmenden ${perAttendee} Aktualisierungen: eine für die Serie und eine für den # geänderten Termin.`,
            other: `Die Veröffentlichung sendet allen Teilnehmenden ${perAttendee} Aktualisierungen: eine für die Serie und je eine für jeden der # geänderten Termine.`,
          }),
    seriesUpdatesUnknown:
      'Die Veröffentlichung sendet allen Teilnehmenden mindestens eine Aktualisierung für die Serie; wie viele Termine einzeln geändert wurden, konnte nicht gelesen werden.',
    preview: 'Vorschau des Agenda-Blocks',
    close: 'Schließen',
    publish: 'Veröffentlichen',
    publishing: 'Wird veröffentlicht…',
    published: 'Veröffentlicht. Die Teilnehmenden erhalten die aktualisierte Einladung in Outlook.',
    unchanged: 'Die Einladung zeigt diese Agenda bereits, daher wurde nichts gesendet.',
    notOrganizer: 'Nur der Organisator kann die Agenda in der Einladung veröffentlichen.',
    cancelled: 'Dieser Termin wurde abgesagt; es gibt keine Einladung, in der veröffentlicht werden kann.',
    failed: (title: string, message: string) => `${title}. ${message} Die Einladung wurde nicht geändert.`,
  },
  recap: {
    noChannel:
      'Diese Besprechung hat keinen Chat, und kein Teilnehmer hat eine E-Mail-Adresse, an die die Zusammenfassung gesendet werden kann.',
    busy: 'Gerade sendet jemand diese Zusammenfassung. Warten Sie einen Moment, und sehen Sie dann erneut nach.',
  },
};
