import type { HostTheme } from './hostTypes';

// TeamsJS reports 'default' | 'dark' | 'contrast', and newer hosts also 'glass' (platform-facts.md §7).
// 'glass' is a translucent light surface; anything unknown falls back to light so the UI always renders.
export function toHostTheme(teamsTheme: string | undefined): HostTheme {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}
