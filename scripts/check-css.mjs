// Every Designsystemet component a built page uses has its styles on that page. The site
// imports only the parts of Designsystemet it uses (src/styles/designsystemet.css on every page,
// designsystemet-tools.css on the tool pages), so a new ds- class could otherwise come unstyled.
//
// A page uses component X (a file X.css in @digdir/designsystemet-css) when «ds-X» appears in its
// HTML or in any JavaScript it can load (static and dynamic imports); it has the styles when the
// CSS it loads on first view has a «.ds-X» selector.
//
// Two more checks, for the parts of Designsystemet the site leaves out:
// - Every Designsystemet sub-layer (ds.base.X, ds.components.X) in the CSS a page loads is named in
//   its first stylesheet (src/styles/designsystemet.css declares them all, in the bundle's order):
//   otherwise that layer would take its place in the cascade from the order the files load in.
// - Every colour scheme or typography a page sets (data-color-scheme="…", data-typography="…" in its
//   HTML or JavaScript) has rules in its CSS: the site's theme has only the light scheme and the
//   primary typography (scripts/theme-subset.mjs).
//
// Usage: node scripts/check-css.mjs [dist]; exits 1 and names page and component when one is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measurePage } from './budgets.mjs';
import { htmlFiles } from './site-files.mjs';

const ANY_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?\(?\s*["']([^"']+\.m?js)["']/g;

/** The component names of @digdir/designsystemet-css: its per-component files. */
export function designsystemetComponents() {
  const dir = dirname(createRequire(import.meta.url).resolve('@digdir/designsystemet-css'));
  return readdirSync(dir).filter((f) => f.endsWith('.css') && f !== 'index.css').map((f) => f.slice(0, -4));
}

/** All JavaScript files reachable from the given site addresses, dynamic imports included. */
function reachable(dir, start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const url = todo.pop();
    if (seen.has(url) || !existsSync(join(dir, url))) continue;
    seen.add(url);
    for (const [, spec] of readFileSync(join(dir, url), 'utf8').matchAll(ANY_IMPORT)) {
      if (/^[./]/.test(spec)) todo.push(new URL(spec, `http://site.invalid${url}`).pathname);
    }
  }
  return seen;
}

/** Names of cascade layers in a CSS text, in the order they first appear (@layer a, b; and @layer a { … }). */
export function layerNames(css) {
  const names = [];
  for (const [, list] of css.matchAll(/@layer\s+([^{;]+)[{;]/g)) {
    for (const name of list.split(',').map((n) => n.trim())) if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

const DS_SUBLAYER = /^ds\.(?:base|components)\./;
const THEME_ATTRS = ['data-color-scheme', 'data-typography'];

/** One message per page and component used without its styles. */
export function missingStyles(dir = 'dist', components = designsystemetComponents()) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    const page = measurePage(dir, file);
    const used = readFileSync(join(dir, file), 'utf8') + [...reachable(dir, page.jsFiles)].map((u) => readFileSync(join(dir, u), 'utf8')).join('\n');
    const sheets = page.cssFiles.map((u) => readFileSync(join(dir, u), 'utf8'));
    const css = sheets.join('\n');
    const declared = layerNames(sheets[0] ?? '');
    for (const name of layerNames(css)) {
      if (DS_SUBLAYER.test(name) && !declared.includes(name)) {
        problems.push(`${page.url}: laget ${name} er ikke navngitt i sidens første stilark (legg det inn i rekkefølgen i src/styles/designsystemet.css)`);
      }
    }
    for (const attr of THEME_ATTRS) {
      const values = new Set([...used.matchAll(new RegExp(`${attr}\\W{1,4}([\\w-]+)`, 'g'))].map((m) => m[1]));
      for (const value of values) {
        if (css.includes(`[${attr}=${value}]`) || css.includes(`[${attr}="${value}"]`)) continue;
        problems.push(`${page.url}: setter ${attr}="${value}", men CSS-en siden laster har ingen regler for det (temaet er laget av scripts/theme-subset.mjs)`);
      }
    }
    for (const name of components) {
      if (!new RegExp(`\\bds-${name}(?![\\w-])`).test(used)) continue;
      if (new RegExp(`\\.ds-${name}(?![\\w-])`).test(css)) continue;
      problems.push(`${page.url}: bruker ds-${name}, men CSS-en siden laster har ikke stilene (importer @digdir/designsystemet-css/${name}.css i laget ds.components.${name} i stilarket til sidene som bruker den, se src/styles/designsystemet.css)`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Fant ikke ${dir}/index.html. Bygg nettstedet først: npm run build`);
    process.exit(1);
  }
  const problems = missingStyles(dir);
  if (problems.length) {
    console.error(`${problems.length} ${problems.length === 1 ? 'side mangler' : 'ganger mangler en side'} stiler fra Designsystemet:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('Alle sider har stilene til Designsystemet-komponentene de bruker.');
}
