/** Flattens the plan schema into rows for the plan file page, so the page cannot drift from the schema. */
import { toJSONSchema } from 'zod/v4/core';
import { planSchema } from '../plan/schema';

export interface FieldRow {
  path: string;
  type: string;
  description?: string;
}

type Json = { type?: string | string[]; description?: string; properties?: Record<string, Json>; items?: Json; enum?: unknown[]; anyOf?: Json[] };

function typeOf(s: Json): string {
  if (s.enum) return s.enum.map((v) => `«${v}»`).join(' | ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ');
  if (s.type === 'array') return `liste av ${s.items ? typeOf(s.items) : 'verdier'}`;
  const names: Record<string, string> = { string: 'tekst', number: 'tall', integer: 'heltall', boolean: 'ja/nei', object: 'objekt' };
  return names[String(s.type)] ?? String(s.type ?? 'verdi');
}

function walk(s: Json, prefix: string, rows: FieldRow[]) {
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push({ path, type: typeOf(child), description: child.description });
    if (child.properties) walk(child, path, rows);
    if (child.items?.properties) walk(child.items, `${path}[]`, rows);
  }
}

export function planFields(): FieldRow[] {
  const rows: FieldRow[] = [];
  walk(toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }) as Json, '', rows);
  return rows;
}
