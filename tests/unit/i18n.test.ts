import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { BOKMAL_GIVEAWAYS, inconsistent } from '../fixtures/nynorsk';

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
    const offenders = Object.entries(nn).filter(([, text]) => BOKMAL_GIVEAWAYS.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });
});

/**
 * Team decision (content/nynorsk-termar.md): «blir/blei», not «vert/vart», and «born/borna»
 * for children in the plural. The patterns, the allowed uses and the quoted titles are in
 * tests/fixtures/nynorsk.ts, shared with tests/unit/nynorsk-consistency.test.ts.
 */
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
