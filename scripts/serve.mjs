// Serves the built site (dist/) on localhost: used by `npm start`, the browser tests and
// scripts/lighthouse.mjs. Sends the headers dist/_headers gives each path (the Content-Security-Policy and the rest,
// see scripts/csp.mjs), as Netlify and Cloudflare Pages do, so the tests see what the published site sends.
// With `compress`, text is sent gzipped, as a real host would. A missing address gets the 404 page that
// dist/_redirects names for it (`/nn/* /nn/404.html 404`, as Netlify reads it), else dist/404.html.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/** The 404 rules of a _redirects file («/nn/* /nn/404.html 404»): [{ prefix: '/nn/', page: '/nn/404.html' }]. */
export function notFoundRules(text) {
  return text.split('\n').map((line) => line.trim().split(/\s+/)).filter((parts) => parts[2] === '404' && parts[0].endsWith('*'))
    .map(([from, page]) => ({ prefix: from.slice(0, -1), page }));
}

export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1', compress = false } = {}) {
  const base = resolve(root);
  let rules = [];
  try { rules = parseHeadersFile(readFileSync(join(base, '_headers'), 'utf8')); } catch { /* no _headers: no extra headers */ }
  let notFound = [];
  try { notFound = notFoundRules(readFileSync(join(base, '_redirects'), 'utf8')); } catch { /* no _redirects: one 404 page */ }
  const notFoundPage = (pathname) => notFound.find((r) => pathname.startsWith(r.prefix))?.page ?? '/404.html';
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw new Error('outside root');
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const headers = { ...headersFor(rules, url.pathname), 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
      if (compress && COMPRESSIBLE.has(extname(path))) {
        headers.vary = 'accept-encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
          return void res.end(gzipSync(body));
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      const page = notFoundPage(new URL(req.url ?? '/', 'http://localhost').pathname);
      const body = await readFile(join(base, page)).catch(() => readFile(join(base, '404.html'))).catch(() => 'Not found');
      res.writeHead(404, { ...headersFor(rules, page), 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  await startServer({ port, compress: true });
  console.log(`Nettstedet kjører på http://localhost:${port}/  (Ctrl+C for å stoppe)`);
}
