// Event bodies as Graph returns them for a Teams meeting (body.contentType "html"), and the rewrites Exchange is
// known to apply on save, as pure string functions. Shared by the unit tests and tests/e2e/publishXss.test.ts.
import type { AgendaBlockInput } from '../../../../src/domain/publish/agendaBlock';

export const TEAMS_JOIN_URL =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5ZDk0YzQtZWE2Ny00YzQ1LWJiNGItYjE0ZDc5ZmQ5NGY2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-0000-4000-8000-000000000001%22%7d';

export const TEAMS_RULE = '________________________________________________________________________________';

/** The Teams join information exactly as Outlook writes it into the invite. */
export const TEAMS_JOIN_HTML =
  '<div style="width:100%"><span style="white-space:nowrap; color:#5F5F5F; opacity:.36">' +
  TEAMS_RULE +
  '</span></div>\n' +
  '<div class="me-email-text" lang="en-US" style="color:#252424; font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif">\n' +
  '<div style="margin-top:24px; margin-bottom:20px"><span style="font-size:24px; color:#252424">Microsoft Teams meeting</span></div>\n' +
  '<div style="margin-bottom:20px">\n' +
  '<div style="margin-top:0px; margin-bottom:0px; font-weight:bold"><span style="font-size:14px; color:#252424">Join on your computer, mobile app or room device</span></div>\n' +
  `<a href="${TEAMS_JOIN_URL}" class="me-email-headline" style="font-size:14px; font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif; text-decoration:underline; color:#6264a7">Click here to join the meeting</a>\n` +
  '</div>\n' +
  '<div style="margin-bottom:20px; margin-top:20px"><span style="font-size:14px; color:#252424">Meeting ID: <span style="font-size:16px; color:#252424">123 456 789 012</span><br>Passcode: <span style="font-size:16px; color:#252424">AbC123</span></span></div>\n' +
  '<div style="margin-bottom:24px; max-width:532px"><hr style="border:0; background:#D9D9D9; height:1px"></div>\n' +
  '<div><span style="font-size:12px; color:#252424"><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US" class="me-email-link" style="font-size:12px; text-decoration:underline; color:#6264a7">Need help?</a></span></div>\n' +
  '</div>\n' +
  '<div style="width:100%"><span style="white-space:nowrap; color:#5F5F5F; opacity:.36">' +
  TEAMS_RULE +
  '</span></div>\n';

export const ORGANIZER_BEFORE =
  '<div>Hi all &#8212; please read the pre-read before Monday.</div>\n<div><br></div>\n';
export const ORGANIZER_AFTER =
  '<div>Dial-in for the board room: ask Ben. <b>Agenda</b> items go in Roundtable.</div>\n';

export const HTML_HEAD =
  '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' +
  '<meta content="text/html; charset=us-ascii">\n</head>\n';

/** A whole event body: organizer text, the Teams join block, more organizer text. */
export function teamsInviteBody(content = ORGANIZER_BEFORE + TEAMS_JOIN_HTML + ORGANIZER_AFTER): string {
  return `${HTML_HEAD}<body dir="ltr">\n${content}</body>\n</html>\n`;
}

export const anAgenda = (overrides: Partial<AgendaBlockInput> = {}): AgendaBlockInput => ({
  meetingTitle: 'Leadership weekly',
  occurrenceLabel: 'Monday 12 January 2026, 09:00',
  boulders: [
    { title: 'Hiring plan for Q2', minutes: 20, ownerName: 'Ava Lopez', outcome: 'decide' },
    { title: 'Customer churn', minutes: 15, ownerName: 'Ben Ito', outcome: 'discuss' },
    { title: 'Office move', minutes: 5, ownerName: 'Cy Marr', outcome: 'inform' },
  ],
  parked: [{ title: 'Offsite venue', deferredCount: 2 }],
  roles: [
    { label: 'Facilitator', holderName: 'Dee Park' },
    { label: 'Timekeeper', holderName: 'Ben Ito' },
    { label: 'Note-taker', holderName: null },
  ],
  commitments: [
    { title: 'Send the budget draft', owners: ['Ava Lopez'], state: 'overdue', due: 'Fri 9 Jan' },
    { title: 'Book the room', owners: ['Cy Marr', 'Dee Park'], state: 'open', due: null },
  ],
  appUrl:
    'https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/agenda?context=%7B%7D&tab=1',
  generatedNote: 'Published from Roundtable by Dee Park.',
  ...overrides,
});

// ----- What Exchange does to HTML on save (simulated; each is one rewrite the finder must survive). -----

export const stripComments = (html: string): string => html.replace(/<!--[\s\S]*?-->/g, '');

/** Drops every attribute (Exchange's sanitizer on a bad day). */
export const stripAttributes = (html: string): string =>
  html.replace(/<([a-zA-Z][a-zA-Z0-9]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?(\/?)>/g, '<$1$2>');

/** Prefixes ids and classes with x_, as Exchange does when it embeds a message body. */
export const prefixIdsAndClasses = (html: string): string =>
  html.replace(/\s(id|class)="([^"]*)"/g, (_m, attr: string, v: string) => ` ${attr}="x_${v}"`);

export const wrapInElementToProof = (html: string): string =>
  `<div class="x_elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif">${html}</div>`;

export const uppercaseTags = (html: string): string =>
  html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g,
    (_m, slash: string, name: string) => `<${slash}${name.toUpperCase()}`,
  );

export const toCrlf = (html: string): string => html.replace(/\r?\n/g, '\r\n');

/** Single quotes for attribute values that hold no single quote, unquoted where the value is a bare token. */
export const requote = (html: string): string =>
  html.replace(/="([A-Za-z0-9_-]+)"/g, '=$1').replace(/="([^"']*)"/g, "='$1'");

/** Reflows whitespace: a line break after every tag. */
export const reflow = (html: string): string => html.replace(/>(?=<)/g, '>\n');

/** Turns numeric entities into the characters or named entities Exchange prefers. */
export const renameEntities = (html: string): string =>
  html
    .replace(/&#183;/g, '&middot;')
    .replace(/&#8212;/g, '\u2014')
    .replace(/&#160;/g, '&nbsp;');

export const EXCHANGE_REWRITES: readonly (readonly [string, (html: string) => string])[] = [
  ['comments stripped', stripComments],
  ['comments and attributes stripped', (h) => stripAttributes(stripComments(h))],
  ['re-wrapped in x_elementToProof with x_ ids', (h) => wrapInElementToProof(prefixIdsAndClasses(h))],
  [
    'comments stripped, x_ ids, re-wrapped',
    (h) => wrapInElementToProof(prefixIdsAndClasses(stripComments(h))),
  ],
  ['upper-case tags', uppercaseTags],
  ['upper-case tags without comments', (h) => uppercaseTags(stripComments(h))],
  ['CRLF and reflowed whitespace', (h) => toCrlf(reflow(h))],
  ['requoted attributes without comments', (h) => requote(stripComments(h))],
  [
    'renamed entities without comments or attributes',
    (h) => renameEntities(stripAttributes(stripComments(h))),
  ],
  [
    'everything at once',
    (h) =>
      toCrlf(
        reflow(uppercaseTags(renameEntities(wrapInElementToProof(prefixIdsAndClasses(stripComments(h)))))),
      ),
  ],
];
