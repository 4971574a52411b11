// German messages for why a role change was refused (domain rule problems).
import type { Catalogue } from '../catalogue';

export const roleProblemsDe: Catalogue['roleProblems'] = {
  roleAssignNotAllowed: () =>
    'Nur der Organisator oder die Moderation dieser Besprechung kann anderen Personen Rollen zuweisen.',
  roleInputsOrganizerOnly: () =>
    'Nur der Kalender des Organisators enthält die Antworten aller Teilnehmenden.',
  roleReplanOrganizerOnly: () => 'Nur der Organisator kann den Rest der Serie neu planen.',
  roleCustomOrganizerOnly: () => 'Nur der Organisator kann die Rollen dieser Serie ändern.',
  roleOptOutsOrganizerOnly: () => 'Nur der Organisator kann festlegen, auf welche Rollen andere verzichten.',
  roleNotInSeries: () => 'Diese Rolle gehört nicht mehr zu dieser Serie.',
  roleOptOutUnknown: () => 'Eine dieser Rollen gehört nicht mehr zu dieser Serie.',
  roleTooMany: (p) => `Höchstens ${p.max} Rollen.`,
  roleFacilitatorRequired: () => 'Die Rolle „Moderation“ kann nicht entfernt werden.',
  roleDuplicateId: () => 'Zwei Rollen haben dieselbe ID.',
  roleLabelInvalid: (p) =>
    `Jede Rolle braucht einen Namen und eine Vergangenheitsform mit jeweils höchstens ${p.max} Zeichen.`,
  roleRequestUnrecorded: () => 'Diese Anfrage konnte nicht gespeichert werden.',
  roleAlreadyHeld: () => 'Sie haben diese Rolle bereits.',
  roleRequestPending: () => 'Sie haben bereits um diesen Einsatz gebeten; die Antwort steht noch aus.',
  roleRequestsTooMany: () => 'Für diese Besprechung gibt es zu viele Rollenanfragen.',
  roleRequestNotFound: () => 'Diese Anfrage gehört nicht mehr zu dieser Besprechung.',
  roleAnswerNotAllowed: (p) => `Nur ${p.to}, die gefragte Person, kann diese Anfrage beantworten.`,
  roleWithdrawNotAllowed: (p) => `Nur ${p.from}, die anfragende Person, kann diese Anfrage zurückziehen.`,
  roleTakenSince: (p) =>
    `${p.holder ?? 'Jemand anderes'} hat diesen Einsatz übernommen, nachdem ${p.from} gefragt hat; die Anfrage gilt nicht mehr.`,
  roleRequestAccepted: (p) => `${p.to} hat diese Anfrage bereits angenommen.`,
  roleRequestDeclined: (p) => `${p.to} hat diese Anfrage bereits abgelehnt.`,
  roleRequestWithdrawn: (p) => `${p.from} hat diese Anfrage zurückgezogen.`,
};
