/**
 * scripts/budgets.mjs on small fake sites in a temporary folder: what it counts as a page's
 * first-load JavaScript and CSS, and that a broken budget fails with a message naming the
 * page, the measure, the value and the budget.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBudgets, checkSiteBudgets, measureSite, pagePattern, readBudgets, type Budgets } from '../../scripts/budgets.mjs';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'budsjett-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function write(path: string, content: string | Uint8Array) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** Text that gzip cannot shrink below about n bytes (base64 of n random bytes). */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

const page = (body: string, head = '') =>
  `<!doctype html><html lang="nb-NO"><head><title>Test</title><link rel="stylesheet" href="/_astro/site.css">${head}</head><body><main>${body}</main></body></html>`;

const BUDGETS: Budgets = {
  budgets: [
    { pages: '/veileder/*/', html: 30, js: 0, css: 30 },
    { pages: '/lag-plan/', js: 150 },
    { pages: '/lag-plan/*/', js: 150 },
  ],
};

/** A site within the budgets: two chapters, the wizard overview and one wizard page with an island. */
function fineSite() {
  write('index.html', page('<h1>Forside</h1>'));
  write('_astro/site.css', 'body { margin: 0 }');
  write('veileder/index.html', page('<h1>Veileder</h1>'));
  write('veileder/lover/index.html', page('<h1>Lover</h1><p>Tekst.</p>'));
  write('veileder/innhold/index.html', page('<h1>Innhold</h1><script type="application/ld+json">{"@type":"Article"}</script>'));
  write('_astro/client.js', `import"./react.js";export const client=1;${incompressible(40 * 1024)}`);
  write('_astro/react.js', `export const react=1;${incompressible(20 * 1024)}`);
  write('_astro/Page.js', `import{r}from"./react.js";const lazy=()=>import("./export.js");${incompressible(10 * 1024)}`);
  write('_astro/export.js', incompressible(200 * 1024)); // loaded on demand only
  write('lag-plan/index.html', page('<h1>Lag plan</h1>'));
  write('lag-plan/tiltak/index.html', page(
    '<astro-island component-url="/_astro/Page.js" renderer-url="/_astro/client.js" client="only"></astro-island><script>(()=>{window.x=1})()</script>',
  ));
}

describe('measureSite', () => {
  it('counts the scripts a page loads and what they import, not what they load on demand', () => {
    fineSite();
    const rows = measureSite(dir);
    const wizard = rows.find((r) => r.url === '/lag-plan/tiltak/')!;
    expect(wizard.jsFiles.sort()).toEqual(['/_astro/Page.js', '/_astro/client.js', '/_astro/react.js']);
    expect(wizard.inlineJs).toBe(true);
    expect(wizard.jsGzip).toBeGreaterThan(65 * 1024);
    expect(wizard.jsGzip).toBeLessThan(80 * 1024);
    const chapter = rows.find((r) => r.url === '/veileder/innhold/')!;
    expect(chapter.jsGzip).toBe(0); // JSON-LD is not JavaScript
    expect(chapter.cssFiles).toEqual(['/_astro/site.css']);
    expect(chapter.cssGzip).toBeGreaterThan(0);
  });

  it('follows modulepreload links, module scripts, re-exports and @import in CSS', () => {
    write('index.html', page('<script type="module" src="/_astro/a.js"></script>', '<link rel="modulepreload" href="/_astro/p.js"><style>@import "/_astro/extra.css";</style>'));
    write('_astro/site.css', 'body{}');
    write('_astro/extra.css', 'p{}');
    write('_astro/a.js', 'export{x as y}from"./b.js";');
    write('_astro/b.js', 'export const x=1;');
    write('_astro/p.js', 'export const p=1;');
    const [row] = measureSite(dir);
    expect(row.jsFiles.sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/p.js']);
    expect(row.cssFiles.sort()).toEqual(['/_astro/extra.css', '/_astro/site.css']);
    expect(row.missing).toEqual([]);
  });
});

describe('checkBudgets', () => {
  it('passes a site within its budgets', () => {
    fineSite();
    expect(checkBudgets(measureSite(dir), BUDGETS)).toEqual([]);
  });

  it('fails a chapter page that loads a script, naming page, measure, value and budget', () => {
    fineSite();
    write('_astro/search.js', 'export const search=1;');
    write('veileder/lover/index.html', page('<h1>Lover</h1><script type="module" src="/_astro/search.js"></script>'));
    const problems = checkBudgets(measureSite(dir), BUDGETS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/veileder\/lover\/: JavaScript ved første visning er \d+,\d KB gzip \(1 fil\), men budsjettet er 0 KB/);
    expect(problems[0]).toContain('«/veileder/*/»');
  });

  it('fails a chapter page with an inline script', () => {
    fineSite();
    write('veileder/lover/index.html', page('<h1>Lover</h1><script>console.log(1)</script>'));
    expect(checkBudgets(measureSite(dir), BUDGETS)).toEqual([
      expect.stringMatching(/^\/veileder\/lover\/: JavaScript .*\(innebygd skript\), men budsjettet er 0 KB/),
    ]);
  });

  it('fails a chapter page whose HTML is over 30 KB gzip', () => {
    fineSite();
    write('veileder/lover/index.html', page(`<h1>Lover</h1><p>${incompressible(32 * 1024)}</p>`));
    const problems = checkBudgets(measureSite(dir), BUDGETS);
    expect(problems).toEqual([expect.stringMatching(/^\/veileder\/lover\/: HTML er 3[23],\d KB gzip, over budsjettet på 30,0 KB \(budsjettet for «\/veileder\/\*\/» i budgets\.json\)$/)]);
  });

  it('fails a chapter page whose CSS is over 30 KB gzip', () => {
    fineSite();
    write('_astro/big.css', `/* ${incompressible(31 * 1024)} */`);
    write('veileder/lover/index.html', page('<h1>Lover</h1>', '<link href="/_astro/big.css" rel="stylesheet">'));
    expect(checkBudgets(measureSite(dir), BUDGETS)).toEqual([expect.stringMatching(/^\/veileder\/lover\/: CSS ved første visning er 3\d,\d KB gzip, over budsjettet på 30,0 KB/)]);
  });

  it('counts the preloaded font in the first view, and fails a chapter whose first view is over its budget', () => {
    fineSite();
    write('_astro/inter.woff2', randomBytes(30 * 1024));
    write('veileder/lover/index.html', page(`<h1>Lover</h1><p>${incompressible(6 * 1024)}</p>`, '<link rel="preload" href="/_astro/inter.woff2" as="font" type="font/woff2" crossorigin>'));
    const lover = measureSite(dir).find((r) => r.url === '/veileder/lover/')!;
    expect(lover.fontFiles).toEqual(['/_astro/inter.woff2']);
    expect(lover.fontBytes).toBe(30 * 1024);
    expect(lover.firstView).toBe(lover.htmlGzip + lover.jsGzip + lover.cssGzip + lover.fontBytes);
    const tight: Budgets = { budgets: [{ pages: '/veileder/*/', firstView: 36 }] };
    expect(checkBudgets(measureSite(dir), tight)).toEqual([
      expect.stringMatching(/^\/veileder\/lover\/: Første visning \(HTML, JavaScript, CSS og skrift\) er 3[67],\d KB gzip, over budsjettet på 36,0 KB/),
    ]);
  });

  it('fails a wizard page whose first-load JavaScript, imports included, is over 150 KB gzip', () => {
    fineSite();
    write('_astro/react.js', `export const react=1;${incompressible(100 * 1024)}`);
    const problems = checkBudgets(measureSite(dir), BUDGETS);
    expect(problems).toEqual([expect.stringMatching(/^\/lag-plan\/tiltak\/: JavaScript ved første visning er 15\d,\d KB gzip, over budsjettet på 150,0 KB/)]);
  });

  it('fails a budget that matches no page, and a script that is not there', () => {
    fineSite();
    write('lag-plan/tiltak/index.html', page('<script type="module" src="/_astro/borte.js"></script>'));
    const problems = checkBudgets(measureSite(dir), { budgets: [...BUDGETS.budgets, { pages: '/planbygger/*/', js: 150 }] });
    expect(problems).toEqual([
      '/lag-plan/tiltak/: laster /_astro/borte.js, men filen finnes ikke i det bygde nettstedet',
      'budsjettet for «/planbygger/*/» i budgets.json gjelder ingen sider; rett mønsteret',
    ]);
  });

  it('reads the budgets from a file', () => {
    fineSite();
    write('veileder/lover/index.html', page('<script src="/_astro/client.js"></script>'));
    writeFileSync(join(dir, 'budsjett.json'), JSON.stringify(BUDGETS));
    const { rows, problems } = checkSiteBudgets(dir, join(dir, 'budsjett.json'));
    expect(rows.map((r) => r.url)).toContain('/veileder/lover/');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/veileder\/lover\/: JavaScript .*\(2 filer\)/);
  });
});

describe('pagePattern', () => {
  it('lets * stand for one path segment', () => {
    const chapters = pagePattern('/veileder/*/');
    expect(chapters.test('/veileder/lover/')).toBe(true);
    expect(chapters.test('/veileder/')).toBe(false);
    expect(chapters.test('/veileder/a/b/')).toBe(false);
    expect(pagePattern('/kurs/**').test('/kurs/arbeidsark/tiltak/')).toBe(true);
  });
});

describe('the repository budgets', () => {
  it('hold the limits of this edition (chapters at the 50 KB first view, every tool page at 100 KB JS)', () => {
    const { budgets } = readBudgets('budgets.json');
    expect(budgets).toContainEqual(expect.objectContaining({ pages: '/veileder/*/', js: 0, html: 30, css: 13, firstView: 50 }));
    expect(budgets).toContainEqual(expect.objectContaining({ pages: '/nn/rettleiar/*/', js: 0, html: 30, css: 13, firstView: 50 }));
    // What the tool pages reach with zod, the rules, the checks and the examples loaded after the first paint, and
    // each builder step's form (react-hook-form, the fields) as its own chunk: all at the 100 KB target.
    const js = { '/lag-plan/': 100, '/lag-plan/*/': 100, '/sjekk/': 100 };
    for (const [pages, limit] of Object.entries(js)) {
      expect(budgets).toContainEqual(expect.objectContaining({ pages, js: limit }));
      expect(budgets).toContainEqual(expect.objectContaining({ pages: `/nn${pages}`, js: limit }));
    }
  });
});
