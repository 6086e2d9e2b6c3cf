/**
 * The catalogue the tool pages carry for their islands leaves out the key areas only the
 * server-rendered page uses (src/i18n/index.ts PAGE_ONLY_AREAS). An island that named such a
 * key would show the key itself, so the island code is searched for them.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, PAGE_ONLY_AREAS, islandCatalogue } from '../../src/i18n';

/** Everything the islands' bundles are built from: the islands and the framework-free code they import. */
const ISLAND_CODE = ['src/islands', 'src/wizard', 'src/plan', 'src/import', 'src/export', 'src/examples', 'src/data'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the islands’ catalogue', () => {
  it('holds every key but the page-only areas, in both languages', () => {
    for (const lang of ['nb', 'nn'] as const) {
      const full = Object.keys(CATALOGUES[lang]);
      const kept = Object.keys(islandCatalogue(lang));
      expect(kept.length).toBeGreaterThan(500);
      expect(kept.filter((k) => PAGE_ONLY_AREAS.includes(k.split('.')[0]))).toEqual([]);
      expect(full.filter((k) => !kept.includes(k)).every((k) => PAGE_ONLY_AREAS.includes(k.split('.')[0]))).toBe(true);
      expect(full.length - kept.length).toBeGreaterThan(100); // the workshop texts at least
    }
  });

  it('leaves out no key the island code names, as a literal or as the start of a composed key', () => {
    const areas = PAGE_ONLY_AREAS.join('|');
    const named = new RegExp(`['"\`](${areas})\\.[A-Za-z$]`, 'g');
    const hits = ISLAND_CODE.flatMap(files).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(named)].map((m) => `${file}: ${m[0]}`));
    expect(hits).toEqual([]);
  });
});
