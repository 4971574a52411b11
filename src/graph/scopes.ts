// The delegated scopes the app asks for, least privilege (README has the table of why).
export const GRAPH_SCOPES = {
  calendarRead: 'Calendars.Read',
  calendarWrite: 'Calendars.ReadWrite',
  userReadBasicAll: 'User.ReadBasic.All',
  userRead: 'User.Read',
  teamRead: 'Team.ReadBasic.All',
  filesAll: 'Files.ReadWrite.All',
  tasks: 'Tasks.ReadWrite',
  chatReadBasic: 'Chat.ReadBasic',
  chatMessageSend: 'ChatMessage.Send',
  chatRead: 'Chat.Read',
  mailSend: 'Mail.Send',
  teamsActivitySend: 'TeamsActivity.Send',
} as const;
