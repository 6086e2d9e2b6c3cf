/**
 * The site's Designsystemet theme (src/styles/designsystemet-theme.css) is what scripts/theme-subset.mjs makes from
 * @digdir/designsystemet-css/theme: the package's theme without the dark and «auto» colour schemes and the secondary
 * typography, everything else unchanged.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OUTPUT, SOURCE, makeTheme, trimTheme } from '../../scripts/theme-subset.mjs';

describe('theme subset', () => {
  it('is the committed theme file (run npm run theme after updating @digdir/designsystemet-css)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(makeTheme());
  });

  it('keeps the light scheme, the primary typography, sizes and colours, and drops the schemes and typography no page sets', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const theme = trimTheme(source);
    for (const kept of [':root,[data-color-scheme=light]{', ':root,[data-typography=primary]{', '[data-color=danger]', '@layer ds.theme.size{', '@layer ds.theme.semantic{']) {
      expect(source).toContain(kept);
      expect(theme).toContain(kept);
    }
    for (const dropped of ['[data-color-scheme=dark]', '[data-color-scheme=auto]', 'prefers-color-scheme', '[data-typography=secondary]', 'ds.theme.color-scheme.dark']) {
      expect(source).toContain(dropped);
      expect(theme).not.toContain(dropped);
    }
    expect(theme.length).toBeLessThan(source.length * 0.75);
  });

  it('removes only a rule whose every selector needs an unused value, and an at-rule left empty', () => {
    const css = '@layer a{:root,[data-color-scheme=light]{--x:1}[data-color-scheme=dark]{--x:2}}@media (prefers-color-scheme:dark){[data-color-scheme=auto]{--x:3}}'
      + '[data-color-scheme][data-color=info],[data-typography=secondary] .y,:is(.a,.b){--z:1}@layer b,c;';
    expect(trimTheme(css)).toBe('@layer a{:root,[data-color-scheme=light]{--x:1}}[data-color-scheme][data-color=info],:is(.a,.b){--z:1}@layer b,c;');
  });
});
