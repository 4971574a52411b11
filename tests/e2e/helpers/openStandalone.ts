// Opens a built page at top level, as a user who opens the demo in a plain browser tab would. The page talks to
// the sandbox directly (serve-dist rewrites the roundtable-sandbox-url meta), so nothing is simulated: every
// request off localhost is aborted and fails the test (pageGuards.ts), since nothing in the demo may need the
// internet.
import type { BrowserContext, Page } from 'playwright-core';
import { guardOf } from './pageGuards';
import type { E2eEnv } from './startE2eEnv';

export interface StandalonePage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests off localhost, all aborted (there should be none). */
  readonly blockedRequests: readonly string[];
  /** Every URL the page requested, in order (the sandbox logs Graph requests only, not its /_sandbox routes). */
  readonly requestedUrls: readonly string[];
  close(): Promise<void>;
}

export interface OpenStandaloneOptions {
  readonly path?: string;
  /** Runs right before navigation, e.g. to clear the sandbox request log for a cold-start count. */
  readonly beforeNavigate?: () => void | Promise<void>;
  /** The browser's language (navigator.language), e.g. 'de-DE'; the browser's default when absent. */
  readonly locale?: string;
}

export async function openStandalone(
  env: E2eEnv,
  options: OpenStandaloneOptions = {},
): Promise<StandalonePage> {
  const context = await env.browser.newContext(options.locale ? { locale: options.locale } : {});
  const blockedRequests = guardOf(context).offLocalhost;
  const requestedUrls: string[] = [];
  context.on('request', (request) => requestedUrls.push(request.url()));
  const page = await context.newPage();
  await options.beforeNavigate?.();
  await page.goto(`${env.distUrl}${options.path ?? '/index.html'}`);
  const close = async () => {
    // Requests still in flight (the badge pass starts after the list) must not fail a test that is done.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { context, page, blockedRequests, requestedUrls, close };
}
