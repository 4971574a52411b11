// German messages for rotating roles: the plan, reasons, requests, overrides, the series editor and the leadership chart.
import type { Catalogue } from '../catalogue';
import { formatList, plural } from '../format';

type Response = 'accepted' | 'tentative' | 'noResponse';

/** How the person picked answered the invite, closing the reason's sentence. */
const answered = (response: Response): string =>
  response === 'accepted'
    ? 'und hat die Einladung angenommen.'
    : response === 'tentative'
      ? 'und hat mit Vorbehalt zugesagt; niemand mit fester Zusage konnte die Rolle übernehmen.'
      : 'und hat noch nicht auf die Einladung geantwortet; niemand mit fester Zusage konnte die Rolle übernehmen.';

export const rolesDe: Catalogue['roles'] = {
  defaults: {
    facilitator: { label: 'Moderation', served: 'moderiert' },
    timekeeper: { label: 'Zeitnahme', served: 'auf die Zeit geachtet' },
    noteTaker: { label: 'Protokollführung', served: 'Protokoll geführt' },
  },

  reason: {
    turns: (count) => plural(count, { zero: 'noch keinen', one: 'bisher #', other: 'bisher #' }),
    fewest: (name, role, turns, response) =>
      `${name} hatte die wenigsten Einsätze in der Rolle „${role}“ (${turns}) ${answered(response)}`,
    extra: (name, role, turns, response) =>
      `${name} übernimmt einen zusätzlichen Einsatz in der Rolle „${role}“ (${turns}), da alle mit weniger ` +
      `Einsätzen abwesend sind oder schon eine Rolle haben, ${answered(response)}`,
    alsoHolds: (roles) =>
      `Außerdem ${formatList(roles.map((r) => `„${r}“`))}: Es sind zu wenige Personen verfügbar.`,
    facilitatedLastTime: 'Hat auch beim letzten Mal moderiert: Niemand sonst konnte es übernehmen.',
    vacant: (role) =>
      `Niemand kann die Rolle „${role}“ übernehmen: Alle haben abgesagt oder verzichten auf diese Rolle.`,
    overrideByOrganizer: (who, by, day) =>
      `${who}: am ${day} von ${by} zugewiesen (Zuweisung durch den Organisator).`,
    overrideByFacilitator: (who, by, day) =>
      `${who}: am ${day} von ${by} zugewiesen (Zuweisung durch die Moderation).`,
    swap: (who, by, day) =>
      `${who}: hat gebeten, diesen Einsatz zu übernehmen, und ${by} hat am ${day} zugestimmt.`,
    taken: (who, by, day) => `${who}: hat diesen Einsatz am ${day} übernommen (eingetragen von ${by}).`,
    // Always after "von" in the sentences above and below.
    someone: 'jemandem',
  },

  skipped: {
    declined: (name) => `${name} hat für diese Besprechung abgesagt.`,
    optedOut: (name, role) => `${name} verzichtet auf die Rolle „${role}“.`,
    noAccount: (name) => `${name}: nicht in der Rotation: kein Konto in dieser Organisation`,
    directoryRefused: (name) => `${name}: nicht in der Rotation: Ihr Konto darf keine Personen nachschlagen`,
    lookupFailed: (name, detail) =>
      `${name}: nicht in der Rotation: konnte nicht nachgeschlagen werden (${detail})`,
  },

  notice: {
    guest:
      'Ihr Konto ist in dieser Organisation ein Gastkonto, und Gäste können in ihrem Verzeichnis keine Personen ' +
      'nachschlagen. Daher kann Roundtable die Rotation hier nicht ermitteln. Die Agenda funktioniert wie gewohnt; ' +
      'der Organisator und die anderen Mitglieder sehen die Rollen.',
    directoryRefused:
      'Ihre Organisation erlaubt Ihrem Konto nicht, Personen in ihrem Verzeichnis nachzuschlagen. Daher kann ' +
      'Roundtable die Rotation hier nicht ermitteln. Die Agenda funktioniert wie gewohnt; fragen Sie Ihre ' +
      'Administration nach Zugriff auf das Verzeichnis oder den Organisator nach den Rollen.',
  },

  area: 'Rollen',
  notLinked: 'Die Rollen rotieren, sobald der Organisator diese Besprechung mit einem Team verknüpft.',
  working: 'Die Rollen dieser Besprechung werden ermittelt',
  failed: (title) => `Die Rollen konnten nicht ermittelt werden: ${title}`,
  tryAgain: 'Erneut versuchen',

  thisMeeting: 'Diese Besprechung',
  rolesInThisMeeting: 'Rollen in dieser Besprechung',
  outsideRotation: 'Jemand außerhalb der Rotation',
  nobody: 'Niemand',
  you: (name) => `${name} (Sie)`,
  changed: {
    swap: (from, holder, when) => `Tausch: ${from} hat die Anfrage von ${holder} angenommen, ${when}`,
    overrideByOrganizer: (by, when) => `Zuweisung durch den Organisator: zugewiesen von ${by}, ${when}`,
    overrideByFacilitator: (by, when) => `Zuweisung durch die Moderation: zugewiesen von ${by}, ${when}`,
    taken: (by, when) => `Übernommen von ${by}, ${when}`,
  },
  incoming: (from, role) => `${from} möchte Ihren Einsatz in der Rolle „${role}“ übernehmen.`,
  othersWaiting: (from, to) => `${from} hat ${to} um diesen Einsatz gebeten; die Antwort steht noch aus.`,
  myRequest: {
    holderChanged: (to) =>
      `${to} hat diese Rolle nicht mehr, daher kann Ihre Anfrage nicht beantwortet werden. Ziehen Sie sie zurück ` +
      'und fragen Sie erneut.',
    waiting: (to) => `Sie warten auf die Antwort von ${to}.`,
    declined: (to) => `${to} hat Ihre Anfrage abgelehnt.`,
  },
  accept: 'Annehmen',
  acceptRequest: (from) => `Anfrage von ${from} annehmen`,
  decline: 'Ablehnen',
  declineRequest: (from) => `Anfrage von ${from} ablehnen`,
  withdrawRequest: 'Anfrage zurückziehen',
  takeTurn: 'Diesen Einsatz übernehmen',
  askForTurn: (holder) => `${holder} um diesen Einsatz bitten`,
  assignAsOrganizer: 'Zuweisen (als Organisator)…',
  assignAsFacilitator: 'Zuweisen (als Moderation)…',

  replanHint:
    'Ein Tausch oder eine Zuweisung ändert nur die eigene Besprechung. Wenn Sie neu planen, zählen die ' +
    'Besprechungen danach sie als die Einsätze, die sie waren.',
  replanOpen: 'Rest der Serie neu planen…',
  replanTitle: 'Rest der Serie neu planen?',
  replanBody:
    'Die Besprechungen nach dieser werden neu geplant; die bisherigen Tausche und Zuweisungen zählen dabei als die ' +
    'Einsätze, die sie waren. Wer dort welche Rolle hat, kann sich also ändern. Diese Besprechung behält ihre ' +
    'Rollen. Die Neuplanung wird mit Ihrem Namen in der Serie festgehalten.',
  replan: 'Neu planen',
  cancel: 'Abbrechen',
  replanned: 'Neu geplant: Die Besprechungen nach dieser zählen die bisherigen Tausche und Zuweisungen.',

  preview: {
    title: (count) => `Vorschau der nächsten ${count}`,
    meeting: 'Besprechung',
    skipped: 'Ausgelassen',
    thisMeeting: (date) => `${date} (diese Besprechung)`,
    tentative: (name) => `${name} (mit Vorbehalt)`,
    noAnswerYet: (name) => `${name} (noch keine Antwort)`,
    declined: (names) => `Abgesagt: ${names.join(', ')}`,
  },
  notPicked: 'Diesmal nicht ausgewählt',
  whoRotates: 'Wer rotiert',
  takesTurnsAs: (name, role) => `${name} übernimmt abwechselnd die Rolle „${role}“`,

  editor: {
    open: 'Rollen der Serie',
    title: 'Rollen in dieser Serie',
    role: (n) => `Rolle ${n}`,
    unnamed: (n) => `Rolle ${n}`,
    pastTense: (role) => `Vergangenheitsform für „${role}“`,
    pastTenseHint: 'z. B. hinterfragt',
    moveUp: (role) => `${role} nach oben verschieben`,
    up: 'Nach oben',
    moveDown: (role) => `${role} nach unten verschieben`,
    down: 'Nach unten',
    removeRole: (role) => `${role} entfernen`,
    remove: 'Entfernen',
    add: 'Rolle hinzufügen',
    save: 'Rollen speichern',
    cancel: 'Abbrechen',
  },

  chart: {
    title: 'Wie die Leitung geteilt wird',
    description:
      'Wie die Leitung geteilt wird: übernommene Rollen, vorgeschlagene Themen und Themen auf der Agenda, pro Person',
    rolesHeld: 'Übernommene Rollen',
    topicsProposed: 'Vorgeschlagene Themen',
    topicsOnAgenda: 'Themen auf der Agenda',
    loading: 'Das Diagramm wird geladen',
    actionItemsOwned: (list) => `Verantwortete Aufgaben: ${list}`,
    tableCaption: 'Wie die Leitung geteilt wird, pro Person',
    person: 'Person',
    actionItemsHeader: 'Verantwortete Aufgaben',
    unavailable: 'Das Diagramm wurde nicht geladen. Die Zahlen:',
    counts: (name, rolesHeld, topicsProposed, topicsOnAgenda) =>
      `${name}: übernommene Rollen ${rolesHeld}, vorgeschlagene Themen ${topicsProposed}, Themen auf der Agenda ${topicsOnAgenda}`,
  },
};
