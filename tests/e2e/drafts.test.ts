/**
 * «A draft must never be lost» (issue 14), in Chromium with a persistent profile where it matters:
 * a killed browser, a crashed tab, full storage, two tabs, malformed stored drafts, and the move of the first
 * version's localStorage drafts into IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARGS, BASE_URL, CHROMIUM, currentDraft, currentDraftId, launch, newPage, seedDraft, storedDrafts, navigates } from './browser';
import { exampleById } from '../../src/examples';
import { serializePlan } from '../../src/plan/file';

const title = (page: Page) => page.locator('#felt-title');
/** expect.poll with room for a loaded two-core machine. */
const poll = <T>(fn: () => Promise<T> | T, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 20_000, ...options });
const storedTitle = async (page: Page) => (await currentDraft(page))?.title;
const status = (page: Page) => page.locator('.save-status, #lagring-feil, #lagring-konflikt').first();

/** Types `text` one key at a time, spread evenly over `ms` milliseconds. */
async function typeSteadily(page: Page, text: string, ms: number) {
  await page.keyboard.type(text, { delay: Math.round(ms / text.length) });
}

/** Chromium started by the test, in its own process group, with a profile on disk: can be killed outright. */
async function startChromium(profile: string): Promise<{ proc: ChildProcess; browser: Browser; context: BrowserContext }> {
  const proc = spawn(CHROMIUM, [...ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise<string>((resolve, reject) => {
    let err = '';
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', () => reject(new Error(`Chromium stopped: ${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  return { proc, browser, context: browser.contexts()[0] };
}

/** SIGKILL to the whole process group of that Chromium (and only it), as a power cut or a crash would. */
async function killChromium(proc: ChildProcess) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  process.kill(-proc.pid!, 'SIGKILL');
  await exited;
}

describe('a crash loses nothing typed more than a moment before', () => {
  it('keeps every character after the browser process is killed 1.5 s after steady typing', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'utkast-krasj-'));
    const text = 'Handlingsplan for Fjordvik, skrevet jevnt og trutt i fem sekunder';
    try {
      const first = await startChromium(profile);
      const page = await first.context.newPage();
      await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
      await title(page).click();
      await typeSteadily(page, text, 5000);
      await page.waitForTimeout(1500);
      await killChromium(first.proc);

      const again = await startChromium(profile);
      const reopened = await again.context.newPage();
      await reopened.goto(`${BASE_URL}/lag-plan/om-planen/`);
      await title(reopened).waitFor();
      expect(await title(reopened).inputValue()).toBe(text);
      await again.browser.close().catch(() => undefined);
      await killChromium(again.proc).catch(() => undefined);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);

  it('keeps every character after the tab crashes 1.5 s after steady typing', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'utkast-fanekrasj-'));
    const { proc, browser: own, context } = await startChromium(profile);
    try {
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
      await title(page).click();
      const text = 'Tiltak mot vold, skrevet jevnt til fanen krasjer';
      await typeSteadily(page, text, 5000);
      await page.waitForTimeout(1500);
      // The tab crashes: its renderer processes are killed (the browser process, which holds the storage, lives on).
      const cdp = await own.newBrowserCDPSession();
      const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
      const crashed = page.waitForEvent('crash');
      for (const p of processInfo.filter((p) => p.type === 'renderer')) process.kill(p.id, 'SIGKILL');
      await crashed;

      const fresh = await context.newPage();
      await fresh.goto(`${BASE_URL}/lag-plan/om-planen/`);
      await title(fresh).waitFor();
      expect(await title(fresh).inputValue()).toBe(text);
    } finally {
      await own.close().catch(() => undefined);
      await killChromium(proc).catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/**
 * Makes the browser's storage full for this page: from now on every IndexedDB write fails with the
 * QuotaExceededError a full disk gives, and so does localStorage. (Chromium lets a site use a share of the
 * whole disk, gigabytes, so the tests cannot really fill it.) `free()` lifts it, as deleting data would.
 */
async function fillStorage(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __full?: boolean };
    w.__full = sessionStorage.getItem('test.full') === '1';
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__full) throw quota();
      return put.apply(this, args);
    };
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (w.__full && this === localStorage) throw quota();
      return setItem.call(this, key, value);
    };
  });
}
const setFull = (page: Page, full: boolean) => page.evaluate((f) => {
  (window as unknown as { __full?: boolean }).__full = f;
  sessionStorage.setItem('test.full', f ? '1' : '0');
}, full);

describe('full storage', () => {
  it('says so for every action, offers the plan file and the drafts to delete, and loses nothing on screen', async () => {
    const { context, page } = await newPage(browser);
    await fillStorage(context);
    // An older draft, to be deleted to make room.
    await page.goto(`${BASE_URL}/lag-plan/?eksempel=god`);
    await page.locator('.task-list').waitFor();
    await poll(async () => (await storedDrafts(page)).length).toBe(1);
    await navigates(page, () => page.getByRole('button', { name: 'Ny plan' }).click());
    await page.waitForURL(`${BASE_URL}/lag-plan/`);
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(page).fill('Før det ble fullt');
    await poll(() => storedTitle(page)).toBe('Før det ble fullt');
    await setFull(page, true);

    // Edit: the text stays, the failure says what to do, with «Lagre planfil nå» and the other draft with its size.
    await title(page).fill('Etter at det ble fullt');
    const failure = page.locator('#lagring-feil');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('Nettleseren har ikke plass til utkastet');
    expect(await failure.getByRole('button', { name: 'Lagre planfil nå' }).count()).toBe(1);
    expect(await failure.locator('.free-space__list li').first().textContent()).toMatch(/Fjordvik.*\(\d+ kB\)/);
    expect(await title(page).inputValue()).toBe('Etter at det ble fullt');
    const [download] = await Promise.all([page.waitForEvent('download'), failure.getByRole('button', { name: 'Lagre planfil nå' }).click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).plan.title).toBe('Etter at det ble fullt');

    // «Lagre og fortsett» stays on the page.
    await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(`${BASE_URL}/lag-plan/om-planen/`);
    expect(await title(page).inputValue()).toBe('Etter at det ble fullt');

    // Freeing space by deleting the other draft saves what is on screen.
    await failure.getByRole('button', { name: /^Slett / }).click();
    await failure.getByRole('button', { name: /^Ja, slett / }).click();
    await setFull(page, false);
    await title(page).press('End');
    await page.keyboard.type('!');
    await poll(() => storedTitle(page)).toBe('Etter at det ble fullt!');
    await poll(() => page.locator('.save-status').textContent()).toBe('Lagret i denne nettleseren.');
    await context.close();
  }, 180_000);

  it('on the overview: open a file, «Ny plan», copy and rename each show the failure and change nothing', async () => {
    const { context, page } = await newPage(browser);
    await fillStorage(context);
    await page.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(page).fill('Vårt utkast');
    await poll(() => storedTitle(page)).toBe('Vårt utkast');
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('.draft-list li').first().waitFor();
    await setFull(page, true);
    const before = await storedDrafts(page);
    const problem = page.locator('#utkast-feil');
    const expectFailure = async () => {
      await problem.waitFor();
      expect(await problem.textContent()).toContain('Nettleseren har ikke plass til utkastet');
      expect(page.url()).toBe(`${BASE_URL}/lag-plan/`);
      expect(await page.locator('#gjeldende-utkast').textContent()).toBe('Vårt utkast');
      expect(await storedDrafts(page)).toEqual(before);
    };

    const file = join(mkdtempSync(join(tmpdir(), 'planfil-')), 'plan.json');
    writeFileSync(file, serializePlan(exampleById('god')!.plans.nb as never));
    await page.locator('#apne-planfil').setInputFiles(file);
    await expectFailure();
    expect(await problem.textContent()).toContain('Det er ikke plass til et nytt utkast i nettleseren, så det ble ikke laget.');

    await page.getByRole('button', { name: 'Ny plan' }).click();
    await expectFailure();

    await page.getByRole('button', { name: 'Lag kopi av Vårt utkast' }).click();
    await expectFailure();

    await page.getByRole('button', { name: 'Gi nytt navn til Vårt utkast' }).click();
    await page.getByRole('textbox', { name: 'Nytt navn' }).fill('Nytt navn');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await page.locator('#lagring-feil').waitFor();
    expect(await page.getByRole('textbox', { name: 'Nytt navn' }).inputValue()).toBe('Nytt navn');
    expect(await storedDrafts(page)).toEqual(before);
    await context.close();
  }, 180_000);
});

describe('two tabs', () => {
  it('«Ny plan» in one tab leaves the other on its own draft', async () => {
    const { context, page: a } = await newPage(browser);
    await a.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(a).fill('Plan A');
    await poll(() => storedTitle(a)).toBe('Plan A');
    const b = await context.newPage();
    await b.goto(`${BASE_URL}/lag-plan/`);
    await navigates(b, () => b.getByRole('button', { name: 'Ny plan' }).click());
    await b.waitForURL(`${BASE_URL}/lag-plan/`);
    await b.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(b).fill('Plan B');
    await poll(() => storedTitle(b)).toBe('Plan B');

    // Tab A's next page load is still Plan A, and what A types goes to Plan A.
    await a.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(a).waitFor();
    expect(await title(a).inputValue()).toBe('Plan A');
    await title(a).fill('Plan A, videre');
    await poll(() => storedTitle(a)).toBe('Plan A, videre');
    expect(await storedTitle(b)).toBe('Plan B');
    expect(sortedTitles(await storedDrafts(a))).toEqual(['Plan A, videre', 'Plan B']);
    await context.close();
  }, 120_000);

  it('of 25 simultaneous saves from two tabs, none loses a change silently', async () => {
    const { context, page: a } = await newPage(browser);
    await a.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(a).fill('Start');
    await poll(() => storedTitle(a)).toBe('Start');
    const b = await context.newPage();
    await b.goto(`${BASE_URL}/lag-plan/om-planen/`);
    await title(b).waitFor();
    expect(await title(b).inputValue()).toBe('Start');
    const settled = async (p: Page) => (await status(p).getAttribute('id')) !== null || (await status(p).textContent()) === 'Lagret i denne nettleseren.';

    for (let round = 1; round <= 25; round++) {
      const [ta, tb] = [`A ${round}`, `B ${round}`];
      await Promise.all([title(a).fill(ta), title(b).fill(tb)]);
      await poll(async () => (await settled(a)) && (await settled(b)), { timeout: 20_000 }).toBe(true);
      const stored = await storedTitle(a);
      // One of the two is stored; the other tab says another tab saved newer changes and keeps its own text.
      expect([ta, tb]).toContain(stored);
      const [winner, loser, lost] = stored === ta ? [a, b, tb] : [b, a, ta];
      await loser.locator('#lagring-konflikt').waitFor();
      expect(await title(loser).inputValue()).toBe(lost);
      expect(await winner.locator('#lagring-konflikt').count()).toBe(0);
      await loser.getByRole('button', { name: 'Hent den nyeste versjonen' }).click();
      await poll(() => title(loser).inputValue()).toBe(stored);
      await poll(() => status(loser).textContent()).toBe('Lagret i denne nettleseren.');
    }
    await context.close();
  }, 600_000);
});

const sortedTitles = (drafts: { title: string }[]) => drafts.map((d) => d.title).sort();

describe('malformed stored drafts', () => {
  const MALFORMED: [string, Record<string, unknown>][] = [
    ['measures stored as text', { id: 'feil-tiltak', title: 'Tiltak som tekst', measures: 'x' }],
    ['a title stored as an object', { id: 'feil-tittel', title: { nb: 'ikke tekst' } }],
  ];
  for (const [what, plan] of MALFORMED) {
    it(`${what}: says so, offers the download, and no page crashes`, async () => {
      const { context, page } = await newPage(browser);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await seedDraft(page, plan as { id: string });
      for (const path of ['/lag-plan/', '/lag-plan/om-planen/', '/lag-plan/tiltak/', '/lag-plan/sjekk/']) {
        await page.goto(`${BASE_URL}${path}`);
        const notice = page.locator('#uleselig-utkast');
        await notice.waitFor();
        expect(await notice.textContent()).toContain('Et lagret utkast kunne ikke leses');
        expect(await page.locator('h1').count()).toBeGreaterThan(0);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned det uleselige utkastet/ }).click()]);
      // The download is the draft exactly as it was stored.
      expect(JSON.parse(readFileSync(await download.path(), 'utf8')).plan).toEqual(plan);
      expect(errors).toEqual([]);
      expect(await storedDrafts(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }

  it('a stored draft that is not even JSON is kept aside and offered too', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/om/`);
    await page.evaluate(() => localStorage.setItem('handlingsplan.utkast.rot', '{"rev": 1, "plan": {"title": "halv'));
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('#uleselig-utkast').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Last ned det uleselige utkastet/ }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe('{"rev": 1, "plan": {"title": "halv');
    await context.close();
  }, 60_000);
});

describe('drafts of the first version (localStorage)', () => {
  it('appear after the upgrade, with the one that was open still open, and are moved out of localStorage', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/om/`);
    const god = exampleById('god')!.plans.nb;
    await page.evaluate((example) => {
      const drafts = [
        { id: 'gammel-1', title: 'Første utkast', savedAt: '2026-10-01T10:00:00.000Z' },
        { id: 'gammel-2', title: 'Andre utkast', savedAt: '2026-11-01T10:00:00.000Z' },
      ];
      for (const d of drafts) {
        localStorage.setItem(`handlingsplan.utkast.${d.id}`, JSON.stringify({ rev: 3, savedAt: d.savedAt, plan: { ...example, id: d.id, title: d.title }, done: ['om-planen'] }));
      }
      localStorage.setItem('handlingsplan.utkast', JSON.stringify(drafts.map(({ id, title, savedAt }) => ({ id, title, savedAt }))));
      localStorage.setItem('handlingsplan.gjeldende', 'gammel-1');
    }, god as unknown as Record<string, unknown>);

    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('.draft-list li').nth(1).waitFor();
    expect(await page.locator('#gjeldende-utkast').textContent()).toBe('Første utkast');
    expect(await page.locator('.draft-list li strong').allTextContents()).toEqual(['Andre utkast', 'Første utkast']);
    expect(await page.locator('#status-om-planen').textContent()).toBe('Ferdig');
    expect(await currentDraftId(page)).toBe('gammel-1');
    const stored = await storedDrafts(page);
    expect(stored.map((d) => d.record.plan)).toEqual([
      JSON.parse(JSON.stringify({ ...god, id: 'gammel-2', title: 'Andre utkast' })),
      JSON.parse(JSON.stringify({ ...god, id: 'gammel-1', title: 'Første utkast' })),
    ]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handlingsplan.utkast') || k === 'handlingsplan.gjeldende'))).toEqual([]);
    await context.close();
  }, 60_000);
});
