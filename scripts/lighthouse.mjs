// Lighthouse on one page of each kind of the built site (dist/): performance,
// accessibility, best practices and SEO. Writes the scores to lighthouse-scores.json
// (committed, rewritten on every run).
//
// Gate: accessibility, best practices and SEO must be MINIMUM (100, what the site reaches);
// they do not depend on the machine. Performance is printed and written, never gated: it
// follows the load on the machine (on the shared two-core CI machine /lag-plan/ has measured
// 80 with another job running and 100 without). Speed is measured by `npm run bench`.
//
// Serves dist/ gzipped with scripts/serve.mjs and runs Debian's Chromium headless
// (CHROMIUM_PATH overrides /usr/bin/chromium), one browser for all pages. Without Chromium
// it stops with one line saying how to get it (scripts/chromium.mjs).
//
// Preset: desktop (Lighthouse's desktop config). `--mobile` runs the mobile preset for a
// look (it writes the same file).
//
// Usage: node scripts/lighthouse.mjs [--mobile]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';
import { requireChromium } from './chromium.mjs';

export const MINIMUM = 100;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The categories that fail the run below MINIMUM; the rest (performance) are reported only. */
export const GATED = ['accessibility', 'best-practices', 'seo'];
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

/**
 * The gated scores under MINIMUM, one line each ("/sjekk/: seo er 92, under 100"); a gated
 * category without a score counts as under. Performance and other ungated scores never appear.
 * @param {Array<{ page: string } & Record<string, number | null>>} results
 */
export function gateFailures(results, minimum = MINIMUM) {
  return results.flatMap((r) => GATED
    .filter((c) => r[c] === null || r[c] === undefined || r[c] < minimum)
    .map((c) => ({ page: r.page, category: c, line: `${r.page}: ${c} er ${r[c] ?? 'uten poeng'}, under ${minimum}` })));
}

async function main() {
  if (!existsSync('dist/index.html')) {
    console.error('Fant ikke dist/index.html. Bygg nettstedet først: npm run build');
    process.exit(1);
  }
  const chromePath = requireChromium();
  // A build without SITE_URL writes canonical and hreflang links as paths (README, «Innstillinger for den som
  // publiserer»): Lighthouse wants absolute ones there, so those two audits are left out of such a build, and
  // scripts/check-site.mjs checks instead that none of them points at localhost.
  const withoutSiteAddress = /<link rel="canonical" href="\//.test(readFileSync('dist/index.html', 'utf8'));
  const skipAudits = withoutSiteAddress ? ['canonical', 'hreflang'] : [];
  if (withoutSiteAddress) console.log('Bygget er uten SITE_URL: Lighthouse hopper over «canonical» og «hreflang», som bare kan bestås med nettstedets adresse.');
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const started = Date.now();
  const server = await startServer({ port: 0, compress: true });
  const base = `http://localhost:${server.address().port}`;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const results = [];
  const problems = [];
  let version;
  let browser;
  try {
    for (const page of PAGES) {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, skipAudits };
      const { lhr } = await lighthouse(`${base}${page.path}`, flags, PRESET === 'desktop' ? desktopConfig : undefined);
      if (lhr.runtimeError) problems.push(`${page.path}: Lighthouse kunne ikke måle siden: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)]));
      const row = { page: page.path, kind: page.kind, ...scores, tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0) };
      results.push(row);
      for (const f of gateFailures([row])) problems.push(`${f.line}. Dette trekker ned:\n      ${lostPoints(lhr, f.category).join('\n      ')}`);
      version = lhr.lighthouseVersion;
      browser = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0];
    }
  } finally {
    await chrome.kill();
    server.close();
  }

  const report = {
    $comment: 'Written by `npm run lighthouse` (scripts/lighthouse.mjs) on every run; scores 0-100. The `gated` categories must be at least `minimum`; performance (and tbtMs, Lighthouse\'s total blocking time) is reported only.',
    lighthouse: version,
    browser,
    preset: PRESET,
    minimum: MINIMUM,
    gated: GATED,
    pages: results,
  };
  writeFileSync(OUTPUT, JSON.stringify(report, null, 2) + '\n');

  const pad = (s, n) => String(s).padStart(n);
  console.log(`Lighthouse ${report.lighthouse}, ${PRESET}, ${report.browser} (${Math.round((Date.now() - started) / 1000)} s)`);
  const heads = CATEGORIES.map((c) => (GATED.includes(c) ? c : `(${c})`));
  console.log('side'.padEnd(20) + heads.map((c) => pad(c, 16)).join('') + pad('(TBT ms)', 10));
  for (const r of results) console.log(r.page.padEnd(20) + CATEGORIES.map((c) => pad(r[c] ?? '–', 16)).join('') + pad(r.tbtMs, 10));
  console.log('I parentes: bare rapportert, stopper ikke testene (fart måles med npm run bench).');
  if (problems.length) {
    console.error(`\nLighthouse: ${problems.length} ${problems.length === 1 ? 'poengsum' : 'poengsummer'} under ${MINIMUM} (se ${OUTPUT}):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`\n${GATED.join(', ')} er ${MINIMUM} på alle sidene. Skrevet til ${OUTPUT}.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
