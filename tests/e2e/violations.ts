/** Records what the Content-Security-Policy blocks, and console errors, for every page of a browser context. */
import type { BrowserContext, ConsoleMessage } from 'playwright-core';

/** policy: which policy reported it, the header's (it has frame-ancestors) or the page's <meta>. */
export interface Violation { page: string; directive: string; blocked: string; sample: string; policy: 'header' | 'meta' }

export async function watchViolations(context: BrowserContext) {
  const violations: Violation[] = [];
  const errors: string[] = [];
  // The binding and the init script come through the DevTools protocol, which the page's policy does not govern.
  await context.exposeFunction('__cspViolation', (v: Violation) => { violations.push(v); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: unknown): void }).__cspViolation({
        page: location.pathname + location.search, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
        policy: e.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta',
      });
    });
  });
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`${m.page()?.url() ?? m.location().url}: ${m.text()}`);
  };
  context.on('console', onConsole);
  context.on('page', (page) => page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`)));
  for (const page of context.pages()) page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return { violations, errors };
}
