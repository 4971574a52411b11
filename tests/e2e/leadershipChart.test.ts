// "How leadership is shared" is Fluent's GroupedVerticalBarChart, loaded as a chunk of its own (issue #16: "In high
// contrast the bars vanish"). In the standalone demo the OS settings pick the theme: forced colours give Teams'
// high-contrast theme, a dark scheme the dark one. In light, dark and forced colours (both palettes), at 1280 and
// 280 px, every bar with a count is drawn (a real size) in a colour that stands out from what lies behind it (3:1,
// the WCAG minimum for graphics), the three measures keep three colours, and axe finds nothing serious. The page
// guards fail the test on any CSP violation or request off localhost, the chart chunk's included.
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './helpers/meetings';
import { openStandalone, type StandalonePage } from './helpers/openStandalone';
import { seriesAs } from './helpers/seriesAs';
import { startE2eEnv, type E2eEnv } from './helpers/startE2eEnv';
import { openStep } from './helpers/steps';
import { fetchTenant } from './host/openInHost';

jest.setTimeout(240_000);

let env: E2eEnv;
let demo: StandalonePage | undefined;

beforeAll(async () => {
  env = await startE2eEnv();
  // Counts to draw: the organizer proposes two topics, both make the agenda when voting closes, and this meeting's
  // role holders have each held a role.
  const tenant = await fetchTenant(env.sandbox);
  const org = await seriesAs(env.sandbox, tenant.defaultUser, 0);
  for (const [i, title] of ['Hiring plan', 'Offsite venue'].entries())
    await org.dispatch({
      kind: 'proposeTopic',
      id: `chart-${i}`,
      occurrence: org.ctx.occurrence,
      input: { title, why: 'Why it matters', outcome: 'decide', estimateMinutes: 15 },
    });
  await org.dispatch({ kind: 'closeVoting', occurrence: org.ctx.occurrence, meetingMinutes: 60 });
});
afterAll(async () => {
  await demo?.close();
  await env?.close();
});
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

type Rgba = readonly [number, number, number, number];

function parseColour(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** WCAG contrast of a (possibly translucent) colour drawn over an opaque background. */
function contrast(fill: string, background: string): number {
  const [br, bg, bb] = parseColour(background);
  const [fr, fg, fb, a] = parseColour(fill);
  const over = [fr * a + br * (1 - a), fg * a + bg * (1 - a), fb * a + bb * (1 - a)];
  const luminance = (rgb: readonly number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(over), luminance([br, bg, bb])].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

interface DrawnBar {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly background: string;
}

/** Every bar of the chart: its spoken label, drawn size, computed fill and the first opaque background behind it. */
async function drawnBars(page: Page): Promise<DrawnBar[]> {
  const chart = page.getByRole('region', { name: /^How leadership is shared: / });
  await chart.getByRole('option').first().waitFor();
  return chart.evaluate((svg) =>
    Array.from(svg.querySelectorAll('rect[role="option"]')).map((bar) => {
      const box = bar.getBoundingClientRect();
      // Forced colours make transparent backgrounds rgba(255, 255, 255, 0): any zero alpha is see-through. With
      // nothing opaque up to <html>, the page shows the canvas colour.
      const seeThrough = (colour: string) => colour === 'transparent' || /,\s*0\)$/.test(colour);
      let background: string | undefined;
      for (
        let node = svg.parentElement;
        node !== null && background === undefined;
        node = node.parentElement
      ) {
        const colour = getComputedStyle(node).backgroundColor;
        if (!seeThrough(colour)) background = colour;
      }
      if (background === undefined) {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.backgroundColor = 'Canvas';
        background = getComputedStyle(probe).backgroundColor;
        probe.remove();
      }
      return {
        label: bar.getAttribute('aria-label') ?? '',
        width: box.width,
        height: box.height,
        fill: getComputedStyle(bar).fill,
        background,
      };
    }),
  );
}

/** The counts the page states in text, from the table behind the chart: "Dana Okafor: Roles held, 1". */
async function statedCounts(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'How leadership is shared, per person' });
  const headers = await table.locator('thead th').allInnerTexts();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((c) => c.textContent ?? '')),
    );
  return rows.flatMap(([name = '', ...cells]) =>
    cells.slice(0, 3).map((count, i) => `${name}: ${headers[i + 1] ?? ''}, ${count}`),
  );
}

// Forced colours twice: Chromium then draws with a dark palette (white on black) or a light one (black on white), as
// Windows' contrast themes do. The light one is where Teams' high-contrast colours (white, cyan, yellow) would vanish.
const MODES = [
  { name: 'light', theme: 'light', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'dark', theme: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' } },
  {
    name: 'forced colours, dark palette',
    theme: 'contrast',
    media: { colorScheme: 'dark', forcedColors: 'active' },
  },
  {
    name: 'forced colours, light palette',
    theme: 'contrast',
    media: { colorScheme: 'light', forcedColors: 'active' },
  },
] as const;

test.each(MODES)(
  '$name: at 1280 and 280 px every counted bar is drawn and stands out, and axe finds nothing serious',
  async ({ name, theme, media }) => {
    for (const width of [1280, 280]) {
      demo = await openStandalone(env);
      const { page } = demo;
      await page.emulateMedia(media);
      await page.setViewportSize({ width, height: 900 });
      await page.locator(`[data-theme="${theme}"]`).first().waitFor();
      await page.getByRole('button', { name: 'Open agenda: Leadership weekly' }).first().click();
      await openStep(page, 'Roles');
      await page.getByRole('heading', { name: 'How leadership is shared' }).waitFor();

      const bars = await drawnBars(page);
      const stated = await statedCounts(page);
      // A bar for each count above zero (the chart draws none for a zero), named as the table states it.
      expect(bars.map((b) => b.label).sort()).toEqual(stated.filter((s) => !s.endsWith(', 0')).sort());
      // The seed gives three role holders and two topics proposed that made the agenda: something to see.
      expect(bars.length).toBeGreaterThanOrEqual(5);
      const where = `${name} at ${width}px`;
      for (const bar of bars) {
        expect({ where, bar: bar.label, drawn: bar.width >= 1 && bar.height >= 1 }).toEqual({
          where,
          bar: bar.label,
          drawn: true,
        });
        const ratio = contrast(bar.fill, bar.background);
        expect({ where, bar: bar.label, fill: bar.fill, on: bar.background, standsOut: ratio >= 3 }).toEqual({
          where,
          bar: bar.label,
          fill: bar.fill,
          on: bar.background,
          standsOut: true,
        });
      }
      // The measures stay apart: one colour each, three in all.
      const byMeasure = new Map<string, Set<string>>();
      for (const bar of bars) {
        const measure = bar.label.replace(/^.*: (.*), \d+$/, '$1');
        byMeasure.set(measure, (byMeasure.get(measure) ?? new Set()).add(bar.fill));
      }
      expect([...byMeasure.values()].map((fills) => fills.size)).toEqual([1, 1, 1]);
      expect(new Set(bars.map((b) => b.fill)).size).toBe(3);

      expect({ where, violations: await seriousAxeViolations(page) }).toEqual({ where, violations: [] });
      await demo.close();
      demo = undefined;
    }
  },
);
