// German messages for what Roundtable writes for others to read: the agenda in the invite, the recap in the chat or e-mail, the exported decision log.
// The block and recap words are HTML like the English ones: no < & " of their own, and never "Roundtable agenda"
// (that is the block's marker, agendaMarkers.ts).
import type { Catalogue } from '../catalogue';
import { formatList, plural } from '../format';

export const publishedDe: Catalogue['published'] = {
  agendaBlock: {
    language: 'de-DE',
    agenda: 'Agenda',
    proposedTopics: 'Vorgeschlagene Themen',
    decisions: 'Entscheidungen',
    roles: 'Rollen',
    parkingLot: 'Themenspeicher',
    commitments: 'Zusagen',
    noTopics: 'Noch keine Themen auf der Agenda.',
    noRoles: 'Keine Rollen für diese Besprechung.',
    unassigned: 'Nicht vergeben',
    noOwner: 'Niemand verantwortlich',
    noDueDate: 'ohne Fälligkeitsdatum',
    due: (date: string) => `fällig am ${date}`,
    heldBy: (holder: string) => `verantwortet von ${holder}`,
    minutes: (count: string) => `${count}&#160;Min.`,
    deferred: (times: number) => plural(times, { one: '(einmal vertagt)', other: '(# Mal vertagt)' }),
    votingOpenUntil: (closes: string) =>
      `Die Abstimmung läuft bis ${closes}. Die Agenda steht fest, sobald die Abstimmung endet; bis dahin sind die Themen in der Reihenfolge ihres Vorschlags aufgeführt.`,
    openInApp: 'Diese Besprechung in der Roundtable-App öffnen',
    openInAppNoLink: (url: string) =>
      `Diese Besprechung in der Roundtable-App öffnen (Link nicht eingefügt: ${url})`,
    outcome: { decide: 'zur Entscheidung', discuss: 'zur Diskussion', inform: 'zur Information' },
    state: {
      open: 'Offen',
      overdue: 'Überfällig',
      done: 'Erledigt',
      notInPlanner: 'Noch nicht in Planner',
      deletedInPlanner: 'In Planner gelöscht',
    },
    untitledTopic: 'Ein Thema',
  },
  recap: {
    heading: (meetingTitle: string) => `Zusammenfassung: ${meetingTitle}`,
    subject: (meetingTitle: string, occurrenceLabel: string) =>
      `Zusammenfassung: ${meetingTitle} (${occurrenceLabel})`,
    decisions: 'Entscheidungen',
    noDecisions: 'Es wurden keine Entscheidungen festgehalten.',
    heldBy: (holder: string) => `verantwortet von ${holder}`,
    actionItems: 'Aktionspunkte',
    noActionItems: 'Keine Aktionspunkte.',
    noOwner: 'niemand verantwortlich',
    due: (date: string) => `fällig am ${date}`,
    planner: 'Planner',
    carriedOver: 'Übertragen',
    nothingCarriesOver: 'Nichts wird übertragen.',
    notReached: 'nicht erreicht',
    parked: 'zurückgestellt',
    openInApp: 'Diese Besprechung in Roundtable öffnen',
    untitledTopic: 'Ein Thema',
    ownerWithHelpers: (owner, helpers) =>
      helpers.length === 0 ? owner : `${owner}, mit Unterstützung von ${formatList(helpers)}`,
  },
  decisionLog: {
    title: (meetingTitle: string) => `Entscheidungsprotokoll: ${meetingTitle}`,
    headers: {
      date: 'Datum',
      topic: 'Thema',
      decision: 'Entscheidung',
      heldBy: 'Verantwortet von',
      actionItems: 'Aktionspunkte',
    },
    done: '[erledigt]',
    due: (date: string) => `fällig am ${date}`,
  },
};
