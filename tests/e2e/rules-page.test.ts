import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launch, newPage } from './browser';
import { RULES } from '../../src/plan/rules';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

it('renders every rule of the registry, with its kind and source', async () => {
  const { context, page } = await newPage(browser);
  await page.goto(`${BASE_URL}/regler/`);
  for (const rule of RULES) {
    const card = page.locator(`section#${rule.id}`);
    expect(await card.locator('h3').textContent()).toBe(rule.title.nb);
    const text = await card.textContent();
    expect(text).toContain(rule.kind === 'krav' ? 'Krav' : 'Anbefaling');
    expect(text).toContain(rule.source);
  }
  expect(await page.locator('section.rule').count()).toBe(RULES.length);
  await context.close();
});
