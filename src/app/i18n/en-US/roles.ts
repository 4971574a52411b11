// English messages for rotating roles: the plan, reasons, requests, overrides, the series editor and the leadership chart.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

type Response = 'accepted' | 'tentative' | 'noResponse';

export const rolesMessages = defineMessages('roles', {
  /** The three default roles by id; a custom role keeps the label its team typed (viewState/roleLabel.ts). */
  defaults: {
    facilitator: { label: 'Facilitator', served: 'facilitated' },
    timekeeper: { label: 'Timekeeper', served: 'kept time' },
    noteTaker: { label: 'Note-taker', served: 'took notes' },
  },

  /** Why someone holds a role: the facts the rotation returns (domain RoleReason), as sentences. */
  reason: {
    /** Turns in the role before this meeting, inside the sentences below. */
    turns: (count: number) => plural(count, { zero: 'none yet', one: '# so far', other: '# so far' }),
    fewest: (name: string, role: string, turns: string, response: Response) =>
      `${name} has had the fewest turns as ${role} (${turns}) ${
        response === 'accepted'
          ? 'and accepted the invite.'
          : response === 'tentative'
            ? 'and answered tentatively; nobody who accepted could take it.'
            : 'and hasn’t answered the invite; nobody who accepted could take it.'
      }`,
    extra: (name: string, role: string, turns: string, response: Response) =>
      `${name} takes an extra turn as ${role} (${turns}), as everyone with fewer turns is away or already has a role ${
        response === 'accepted'
          ? 'and accepted the invite.'
          : response === 'tentative'
            ? 'and answered tentatively; nobody who accepted could take it.'
            : 'and hasn’t answered the invite; nobody who accepted could take it.'
      }`,
    alsoHolds: (roles: readonly string[]) => `Also ${roles.join(' and ')}: too few people are available.`,
    facilitatedLastTime: 'Facilitated last time too: nobody else could.',
    vacant: (role: string) => `Nobody can be ${role}: everyone declined or opted out.`,
    /** A change replaced the rotation's pick; `day` is the change's date (YYYY-MM-DD). */
    overrideByOrganizer: (who: string, by: string, day: string) =>
      `${who}: assigned by ${by} (organizer override) on ${day}.`,
    overrideByFacilitator: (who: string, by: string, day: string) =>
      `${who}: assigned by ${by} (facilitator override) on ${day}.`,
    swap: (who: string, by: string, day: string) =>
      `${who}: asked to take this turn, and ${by} accepted on ${day}.`,
    taken: (who: string, by: string, day: string) => `${who}: took this turn (recorded by ${by}) on ${day}.`,
    /** Who made a change, when the roster doesn't name them. */
    someone: 'someone',
  },

  /** "Not picked this time": who was passed over and why. */
  skipped: {
    declined: (name: string) => `${name} declined this meeting.`,
    optedOut: (name: string, role: string) => `${name} opted out of being ${role}.`,
    noAccount: (name: string) => `${name}: not in the rotation: no account in this tenant`,
    directoryRefused: (name: string) => `${name}: not in the rotation: your account can't look people up`,
    lookupFailed: (name: string, detail: string) =>
      `${name}: not in the rotation: couldn't be looked up (${detail})`,
  },

  /** What the rotation couldn't use, for everyone at once. */
  notice: {
    guest:
      "Your account is a guest in this organization, and guests can't look people up in its directory, so Roundtable " +
      "can't work out the rotation here. The agenda works as usual; the organizer and other members see the roles.",
    directoryRefused:
      "Your organization doesn't let your account look people up in its directory, so Roundtable can't work out the " +
      'rotation here. The agenda works as usual; ask your admin about directory access, or the organizer for the roles.',
  },

  area: 'Roles',
  notLinked: 'Roles rotate once the organizer links this meeting to a team.',
  working: 'Working out this meeting’s roles',
  failed: (title: string) => `Couldn’t work out the roles: ${title}`,
  tryAgain: 'Try again',

  thisMeeting: 'This meeting',
  rolesInThisMeeting: 'Roles in this meeting',
  outsideRotation: 'Someone outside the rotation',
  nobody: 'Nobody',
  you: (name: string) => `${name} (you)`,
  /** The role history's line for a change, with when it was made. */
  changed: {
    swap: (from: string, holder: string, when: string) =>
      `Swap: ${from} accepted ${holder}’s request, ${when}`,
    overrideByOrganizer: (by: string, when: string) => `Organizer override: assigned by ${by}, ${when}`,
    overrideByFacilitator: (by: string, when: string) => `Facilitator override: assigned by ${by}, ${when}`,
    taken: (by: string, when: string) => `Taken by ${by}, ${when}`,
  },
  incoming: (from: string, role: string) => `${from} asks to take your turn as ${role}.`,
  othersWaiting: (from: string, to: string) => `${from} asked ${to} for this turn; waiting for an answer.`,
  myRequest: {
    holderChanged: (to: string) =>
      `${to} no longer holds this role, so your request can’t be answered; withdraw it and ask again.`,
    waiting: (to: string) => `Waiting for ${to} to answer.`,
    declined: (to: string) => `${to} declined your request.`,
  },
  accept: 'Accept',
  acceptRequest: (from: string) => `Accept ${from}’s request`,
  decline: 'Decline',
  declineRequest: (from: string) => `Decline ${from}’s request`,
  withdrawRequest: 'Withdraw request',
  takeTurn: 'Take this turn',
  askForTurn: (holder: string) => `Ask ${holder} for this turn`,
  assignAsOrganizer: 'Assign as organizer…',
  assignAsFacilitator: 'Assign as facilitator…',

  replanHint:
    'A swap or an assignment changes only its own meeting. Re-planning lets the meetings after this one count them ' +
    'as the turns they were.',
  replanOpen: 'Re-plan the rest of the series…',
  replanTitle: 'Re-plan the rest of the series?',
  replanBody:
    'The meetings after this one are planned again, counting the swaps and assignments made so far as the turns ' +
    'they were, so who holds their roles may change. This meeting keeps its roles. The re-plan is recorded in the ' +
    'series with your name.',
  replan: 'Re-plan',
  cancel: 'Cancel',
  replanned: 'Re-planned: the meetings after this one count the swaps and assignments made so far.',

  preview: {
    title: (count: number) => `Preview next ${count}`,
    meeting: 'Meeting',
    skipped: 'Skipped',
    thisMeeting: (date: string) => `${date} (this meeting)`,
    tentative: (name: string) => `${name} (tentative)`,
    noAnswerYet: (name: string) => `${name} (no answer yet)`,
    declined: (names: readonly string[]) => `Declined: ${names.join(', ')}`,
  },
  notPicked: 'Not picked this time',
  whoRotates: 'Who rotates',
  takesTurnsAs: (name: string, role: string) => `${name} takes turns as ${role}`,

  /** The organizer's editor of the series' roles. */
  editor: {
    open: 'Series roles',
    title: 'Roles in this series',
    role: (n: number) => `Role ${n}`,
    /** A role not named yet, inside the labels below. */
    unnamed: (n: number) => `role ${n}`,
    pastTense: (role: string) => `Past tense for “${role}”`,
    pastTenseHint: 'e.g. challenged',
    moveUp: (role: string) => `Move ${role} up`,
    up: 'Up',
    moveDown: (role: string) => `Move ${role} down`,
    down: 'Down',
    removeRole: (role: string) => `Remove ${role}`,
    remove: 'Remove',
    add: 'Add a role',
    save: 'Save roles',
    cancel: 'Cancel',
  },

  /** "How leadership is shared". */
  chart: {
    title: 'How leadership is shared',
    description:
      'How leadership is shared: roles held, topics proposed and topics that made the agenda, per person',
    rolesHeld: 'Roles held',
    topicsProposed: 'Topics proposed',
    topicsOnAgenda: 'Topics that made the agenda',
    loading: 'Loading the chart',
    actionItemsOwned: (list: string) => `Action items owned: ${list}`,
    tableCaption: 'How leadership is shared, per person',
    person: 'Person',
    actionItemsHeader: 'Action items owned',
    unavailable: 'The chart didn’t load. The counts:',
    counts: (name: string, rolesHeld: number, topicsProposed: number, topicsOnAgenda: number) =>
      `${name}: roles held ${rolesHeld}, topics proposed ${topicsProposed}, topics that made the agenda ${topicsOnAgenda}`,
  },
});
