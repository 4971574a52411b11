// Composition root for the demo (dist/index.html): the same app and Graph modules, pointed at the Graph sandbox,
// with the demo tenant's token provider and a "View as" capability. Differs from production.tsx only in routing,
// token provider and the capability it offers (CONVENTIONS.md §8).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { loadLanguage } from '../app/i18n/loadLanguage';
import type { DemoCapability } from '../app/DemoCapability';
import { cacheUntilRejected } from './cacheUntilRejected';
import { initializeDemoHost } from './demoHost';
import type { DemoTenantInfo } from './demoServices';
import { pickDemoUser } from './pickDemoUser';
import { readSandboxUrl } from './readSandboxUrl';
import { userTimeZone } from './userTimeZone';

// Requested at module evaluation, in parallel with the shell (see production.tsx).
const adapters = cacheUntilRejected(() => import(/* webpackChunkName: "demo-services" */ './demoServices'));
adapters().catch(() => undefined);

const sandboxUrl = readSandboxUrl(document);
// TeamsJS only where a host could be (demoHost.ts): the demo opened in a browser requests nothing off localhost.
// Anyone may frame the demo page, and one that never answers TeamsJS must not hold it for TeamsJS's 60 s.
const hostReady = initializeDemoHost({
  win: window,
  loadHostAdapter: async () => {
    const { initializeHost } = await import(/* webpackChunkName: "host" */ '../host/initializeHost');
    return () => initializeHost({ timeoutMs: 5000 });
  },
});
const loadTenant = cacheUntilRejected(async () => (await adapters()).loadDemoTenant(sandboxUrl));

// Whose calendar Graph calls act as; the token provider reads it on every call.
let currentUser: string | undefined;
// Set once the root exists; shows the banner whenever the tenant list arrives (also after a "Try again").
let showTenant: ((tenant: DemoTenantInfo) => void) | undefined;

const loadServices = cacheUntilRejected(async () => {
  const [module, tenant, host] = await Promise.all([adapters(), loadTenant(), hostReady]);
  currentUser ??= pickDemoUser(tenant, host.session);
  showTenant?.(tenant);
  return module.createDemoServices({ sandboxUrl, user: () => currentUser });
});

void hostReady.then(async (host) => {
  // The host's locale picks the messages' language before anything is drawn (a German host loads one more chunk).
  await loadLanguage(host.session.locale, document);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const render = (demo?: DemoCapability): void =>
    root.render(
      <StrictMode>
        <App host={host} loadServices={loadServices} timeZone={userTimeZone()} {...(demo ? { demo } : {})} />
      </StrictMode>,
    );
  let shown = false;
  showTenant = (tenant) => {
    if (shown) return;
    shown = true;
    currentUser ??= pickDemoUser(tenant, host.session);
    render({
      tenantName: tenant.tenantName,
      users: tenant.users,
      currentUser,
      switchUser: (upn) => {
        currentUser = upn;
      },
    });
  };
  render();
  // An unreachable sandbox is reported by the meeting list's own request (with Try again); no banner meanwhile.
  loadTenant().then(showTenant, () => undefined);
});
