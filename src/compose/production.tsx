// Composition root for the Teams/Outlook/M365 tab (dist/tab.html): real Graph, MSAL (NAA or popup), TeamsJS.
// This file and demo.tsx are the only places that pick implementations (CONVENTIONS.md §8).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { loadLanguage } from '../app/i18n/loadLanguage';
import { WaitingForHost } from '../app/components/WaitingForHost';
import { initializeHost } from '../host/initializeHost';
import { BUILD_IDENTITY } from './buildIdentity';
import { cacheUntilRejected } from './cacheUntilRejected';
import { userTimeZone } from './userTimeZone';

// Requested at module evaluation, before host init resolves: MSAL and the Graph client download in parallel
// with the shell and TeamsJS start-up, so the first render never waits for them (DESIGN.md "Speed").
const adapters = cacheUntilRejected(
  () => import(/* webpackChunkName: "production-services" */ './productionServices'),
);
// A failure here is not lost: cacheUntilRejected forgets it and the app's own request retries and shows it.
adapters().catch(() => undefined);

const hostReady = initializeHost();

const loadServices = cacheUntilRejected(async () => {
  const [module, host] = await Promise.all([adapters(), hostReady]);
  return module.createProductionServices({
    clientId: BUILD_IDENTITY.clientId,
    session: host.session,
    redirectUri: new URL('auth-redirect.html', window.location.href).href,
  });
});

const container = document.getElementById('root');
if (!container) throw new Error('tab.html has no #root element');
const root = createRoot(container);
// A framed tab waits for its host as long as TeamsJS does (initializeHost); meanwhile it says so, in the browser's
// language (the host's isn't known yet).
const waiting = loadLanguage(navigator.language, document).then(() =>
  root.render(<WaitingForHost dark={window.matchMedia('(prefers-color-scheme: dark)').matches} />),
);

// After the waiting screen's language: the host's locale must be the last one installed.
void Promise.all([hostReady, waiting]).then(async ([host]) => {
  // The host's locale picks the messages' language before the app is drawn (a German host loads one more chunk).
  await loadLanguage(host.session.locale, document);
  root.render(
    <StrictMode>
      <App host={host} loadServices={loadServices} timeZone={userTimeZone()} />
    </StrictMode>,
  );
});
