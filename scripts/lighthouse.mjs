// Lighthouse on one page of each kind of the built site (dist/): performance,
// accessibility, best practices and SEO. Writes the scores to lighthouse-scores.json
// (committed, rewritten on every run) and exits 1 if any score is below MINIMUM.
//
// Serves dist/ gzipped with scripts/serve.mjs and runs Debian's Chromium headless
// (CHROMIUM_PATH overrides /usr/bin/chromium), one browser for all pages.
//
// Preset: desktop (Lighthouse's desktop config: simulated dense 4G, no CPU slowdown).
// The pages that carry weight, the plan builder and the checker, are desk work in a
// municipal office, and the mobile preset's simulated 4x slower CPU makes the score follow
// the load on the shared two-core CI machine: /lag-plan/ measured 90 one run and 100 the
// next. `--mobile` runs the mobile preset for a look (it writes the same file).
//
// Usage: node scripts/lighthouse.mjs [--mobile]
import { existsSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './serve.mjs';

export const MINIMUM = 95;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const PAGES = [
  { path: '/', kind: 'forside' },
  { path: '/veileder/lover/', kind: 'kapittel' },
  { path: '/sjekk/', kind: 'plansjekk' },
  { path: '/lag-plan/', kind: 'planbyggeren, oversikt' },
  { path: '/lag-plan/tiltak/', kind: 'planbyggeren, tiltak' },
  { path: '/kurs/', kind: 'kurs' },
];
const PRESET = process.argv.includes('--mobile') ? 'mobile' : 'desktop';
const OUTPUT = 'lighthouse-scores.json';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

/** The audits that cost a category points, worst first, for a readable failure. */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .sort((a, b) => b.weight * (1 - lhr.audits[b.id].score) - a.weight * (1 - lhr.audits[a.id].score))
    .map((ref) => {
      const audit = lhr.audits[ref.id];
      return `${ref.id} (${audit.displayValue ? `${audit.displayValue}, ` : ''}score ${Math.round(audit.score * 100)}, vekt ${ref.weight}): ${audit.title}`;
    });
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Fant ikke dist/index.html. Bygg nettstedet først: npm run build');
    process.exit(1);
  }
  const started = Date.now();
  const server = await startServer({ port: 0, compress: true });
  const base = `http://localhost:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  const results = [];
  const problems = [];
  let version;
  let browser;
  try {
    for (const page of PAGES) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
      const { lhr } = await lighthouse(`${base}${page.path}`, flags, PRESET === 'desktop' ? desktopConfig : undefined);
      if (lhr.runtimeError) problems.push(`${page.path}: Lighthouse kunne ikke måle siden: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]));
      results.push({ page: page.path, kind: page.kind, ...scores });
      for (const c of CATEGORIES) {
        if (scores[c] !== null && scores[c] >= MINIMUM) continue;
        problems.push(`${page.path}: ${c} er ${scores[c] ?? 'uten poeng'}, under ${MINIMUM}. Dette trekker ned:\n      ${lostPoints(lhr, c).join('\n      ')}`);
      }
      version = lhr.lighthouseVersion;
      browser = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0];
    }
  } finally {
    await chrome.kill();
    server.close();
  }

  const report = {
    $comment: 'Written by `npm run lighthouse` (scripts/lighthouse.mjs) on every run; scores 0-100, each must be at least `minimum`.',
    lighthouse: version,
    browser,
    preset: PRESET,
    minimum: MINIMUM,
    pages: results,
  };
  writeFileSync(OUTPUT, JSON.stringify(report, null, 2) + '\n');

  const pad = (s, n) => String(s).padStart(n);
  console.log(`Lighthouse ${report.lighthouse}, ${PRESET}, ${report.browser} (${Math.round((Date.now() - started) / 1000)} s)`);
  console.log('side'.padEnd(20) + CATEGORIES.map((c) => pad(c, 16)).join(''));
  for (const r of results) console.log(r.page.padEnd(20) + CATEGORIES.map((c) => pad(r[c] ?? '–', 16)).join(''));
  if (problems.length) {
    console.error(`\nLighthouse: ${problems.length} ${problems.length === 1 ? 'poengsum' : 'poengsummer'} under ${MINIMUM} (se ${OUTPUT}):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`\nAlle poengsummer er minst ${MINIMUM}. Skrevet til ${OUTPUT}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
