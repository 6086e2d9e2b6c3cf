/**
 * A deployment that is still being uploaded must not replace the working version (issue 14, E): the service
 * worker checks every file against the SHA-256 in its manifest, so a truncated file fails the install and the
 * installed version stays. Once the upload is complete, the new version installs and takes over at the next visit.
 * And a deployment without sw.js removes the worker, never the drafts.
 *
 * Each deployment is a copy of dist/ served on one address (the same origin, so the same worker and drafts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage } from './browser';
import { startServer } from '../../scripts/serve.mjs';
import { manifestOf, writeServiceWorker } from '../../scripts/service-worker.mjs';

let browser: Browser;
let dir: string;
let server: Server | undefined;
let port = 0;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'utrulling-'));
});
afterAll(async () => {
  await browser?.close();
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

async function stop() {
  const s = server;
  server = undefined;
  if (s) await new Promise<void>((done) => { s.closeAllConnections?.(); s.close(() => done()); });
}

/** Serves `root` on the test's address (the same port each time, so the same origin). */
async function serve(root: string) {
  await stop();
  server = await startServer({ root, port });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : port;
}
const base = () => `http://127.0.0.1:${port}`;

/** A copy of dist/ with one script of the plan builder changed, and its own sw.js. Returns the deployment's root. */
function deployment(name: string, change: (script: string) => string, truncate = false): { root: string; version: string } {
  const root = join(dir, name);
  cpSync('dist', root, { recursive: true });
  const script = readdirSync(join(root, '_astro')).find((f) => f.startsWith('WizardOverview.') && f.endsWith('.js'))!;
  const file = join(root, '_astro', script);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const { version } = writeServiceWorker(root);
  // Half-uploaded: the new sw.js is there, the script it lists is cut off.
  if (truncate) writeFileSync(file, readFileSync(file, 'utf8').slice(0, 2000));
  return { root, version };
}

async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 60_000 }).toBe('activated');
}

/**
 * Asks the browser to look for a new sw.js, and waits until installing has ended: 'installed' when a new version
 * waits, 'failed' when none does. (The page's own update check may have started an install too; whichever runs, the
 * test waits until nothing is installing.)
 */
async function checkForUpdate(page: Page): Promise<'installed' | 'failed'> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => undefined);
    for (let i = 0; i < 1200; i++) {
      if (!registration.installing) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return registration.waiting ? 'installed' : 'failed';
  });
}

describe('deployment', () => {
  it('keeps the working version while a new one is half uploaded, and takes the new one once it is complete', async () => {
    const first = { root: join(dir, 'v1'), version: manifestOf(readFileSync('dist/sw.js', 'utf8'))!.version };
    cpSync('dist', first.root, { recursive: true });
    const complete = deployment('v2', (s) => `${s}\n// versjon 2\n`);
    const halfway = deployment('v2-halv', (s) => `${s}\n// versjon 2\n`, true);
    expect(halfway.version).toBe(complete.version);

    await serve(first.root);
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${base()}/lag-plan/`);
    await controlled(page);
    expect(await page.evaluate(() => caches.keys())).toEqual([`handlingsplan-${first.version}`]);

    // The new sw.js lists a script that arrives cut off: the install fails, nothing of it is kept.
    await serve(halfway.root);
    expect(await checkForUpdate(page)).toBe('failed');
    expect(await page.evaluate(() => caches.keys())).toEqual([`handlingsplan-${first.version}`]);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
    // Offline, the working version is still served whole.
    await context.setOffline(true);
    await page.reload();
    await page.locator('.task-list').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('load');
    await context.setOffline(false);
    // The reloaded page checks for an update itself after its load. On a busy machine that check can reach the half
    // upload after the network is back; a check asked for meanwhile is joined to it (one update job) and shares its
    // result. So let it end here: against the half upload it fails again, and nothing is left waiting.
    expect(await checkForUpdate(page)).toBe('failed');

    // The upload completes: the new version installs, and takes over at the next visit (once no page uses the old one).
    await serve(complete.root);
    expect(await checkForUpdate(page)).toBe('installed');
    await page.close();
    const next = await context.newPage();
    await next.goto(`${base()}/lag-plan/`);
    await controlled(next);
    await expect.poll(() => next.evaluate(() => caches.keys()), { timeout: 60_000 }).toEqual([`handlingsplan-${complete.version}`]);
    await context.close();
  }, 300_000);

  it('a deployment without sw.js removes the worker and its copy, and keeps the drafts', async () => {
    const first = join(dir, 'med-sw');
    cpSync('dist', first, { recursive: true });
    await serve(first);
    const { context, page } = await newPage(browser, { serviceWorkers: 'allow' });
    await page.goto(`${base()}/lag-plan/om-planen/`);
    await controlled(page);
    await page.locator('#felt-title').fill('Utkast som skal bli');
    await expect.poll(() => page.locator('.save-status').textContent(), { timeout: 20_000 }).toBe('Lagret i denne nettleseren.');

    const without = join(dir, 'uten-sw');
    cpSync('dist', without, { recursive: true });
    rmSync(join(without, 'sw.js'));
    await serve(without);
    await page.goto(`${base()}/lag-plan/`);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([]);
    // The old worker still serves this page until it is left; a file it fetches now must not bring the cache back.
    expect(await page.evaluate(async () => (await fetch('/favicon.svg')).status)).toBe(200);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await page.goto(`${base()}/lag-plan/om-planen/`);
    await page.locator('#felt-title').waitFor();
    expect(await page.locator('#felt-title').inputValue()).toBe('Utkast som skal bli');
    await context.close();
  }, 300_000);
});
