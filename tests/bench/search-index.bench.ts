/**
 * npm run bench: the size of the search index Pagefind builds (dist/pagefind), per language,
 * from the built site. Pagefind's files are compressed already, so these bytes are what a
 * browser downloads. A search loads the runtime and the language's WebAssembly and metadata
 * first, then only the index chunks and fragments it needs.
 */
import { test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { printTable } from './table';

const DIR = 'dist/pagefind';
const bytes = (file: string) => statSync(join(DIR, file)).size;
const sum = (folder: string, prefix: string) =>
  existsSync(join(DIR, folder)) ? readdirSync(join(DIR, folder)).filter((f) => f.startsWith(`${prefix}_`)).reduce((n, f) => n + bytes(join(folder, f)), 0) : 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test.skipIf(!existsSync(join(DIR, 'pagefind-entry.json')))('search index per language (dist/pagefind; build first)', () => {
  const entry = JSON.parse(readFileSync(join(DIR, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string; page_count: number }> };
  const rows = Object.entries(entry.languages).map(([lang, { hash, wasm, page_count }]) => {
    const meta = bytes(`pagefind.${hash}.pf_meta`);
    const index = sum('index', lang);
    const fragments = sum('fragment', lang);
    const wasmBytes = wasm && existsSync(join(DIR, `wasm.${wasm}.pagefind`)) ? bytes(`wasm.${wasm}.pagefind`) : 0;
    return [lang, String(page_count), kb(index), kb(fragments), kb(meta), kb(wasmBytes), kb(index + fragments + meta + wasmBytes)];
  });
  const runtime = ['pagefind.js', 'pagefind-worker.js'].filter((f) => existsSync(join(DIR, f))).reduce((n, f) => n + bytes(f), 0);
  printTable('Søkeindeksen (dist/pagefind)', ['språk', 'sider', 'indeks', 'fragmenter', 'metadata', 'wasm', 'sum'], rows);
  console.log(`Felles for alle språk: pagefind.js og pagefind-worker.js, ${kb(runtime)} (ukomprimert).`);
});
