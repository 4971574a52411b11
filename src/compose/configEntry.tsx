// Entry for dist/config.html, the configurable tab's configuration page. Teams enables Save once the page says the
// settings are valid, and calls the save handler, which must register the tab's content URL (TeamsJS pages.config).
import { pages } from '@microsoft/teams-js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WaitingForHost } from '../app/components/WaitingForHost';
import { initializeHost } from '../host/initializeHost';
import { ConfigPage } from '../app/config/ConfigPage';
import { loadLanguage } from '../app/i18n/loadLanguage';
import { meetingMessages } from '../app/i18n/en-US/meeting';

// The manifest's configurableTabs entry uses this id; the tab itself reads no settings yet.
const ENTITY_ID = 'roundtable-meeting';

const container = document.getElementById('root');
if (!container) throw new Error('config.html has no #root element');
const root = createRoot(container);
// Teams enables Save only after setValidityState(true), which needs the host's answer: wait for it as long as
// TeamsJS does (initializeHost), showing that we are waiting, rather than going standalone with Save disabled. The
// host's language isn't known yet, so that screen speaks the browser's.
const waiting = loadLanguage(navigator.language, document).then(() =>
  root.render(<WaitingForHost dark={window.matchMedia('(prefers-color-scheme: dark)').matches} />),
);

// After the waiting screen's language: the host's locale must be the last one installed.
void Promise.all([initializeHost(), waiting]).then(async ([host]) => {
  await loadLanguage(host.session.locale, document);
  if (host.session.kind === 'hosted') {
    pages.config.registerOnSaveHandler((saveEvent) => {
      pages.config
        .setConfig({
          entityId: ENTITY_ID,
          contentUrl: new URL('tab.html', window.location.href).href,
          // The tab's name in the meeting, as the person adding it reads it (a product name: the same in German).
          suggestedDisplayName: meetingMessages.config.productName,
        })
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
    });
    pages.config.setValidityState(true);
  }
  root.render(
    <StrictMode>
      <ConfigPage host={host} />
    </StrictMode>,
  );
  host.notifySuccess();
});
