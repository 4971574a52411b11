// "Publish to invite" writes attendee text into other people's mail. This drives the real renderer and merge with
// a corpus of XSS vectors in every text field, loads each resulting event body in a real Chromium, and proves
// that nothing ran, nothing was fetched, and every vector still reads exactly as its author typed it
// (shared/DESIGN.md, "Safety").
import type { Browser, Page } from 'playwright-core';
import { renderAgendaBlock } from '../../src/domain/publish/agendaBlock';
import type { AgendaBlockInput } from '../../src/domain/publish/agendaBlock';
import { findAgendaBlocks, mergeAgendaIntoBody } from '../../src/domain/publish/mergeAgendaIntoBody';
import { safeLinkUrl } from '../../src/domain/publish/safeLinkUrl';
import { TEAMS_JOIN_HTML, teamsInviteBody } from '../unit/domain/publish/teamsInviteBody';
import { launchChromium } from './helpers/launchChromium';

import { XSS_VECTORS as VECTORS } from './helpers/xssVectors';
import { publishedMessages as EN } from '../../src/app/i18n/en-US/published';

// jest.config.cjs sets testTimeout on the e2e project, which jest ignores for projects; like every other browser
// spec, this one sets its own. 52 vectors, each loaded and given 60 ms for timers, take about 7 s here, well over
// jest's 5 s default.
jest.setTimeout(90_000);

const agendaWith = (v: string): AgendaBlockInput => ({
  meetingTitle: v,
  occurrenceLabel: v,
  boulders: [{ title: v, minutes: 20, ownerName: v, outcome: 'decide' }],
  parked: [{ title: v, deferredCount: 2 }],
  roles: [{ label: v, holderName: v }],
  commitments: [{ title: v, owners: [v], state: 'overdue', due: v }],
  appUrl: v,
  generatedNote: v,
});
/** Text fields shown as text whatever they hold; appUrl is shown as text only when it is not a safe link. */
const TEXT_FIELDS = 11;

const ALLOWED_ELEMENTS = ['TABLE', 'TBODY', 'TR', 'TD', 'B', 'I', 'BR', 'SPAN', 'A'];
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();
const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

let browser: Browser;
let page: Page;
const pwned: unknown[] = [];
const dialogs: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.exposeFunction('__pwned', (n: unknown) => {
    pwned.push(n);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(r.url());
  });
  // Nothing may leave the page; anything that tries is recorded above and then aborted.
  await page.route('**/*', (route) => route.abort());
});
afterAll(async () => {
  await browser?.close();
});

/** Loads an event body as a mail client would show it, and lets timers, load and error events fire. */
async function show(html: string): Promise<void> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
}

async function until(done: () => boolean, timeoutMs = 5000): Promise<void> {
  for (const start = Date.now(); !done() && Date.now() - start < timeoutMs;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it(`the detectors catch a vector that is not escaped (control)`, async () => {
  await show(
    '<svg onload="window.__pwned(0)"></svg><script>alert(0)</script><img src="https://attacker.invalid/0.png">',
  );
  await until(() => pwned.length > 0 && dialogs.length > 0 && requests.length > 0);
  expect({ pwned, dialogs, requests }).toEqual({
    pwned: [0],
    dialogs: ['alert: 0'],
    requests: ['https://attacker.invalid/0.png'],
  });
  pwned.length = 0;
  dialogs.length = 0;
  requests.length = 0;
});

it(`${VECTORS.length} XSS vectors in every text field: nothing runs, nothing loads, every vector reads as typed`, async () => {
  expect(VECTORS.length).toBeGreaterThanOrEqual(25);
  let stored = teamsInviteBody();
  let tried = 0;
  for (const [i, vector] of VECTORS.entries()) {
    const block = renderAgendaBlock(agendaWith(vector), EN.agendaBlock);
    // Publish over the previous vector's block: it must be replaced, never appended to.
    stored = mergeAgendaIntoBody(stored, block).body;
    expect(findAgendaBlocks(stored)).toHaveLength(1);
    expect(stored).toContain(TEAMS_JOIN_HTML);

    await show(stored);
    const seen = await page.evaluate((allowed) => {
      const root = document.getElementById('roundtable-agenda');
      if (root === null) return null;
      const elements = [root, ...root.querySelectorAll('*')];
      return {
        text: root.innerText,
        foreign: elements.map((e) => e.tagName).filter((t) => !allowed.includes(t)),
        handlers: elements.flatMap((e) => e.getAttributeNames().filter((a) => /^on/i.test(a))),
        hrefs: [...root.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? ''),
        frames: document.querySelectorAll(
          'iframe, object, embed, script, style, base, meta[http-equiv="refresh"]',
        ).length,
        joinLink: document.querySelector('a[href^="https://teams.microsoft.com/l/meetup-join/"]')
          ?.textContent,
      };
    }, ALLOWED_ELEMENTS);

    expect({ vector: i + 1, seen: seen !== null }).toEqual({ vector: i + 1, seen: true });
    if (seen === null) continue;
    expect({ vector: i + 1, foreign: seen.foreign, handlers: seen.handlers, frames: seen.frames }).toEqual({
      vector: i + 1,
      foreign: [],
      handlers: [],
      frames: 0,
    });
    for (const href of seen.hrefs) expect(safeLinkUrl(href)).not.toBeNull();
    expect(seen.joinLink).toBe('Click here to join the meeting');
    // (b) The text reads as typed: once per text field, plus once for appUrl unless it became a real link.
    const linked = safeLinkUrl(vector) !== null;
    const expected = TEXT_FIELDS + (linked ? 0 : 1);
    expect({ vector: i + 1, times: occurrences(normalize(seen.text), normalize(vector)) }).toEqual({
      vector: i + 1,
      times: expected,
    });
    expect(page.url()).toBe('about:blank');
    expect(page.frames()).toHaveLength(1);
    tried += 1;
  }
  // Give late timers, refreshes and autofocus a moment, then (a): nothing executed, nothing was requested.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect({ pwned, dialogs, requests }).toEqual({ pwned: [], dialogs: [], requests: [] });
  expect(tried).toBe(VECTORS.length);
});
