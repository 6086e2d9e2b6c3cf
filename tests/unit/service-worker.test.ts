/** scripts/service-worker.mjs: what is kept offline, and a version that changes exactly when a kept file changes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { manifestOf, precacheManifest, serviceWorkerSource, writeServiceWorker } from '../../scripts/service-worker.mjs';
import { urlPathOf as urlOf } from '../../scripts/site-files.mjs';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sw-'));
  write('index.html', '<h1>Forside</h1>');
  write('404.html', '<h1>Fant ikke siden</h1>');
  write('lag-plan/index.html', '<h1>Lag plan</h1>');
  write('lag-plan/tiltak/index.html', '<h1>Tiltak</h1>');
  write('veileder/lover/index.html', '<h1>Lover</h1>');
  write('_astro/client.Ab12.js', 'export {}');
  write('_astro/Base.Cd34.css', 'body{}');
  write('_astro/inter-latin-wght-normal.Xy.woff2', 'font');
  write('_astro/inter-cyrillic-wght-normal.Zz.woff2', 'font');
  write('pagefind/pagefind.js', 'pagefind');
  write('pagefind/pagefind-worker.js', 'worker');
  write('pagefind/pagefind-ui.js', 'ui');
  write('pagefind/index/nb_1.pf_index', 'index');
  write('favicon.svg', '<svg/>');
  write('sitemap.xml', '<urlset/>');
  write('robots.txt', 'User-agent: *');
  write('_headers', '/*');
  write('sw.js', '// old');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precacheManifest', () => {
  it('keeps the pages (by the address they are asked for), scripts, styles, fonts and the search index', () => {
    expect(precacheManifest(dir, 'worker').files).toEqual([
      '/_astro/Base.Cd34.css',
      '/_astro/client.Ab12.js',
      '/_astro/inter-latin-wght-normal.Xy.woff2',
      '/favicon.svg',
      '/',
      '/lag-plan/',
      '/lag-plan/tiltak/',
      '/pagefind/index/nb_1.pf_index',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind.js',
      '/veileder/lover/',
    ]);
  });

  it('gives the same version for the same files', () => {
    expect(precacheManifest(dir, 'worker').version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest(dir, 'worker').version).toBe(precacheManifest(dir, 'worker').version);
  });

  it('gives a new version when a page, a script or the search index changes, or a file is added or removed', () => {
    const versions = new Set([precacheManifest(dir, 'worker').version]);
    const next = (change: () => void) => {
      change();
      const { version } = precacheManifest(dir, 'worker');
      expect(versions.has(version)).toBe(false);
      versions.add(version);
    };
    next(() => write('veileder/lover/index.html', '<h1>Lover</h1><p>Ny paragraf.</p>'));
    next(() => write('_astro/client.Ab12.js', 'export const x = 1'));
    next(() => write('pagefind/index/nb_1.pf_index', 'index 2'));
    const beforeAdding = precacheManifest(dir, 'worker').version;
    next(() => write('veileder/samarbeid/index.html', '<h1>Samarbeid</h1>'));
    // Removing it again is the site as before: the version it had then.
    rmSync(join(dir, 'veileder/samarbeid'), { recursive: true });
    expect(precacheManifest(dir, 'worker').version).toBe(beforeAdding);
    next(() => rmSync(join(dir, 'veileder/lover'), { recursive: true }));
    // Moving a file changes the version too, even with the same contents.
    next(() => { rmSync(join(dir, '_astro/Base.Cd34.css')); write('_astro/Base.Ef56.css', 'body{}'); });
  });

  it('gives a new version when the worker’s own code changes', () => {
    expect(precacheManifest(dir, 'worker 2').version).not.toBe(precacheManifest(dir, 'worker').version);
  });

  it('keeps the version when only a file it does not keep changes', () => {
    const before = precacheManifest(dir, 'worker').version;
    write('sitemap.xml', '<urlset><url/></urlset>');
    write('pagefind/pagefind-ui.js', 'ui 2');
    write('sw.js', '// newer');
    write('404.html', '<h1>Borte</h1>');
    write('_astro/inter-cyrillic-wght-normal.Zz.woff2', 'font 2');
    expect(precacheManifest(dir, 'worker').version).toBe(before);
  });
});

describe('sw.js', () => {
  it('carries the manifest, which the site check reads back', () => {
    const manifest = precacheManifest(dir, 'self.addEventListener("fetch", () => {});');
    const source = serviceWorkerSource(manifest, 'self.addEventListener("fetch", () => {});');
    expect(manifestOf(source)).toEqual(manifest);
    expect(source).toContain('self.addEventListener("fetch"');
  });

  it('is written into the folder with the real worker code, and a rebuild with other files gives another version', () => {
    const first = writeServiceWorker(dir);
    expect(manifestOf(readFileSync(join(dir, 'sw.js'), 'utf8'))).toEqual(first);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toContain("caches.open(CACHE)");
    expect(writeServiceWorker(dir).version).toBe(first.version);
    write('lag-plan/tiltak/index.html', '<h1>Tiltak og tiltaksplan</h1>');
    expect(writeServiceWorker(dir).version).not.toBe(first.version);
  });

  it('maps files to the addresses pages are asked for', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('lag-plan/tiltak/index.html')).toBe('/lag-plan/tiltak/');
    expect(urlOf('_astro/x.js')).toBe('/_astro/x.js');
  });
});
