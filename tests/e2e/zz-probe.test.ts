import { it } from 'vitest';
import { BASE_URL, launch, newPage, seedDraft } from './browser';
import { december2027Draft, completePlan, variant } from '../fixtures/plans';
it('probe', async () => {
  const browser = await launch();
  for (const w of [320, 1280]) {
    const { context, page } = await newPage(browser, { viewport: { width: w, height: 900 } });
    await context.clock.setFixedTime(new Date('2026-12-04T10:00:00+01:00'));
    await seedDraft(page, variant(december2027Draft(), (p) => { p.followUp.councilReporting = undefined; }));
    await page.goto(`${BASE_URL}/lag-plan/sjekk/`);
    await page.locator('.export-panel').waitFor();
    await page.screenshot({ path: `/tmp/sjekk-${w}.png`, fullPage: true });
    await page.goto(`${BASE_URL}/lag-plan/`);
    await page.locator('#status-teller').waitFor();
    await page.screenshot({ path: `/tmp/oversikt-${w}.png`, fullPage: true });
    await page.goto(`${BASE_URL}/sjekk/?eksempel=med-feil`);
    await page.locator('#verdict').waitFor();
    await page.screenshot({ path: `/tmp/checker-${w}.png`, fullPage: true });
    await context.close();
  }
  await browser.close();
}, 300_000);
