// What a framed tab shows while its host (Teams, Outlook, the Microsoft 365 app) has not answered TeamsJS yet: a
// slow host can take many seconds (a cold desktop client), and a blank frame looks broken. The host's theme is not
// known yet, so the system's colour preference decides.
import {
  FluentProvider,
  makeStyles,
  Spinner,
  teamsDarkTheme,
  teamsLightTheme,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' },
});

export function WaitingForHost({ dark }: { readonly dark: boolean }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? teamsDarkTheme : teamsLightTheme} className={styles.provider}>
      <main aria-busy="true">
        <Spinner label="Connecting to Microsoft Teams…" labelPosition="below" />
      </main>
    </FluentProvider>
  );
}
