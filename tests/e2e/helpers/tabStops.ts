// Counts a page's tab stops the way a keyboard user meets them: real Tab presses from the top of the page until focus
// comes back round to the first one. Arrow-key groups (Fluent's useArrowNavigationGroup) count once, as they should;
// a control that keeps focus across several Tab presses (a date input's fields) counts once.
import type { Page } from 'playwright-core';

export async function tabStops(page: Page, limit = 300): Promise<readonly string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const seen: string[] = [];
  let first: string | undefined;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      el.dataset['tabStop'] ??= String(document.querySelectorAll('[data-tab-stop]').length);
      const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
      return `${el.dataset['tabStop']}:${el.tagName.toLowerCase()} ${name.trim().slice(0, 40)}`;
    });
    if (id === undefined) {
      if (seen.length > 0) break; // Off the end of the page, into the browser's own controls.
      continue;
    }
    if (id === first) break;
    first ??= id;
    if (!seen.includes(id)) seen.push(id);
  }
  return seen;
}
