// Page weight of the built site, and the budgets in budgets.json.
//
// For every page of dist/: the HTML, and the JavaScript and CSS it loads on first view,
// each as gzip bytes. JavaScript is every <script src>, <link rel="modulepreload"> and
// astro-island component-url/renderer-url/before-hydration-url, plus inline scripts,
// and everything those modules import statically (import … from, import "…",
// export … from), transitively. Dynamic import() is not followed: it loads on demand.
// CSS is every <link rel="stylesheet"> and <style>, with their @import. Fonts are the
// preloaded ones (<link rel="preload" as="font">, bytes as served: woff2 is compressed already),
// the fonts every first view downloads. firstView = HTML + JavaScript + CSS + fonts.
//
// Then every page is compared with the budgets that match it; a budget that matches no
// page is an error too (a renamed route would otherwise silently escape its budget).
//
// Usage: node scripts/budgets.mjs [dist] [--json] [--budgets file]
// Prints the table (or JSON), then each broken budget; exits 1 if one is broken.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributesOf } from './csp.mjs';
import { htmlFiles, urlPathOf } from './site-files.mjs';

const gz = (buf) => (buf.length ? gzipSync(buf, { level: 9 }).length : 0);
const KB = 1024;


/** The start tags of one element name, each with its attributes (names lower-cased, values raw). */
function tags(html, name) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attrs = Object.fromEntries([...attributesOf(m[1])].map(([name, value]) => [name, value.replace(/&amp;/g, '&')]));
    out.push({ attrs, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Static imports and re-exports of a module (not dynamic import()). */
const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;

/** Resolves a site-relative or page-relative address to a file in dir, or undefined for other sites. */
function fileFor(dir, fromUrl, href) {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href)) return undefined; // https:, data:, //host: not ours
  const url = new URL(href, new URL(fromUrl, 'http://site.invalid'));
  return join(dir, decodeURIComponent(url.pathname));
}

const siteUrlOf = (dir, file) => '/' + relative(dir, file).split(sep).join('/');

/**
 * Measures one page: its HTML, and the JavaScript and CSS it loads on first view (gzip bytes).
 * `missing` lists addresses the page loads that are not in dir.
 */
export function measurePage(dir, file) {
  const html = readFileSync(join(dir, file), 'utf8');
  const url = urlPathOf(file);
  const missing = [];
  const js = new Set();
  const css = new Set();

  const addModule = (fromUrl, href) => {
    const path = fileFor(dir, fromUrl, href);
    if (!path) return;
    if (!existsSync(path)) return void missing.push(href);
    if (js.has(path)) return;
    js.add(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (/^[./]/.test(spec)) addModule(siteUrlOf(dir, path), spec); // bare specifiers cannot load in a browser
    }
  };
  const addStylesheet = (fromUrl, href) => {
    const path = fileFor(dir, fromUrl, href);
    if (!path) return;
    if (!existsSync(path)) return void missing.push(href);
    if (css.has(path)) return;
    css.add(path);
    for (const [, spec] of readFileSync(path, 'utf8').matchAll(CSS_IMPORT)) addStylesheet(siteUrlOf(dir, path), spec);
  };

  let inlineJs = '';
  for (const { attrs, end } of tags(html, 'script')) {
    const type = (attrs.type ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON, JSON-LD, templates
    if (attrs.src) { addModule(url, attrs.src); continue; }
    const body = html.slice(end, html.indexOf('</script', end));
    inlineJs += body;
    for (const [, spec] of body.matchAll(STATIC_IMPORT)) if (/^[./]/.test(spec)) addModule(url, spec);
  }
  for (const { attrs } of tags(html, 'astro-island')) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) if (attrs[name]) addModule(url, attrs[name]);
  }
  let inlineCss = '';
  const fonts = new Set();
  for (const { attrs } of tags(html, 'link')) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!attrs.href) continue;
    if (rel.includes('modulepreload')) addModule(url, attrs.href);
    if (rel.includes('stylesheet')) addStylesheet(url, attrs.href);
    if (rel.includes('preload') && (attrs.as ?? '').toLowerCase() === 'font') {
      const path = fileFor(dir, url, attrs.href);
      if (path && !existsSync(path)) missing.push(attrs.href);
      else if (path) fonts.add(path);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    inlineCss += m[1];
    for (const [, spec] of m[1].matchAll(CSS_IMPORT)) addStylesheet(url, spec);
  }

  const sizeOf = (files) => [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const htmlGzip = gz(readFileSync(join(dir, file)));
  const jsGzip = sizeOf(js) + gz(Buffer.from(inlineJs.trim()));
  const cssGzip = sizeOf(css) + gz(Buffer.from(inlineCss.trim()));
  const fontBytes = [...fonts].reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    url,
    htmlGzip,
    jsGzip,
    cssGzip,
    fontBytes,
    firstView: htmlGzip + jsGzip + cssGzip + fontBytes,
    jsFiles: [...js].map((f) => siteUrlOf(dir, f)),
    cssFiles: [...css].map((f) => siteUrlOf(dir, f)),
    fontFiles: [...fonts].map((f) => siteUrlOf(dir, f)),
    inlineJs: inlineJs.trim().length > 0,
    missing,
  };
}

/** Every page of the built site, measured. */
export function measureSite(dir = 'dist') {
  return htmlFiles(dir).map((file) => measurePage(dir, file));
}

/** A budget's `pages` pattern as a RegExp: `*` stands for one path segment, `**` for any number. */
export function pagePattern(pages) {
  const source = pages.split(/(\*\*|\*)/).map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`);
}

/** The budgets file: { budgets: [{ pages, html?, js?, css?, why? }] }, limits in KB gzip (1 KB = 1024 bytes). */
export function readBudgets(file = 'budgets.json') {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const MEASURES = [
  { key: 'html', field: 'htmlGzip', name: 'HTML' },
  { key: 'js', field: 'jsGzip', name: 'JavaScript ved første visning' },
  { key: 'css', field: 'cssGzip', name: 'CSS ved første visning' },
  { key: 'fonts', field: 'fontBytes', name: 'Forhåndslastet skrift' },
  { key: 'firstView', field: 'firstView', name: 'Første visning (HTML, JavaScript, CSS og skrift)' },
];

const number = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
export const kb = (bytes) => `${number.format(bytes / KB)} KB`;

/** Every broken budget (and missing file) as a message naming page, measure, value and budget. Empty: all within. */
export function checkBudgets(rows, { budgets }, source = 'budgets.json') {
  const problems = [];
  for (const row of rows) {
    for (const href of row.missing) problems.push(`${row.url}: laster ${href}, men filen finnes ikke i det bygde nettstedet`);
  }
  for (const budget of budgets) {
    const pattern = pagePattern(budget.pages);
    const pages = rows.filter((r) => pattern.test(r.url));
    if (!pages.length) problems.push(`budsjettet for «${budget.pages}» i ${source} gjelder ingen sider; rett mønsteret`);
    for (const row of pages) {
      for (const { key, field, name } of MEASURES) {
        const limit = budget[key];
        if (limit === undefined || row[field] <= limit * KB) continue;
        const n = row.jsFiles.length;
        const sources = [n && `${n} ${n === 1 ? 'fil' : 'filer'}`, row.inlineJs && 'innebygd skript'].filter(Boolean).join(' og ');
        const what = limit === 0 && key === 'js'
          ? `${name} er ${kb(row[field])} gzip (${sources}), men budsjettet er 0 KB: disse sidene skal ikke laste JavaScript`
          : `${name} er ${kb(row[field])} gzip, over budsjettet på ${kb(limit * KB)}`;
        problems.push(`${row.url}: ${what} (budsjettet for «${budget.pages}» i ${source})`);
      }
    }
  }
  return problems;
}

/** Measures dir and checks it against the budgets: the core of the command, for tests. */
export function checkSiteBudgets(dir = 'dist', budgetsFile = 'budgets.json') {
  const rows = measureSite(dir);
  return { rows, problems: checkBudgets(rows, readBudgets(budgetsFile), budgetsFile) };
}

function table(rows) {
  const cell = (bytes) => number.format(bytes / KB).padStart(8);
  const lines = ['side'.padEnd(44) + ' HTML gz   JS gz  CSS gz  skrift   første visning (KB)'];
  for (const r of rows) lines.push(r.url.padEnd(44) + cell(r.htmlGzip) + cell(r.jsGzip) + cell(r.cssGzip) + cell(r.fontBytes) + cell(r.firstView));
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const budgetsAt = args.indexOf('--budgets');
  const budgetsFile = budgetsAt >= 0 ? args[budgetsAt + 1] : 'budgets.json';
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--budgets') ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Fant ikke ${dir}/index.html. Bygg nettstedet først: npm run build`);
    process.exit(1);
  }
  const { rows, problems } = checkSiteBudgets(dir, budgetsFile);
  console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : table(rows));
  if (problems.length) {
    console.error(`\n${problems.length} brudd på budsjettene i ${budgetsFile}:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`\nAlle ${rows.length} sider er innenfor budsjettene i ${budgetsFile}.`);
}
