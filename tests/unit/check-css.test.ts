/**
 * scripts/check-css.mjs on small fake sites: a page that uses a Designsystemet component
 * (in its HTML or in a script it may load, even on demand) must load that component's styles.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { designsystemetComponents, missingStyles } from '../../scripts/check-css.mjs';

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
});
