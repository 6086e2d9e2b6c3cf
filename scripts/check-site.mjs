#!/usr/bin/env node
// Checks the built site (dist/) without dependencies:
//   (a) every internal link and every #fragment leads somewhere,
//   (b) every Lovdata link has a form Lovdata answers,
//   (c) chapter pages load no script and have «Sist faglig oppdatert», «Kort fortalt» and «Kilder»,
//   (d) sitemap.xml lists every page, and nothing else,
//   (e) every page has the Content-Security-Policy <meta> (scripts/csp.mjs) first in <head>, and nothing the policy
//       blocks: no inline script (JSON data blocks are fine), no inline <style>, no style or on… attribute, no
//       javascript: address, no script or style from another origin; dist/_headers sends the policy too,
//   (f) sw.js exists, is up to date with the files, and keeps every page offline.
// Usage: node scripts/check-site.mjs [dist]. Exits 1 and lists every problem (in Norwegian).
// The checks are exported so tests can run them on small fixtures.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributesOf, cspFor, cspMetasIn, headerPolicy, headersFor, parseHeadersFile, scriptsIn } from './csp.mjs';
import { manifestOf, precacheManifest } from './service-worker.mjs';
import { htmlFiles, urlPathOf } from './site-files.mjs';

export { htmlFiles, urlPathOf };

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The markup without comments and without the contents of <script>, <style> and <template>. */
function markupOnly(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

/** Values of href and src attributes, decoded, in document order. */
export function linksIn(html) {
  const links = [];
  const re = /<[a-z][\w-]*\s[^>]*>/gi;
  for (const tag of markupOnly(html).match(re) ?? []) {
    for (const m of tag.matchAll(/\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)) {
      links.push(decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim());
    }
  }
  return links;
}

/** Every id (and <a name>) in the page. */
export function idsIn(html) {
  const ids = new Set();
  for (const tag of markupOnly(html).match(/<[a-z][\w-]*\s[^>]*>/gi) ?? []) {
    const attribute = /^<a\s/i.test(tag) ? /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi : /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
    for (const m of tag.matchAll(attribute)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  }
  return ids;
}

function safeDecode(s) {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** The file in dir a site path leads to, or undefined. A directory means its index.html. */
export function resolveTarget(dir, pathname) {
  const path = join(dir, ...safeDecode(pathname).split('/').filter(Boolean));
  if (!path.startsWith(join(dir))) return undefined;
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  if (!existsSync(path)) return undefined;
  if (statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return path;
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i; // https:, mailto:, tel:, data:, javascript:, //host

/** (a) Internal links that lead nowhere, and #fragments that are not an id on the page they point to. */
export function checkLinks(dir) {
  const problems = [];
  const idCache = new Map();
  const idsOf = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsIn(readFileSync(file, 'utf8')));
    return idCache.get(file);
  };
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const base = new URL(urlPathOf(file), 'http://nettsted.invalid');
    for (const link of linksIn(html)) {
      if (!link || EXTERNAL.test(link)) continue;
      const url = new URL(link, base);
      const fragment = safeDecode(url.hash.slice(1));
      let target;
      if (link.startsWith('#')) {
        target = join(dir, file);
      } else {
        target = resolveTarget(dir, url.pathname);
        if (!target) {
          problems.push(`${file}: lenken «${link}» peker til noe som ikke finnes (${url.pathname})`);
          continue;
        }
      }
      if (fragment && fragment !== 'top' && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        const where = link.startsWith('#') ? 'på samme side' : `på ${url.pathname}`;
        problems.push(`${file}: lenken «${link}» peker til #${fragment}, men det finnes ingen id «${fragment}» ${where}`);
      }
    }
  }
  return problems;
}

const LOVDATA_LAW = /^https:\/\/lovdata\.no\/(lov|forskrift)\/\d{4}-\d{2}-\d{2}-\d+(\/§\d+[a-z]?(-\d+[a-z]?)?)?$/;
const LOVDATA_DOCUMENT = /^https:\/\/lovdata\.no\/dokument\/[A-Z]+\/[a-z]+\/[\w-]+(\/.*)?$/;

/** True when a Lovdata address has one of the forms Lovdata answers (%C2%A7 is read as §). */
export function isValidLovdataUrl(href) {
  const url = href.replace(/%C2%A7/gi, '§');
  return LOVDATA_LAW.test(url) || LOVDATA_DOCUMENT.test(url);
}

/** (b) Links to lovdata.no that do not have the form https://lovdata.no/lov/ÅÅÅÅ-MM-DD-NR/§N (or forskrift, or dokument). */
export function checkLovdata(dir) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    for (const link of linksIn(readFileSync(join(dir, file), 'utf8'))) {
      if (!/^(?:https?:)?\/\/(?:[\w-]+\.)*lovdata\.no(?:[/?#:]|$)/i.test(link)) continue;
      if (!isValidLovdataUrl(link)) {
        problems.push(`${file}: Lovdata-lenken «${link}» har feil form; bruk https://lovdata.no/lov/ÅÅÅÅ-MM-DD-NR/§N eller https://lovdata.no/forskrift/ÅÅÅÅ-MM-DD-NR`);
      }
    }
  }
  return problems;
}

/** Visible text of a page: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html) {
  return decodeEntities(markupOnly(html).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

/** The chapter pages: veileder/<slug>/index.html and nn/rettleiar/<slug>/index.html (not the chapter lists). */
export function chapterFiles(dir) {
  return htmlFiles(dir).filter((f) => /^(veileder|nn\/rettleiar)\/[^/]+\/index\.html$/.test(f));
}

/** What a chapter page must show, per language (the texts of guide.updated, guide.summary and guide.sources in src/i18n). */
const CHAPTER_PARTS = {
  nb: { phrases: ['Sist faglig oppdatert', 'Kort fortalt'], sources: 'Kilder' },
  nn: { phrases: ['Sist fagleg oppdatert', 'Kort fortalt'], sources: 'Kjelder' },
};

/** (c) Chapter pages (bokmål and /nn/) that load a script or lack the updated date, «Kort fortalt» or a sources heading. */
/** An old address that only sends the reader on to the page's new address (src/pages/nn/[...moved].astro). */
export function isMovedPage(html) {
  return /<meta http-equiv="refresh"/i.test(html);
}

export function checkChapters(dir) {
  const problems = [];
  const files = chapterFiles(dir).filter((file) => !isMovedPage(readFileSync(join(dir, file), 'utf8')));
  if (existsSync(join(dir, 'veileder')) && files.length === 0) problems.push('veileder/: fant ingen kapittelsider');
  for (const file of files) {
    const html = readFileSync(join(dir, file), 'utf8');
    const scripts = html.match(/<script\b/gi)?.length ?? 0;
    if (scripts) problems.push(`${file}: kapittelsiden har ${scripts} <script>, men kapitler skal ikke laste skript`);
    const text = textOf(html);
    const parts = CHAPTER_PARTS[file.startsWith('nn/') ? 'nn' : 'nb'];
    for (const phrase of parts.phrases) {
      if (!text.includes(phrase)) problems.push(`${file}: kapittelsiden mangler «${phrase}»`);
    }
    const headings = [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)].map((m) => textOf(m[2]).trim());
    if (!headings.includes(parts.sources)) problems.push(`${file}: kapittelsiden mangler overskriften «${parts.sources}»`);
  }
  return problems;
}

/**
 * (d) sitemap.xml lists every page except the 404 pages and moved addresses, and no address that does not
 * exist: absolute addresses when the build had SITE_URL, paths on the site otherwise, and never localhost.
 */
export function checkSitemap(dir) {
  const file = join(dir, 'sitemap.xml');
  if (!existsSync(file)) return ['sitemap.xml: finnes ikke'];
  const problems = [];
  const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeEntities(m[1].trim()));
  const listed = new Set();
  for (const loc of locs) {
    let url;
    try { url = new URL(loc, loc.startsWith('/') ? 'https://nettstedet.invalid' : undefined); } catch {
      problems.push(`sitemap.xml: «${loc}» er verken en absolutt adresse eller en sti på nettstedet`);
      continue;
    }
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') problems.push(`sitemap.xml: «${loc}» peker til localhost; sett SITE_URL eller bygg uten`);
    listed.add(url.pathname);
    if (!resolveTarget(dir, url.pathname)) problems.push(`sitemap.xml: «${loc}» peker til en side som ikke finnes`);
  }
  for (const page of htmlFiles(dir)) {
    // 404 pages, and old addresses that only send the reader on (src/pages/nn/[...moved].astro), are not listed.
    if (/(^|\/)404\.html$/.test(page) || isMovedPage(readFileSync(join(dir, page), 'utf8'))) continue;
    const path = urlPathOf(page);
    if (!listed.has(path)) problems.push(`sitemap.xml: siden ${path} mangler`);
  }
  return problems;
}

/** What makes a policy weaker than the site's rules allow: a list of problems, empty when it is strict enough. */
export function policyProblems(policy) {
  const problems = [];
  const directives = new Map();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    directives.set(name.toLowerCase(), sources);
  }
  const expect = (name, sources) => {
    const got = directives.get(name);
    if (!got || got.join(' ') !== sources) problems.push(`${name} skal være ${sources}, er ${got ? got.join(' ') : 'ikke satt'}`);
  };
  expect('default-src', "'self'");
  expect('object-src', "'none'");
  expect('base-uri', "'self'");
  expect('form-action', "'self'");
  if (!directives.has('script-src')) problems.push('script-src mangler');
  if (!directives.has('style-src')) problems.push('style-src mangler');
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const s = source.toLowerCase();
      if (["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'"].includes(s) || s.startsWith("'nonce-") || s.startsWith("'sha")) {
        problems.push(`${name} tillater ${source}`);
      } else if (s === '*' || s.includes('://') || s.includes('.') || /^(https?|blob|filesystem|wss?):$/.test(s)) {
        problems.push(`${name} tillater en annen opprinnelse: ${source}`);
      }
    }
  }
  return problems;
}

/** Start tags with their attribute text (not inside scripts, styles, templates or comments). */
function startTags(html) {
  const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
  return [...markupOnly(html).matchAll(new RegExp(`<([a-z][\\w-]*)\\b${ATTRS}>`, 'gi'))].map((m) => ({ name: m[1].toLowerCase(), attributes: m[2] }));
}

/** (e) Pages without the policy, or with something the policy blocks; and dist/_headers. */
export function checkSecurity(dir) {
  const problems = [];
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const metas = cspMetasIn(html);
    if (metas.length === 0) problems.push(`${file}: mangler <meta http-equiv="Content-Security-Policy">`);
    else if (metas.length > 1) problems.push(`${file}: har ${metas.length} Content-Security-Policy-<meta>, skal ha én`);
    else {
      const policy = decodeEntities(metas[0]);
      if (policy !== cspFor(file)) problems.push(`${file}: Content-Security-Policy er «${policy}», men skal være «${cspFor(file)}» (scripts/csp.mjs)`);
      for (const p of policyProblems(policy)) problems.push(`${file}: Content-Security-Policy: ${p}`);
      const head = /<head\b[^>]*>([\s\S]*?)<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy/i.exec(html);
      if (!head) problems.push(`${file}: Content-Security-Policy-<meta> står ikke i <head>`);
      else if (/<(script|style|link)\b/i.test(head[1])) problems.push(`${file}: Content-Security-Policy-<meta> må stå før alle <script>, <style> og <link> i <head>`);
    }
    for (const script of scriptsIn(html)) {
      if (script.inline) problems.push(`${file}: innebygd <script> uten src (${script.body.trim().slice(0, 60)}…); legg skriptet i en fil`);
      const src = script.attributes.get('src');
      if (src && /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src.trim())) problems.push(`${file}: <script src="${src}"> er ikke fra nettstedet selv`);
    }
    if (/<style\b/i.test(html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, ''))) problems.push(`${file}: innebygd <style>; bruk en CSS-fil`);
    for (const tag of startTags(html)) {
      for (const name of attributesOf(tag.attributes).keys()) {
        if (name === 'style' || /^on[a-z]+$/.test(name)) problems.push(`${file}: <${tag.name}> har attributtet ${name}, som Content-Security-Policy stopper`);
      }
      if (tag.name === 'link' && /\brel\s*=\s*["']?[^"'>]*stylesheet/i.test(tag.attributes)) {
        const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag.attributes);
        const url = href ? (href[1] ?? href[2] ?? href[3]) : '';
        if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url.trim())) problems.push(`${file}: stilarket «${url}» er ikke fra nettstedet selv`);
      }
    }
    for (const link of linksIn(html)) {
      if (/^\s*javascript:/i.test(link)) problems.push(`${file}: javascript:-adressen «${link.slice(0, 40)}» stoppes av Content-Security-Policy`);
    }
  }
  const headers = join(dir, '_headers');
  if (!existsSync(headers)) problems.push('_headers: finnes ikke (skrives av scripts/csp.mjs ved bygging)');
  else {
    const policy = headersFor(parseHeadersFile(readFileSync(headers, 'utf8')), '/')['content-security-policy'];
    if (policy !== headerPolicy()) problems.push(`_headers: Content-Security-Policy for / er «${policy ?? ''}», skal være «${headerPolicy()}»`);
    else if (!/(^|;)\s*frame-ancestors\s+'none'/.test(policy)) problems.push("_headers: Content-Security-Policy mangler frame-ancestors 'none'");
    if (policy) for (const p of policyProblems(policy)) problems.push(`_headers: Content-Security-Policy: ${p}`);
  }
  return problems;
}

/** (f) sw.js is missing, stale (the files changed after it was written), or leaves a page or a listed file out. */
export function checkServiceWorker(dir) {
  const file = join(dir, 'sw.js');
  if (!existsSync(file)) return ['sw.js: finnes ikke; bygg med npm run build (det skriver sw.js etter astro build og pagefind)'];
  const manifest = manifestOf(readFileSync(file, 'utf8'));
  if (!manifest) return ['sw.js: fant ikke listen over filer (const MANIFEST = …)'];
  const problems = [];
  const expected = precacheManifest(dir);
  if (manifest.version !== expected.version) problems.push(`sw.js: versjonen ${manifest.version} stemmer ikke med filene (${expected.version}); skriv den på nytt med node scripts/service-worker.mjs`);
  const listed = new Set(manifest.files);
  for (const page of htmlFiles(dir)) {
    if (page === '404.html') continue;
    if (!listed.has(urlPathOf(page))) problems.push(`sw.js: siden ${urlPathOf(page)} lagres ikke for bruk uten nett`);
  }
  for (const url of manifest.files) {
    if (!resolveTarget(dir, url)) problems.push(`sw.js: lagrer ${url}, som ikke finnes`);
  }
  return problems;
}

/** (g) Canonical and hreflang links never point at localhost (a build without SITE_URL writes paths). */
export function checkSiteAddress(dir) {
  const problems = [];
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    for (const m of html.matchAll(/<link\b[^>]*rel="(?:canonical|alternate)"[^>]*>/g)) {
      if (/href="https?:\/\/(?:localhost|127\.0\.0\.1)[:/]/.test(m[0])) problems.push(`${page}: ${m[0]} peker til localhost; sett SITE_URL eller bygg uten`);
    }
  }
  const robots = join(dir, 'robots.txt');
  if (existsSync(robots) && /localhost|127\.0\.0\.1/.test(readFileSync(robots, 'utf8'))) problems.push('robots.txt: peker til localhost');
  return problems;
}

/** All checks; an empty list means the site is fine. */
export function checkSite(dir = 'dist') {
  if (!existsSync(join(dir, 'index.html'))) return [`${dir}: finner ikke index.html; bygg nettstedet først (npm run build)`];
  return [...checkLinks(dir), ...checkLovdata(dir), ...checkChapters(dir), ...checkSitemap(dir), ...checkSiteAddress(dir), ...checkSecurity(dir), ...checkServiceWorker(dir)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const problems = checkSite(dir);
  if (problems.length) {
    console.error(`Sjekken av nettstedet fant ${problems.length} ${problems.length === 1 ? 'feil' : 'feil'} i ${dir}/:`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`Sjekken av nettstedet er bestått: ${htmlFiles(dir).length} sider i ${dir}/, ingen døde lenker, riktige Lovdata-lenker, kapitler uten skript, komplett sitemap.xml, Content-Security-Policy i alle sider og ingen innebygde skript, oppdatert sw.js.`);
}
