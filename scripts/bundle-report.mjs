// Reports, for every page of the built site, its HTML size and the JavaScript and CSS
// it loads on first view (gzip). Dynamic import() is not followed: it loads on demand.
// Usage: node scripts/bundle-report.mjs [--json]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, dirname, resolve, posix } from 'node:path';

const DIST = 'dist';
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const STATIC_IMPORT = /(?:^|[;\s})])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** All JS files a module loads statically, itself included. */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    const target = spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec);
    jsClosure(target, seen);
  }
  return seen;
}

function assetPath(url) {
  return join(DIST, posix.normalize(url.split('?')[0]));
}

export function report() {
  return htmlFiles(DIST).sort().map((file) => {
    const html = readFileSync(file, 'utf8');
    const url = '/' + relative(DIST, file).replace(/index\.html$/, '');
    const entries = [
      ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
    ].filter((u) => u.endsWith('.js'));
    const js = new Set();
    for (const entry of entries) jsClosure(assetPath(entry), js);
    const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]).join('');
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => assetPath(m[1]));
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    return {
      url,
      htmlGzip: gz(readFileSync(file)),
      jsFiles: [...js].map((f) => relative(DIST, f)),
      jsGzip: [...js].reduce((sum, f) => sum + gz(readFileSync(f)), 0) + (inlineJs ? gz(Buffer.from(inlineJs)) : 0),
      cssGzip: css.reduce((sum, f) => sum + (existsSync(f) ? gz(readFileSync(f)) : 0), 0) + (inlineCss ? gz(Buffer.from(inlineCss)) : 0),
    };
  });
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('Fant ikke dist/. Bygg nettstedet først: npm run build');
    process.exit(1);
  }
  const rows = report();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.log('side'.padEnd(48) + '   HTML gz    JS gz   CSS gz  (KB)');
    for (const r of rows) console.log(r.url.padEnd(48) + kb(r.htmlGzip) + '  ' + kb(r.jsGzip) + '  ' + kb(r.cssGzip));
  }
}
