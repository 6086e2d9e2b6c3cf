// Makes the site's Designsystemet theme: src/styles/designsystemet-theme.css, from
// @digdir/designsystemet-css/theme (4.3 KB gzip), without what no page can use (3.3 KB):
//   - the dark colour scheme and the «auto» one that follows the system setting: every page is
//     <body data-color-scheme="light"> (src/layouts/Base.astro), and nothing sets another scheme;
//   - the secondary typography: nothing sets data-typography.
// A rule goes when every one of its selectors needs such an attribute value; an at-rule that is
// left empty goes with it. Everything else is kept as it is, in the same order.
// `npm run check:css` fails when a built page sets a colour scheme or typography whose rules its CSS lacks.
// The result is committed; run again after updating @digdir/designsystemet-css (npm run theme).
// tests/unit/theme-subset.test.ts checks that the committed file is what this makes.
//
// Usage: node scripts/theme-subset.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const SOURCE = createRequire(import.meta.url).resolve('@digdir/designsystemet-css/theme');
export const OUTPUT = 'src/styles/designsystemet-theme.css';
/** The attribute values the site uses: a selector that needs another value of these attributes matches nothing. */
export const KEPT = { 'data-color-scheme': ['light'], 'data-typography': ['primary'] };

/** Blocks of a CSS text: [{ prelude, body }] for `prelude{body}`, [{ statement }] for `@x …;`. Strings hold no braces here. */
function blocks(css) {
  const out = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (open < 0 && semi < 0) { if (css.slice(i).trim()) throw new Error(`Uventet slutt i temaet: ${css.slice(i, i + 80)}`); break; }
    if (semi >= 0 && (open < 0 || semi < open)) { out.push({ statement: css.slice(i, semi + 1) }); i = semi + 1; continue; }
    let depth = 1, j = open + 1;
    for (; depth && j < css.length; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    if (depth) throw new Error('Temaet har en blokk uten slutt');
    out.push({ prelude: css.slice(i, open), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/** The selectors of a list, split at the commas outside brackets (:is(a, b) stays whole). */
function splitSelectors(list) {
  const out = [''];
  let depth = 0;
  for (const c of list) {
    depth += c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0;
    if (c === ',' && !depth) out.push(''); else out[out.length - 1] += c;
  }
  return out;
}

/** True when the selector needs an attribute value the site never sets ([data-color-scheme=dark]). */
function unusable(selector) {
  return [...selector.matchAll(/\[(data-[a-z-]+)=["']?([\w-]+)["']?\]/g)].some(([, name, value]) => KEPT[name] && !KEPT[name].includes(value));
}

/** The CSS without the rules no page can use. */
export function trimTheme(css) {
  let out = '';
  for (const b of blocks(css)) {
    if (b.statement) { out += b.statement; continue; }
    const prelude = b.prelude.trim();
    if (prelude.startsWith('@')) {
      // @media (prefers-color-scheme: …) only holds [data-color-scheme=auto] rules; its rules are judged like any other.
      const inner = /^@(layer|media|supports)\b/.test(prelude) ? trimTheme(b.body) : b.body;
      if (inner.trim()) out += `${prelude}{${inner}}`;
      continue;
    }
    const selectors = splitSelectors(prelude).filter((s) => !unusable(s));
    if (selectors.length) out += `${selectors.join(',')}{${b.body}}`;
  }
  return out;
}

export const makeTheme = () => `/* Made by scripts/theme-subset.mjs from @digdir/designsystemet-css/theme: do not edit. */\n${trimTheme(readFileSync(SOURCE, 'utf8'))}\n`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const css = makeTheme();
  writeFileSync(OUTPUT, css);
  const { gzipSync } = await import('node:zlib');
  const kb = (s) => (gzipSync(s, { level: 9 }).length / 1024).toFixed(1);
  console.log(`${OUTPUT}: ${kb(css)} KB gzip (fra ${kb(readFileSync(SOURCE, 'utf8'))} KB)`);
}
