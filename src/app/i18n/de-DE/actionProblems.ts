// German messages for why an action item, note, nudge or recap change was refused (domain rule problems), and the
// words Roundtable writes for others about action items: the Planner task's description, the recording's progress and
// the activity feed's preview lines.
import type { Catalogue } from '../catalogue';
import { formatNumber, plural } from '../format';

export const actionProblemsDe: Catalogue['actionProblems'] = {
  actionIdMissing: () => 'Eine Aufgabe braucht eine ID.',
  actionTitleMissing: () => 'Geben Sie an, was zu tun ist.',
  actionTitleTooLong: (p) => `Die Aufgabe darf höchstens ${p.max} Zeichen lang sein.`,
  actionEmailInvalid: (p) => `„${p.email}“ ist keine E-Mail-Adresse.`,
  actionOwnerMissing: () => 'Jede Aufgabe braucht eine verantwortliche Person.',
  actionHelpersTooMany: (p) => `Eine Aufgabe kann höchstens ${p.max} Unterstützende haben.`,
  actionDueInvalid: () => 'Das Fälligkeitsdatum muss ein Datum wie 2026-03-31 sein.',
  actionClaimNotOwn: () => 'Sie können nur Aufgaben übernehmen, für die Sie selbst verantwortlich sind.',
  actionAssignNotAllowed: () =>
    'Nur die protokollführende Person, die Moderation oder der Organisator kann Aufgaben an andere vergeben.',
  actionChangeNotAllowed: () =>
    'Nur die verantwortliche Person, die protokollführende Person, die Moderation oder der Organisator kann diese Aufgabe ändern.',
  actionGone: () => 'Diese Aufgabe gibt es nicht mehr.',
  actionAlreadyInPlanner: () =>
    'Diese Aufgabe ist bereits in Planner. Ändern Sie sie dort, oder geben Sie ihr hier eine andere verantwortliche Person.',
  plannerPlanChooseNotAllowed: () => 'Nur der Organisator wählt den Planner-Plan für diese Serie.',
  plannerPlanInvalid: () => 'Wählen Sie einen der Planner-Pläne des Teams.',
  plannerRecordingBusy: () =>
    'Jemand anderes überträgt diese Aufgaben gerade in Planner. Versuchen Sie es gleich noch einmal.',
  plannerPlanMissing: (p) =>
    `Der für diese Serie gewählte Planner-Plan „${p.plan}“ wurde nicht gefunden; vielleicht wurde er gelöscht. Wählen Sie einen anderen Plan und übertragen Sie dann erneut. Ihre Aufgaben bleiben hier erhalten.`,
  notesNotOpen: () =>
    'Notizen sind möglich, sobald die Abstimmung geschlossen und die Tagesordnung festgelegt ist.',
  notesItemNotOnAgenda: () => 'Dieser Punkt steht nicht auf der Tagesordnung dieser Besprechung.',
  notesWriteNotAllowed: () =>
    'Nur die protokollführende Person, der Organisator und die von der protokollführenden Person eingeladenen Personen können Notizen zu dieser Besprechung schreiben.',
  notesTooLong: (p) =>
    `Die Notizen zu einem Punkt dürfen höchstens ${formatNumber(p.max)} Zeichen lang sein.`,
  noteWritersNotAllowed: () =>
    'Nur die protokollführende Person oder der Organisator kann festlegen, wer sonst noch Notizen schreibt.',
  noteWritersTooMany: (p) =>
    `Höchstens ${p.max} Personen können zum Schreiben von Notizen eingeladen werden.`,
  notesSetAside: (p) =>
    `Die Notizen zu ${plural(p.count, { one: '# Tagesordnungspunkt', other: '# Tagesordnungspunkten' })} vom ${p.day} wurden beiseitegelegt (zu lang oder zu viele Versionen).`,
  noteWritersSetAside: (p) =>
    `Die Liste der Personen, die zum Schreiben von Notizen für den ${p.day} eingeladen sind, war zu lang und wurde beiseitegelegt.`,
  nudgeKeysInvalid: () => 'Diese Erinnerungen konnten nicht gespeichert werden.',
  recapSendNotAllowed: () =>
    'Nur der Organisator, die Moderation oder die protokollführende Person versendet die Zusammenfassung.',

  // The people lines' prefixes are recognized when a task is edited later (recordToPlanner.ts PEOPLE_LINE_PREFIXES).
  plannerTask: {
    agreedIn: (seriesTitle, occurrenceLabel) => `Vereinbart in „${seriesTitle}“ am ${occurrenceLabel}.`,
    owner: (person) => `Verantwortlich: ${person}.`,
    claimedBy: (person) => `Übernommen von ${person}.`,
    helpers: (people) => `Unterstützung: ${people.join(', ')}.`,
    recordedBy:
      'Erfasst mit Roundtable: Über den Link unten gelangen Sie zur Besprechung; die Aufgabe kommt bei der Durchsicht der Zusagen im nächsten Termin wieder zur Sprache.',
  },

  nudgePreview: {
    votingOpened: (meeting) => `Schlagen Sie Themen vor und verteilen Sie Ihre Punkte für ${meeting}.`,
    votingClosesSoon: (dotsLeft, meeting) =>
      `Sie haben noch ${plural(dotsLeft, { one: '# Punkt', other: '# Punkte' })}; die Abstimmung endet, wenn ${meeting} beginnt.`,
    roleNext: (role, meeting) => `Sie übernehmen die Rolle ${role} in ${meeting}.`,
    roleRequested: (from, role, meeting) =>
      `${from} möchte Ihre Rolle ${role} in ${meeting} übernehmen. Nehmen Sie in Roundtable an oder lehnen Sie ab.`,
    actionDue: (action, due) => `„${action}“ ist am ${due} fällig.`,
  },

  recordStep: (step) => {
    switch (step.kind) {
      case 'saving':
        return 'Die Aufgaben werden gespeichert';
      case 'finding':
        return 'Die verantwortlichen Personen und der Planner-Bucket des Teams werden gesucht';
      case 'creating':
        return plural(step.tasks, {
          one: '# Aufgabe wird in Planner angelegt',
          other: '# Aufgaben werden in Planner angelegt',
        });
      case 'linking':
        return 'Die Planner-Aufgaben werden mit den Aufgaben verknüpft';
      case 'done':
        return 'Fertig';
    }
  },
};
