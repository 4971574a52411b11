import type { HostName } from './hostTypes';

// TeamsJS HostName values (platform-facts.md §7, test-harness.md §2): TeamsModern is the new Teams client and
// OutlookWin32 classic Outlook; the app treats each pair alike. Places and Orange are not hosts we target.
export function toHostName(teamsHostName: string | undefined): HostName {
  switch (teamsHostName) {
    case 'Teams':
    case 'TeamsModern':
      return 'Teams'; // i18n-ignore: a HostName value, compared, never shown
    case 'Outlook':
    case 'OutlookWin32':
      return 'Outlook'; // i18n-ignore: a HostName value, compared, never shown
    case 'Office':
      return 'Office'; // i18n-ignore: a HostName value, compared, never shown
    default:
      return 'Other'; // i18n-ignore: a HostName value, compared, never shown
  }
}
