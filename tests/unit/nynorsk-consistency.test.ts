/**
 * The nynorsk wording outside the interface catalogues: the rules, the plan document, the
 * exports (council case, calendar, evaluation report), the labels, the legal basis and the
 * plan file messages. It follows the team decision in content/nynorsk-termar.md («blir/blei»,
 * «born/borna») and has none of the common bokmål giveaway words (tests/fixtures/nynorsk.ts).
 *
 * The texts are collected twice: from the modules themselves (every string under a key named
 * `nn` in what they export, the rules taken from the registry), and from the source files
 * (every string literal after `nn:`), which also reaches the tables and texts a module keeps
 * to itself, such as the field names and messages in issues.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/plan/rules';
import * as documentModule from '../../src/plan/document';
import * as councilText from '../../src/export/council-text';
import * as calendarText from '../../src/export/calendar-text';
import * as evaluationText from '../../src/export/evaluation-text';
import * as labels from '../../src/plan/labels';
import * as legalBasis from '../../src/plan/legal-basis';
import * as issues from '../../src/plan/issues';
import { EXAMPLES } from '../../src/examples';
import { nn as nnCatalogue } from '../../src/i18n/nn';
import { BOKMAL_GIVEAWAYS, TERM_CHOICES, inconsistent, withoutQuotedTitles } from '../fixtures/nynorsk';

const RULE_FILES = import.meta.glob<Record<string, unknown>>('../../src/plan/rules/*.ts', { eager: true });

/** Every string under a key named `nn`, walking objects, arrays and maps; with where it was found. */
function nnStrings(value: unknown, path: string, seen = new Set<unknown>()): [string, string][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Map) return [...value.entries()].flatMap(([k, v]) => nnStrings(v, `${path}[${String(k)}]`, seen));
  if (Array.isArray(value)) return value.flatMap((v, i) => nnStrings(v, `${path}[${i}]`, seen));
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    k === 'nn' && typeof v === 'string' ? [[`${path}.nn`, v]] : nnStrings(v, `${path}.${k}`, seen),
  );
}

const MODULES: Record<string, unknown> = {
  'src/plan/document.ts': documentModule,
  'src/export/council-text.ts': councilText,
  'src/export/calendar-text.ts': calendarText,
  'src/export/evaluation-text.ts': evaluationText,
  'src/plan/labels.ts': labels,
  'src/plan/legal-basis.ts': legalBasis,
  'src/plan/issues.ts': issues,
};

const fromRules: [string, string][] = RULES.flatMap((rule) => [
  [`${rule.id}: title`, rule.title.nn],
  [`${rule.id}: description`, rule.description.nn],
  ...Object.entries(rule.messages).map(([id, text]): [string, string] => [`${rule.id}: messages.${id}`, text.nn]),
]);
const fromRuleFiles = Object.entries(RULE_FILES).flatMap(([file, mod]) => nnStrings({ ...mod }, file.replace('../../', '')));
const fromModules = Object.entries(MODULES).flatMap(([file, mod]) => nnStrings({ ...(mod as object) }, file));

/** String literals ('…', "…" or `…`) right after `nn:` in a source file. */
const NN_LITERAL = /\bnn:\s*(?:'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`)/g;
const SOURCE_FILES = [
  ...Object.keys(RULE_FILES).map((f) => f.replace('../../', '')),
  ...Object.keys(MODULES),
];
const literalsByFile = new Map(
  SOURCE_FILES.map((file) => {
    const source = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
    const found = [...source.matchAll(NN_LITERAL)].map((m): [string, string] => {
      const line = source.slice(0, m.index).split('\n').length;
      return [`${file}:${line}`, m[1] ?? m[2] ?? m[3]];
    });
    return [file, found];
  }),
);
const fromSource = [...literalsByFile.values()].flat();

/** Each text once, with the first place it was found (a rule's texts turn up in the registry, its file and its source). */
const ALL: [string, string][] = [
  ...new Map([...fromRules, ...fromRuleFiles, ...fromModules, ...fromSource].reverse().map(([where, text]) => [text, where])),
].map(([text, where]) => [where, text]);

describe('nynorsk in rules, plan document, exports, labels and messages', () => {
  it('finds the texts: every rule, every module and every source file', () => {
    expect(RULES.length).toBeGreaterThan(20);
    expect(fromRules.length).toBeGreaterThanOrEqual(RULES.length * 3);
    for (const file of Object.keys(MODULES)) {
      expect(literalsByFile.get(file)!.length, file).toBeGreaterThan(0);
      if (file !== 'src/plan/issues.ts') expect(fromModules.some(([where]) => where.startsWith(file)), file).toBe(true);
    }
    // The rule files hold the registry's texts, so walking them misses none.
    const inRuleFiles = new Set(fromRuleFiles.map(([, text]) => text));
    expect(fromRules.filter(([, text]) => !inRuleFiles.has(text))).toEqual([]);
    for (const [where, text] of fromModules) expect(text.trim(), where).not.toBe('');
  });

  it('uses «blir/blei», not «vert/vart», and «born/borna» for children in the plural', () => {
    const offenders = ALL.flatMap(([where, text]) => inconsistent(text).map((word) => `${where}: «${word}» in ${text}`));
    expect(offenders).toEqual([]);
  });

  it('has none of the common bokmål giveaway words', () => {
    const offenders = ALL.filter(([, text]) => BOKMAL_GIVEAWAYS.test(withoutQuotedTitles(text))).map(([where, text]) => `${where}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('the checks catch the words they are meant to catch', () => {
    for (const bad of ['Planen vert evaluert', 'Vert halde fram', 'Perioden vart rekna', 'tiltak for barn', 'barna i barnehagen']) {
      expect(inconsistent(bad), bad).not.toEqual([]);
    }
    for (const good of ['Planen blir evaluert', 'Blir halde fram', 'har vart i fire år', 'eit barn', 'barnet', 'born og unge', 'vertskommunen']) {
      expect(inconsistent(good), good).toEqual([]);
    }
    expect(BOKMAL_GIVEAWAYS.test('Planen publiseres ikke')).toBe(true);
    expect(BOKMAL_GIVEAWAYS.test('Planen blir ikkje publisert')).toBe(false);
  });
});

/** Every string in a value (the example plans), with where it was found. */
function allStrings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => allStrings(v, `${path}.${k}`));
}

const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));
const NYNORSK_PAGES: [string, string][] = (readdirSync(contentRoot, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.mdx') && file.split(sep).includes('nn'))
  .flatMap((file) => readFileSync(`${contentRoot}${file}`, 'utf8').split('\n').map((line, i): [string, string] => [`content/${file}:${i + 1}`, line]));

/** Everything nynorsk a reader sees: chapters and pages, the interface, rules and exports, and the example plans. */
const EVERY_NYNORSK_TEXT: [string, string][] = [
  ...NYNORSK_PAGES,
  ...Object.entries(nnCatalogue).map(([key, text]): [string, string] => [`src/i18n: ${key}`, text]),
  ...ALL,
  ...EXAMPLES.flatMap((example) => allStrings(example.plans.nn, `example ${example.id} (nn)`)),
];

describe('one term per concept (content/nynorsk-termar.md)', () => {
  it('reads the chapters, the interface, the exports and the example plans', () => {
    expect(NYNORSK_PAGES.length).toBeGreaterThan(1000);
    expect(EVERY_NYNORSK_TEXT.length).toBeGreaterThan(NYNORSK_PAGES.length + 500);
  });

  it.each(TERM_CHOICES.map((t) => [t.choice, t] as const))('the check catches the other variant of %s', (_, choice) => {
    for (const bad of choice.bad) {
      expect(choice.pattern.test(bad), bad).toBe(true);
      expect(inconsistent(bad), bad).not.toEqual([]);
    }
    for (const good of choice.good) {
      expect(choice.pattern.test(good), good).toBe(false);
      expect(inconsistent(good), good).toEqual([]);
    }
  });

  it.each(TERM_CHOICES.map((t) => [t.choice, t] as const))('every nynorsk text uses %s', (_, choice) => {
    const offenders = EVERY_NYNORSK_TEXT
      .filter(([, text]) => choice.pattern.test(withoutQuotedTitles(text)))
      .map(([where, text]) => `${where}: «${withoutQuotedTitles(text).match(choice.pattern)![0]}» in ${text.slice(0, 160)}`);
    expect(offenders).toEqual([]);
  });
});
