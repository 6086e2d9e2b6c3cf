/**
 * The site's Inter (src/fonts/inter-latin-wght-400-700.woff2) is what scripts/font-subset.mjs
 * makes from @fontsource-variable/inter, and src/styles/fonts.css declares the characters it holds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OUTPUT, UNICODE_RANGE, charactersOf, makeSubset } from '../../scripts/font-subset.mjs';

describe('font subset', () => {
  it('is the committed font file (run npm run font after updating @fontsource-variable/inter)', async () => {
    const made = await makeSubset();
    expect(Buffer.compare(Buffer.from(made), readFileSync(OUTPUT))).toBe(0);
    expect(made.length).toBeLessThan(27 * 1024);
  });

  it('holds every Norwegian letter and the punctuation the texts use, as fonts.css says', () => {
    const chars = charactersOf(UNICODE_RANGE);
    for (const c of 'ÆØÅæøåéèóòôüäö«»–—’“”…§€') expect(chars).toContain(c);
    const css = readFileSync('src/styles/fonts.css', 'utf8');
    expect(css).toContain(`unicode-range: ${UNICODE_RANGE};`);
    expect(css).toContain("url('../fonts/inter-latin-wght-400-700.woff2')");
  });
});
