// English messages for what a failed request to Microsoft 365 says (messageForFailure). In the first screen's JavaScript,
// as My meetings reports its failures: how the meeting page words a failed change or notification is in the meeting area.
import { defineMessages } from '../defineMessages';
import { plural } from '../format';

export const failuresMessages = defineMessages('failures', {
  /** "a, b and c": names and purposes inside a sentence (no comma before "and", as the app always wrote it). */
  list: (items: readonly string[]) =>
    items.length <= 1
      ? items.join('')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`,
  reference: (id: string) => `Reference: ${id}`,
  tryAgain: 'Try again',

  /** Why Roundtable asks for each delegated scope, in words an admin can approve ("Roundtable needs consent to …"). */
  scopePurpose: {
    'Calendars.Read': 'read your calendar',
    'Calendars.ReadWrite': 'read your calendar and publish agendas to your invites',
    'User.Read': 'sign you in',
    'User.ReadBasic.All': 'look up the people in your meetings',
    'Team.ReadBasic.All': 'find the teams your meetings belong to',
    'Files.ReadWrite.All': "store the shared agenda in your team's files",
    'Tasks.ReadWrite': "record action items in your team's Planner plan",
    'ChatMessage.Send': "post the recap to the meeting's chat",
    'Chat.Read': "check the meeting's chat for a recap already posted",
    'Mail.Send': 'e-mail the recap when the meeting has no chat',
    'TeamsActivity.Send': 'notify people in Teams when voting opens or closes, a role or an action is due',
  },
  /** A consent failure whose scopes Roundtable has no words for. */
  anyPurpose: 'read your Microsoft 365 data',

  noMailbox: {
    title: 'Your calendar isn’t available in this organization',
    message:
      'Your account has no Outlook mailbox here (guest accounts don’t), so Roundtable can’t list your meetings. Your meetings are in your own organization’s calendar; the team’s agenda is still shared with you in Teams.',
  },
  consent: {
    title: 'Roundtable needs your consent',
    /** purpose: the scopes' purposes as one phrase; scopes: their names, as one phrase. */
    message: (purpose: string, scopes: string) =>
      `Roundtable needs consent to ${purpose} (${scopes}). Select Try again and accept the consent prompt, or ask your Microsoft 365 admin to grant consent for your organization.`,
  },
  unauthorized: {
    title: 'Please sign in again',
    message: 'Your sign-in has expired or was not accepted. Select Try again to sign in again.',
  },
  forbidden: {
    title: "You don't have access",
    message:
      'Microsoft 365 refused access to this information. Ask the meeting organizer or your admin for access, then try again.',
  },
  notFound: {
    title: "We couldn't find it",
    message: 'It may have been deleted or moved. Try again to load the latest.',
  },
  preconditionFailed: {
    title: 'Someone else changed this at the same time',
    message: 'Try again to load the latest version. Nothing you typed has been lost.',
  },
  throttled: {
    title: 'Microsoft 365 is busy',
    message: (seconds: number) =>
      `Your organization is sending Microsoft 365 too many requests right now. Wait ${plural(seconds, { one: '# second', other: '# seconds' })}, then try again.`,
  },
  locked: {
    title: 'The file is locked',
    message:
      'Roundtable’s file in your team’s Files is locked, for example open for editing or checked out. Roundtable waited, but it stayed locked. Close it or check it in, then try again.',
  },
  unavailable: {
    title: 'Microsoft 365 is temporarily unavailable',
    message: 'The service did not respond as expected. Wait a moment, then try again.',
  },
  network: {
    title: "We couldn't reach Microsoft 365",
    message: 'Check your internet connection, then try again.',
  },
  timeout: {
    title: "Microsoft 365 didn't answer in time",
    message: 'We stopped waiting for an answer. Try again in a moment.',
  },
  badRequest: {
    title: 'Something went wrong',
    message:
      'Microsoft 365 did not accept the request. Try again; if it keeps happening, contact support with the reference below.',
  },
  noPlannerPlan: {
    title: 'The team has no Planner plan yet',
    message: 'Add a Planner tab to the team (any member can), then try again.',
  },
  newerVersion: {
    title: 'This agenda needs a newer Roundtable',
    message:
      'This agenda was saved by a newer version of Roundtable; refresh or update the app. Nothing was overwritten.',
  },
  damaged: {
    title: 'The agenda file is damaged',
    message:
      "The agenda file for this series is damaged; nothing was changed. Ask the organizer to restore a previous version in the team's Files.",
  },
});
