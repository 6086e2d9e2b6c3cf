// The files of a built site (dist/) and the addresses they are served at. One walk for the
// build checks (check-site.mjs), the budgets (budgets.mjs), the CSP step (csp.mjs) and the
// service worker's precache list (service-worker.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under dir, as paths relative to dir with forward slashes, sorted. */
export function filesIn(dir) {
  const walk = (d) => readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
  });
  return walk(dir).sort();
}

/** Every .html file under dir, as paths relative to dir with forward slashes, sorted. */
export function htmlFiles(dir) {
  return filesIn(dir).filter((file) => file.endsWith('.html'));
}

/** The address a file is served at: 'veileder/lover/index.html' → '/veileder/lover/', 'index.html' → '/', else '/<file>' ('404.html' → '/404.html'). */
export function urlPathOf(file) {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}
