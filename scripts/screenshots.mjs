// npm run screenshots: a PNG of every kind of page, at 320, 768, 1280 and 1920 px, in bokmål and nynorsk,
// written to screenshots/ (git-ignored) for the team to look at before a release. Needs a build (npm run build).
//
//   npm run screenshots                               all pages, all widths, both languages
//   npm run screenshots -- --only=front,chapter --widths=320,1280 --lang=nb
//   npm run screenshots -- --root=/tmp/dist-copy   serve another build (to keep building while it runs)
//
// Each page is drawn whole (full page), with its islands hydrated. The builder pages are taken with an example plan
// as the current draft, so the task list, the status and the draft list have something in them. One more shot per
// width scrolls a chapter halfway down (chapter-scrolled), to show the table of contents staying beside the text.
import { mkdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

/** The kinds of page: a name for the file and the bokmål address. */
export const PAGE_TYPES = [
  { name: 'front', path: '/' },
  { name: 'guide-index', path: '/veileder/' },
  { name: 'chapter', path: '/veileder/lover/' },
  { name: 'chapter-scrolled', path: '/veileder/lover/', scroll: 0.5 },
  { name: 'content-page', path: '/om/' },
  { name: 'checker', path: '/sjekk/' },
  { name: 'rules', path: '/regler/' },
  { name: 'plan-file', path: '/planfil/' },
  { name: 'search', path: '/sok/?q=plan' },
  { name: 'builder-empty', path: '/lag-plan/', fresh: true },
  { name: 'builder', path: '/lag-plan/', example: true },
  { name: 'builder-about', path: '/lag-plan/om-planen/', example: true },
  { name: 'builder-measures', path: '/lag-plan/tiltak/', example: true },
  { name: 'builder-check', path: '/lag-plan/sjekk/', example: true },
  { name: 'builder-print', path: '/lag-plan/utskrift/', example: true },
  { name: 'course', path: '/kurs/' },
  { name: 'course-page', path: '/kurs/fasilitatorguide/' },
  { name: 'worksheet', path: '/kurs/arbeidsark/tiltak/' },
  { name: 'not-found', path: '/finnes-ikke/' },
];
export const WIDTHS = [320, 768, 1280, 1920];
const HEIGHT = { 320: 640, 768: 1024, 1280: 800, 1920: 1080 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function option(name) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3).split(',').filter(Boolean) : undefined;
}

/** Old nynorsk addresses and where their pages are now (the «301» lines of the build's _redirects, src/i18n/routes.ts). */
const moved = new Map();
function readMoved(root) {
  const file = join(root, '_redirects');
  if (!existsSync(file)) return;
  for (const [from, to, code] of readFileSync(file, 'utf8').split('\n').map((l) => l.trim().split(/\s+/))) if (code === '301') moved.set(from, to);
}

/** The address of a page in a language: nynorsk under /nn/, at its nynorsk slug (/veileder/lover/ → /nn/rettleiar/lover/). */
const localize = (lang, path) => {
  if (lang === 'nb') return path;
  const i = path.search(/[?#]/);
  const [pathname, rest] = i < 0 ? [path, ''] : [path.slice(0, i), path.slice(i)];
  return `${moved.get(`/nn${pathname}`) ?? `/nn${pathname}`}${rest}`;
};

async function shoot(browser, base, type, width, lang, out) {
  const context = await browser.newContext({ viewport: { width, height: HEIGHT[width] ?? 800 }, locale: 'nb-NO', serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    if (type.example) {
      // Opening /lag-plan/?eksempel=god makes a copy of the example the current draft (src/islands/wizard/examples.ts).
      await page.goto(`${base}${localize(lang, '/lag-plan/?eksempel=god')}`);
      await page.locator('#gjeldende-utkast').waitFor();
      // The copy is this tab's draft once the tab remembers it (src/islands/wizard/session.ts, TAB_DRAFT_KEY).
      await page.waitForFunction(() => sessionStorage.getItem('handlingsplan.fane-utkast') !== null);
    }
    await page.goto(`${base}${localize(lang, type.path)}`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.evaluate(() => document.fonts.ready);
    const file = join(out, lang, `${type.name}-${width}.png`);
    if (type.scroll) {
      await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), type.scroll);
      await page.screenshot({ path: file, timeout: 120_000 });
    } else {
      await page.screenshot({ path: file, fullPage: true, timeout: 120_000 });
    }
    return file;
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = option('root')?.[0] ?? 'dist';
  if (!existsSync(join(root, 'index.html'))) {
    console.error('Bygg nettstedet først: npm run build');
    process.exit(1);
  }
  const only = option('only');
  const types = only ? PAGE_TYPES.filter((p) => only.includes(p.name)) : PAGE_TYPES;
  const widths = option('widths')?.map(Number) ?? WIDTHS;
  const langs = option('lang') ?? ['nb', 'nn'];
  const out = option('out')?.[0] ?? 'screenshots';
  for (const lang of langs) mkdirSync(join(out, lang), { recursive: true });

  readMoved(root);
  const server = await startServer({ port: 0, root });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  let count = 0;
  const failed = [];
  try {
    for (const lang of langs) {
      for (const type of types) {
        for (const width of widths) {
          // One page that fails (a time-out on a busy machine) is reported, and the others are still taken.
          try {
            console.log(await shoot(browser, base, type, width, lang, out));
            count += 1;
          } catch (error) {
            failed.push(`${lang} ${type.name} ${width}: ${error.message.split('\n')[0]}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`${count} skjermbilder i ${out}/`);
  if (failed.length) {
    console.error(`Ikke tatt:\n${failed.join('\n')}`);
    process.exitCode = 1;
  }
}
