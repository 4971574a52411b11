import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import type { Host, HostTheme } from '../../host/hostTypes';
import { useHostTheme } from '../hooks/useHostTheme';
import { meetingMessages } from '../i18n/en-US/meeting';

const THEMES: Readonly<Record<HostTheme, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  // On a wrapper, never on FluentProvider: Fluent copies the provider's className onto its portal layer (menus,
  // listboxes, dialogs), which is absolutely placed over the page; a min-height and background there covered the top
  // of the page with a grey sheet that swallowed clicks while a picker was open.
  provider: { minHeight: '100vh' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
  },
});

/** The configurable tab's settings page: nothing to choose yet, so it explains what Save adds. */
export function ConfigPage({ host }: { readonly host: Host }) {
  const theme = useHostTheme(host);
  const styles = useStyles();
  const m = meetingMessages.config;
  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <div className={styles.provider}>
        <main className={styles.main}>
          <Title2 as="h1">{m.productName}</Title2>
          <Body1>{m.intro}</Body1>
          {host.session.kind === 'standalone' ? (
            <MessageBar intent="warning">
              <MessageBarBody>{m.openFromTeams}</MessageBarBody>
            </MessageBar>
          ) : null}
        </main>
      </div>
    </FluentProvider>
  );
}
