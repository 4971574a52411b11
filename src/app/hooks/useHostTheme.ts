import { useEffect, useState } from 'react';
import type { Host, HostTheme } from '../../host/hostTypes';

/** The host's current theme, following its changes (Teams' theme switch, or the OS scheme standalone). */
export function useHostTheme(host: Host): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(host.session.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
