// Makes the site's Inter: src/fonts/inter-latin-wght-400-700.woff2, from @fontsource-variable/inter's
// Latin file (48 KB), cut to what the pages use (24-25 KB), so a chapter's first view stays small:
//   - the characters in UNICODE_RANGE (Latin-1 with Norwegian letters, dashes, quotes, €, arrows);
//     src/styles/fonts.css declares the same range, and Inter's Latin Extended file covers the rest;
//   - the weight axis from 400 to 700 (Designsystemet uses 400, 500 and 600; <strong> is 700);
//   - the OpenType features a browser applies by itself, plus cv05 (the l with a tail that global.css turns on).
// The result is committed; run again after updating @fontsource-variable/inter (npm run font).
// tests/unit/font-subset.test.ts checks that the committed file is what this makes.
//
// Usage: node scripts/font-subset.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import subsetFont from 'subset-font';

export const SOURCE = createRequire(import.meta.url).resolve('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2');
export const OUTPUT = 'src/fonts/inter-latin-wght-400-700.woff2';
export const UNICODE_RANGE = 'U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-200B,U+2010-2027,U+202F,U+2030,U+2032-2033,U+2039-203A,U+2060,U+20AC,U+2122,U+2190-2193,U+2212,U+FEFF,U+FFFD';
export const WEIGHTS = { min: 400, max: 700 };
export const FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rvrn', 'cv05'];

/** Every character in a CSS unicode-range list. */
export function charactersOf(range) {
  let text = '';
  for (const part of range.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
    for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  }
  return text;
}

/** The subset font, as woff2 bytes. */
export async function makeSubset() {
  return subsetFont(readFileSync(SOURCE), charactersOf(UNICODE_RANGE), {
    targetFormat: 'woff2',
    keepFeatures: FEATURES,
    variationAxes: { wght: WEIGHTS },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const font = await makeSubset();
  writeFileSync(OUTPUT, font);
  console.log(`${OUTPUT}: ${(font.length / 1024).toFixed(1)} KB (fra ${(readFileSync(SOURCE).length / 1024).toFixed(1)} KB)`);
}
