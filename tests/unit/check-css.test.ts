/**
 * scripts/check-css.mjs on small fake sites: a page that uses a Designsystemet component
 * (in its HTML or in a script it may load, even on demand) must load that component's styles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { designsystemetComponents, layerNames, missingStyles } from '../../scripts/check-css.mjs';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'css-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function write(path: string, content: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
const page = (body: string, css = '/_astro/base.css') =>
  `<!doctype html><html><head><link rel="stylesheet" href="${css}"></head><body>${body}</body></html>`;

describe('check-css', () => {
  it('knows the components of @digdir/designsystemet-css', () => {
    expect(designsystemetComponents()).toEqual(expect.arrayContaining(['button', 'card', 'table', 'error-summary']));
  });

  it('passes pages whose components all have styles', () => {
    write('_astro/base.css', '@layer ds.components{.ds-button{color:red}.ds-card{padding:0}}');
    write('index.html', page('<button class="ds-button">Ok</button><div class="ds-card"></div>'));
    expect(missingStyles(dir)).toEqual([]);
  });

  it('names the page and the component whose styles are missing, also when only a lazily loaded script uses it', () => {
    write('_astro/base.css', '.ds-button{color:red}');
    write('_astro/island.js', 'const later=()=>import("./summary.js");export default 1;');
    write('_astro/summary.js', 'export const s=`<div class="ds-error-summary">`;');
    write('sjekk/index.html', page('<script type="module" src="/_astro/island.js"></script><table class="ds-table"></table>'));
    expect(missingStyles(dir)).toEqual([
      expect.stringMatching(/^\/sjekk\/: bruker ds-error-summary, men CSS-en siden laster har ikke stilene/),
      expect.stringMatching(/^\/sjekk\/: bruker ds-table, men/),
    ]);
  });

  it('does not take a longer class (ds-field-affixes) for the component (ds-field)', () => {
    write('_astro/base.css', '.ds-input{color:red}');
    write('index.html', page('<div class="ds-field-affixes"><input class="ds-input"></div>'));
    expect(missingStyles(dir, ['field', 'input'])).toEqual([]);
  });

  it('names a Designsystemet sub-layer that the page\'s first stylesheet does not declare', () => {
    write('_astro/base.css', '@layer ds.theme,ds.base,ds.components;@layer ds.components.link,ds.components.card;@layer ds.components.link{.ds-link{color:red}}');
    write('_astro/tools.css', '@layer ds.components.card{.ds-card{padding:0}}@layer ds.components.table{.ds-table{margin:0}}');
    const links = '<link rel="stylesheet" href="/_astro/base.css"><link rel="stylesheet" href="/_astro/tools.css">';
    write('index.html', `<!doctype html><html><head>${links}</head><body><a class="ds-link"></a><div class="ds-card"></div><table class="ds-table"></table></body></html>`);
    expect(missingStyles(dir, ['link', 'card', 'table'])).toEqual([
      expect.stringMatching(/^\/: laget ds\.components\.table er ikke navngitt i sidens første stilark/),
    ]);
  });

  it('names a colour scheme or typography a page sets whose theme rules its CSS lacks', () => {
    write('_astro/base.css', ':root,[data-color-scheme=light]{--c:#fff}');
    write('_astro/dark.js', 'export const a={"data-color-scheme":"dark"};');
    write('index.html', page('<body data-color-scheme="light"><script type="module" src="/_astro/dark.js"></script><p data-typography="secondary"></p>'));
    expect(missingStyles(dir, [])).toEqual([
      expect.stringMatching(/^\/: setter data-color-scheme="dark", men CSS-en siden laster har ingen regler for det/),
      expect.stringMatching(/^\/: setter data-typography="secondary", men/),
    ]);
  });

  it('src/styles/designsystemet.css declares a sub-layer for every file the site imports, in the full bundle\'s order', () => {
    const require = createRequire(import.meta.url);
    const dsDir = dirname(require.resolve('@digdir/designsystemet-css'));
    const bundle = readFileSync(join(dsDir, 'index.css'), 'utf8');
    const declared = layerNames(readFileSync('src/styles/designsystemet.css', 'utf8')).filter((n) => /^ds\.(base|components)\./.test(n));
    // Where each file's rules start in the bundle.
    const at = (name: string) => bundle.indexOf(readFileSync(join(dsDir, `${name.split('.')[2]}.css`), 'utf8').trim().slice(0, 120));
    for (const group of ['ds.base.', 'ds.components.']) {
      const names = declared.filter((n) => n.startsWith(group));
      const positions = names.map(at);
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(names).toEqual([...names].sort((a, b) => at(a) - at(b)));
    }
    // Every file imported into a sub-layer anywhere in src/styles is declared there.
    const imported = readdirSync('src/styles').flatMap((f) => [...readFileSync(join('src/styles', f), 'utf8').matchAll(/layer\((ds\.[\w.-]+)\)/g)].map((m) => m[1]));
    expect(imported.length).toBeGreaterThan(15);
    for (const name of imported) expect(declared).toContain(name);
  });
});
