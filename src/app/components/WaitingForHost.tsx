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
import { shellMessages } from '../i18n/en-US/shell';

const useStyles = makeStyles({
  // On a wrapper, never on FluentProvider: Fluent copies the provider's className onto its portal layer (menus,
  // listboxes, dialogs), which is absolutely placed over the page; a min-height and background there covered the top
  // of the page with a grey sheet that swallowed clicks while a picker was open.
  provider: { minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' },
});

export function WaitingForHost({ dark }: { readonly dark: boolean }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={dark ? teamsDarkTheme : teamsLightTheme}>
      <div className={styles.provider}>
        <main aria-busy="true">
          <Spinner label={shellMessages.connectingToTeams} labelPosition="below" />
        </main>
      </div>
    </FluentProvider>
  );
}
