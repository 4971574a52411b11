// The production security headers, and the demo server's: the same policy plus exactly two documented additions.
import {
  FRAME_ANCESTORS,
  demoSecurityHeaders,
  productionSecurityHeaders,
  staticWebAppConfig,
} from '../../../scripts/lib/securityHeaders.cjs';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const production = productionSecurityHeaders();
const csp = directives(production['Content-Security-Policy'] ?? '');

test('frame-ancestors name exactly the documented Teams, Outlook and Microsoft 365 hosts', () => {
  // https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/tab-requirements
  expect(csp.get('frame-ancestors')).toEqual([
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
  expect(FRAME_ANCESTORS).toEqual(csp.get('frame-ancestors'));
});

test('connect-src: the app itself, Graph, Entra sign-in, SharePoint downloads and TeamsJS’s origin list', () => {
  expect(csp.get('connect-src')).toEqual([
    "'self'",
    'https://graph.microsoft.com',
    'https://login.microsoftonline.com',
    'https://*.sharepoint.com',
    'https://res.cdn.office.net',
  ]);
});

test('scripts only from the site and the Office.js CDN; no eval, no inline script, no plugins', () => {
  expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(production['Content-Security-Policy']).not.toContain("'unsafe-eval'");
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  // Griffel (Fluent UI v9) inserts <style> elements at run time: only styles may be inline.
  expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
});

test('nosniff and a referrer policy; no X-Frame-Options, which would stop Teams from framing the tab', () => {
  expect(production['X-Content-Type-Options']).toBe('nosniff');
  expect(production['Referrer-Policy']).toBe('no-referrer');
  expect(Object.keys(production).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
});

test('the demo server adds only the sandbox origin to connect-src and itself to frame-ancestors', () => {
  const demo = demoSecurityHeaders({ sandboxUrl: 'http://127.0.0.1:41234/' });
  const demoCsp = directives(demo['Content-Security-Policy'] ?? '');
  expect(demoCsp.get('connect-src')).toEqual([...(csp.get('connect-src') ?? []), 'http://127.0.0.1:41234']);
  expect(demoCsp.get('frame-ancestors')).toEqual(["'self'", ...(csp.get('frame-ancestors') ?? [])]);
  for (const [name, sources] of csp) {
    if (name !== 'connect-src' && name !== 'frame-ancestors') expect(demoCsp.get(name)).toEqual(sources);
  }
  expect({ ...demo, 'Content-Security-Policy': '' }).toEqual({
    ...production,
    'Content-Security-Policy': '',
  });
});

test('the static host config carries the production headers on every response', () => {
  expect(staticWebAppConfig()).toEqual({ globalHeaders: { ...production } });
});
