import { GRAPH_SCOPES } from '../graph/scopes';

/**
 * Everything the meeting list, the agenda, the roles and the action items need, asked for up front in one fixed
 * order: the calendar (meetings and series keys), the signed-in user, other users' basic profiles (attendees'
 * e-mails to ids: role rotation and action owners), the user's teams (where documents live), the teams' files
 * (the series document), Planner tasks (action items) and the meeting chat's basic properties (an in-meeting
 * tab finds its calendar event through it). Invite publishing is not requested until it ships.
 */
export const AGENDA_SCOPES: readonly string[] = [
  GRAPH_SCOPES.calendarRead,
  GRAPH_SCOPES.userRead,
  GRAPH_SCOPES.userReadBasicAll,
  GRAPH_SCOPES.teamRead,
  GRAPH_SCOPES.filesAll,
  GRAPH_SCOPES.tasks,
  GRAPH_SCOPES.chatReadBasic,
];

/**
 * "Publish to invite" writes the organizer's event: Calendars.ReadWrite, asked for only when an organizer
 * publishes (a separate token request, so attendees never consent to writing their calendar).
 */
export const PUBLISH_SCOPES: readonly string[] = AGENDA_SCOPES.map((s) =>
  s === GRAPH_SCOPES.calendarRead ? GRAPH_SCOPES.calendarWrite : s,
);

/**
 * Sending a recap to the meeting chat: ChatMessage.Send to post, Chat.Read to list the chat's recent messages and find
 * a recap whose send ended without an answer (GD chat-post-messages / chat-list-messages permissions). Asked for only
 * when someone sends a recap; never part of AGENDA_SCOPES.
 */
export const RECAP_CHAT_SCOPES: readonly string[] = [
  ...AGENDA_SCOPES,
  GRAPH_SCOPES.chatMessageSend,
  GRAPH_SCOPES.chatRead,
];

/** Sending the recap by e-mail when the meeting has no chat: Mail.Send, asked for only then. */
export const RECAP_MAIL_SCOPES: readonly string[] = [...AGENDA_SCOPES, GRAPH_SCOPES.mailSend];

/**
 * Activity-feed nudges (issue #15): TeamsActivity.Send, asked for only when a nudge is sent (a separate token
 * request, like publishing), never up front and never in the manifest's prefetch scopes.
 */
export const NUDGE_SCOPES: readonly string[] = [...AGENDA_SCOPES, GRAPH_SCOPES.teamsActivitySend];
