// The security headers the tab is served with: one definition for the static host's config that the build emits
// (dist/staticwebapp.config.json, webpack.config.js) and for the local server behind `npm start` and every
// browser test (scripts/serve-dist.mjs). CommonJS so that webpack.config.js can require() it and the .mjs
// servers can import it; its types are in securityHeaders.d.cts.
//
// The demo server's headers are the production headers plus exactly two additions, made in demoSecurityHeaders
// and nowhere else:
//   - connect-src gains the Graph sandbox's origin (a different localhost port), which stands in for Graph;
//   - frame-ancestors gains 'self', so a local page on the server's own origin may frame the tab (the e2e test of
//     a frame that never answers TeamsJS). The simulated Teams/Outlook/Microsoft 365 hosts of the browser tests
//     run on the real host origins, so they pass the production list unchanged.
'use strict';

// The hosts that may frame the tab, the configuration page and the task pane, exactly as Microsoft documents them
// for tabs that run in Teams, Outlook and the Microsoft 365 app ("Set Content Security Policy headers to allow
// Teams and any other host applications of your app"):
// https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements
//   all hosts (new)        *.cloud.microsoft
//   Teams                  teams.microsoft.com, *.teams.microsoft.com
//   Microsoft 365 app      *.microsoft365.com, *.office.com
//   Outlook                outlook.office.com, outlook.office365.com, outlook-sdf.office.com, outlook-sdf.office365.com
// https only: the page says every Teams app page is served over https, and every host listed is https.
const FRAME_ANCESTORS = Object.freeze([
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
]);

// Where the app's own code connects (all from src/graph and src/auth, and TeamsJS):
const CONNECT_SRC = Object.freeze([
  "'self'",
  // Microsoft Graph, the only API the app calls (DESIGN.md "Where things live").
  'https://graph.microsoft.com',
  // Entra ID: MSAL's authority metadata and token requests on the popup fallback.
  'https://login.microsoftonline.com',
  // The series file is read through its pre-authenticated @microsoft.graph.downloadUrl, which points at the
  // tenant's SharePoint (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content: "a preauthenticated
  // download URL"; tenants live at <tenant>.sharepoint.com in the commercial cloud).
  'https://*.sharepoint.com',
  // TeamsJS fetches its list of valid host origins from this CDN on import and falls back to a bundled list
  // (@microsoft/teams-js internal/constants.js validOriginsCdnEndpoint:
  // https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json).
  'https://res.cdn.office.net',
]);

// Office.js can't be bundled; the task pane loads it from Microsoft's CDN, which then loads its host-specific
// parts from the same host (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
const SCRIPT_SRC = Object.freeze(["'self'", 'https://appsforoffice.microsoft.com']);

/**
 * @param {{ readonly connectSrc?: readonly string[]; readonly frameAncestors?: readonly string[] }} [extra]
 * @returns {string}
 */
function contentSecurityPolicy(extra = {}) {
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', SCRIPT_SRC],
    // Fluent UI v9 styles through Griffel, which inserts <style> elements at run time, and React sets style
    // attributes; a static host can't hand out a per-response nonce, so inline styles need 'unsafe-inline'.
    // Scripts get no such allowance: no inline script, no 'unsafe-eval'.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // The pages' own icons; data: for the empty favicon (<link rel="icon" href="data:,">) that stops the
    // browser asking for /favicon.ico.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', [...CONNECT_SRC, ...(extra.connectSrc ?? [])]],
    // MSAL renews tokens silently in a hidden iframe on login.microsoftonline.com when it has no refresh token.
    ['frame-src', ["'self'", 'https://login.microsoftonline.com']],
    ['frame-ancestors', [...(extra.frameAncestors ?? []), ...FRAME_ANCESTORS]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * No X-Frame-Options: it can only name one origin or none, so it would stop Teams from framing the tab;
 * frame-ancestors is what browsers honour instead.
 * @param {{ readonly connectSrc?: readonly string[]; readonly frameAncestors?: readonly string[] }} [extra]
 * @returns {Readonly<Record<string, string>>}
 */
function headersWith(extra) {
  return Object.freeze({
    'Content-Security-Policy': contentSecurityPolicy(extra),
    'X-Content-Type-Options': 'nosniff',
    // The tab's URLs carry meeting and page ids; nothing the app calls needs a Referer.
    'Referrer-Policy': 'no-referrer',
  });
}

/** @returns {Readonly<Record<string, string>>} */
function productionSecurityHeaders() {
  return headersWith({});
}

/**
 * The local server's headers: production's, plus the sandbox origin in connect-src and 'self' in
 * frame-ancestors (see the top of this file).
 * @param {{ readonly sandboxUrl?: string }} options
 * @returns {Readonly<Record<string, string>>}
 */
function demoSecurityHeaders({ sandboxUrl }) {
  return headersWith({
    connectSrc: sandboxUrl ? [new URL(sandboxUrl).origin] : [],
    frameAncestors: ["'self'"],
  });
}

/**
 * Azure Static Web Apps' configuration (https://learn.microsoft.com/en-us/azure/static-web-apps/configuration,
 * "Global headers"): the same headers on every response. Source maps never reach dist/ (webpack.config.js), so
 * there is nothing to hide with a route rule.
 */
function staticWebAppConfig() {
  return { globalHeaders: { ...productionSecurityHeaders() } };
}

module.exports = {
  FRAME_ANCESTORS,
  contentSecurityPolicy,
  productionSecurityHeaders,
  demoSecurityHeaders,
  staticWebAppConfig,
};
