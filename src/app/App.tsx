import {
  FluentProvider,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { Host, HostTheme } from '../host/initializeHost';
import type { LoadServices } from './AppServices';
import { DemoBanner } from './components/DemoBanner';
import type { DemoCapability } from './DemoCapability';
import { deriveMeetingsViewState } from './hooks/deriveMeetingsViewState';
import { useHostLoadSignal } from './hooks/useHostLoadSignal';
import { useHostTheme } from './hooks/useHostTheme';
import { useMyMeetings } from './hooks/useMyMeetings';
import { MyMeetingsView } from './views/MyMeetingsView';

const THEMES: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '60rem',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
  },
});

const systemClock = (): Date => new Date();

export interface AppProps {
  readonly host: Host;
  readonly loadServices: LoadServices;
  /** The user's IANA time zone: the list's window, day grouping and times all use it. */
  readonly timeZone: string;
  readonly clock?: () => Date;
  /** Present only when the composition root offers a demo tenant; it may be supplied on a later render. */
  readonly demo?: DemoCapability;
}

export function App({ host, loadServices, timeZone, clock = systemClock, demo }: AppProps) {
  const theme = useHostTheme(host);
  const styles = useStyles();
  // The demo capability may arrive after the first render (its tenant list loads with the lazy chunk).
  const [selectedUser, setSelectedUser] = useState<string>();
  const viewAs = selectedUser ?? demo?.currentUser;
  // Keyed on an explicit switch only: the demo capability arriving later names the user the first read already used.
  const request = useMyMeetings(loadServices, timeZone, clock, selectedUser);

  const session = host.session;
  const myEmail = viewAs ?? (session.kind === 'hosted' ? session.user.userPrincipalName : undefined);
  const state = useMemo(
    () =>
      deriveMeetingsViewState({
        loading: request.loading,
        ...(request.outcome ? { outcome: request.outcome } : {}),
        now: request.now,
        locale: session.locale,
        timeZone,
        ...(myEmail ? { myEmail } : {}),
      }),
    [request.loading, request.outcome, request.now, session.locale, timeZone, myEmail],
  );
  useHostLoadSignal(host, state);

  const switchUser = useCallback(
    (upn: string) => {
      // Switch the token provider first: the re-read triggered by the state change must run as the new user.
      demo?.switchUser(upn);
      setSelectedUser(upn);
    },
    [demo],
  );

  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme} className={styles.provider}>
      <main className={styles.main}>
        {demo && viewAs ? (
          <DemoBanner
            tenantName={demo.tenantName}
            users={demo.users}
            viewAs={viewAs}
            onViewAsChange={switchUser}
          />
        ) : null}
        <MyMeetingsView state={state} onRetry={request.retry} />
      </main>
    </FluentProvider>
  );
}
