/** Search: the right chapter comes first, with the keyboard alone, and chapters load no script. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launch, newPage, visitorTab } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const EXPECTED: [string, string][] = [
  ['avvergeplikt', '/veileder/lover/'],
  ['planstrategi', '/veileder/plansystemet/'],
  ['interkommunal', '/veileder/interkommunale-planer/'],
  ['rullering', '/veileder/utlopt-plan/'],
  ['krisesenterlova', '/veileder/lover/'],
  ['evaluering', '/veileder/oppfolging-og-evaluering/'],
  ['politiråd', '/veileder/samarbeid/'],
  ['barnekonvensjonen', '/veileder/konvensjoner/'],
  ['samfunnsdel', '/veileder/plansystemet/'],
  ['utløpt', '/veileder/utlopt-plan/'],
  // The routines chapter (issue 20): its own words, and TryggEst, which «Hva planen bør inneholde» also covers.
  ['rutiner', '/veileder/rutiner/'],
  ['handlingsveileder', '/veileder/rutiner/'],
  ['TryggEst', '/veileder/rutiner/'],
  ['risikovurdering', '/veileder/rutiner/'],
];

/** The nynorsk search has its own index: the routines chapter comes first there too. */
const EXPECTED_NN: [string, string][] = [
  ['rutinar', '/nn/rettleiar/rutinar/'],
  ['handlingsrettleiar', '/nn/rettleiar/rutinar/'],
  ['TryggEst', '/nn/rettleiar/rutinar/'],
  ['risikovurdering', '/nn/rettleiar/rutinar/'],
];

describe('search', () => {
  const tab = visitorTab();

  it.each(EXPECTED_NN)('nynorsk: «%s» finds %s first', async (query, url) => {
    const page = tab();
    await page.goto(`${BASE_URL}/nn/sok/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#sok-treff li a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, BASE_URL).pathname).toBe(url);
  });

  it.each(EXPECTED)('«%s» finds %s first', async (query, url) => {
    const page = tab();
    await page.goto(`${BASE_URL}/sok/?q=${encodeURIComponent(query)}`);
    const first = page.locator('#sok-treff li a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, BASE_URL).pathname).toBe(url);
  });

  it('works from the header with the keyboard alone', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${BASE_URL}/veileder/lover/`);
    await page.keyboard.press('Tab'); // skip link
    // The search field is behind the header's «Søk» button (a <summary>): Tab to it, open it with Enter, Tab into the field.
    let guard = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('.site-header__search summary'))) && guard++ < 30) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'sok-topp' && guard++ < 30) await page.keyboard.press('Tab');
    await page.keyboard.type('politiråd');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=/);
    await page.locator('#sok-treff li a').first().waitFor();
    expect(await page.locator('#sok-status').textContent()).toMatch(/treff for «politiråd»/);
    await context.close();
  });

  it('loads no script on chapter pages', async () => {
    const { context, page } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(`${BASE_URL}/veileder/samarbeid/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await context.close();
  });
});
