import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 320, height: 900 } }); const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (e) => console.log('console:', e.text()));
const goals = [{ id: 'g1', text: 'Ansatte kjenner igjen tegn på vold i nære relasjoner' }, { id: 'g2', text: 'Barn får hjelp' }];
const plan = { id: 'p1', title: 'T', malform: 'nb', planType: 'interkommunal',
  municipalities: [{ id: 'k1', name: 'Fjordvik', adoption: { status: 'ikke-startet' } }, { id: 'k2', name: 'Dalbygd', adoption: { status: 'ikke-startet' } }],
  focusAreas: [{ id: 'a1', title: 'Kompetanse', goals }],
  measures: [
    { id: 'm1', description: 'Kurs for alle ansatte i helsestasjonen og skolehelsetjenesten om vold i nære relasjoner, med oppfølging', goalId: 'g1', responsible: { unit: 'Helsestasjonen' }, deadline: '2027-06-01', milestones: [], resources: {}, status: 'planlagt', municipalityIds: [] },
    { id: 'm2', description: '', goalId: 'g2', responsible: {}, milestones: [{ id: 'x', text: 'Start', when: '2027-Q5' }], resources: {}, status: 'planlagt', municipalityIds: [] },
  ] };
await page.goto(`${base}/`);
await page.evaluate((p) => { localStorage.setItem('handlingsplan.gjeldende', p.id); localStorage.setItem(`handlingsplan.utkast.${p.id}`, JSON.stringify({ rev: 1, savedAt: new Date().toISOString(), plan: p, done: [] })); }, plan);
await page.goto(`${base}/lag-plan/tiltak/`);
await page.waitForTimeout(300);
await page.getByRole('button', { name: 'Lagre og fortsett' }).click();
await page.waitForTimeout(500);
console.log(page.url());
console.log(await page.locator('main').innerText());
await browser.close(); server.close();
