import type { Page } from 'playwright-core';

/** How far the page scrolls sideways, and the outermost elements that stick out past its right edge. */
export const sideways = (page: Page) =>
  page.evaluate(() => {
    const de = document.documentElement;
    const over = (el: Element | null) => (el ? el.getBoundingClientRect().right > de.clientWidth + 1 : false);
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => over(el) && !over(el.parentElement) && getComputedStyle(el).position !== 'fixed')
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 40)}”`);
    return { extra: de.scrollWidth - de.clientWidth, culprits };
  });
