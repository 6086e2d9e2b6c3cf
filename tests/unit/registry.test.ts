import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANBEFALINGER, KRAV, RULES, ruleById } from '../../src/plan/rules';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ruleDir = `${root}src/plan/rules/`;
const testDir = `${root}tests/unit/rules/`;
const ids = RULES.map((r) => r.id);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule registry', () => {
  it('has the five KOSTRA krav and the recommendations', () => {
    expect(KRAV.map((r) => r.id)).toEqual(['political-adoption', 'has-measures', 'measure-progress', 'stated-period', 'current-period']);
    expect(ANBEFALINGER.length).toBeGreaterThan(0);
    expect(KRAV.length + ANBEFALINGER.length).toBe(RULES.length);
  });

  it('lists krav before anbefalinger', () => {
    const lastKrav = RULES.findLastIndex((r) => r.kind === 'krav');
    const firstAnbefaling = RULES.findIndex((r) => r.kind === 'anbefaling');
    expect(lastKrav).toBeLessThan(firstAnbefaling);
  });

  it('has unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('finds each rule by id and nothing for an unknown id', () => {
    for (const rule of RULES) expect(ruleById(rule.id)).toBe(rule);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('registers every rule file in src/plan/rules', () => {
    const files = readdirSync(ruleDir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    it('has a kind, titles, descriptions and a source', () => {
      expect(['krav', 'anbefaling']).toContain(rule.kind);
      for (const lang of ['nb', 'nn'] as const) {
        expect(rule.title[lang].trim()).not.toBe('');
        expect(rule.description[lang].trim()).not.toBe('');
      }
      expect(rule.source.trim()).not.toBe('');
      expect(typeof rule.check).toBe('function');
    });

    it('has messages in bokmål and nynorsk with the same placeholders', () => {
      const messages = Object.entries(rule.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [messageId, text] of messages) {
        expect(text.nb.trim(), `${messageId} nb`).not.toBe('');
        expect(text.nn.trim(), `${messageId} nn`).not.toBe('');
        for (const name of placeholders(text.nb)) expect(placeholders(text.nn), `${messageId}: {${name}}`).toContain(name);
        for (const name of placeholders(text.nn)) expect(placeholders(text.nb), `${messageId}: {${name}}`).toContain(name);
      }
    });

    it('lives in src/plan/rules/<id>.ts', () => {
      expect(existsSync(`${ruleDir}${id}.ts`)).toBe(true);
    });

    it('has a test file tests/unit/rules/<id>.test.ts', () => {
      expect(existsSync(`${testDir}${id}.test.ts`)).toBe(true);
    });
  });
});
