/** Flattens the plan schema into rows for the plan file page, so the page cannot drift from the schema. */
import { toJSONSchema } from 'zod/v4/core';
import { planSchema } from '../plan/schema';
import type { Lang } from '../plan/rules/types';

export interface FieldRow {
  path: string;
  type: string;
  description?: string;
}

/** JSON Schema as toJSONSchema writes it; `descriptionNn` is the nynorsk text that `doc()` in the schema adds. */
type Json = {
  type?: string | string[];
  description?: string;
  descriptionNn?: string;
  properties?: Record<string, Json>;
  items?: Json;
  enum?: unknown[];
  anyOf?: Json[];
};

const WORDS: Record<Lang, { types: Record<string, string>; listOf: string; values: string; value: string }> = {
  nb: {
    types: { string: 'tekst', number: 'tall', integer: 'heltall', boolean: 'ja/nei', object: 'objekt' },
    listOf: 'liste av',
    values: 'verdier',
    value: 'verdi',
  },
  nn: {
    types: { string: 'tekst', number: 'tal', integer: 'heiltal', boolean: 'ja/nei', object: 'objekt' },
    listOf: 'liste av',
    values: 'verdiar',
    value: 'verdi',
  },
};

function typeOf(s: Json, lang: Lang): string {
  const w = WORDS[lang];
  if (s.enum) return s.enum.map((v) => `«${v}»`).join(' | ');
  if (s.anyOf) return s.anyOf.map((a) => typeOf(a, lang)).join(' | ');
  if (s.type === 'array') return `${w.listOf} ${s.items ? typeOf(s.items, lang) : w.values}`;
  return w.types[String(s.type)] ?? String(s.type ?? w.value);
}

function walk(s: Json, prefix: string, lang: Lang, rows: FieldRow[]) {
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const description = lang === 'nn' ? child.descriptionNn : child.description;
    rows.push({ path, type: typeOf(child, lang), description });
    if (child.properties) walk(child, path, lang, rows);
    if (child.items?.properties) walk(child.items, `${path}[]`, lang, rows);
  }
}

/** The plan's fields, with descriptions and type names in bokmål or nynorsk. */
export function planFields(lang: Lang = 'nb'): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }) as Json, '', lang, rows);
  return rows;
}
