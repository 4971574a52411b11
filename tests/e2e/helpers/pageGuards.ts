// Guards on every browser context the e2e environment opens (startE2eEnv wraps browser.newContext):
// - a Content-Security-Policy violation in any frame is recorded (the pages run under the real CSP that
//   scripts/serve-dist.mjs sends);
// - a request that leaves localhost and that no harness route claims is recorded and aborted: tests never
//   reach the internet, and the demo must not need it.
// tests/e2e/helpers/failOnGuardReports.ts (jest setupFilesAfterEnv) fails the running test on either.
import type { Browser, BrowserContext } from 'playwright-core';

export interface ContextGuard {
  /** "<directive> blocked <url> (<frame url>)" for each securitypolicyviolation event. */
  readonly cspViolations: string[];
  /** URLs requested off localhost that no harness route handled (they were aborted). */
  readonly offLocalhost: string[];
}

/** Everything recorded in this process since the last takeGuardReport(). */
const pending: ContextGuard = { cspViolations: [], offLocalhost: [] };
const guards = new WeakMap<BrowserContext, ContextGuard>();

// Not http(s)/ws(s) on a loopback host. data: and blob: URLs are never routed.
const OFF_LOCALHOST = /^(?!(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?:[/?#]|$))/;

export async function guardContext(context: BrowserContext): Promise<ContextGuard> {
  const guard: ContextGuard = { cspViolations: [], offLocalhost: [] };
  guards.set(context, guard);
  await context.exposeBinding('__e2eCspViolation', ({ frame }, description: string) => {
    const entry = `${description} (${frame.url()})`;
    guard.cspViolations.push(entry);
    pending.cspViolations.push(entry);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __e2eCspViolation?: (d: string) => Promise<void> })
        .__e2eCspViolation;
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      void report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`);
    });
  });
  // The oldest route: Playwright tries newer ones first, so the harness's own routes (the simulated hosts,
  // the tab origin, Graph) still win and only unclaimed requests end here.
  await context.route(OFF_LOCALHOST, async (route) => {
    const url = route.request().url();
    guard.offLocalhost.push(url);
    pending.offLocalhost.push(url);
    await route.abort('blockedbyclient').catch(() => undefined);
  });
  return guard;
}

export function guardOf(context: BrowserContext): ContextGuard {
  const guard = guards.get(context);
  if (guard === undefined) throw new Error('this browser context was not opened through startE2eEnv');
  return guard;
}

/** A Browser whose every new context (and newPage's implicit one) is guarded. */
export function guardedBrowser(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          await guardContext(context);
          return context;
        };
      }
      if (property === 'newPage') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          await guardContext(context);
          return context.newPage();
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Hands over and clears what was recorded since the last call. */
export function takeGuardReport(): ContextGuard {
  const report = { cspViolations: [...pending.cspViolations], offLocalhost: [...pending.offLocalhost] };
  pending.cspViolations.length = 0;
  pending.offLocalhost.length = 0;
  return report;
}
