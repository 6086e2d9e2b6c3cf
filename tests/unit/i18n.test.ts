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
