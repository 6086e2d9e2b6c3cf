import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface catalogues', () => {
  it('have the same keys in bokmål and nynorsk', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(nb), ...Object.entries(nn)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) expect(placeholders(nn[key]), key).toEqual(placeholders(nb[key]));
  });

  it('write nynorsk, not bokmål, in the common giveaway words', () => {
    const bokmal = /\b(ikke|hvem|hva|hvordan|hvor|mye|noen|vold|barn og unge|tjenester|ansatte)\b/i;
    const offenders = Object.entries(nn).filter(([, text]) => bokmal.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });
});

/**
 * Team decision (content/nynorsk-termar.md): nynorsk uses «blir/blei», not «vert/vart», and
 * «born/borna» for children, not «barn/barna». Only whole words count, with Unicode letters as
 * word characters (\b treats «å», «ø» and «æ» as boundaries): compounds such as «barnehage»,
 * «barnevern», «Barnehuset» and «barnekonvensjonen» are fine, and so is «barnet».
 * Two uses are correct nynorsk and allowed: the singular «eit barn» / «kvart barn» / «anna barn»
 * («born» is plural only), and «har/hadde vart», the participle of «vare» (to last).
 */
const consistency = [
  /(?<![\p{L}\p{N}])(?:vert|verte|verta)(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(?<!\b(?:har|hadde)\s+)vart(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])(?<!\b(?:eit|eitt|kvart|anna)\s+)barn(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])barna(?![\p{L}\p{N}])/iu,
];
/** Titles quoted word for word from other documents keep their own spelling. */
const QUOTED_TITLES = [
  'Opptrappingsplan mot vold og overgrep mot barn og vold i nære relasjoner',
  'Arbeidet mot vald og overgrep mot barn og vald i nære relasjonar',
];
const inconsistent = (text: string) => {
  const unquoted = QUOTED_TITLES.reduce((t, title) => t.split(title).join(''), text);
  return consistency.flatMap((re) => unquoted.match(re)?.[0] ?? []);
};

const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));
const nynorskContent = (readdirSync(contentRoot, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.mdx') && file.split(sep).includes('nn'))
  .sort();

describe('nynorsk consistency: «blir» and «born»', () => {
  it('the patterns catch the standalone words and leave compounds and the allowed uses alone', () => {
    for (const bad of ['Planen vert vedteken.', 'Vart det gjort?', 'Vert fylt ut', 'tiltak for barn og unge', 'Barna skal høyrast', 'møter barn, har']) {
      expect(inconsistent(bad), bad).not.toEqual([]);
    }
    for (const good of [
      'Planen blir vedteken.', 'Blei det gjort?', 'Vertskommunen', 'barnehagen, barnevernet og Barnehuset', 'barnekonvensjonen',
      'born og unge', 'Borna skal høyrast', 'Eit barn som lever med vald', 'barnet', 'kor lenge ho har vart', 'kvart område', 'Kvart barn',
    ]) {
      expect(inconsistent(good), good).toEqual([]);
    }
  });

  it('no interface text uses «vert/vart» or «barn/barna»', () => {
    const offenders = Object.entries(nn).filter(([, text]) => inconsistent(text).length > 0).map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('finds the nynorsk content pages', () => {
    expect(nynorskContent.length).toBeGreaterThan(10);
  });

  it('no nynorsk content page uses «vert/vart» or «barn/barna»', () => {
    const offenders = nynorskContent.flatMap((file) =>
      readFileSync(join(contentRoot, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => inconsistent(line).map((word) => `${file}:${i + 1}: «${word}»`)),
    );
    expect(offenders).toEqual([]);
  });
});
