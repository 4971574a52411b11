// What the specs look at: the meetings list by its accessible roles (the UI contract), the ground truth read
// from the sandbox through Graph itself, and axe results.
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Sandbox } from './startE2eEnv';

/** Every meeting row: `<section aria-label="My meetings">` → role=list → role=listitem. */
export function meetingItems(root: Page | FrameLocator): Locator {
  return root.getByRole('region', { name: 'My meetings' }).getByRole('list').getByRole('listitem');
}

export interface GraphEventSummary {
  readonly subject: string;
  readonly type: string;
  readonly start: Date;
  readonly end: Date;
  readonly organizerAddress: string;
}

interface GraphEventWire {
  readonly subject?: string;
  readonly type?: string;
  readonly start?: { readonly dateTime: string; readonly timeZone: string };
  readonly end?: { readonly dateTime: string; readonly timeZone: string };
  readonly organizer?: { readonly emailAddress?: { readonly address?: string } };
}

/**
 * The user's meetings in the next 14 days, read from the sandbox through its Graph API (paging included), so the
 * specs follow the seeded tenant instead of hard-coding it.
 */
export async function upcomingMeetings(sandbox: Sandbox, user: string): Promise<GraphEventSummary[]> {
  const token = sandbox.mintToken({ user, scopes: ['Calendars.Read'] });
  const now = new Date();
  const end = new Date(now.getTime() + 14 * 24 * 3600 * 1000);
  let next: string | undefined =
    `${sandbox.url}/v1.0/me/calendarView?startDateTime=${now.toISOString()}&endDateTime=${end.toISOString()}` +
    '&$select=subject,type,start,end,organizer';
  const events: GraphEventSummary[] = [];
  while (next !== undefined) {
    const response = await fetch(next, {
      headers: { Authorization: `Bearer ${token}`, Prefer: 'outlook.timezone="UTC"' },
    });
    if (!response.ok) throw new Error(`calendarView for ${user} answered ${response.status}`);
    const page = (await response.json()) as { value: GraphEventWire[]; '@odata.nextLink'?: string };
    for (const e of page.value) {
      events.push({
        subject: e.subject ?? '',
        type: e.type ?? '',
        start: new Date(`${e.start?.dateTime ?? ''}Z`),
        end: new Date(`${e.end?.dateTime ?? ''}Z`),
        organizerAddress: (e.organizer?.emailAddress?.address ?? '').toLowerCase(),
      });
    }
    next = page['@odata.nextLink'];
  }
  return events;
}

/** Runs axe over the page and its frames; returns the serious and critical violations, printed for the log. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .map((v) =>
      v.id === 'aria-hidden-focus'
        ? // Tabster's focus sentinels (Fluent's arrow-key groups and dialogs) are focusable and aria-hidden on purpose:
          // they pass focus on the moment they get it. A known false positive (microsoft/tabster#288), which
          // Accessibility Insights suppresses the same way (microsoft/accessibility-insights-web#7605). Only those.
          { ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }
        : v,
    )
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = serious.map(
    (v) => `${v.impact ?? ''} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  if (lines.length > 0) console.log(`axe violations:\n${lines.join('\n')}`);
  return lines;
}

/**
 * The colour a user sees behind the app: the first opaque background from the themed FluentProvider root up to
 * <html>. The theme test compares it before and after a themeChange.
 */
export async function themedRoot(
  root: Page | FrameLocator,
): Promise<{ theme: string | null; background: string }> {
  const provider = root.locator('[data-theme]').first();
  const theme = await provider.getAttribute('data-theme');
  const background = await provider.evaluate((el) => {
    for (let node: Element | null = el; node !== null; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return 'transparent';
  });
  return { theme, background };
}
