// The site's Content-Security-Policy, and the build step that makes a strict one possible.
//
// The policy allows scripts and styles from the site itself only: no inline script, no inline <style>, no style
// attribute in the markup, no other origin. Astro writes two things inline that such a policy would block: the
// island bootstrap (<script>…astro-island…</script> before the first island) and its one CSS rule
// (<style>astro-island{display:contents}</style>). Astro has no option to make them external (security.csp only
// allows them by hash), so after the build this step moves every inline script and style into a file under
// /_astro/ and refers to it (<script src>, <link rel="stylesheet">) at the same place. Classic scripts stay classic
// and blocking, so they run in the same order as before. Then it puts the policy in every page as
// <meta http-equiv="Content-Security-Policy"> and writes dist/_headers (Netlify, Cloudflare Pages) with the same
// policy as an HTTP header, plus what a <meta> cannot carry (frame-ancestors).
//
// Only the built site is changed: `astro dev` injects inline scripts of its own and runs without the policy.
// scripts/check-site.mjs checks the result, and tests/e2e/csp.test.ts visits the pages and listens for violations.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './site-files.mjs';

/**
 * The policy of every page. Notes on the less obvious sources:
 * - img-src data: Designsystemet's CSS draws its icons (alerts, validation messages, details, …) as CSS masks
 *   of data:image/svg+xml URLs, and images in CSS count as img-src. A data: image cannot run script.
 * - style-src 'self' without 'unsafe-inline': React sets style props through the CSSOM (element.style), which CSP
 *   does not govern, and Designsystemet's web components use constructed style sheets (adoptedStyleSheets), which
 *   it does not govern either. Style attributes written in the HTML would be blocked, so the markup has none
 *   (the worksheet column widths are data-width attributes with rules in src/styles/arbeidsark.css).
 * - No 'unsafe-eval'. The search page alone also gets 'wasm-unsafe-eval' (below).
 */
export const DIRECTIVES = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
});

/** Pagefind compiles WebAssembly (in its worker and, as a fallback, on the page): only the search pages allow that. */
export const SEARCH_PAGE = /(^|\/)sok\/index\.html$/;

/** Directives a <meta> policy cannot carry; they go in the HTTP header only. */
export const HEADER_ONLY = Object.freeze({ 'frame-ancestors': ["'none'"] });

const serialize = (directives) => Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy in the <meta> of a built page ('sok/index.html', 'veileder/lover/index.html', …). */
export function cspFor(file) {
  if (!SEARCH_PAGE.test(file)) return serialize(DIRECTIVES);
  return serialize({ ...DIRECTIVES, 'script-src': [...DIRECTIVES['script-src'], "'wasm-unsafe-eval'"] });
}

/**
 * The policy in the HTTP header. One header for all paths, because hosts merge every rule that matches a path and a
 * second policy would only narrow the first: it allows 'wasm-unsafe-eval' for the search page and for Pagefind's
 * worker (a worker gets its policy from its own response, not from the page). Each page's <meta> narrows it again,
 * so only the search pages can compile WebAssembly.
 */
export function headerPolicy() {
  return serialize({ ...DIRECTIVES, 'script-src': [...DIRECTIVES['script-src'], "'wasm-unsafe-eval'"], ...HEADER_ONLY });
}

/** dist/_headers, the format of Netlify and Cloudflare Pages. */
export function headersFile() {
  return [
    '# Written by scripts/csp.mjs at build time; change the policy there, not here.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  X-Frame-Options: DENY',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '/sw.js',
    '  Cache-Control: no-cache',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Reads a _headers file: [{ pattern, headers: [[name, value]] }], in file order. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a _headers file gives a path ('*' matches anything); later rules add to earlier ones. */
export function headersFor(rules, pathname) {
  const headers = {};
  for (const { pattern, headers: list } of rules) {
    const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (!re.test(pathname)) continue;
    for (const [name, value] of list) headers[name.toLowerCase()] = headers[name.toLowerCase()] ? `${headers[name.toLowerCase()]}, ${value}` : value;
  }
  return headers;
}

// ---- Reading the markup -------------------------------------------------------------------------------------------

const ATTRIBUTES = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
const SCRIPT = new RegExp(String.raw`<script\b${ATTRIBUTES}>([\s\S]*?)<\/script\s*>`, 'gi');
const STYLE = new RegExp(String.raw`<style\b${ATTRIBUTES}>([\s\S]*?)<\/style\s*>`, 'gi');
const CSP_META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;

/** The attributes of a tag's attribute text, names in lower case; a bare attribute has the value ''. */
export function attributesOf(text) {
  const attributes = new Map();
  for (const m of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/** A <script type> the browser does not run: JSON data blocks (application/json, application/ld+json, …+json). */
export function isDataBlock(type) {
  return /^application\/([\w.-]+\+)?json$/i.test((type ?? '').trim());
}

/** A <script type> that is JavaScript: none, 'module', or a JavaScript MIME type (not importmap, speculationrules, …). */
export function isJavaScript(type) {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript)$/.test(t);
}

/** Every <script> of a page: its attributes, its inline text, and whether it runs without a src. */
export function scriptsIn(html) {
  return [...html.matchAll(SCRIPT)].map((m) => {
    const attributes = attributesOf(m[1]);
    const inline = !attributes.has('src') && !isDataBlock(attributes.get('type'));
    return { tag: m[0], attributes, body: m[2], inline };
  });
}

/** The contents of every <meta http-equiv="Content-Security-Policy"> of a page. */
export function cspMetasIn(html) {
  return [...html.matchAll(CSP_META)].map((m) => attributesOf(m[0].slice(5, -1)).get('content') ?? '');
}

const hash = (text) => createHash('sha256').update(text).digest('base64url').slice(0, 10);

/**
 * Moves the inline scripts and styles of a page into files: `emit(name, text)` is called with e.g.
 * 'inline.Ab3dE6fGh9.js' and the script's text (the same text gives the same name, so pages share the file), and the
 * page refers to '/_astro/<name>' instead. JSON data blocks (and other scripts that are not JavaScript) stay where
 * they are. Returns the new markup.
 */
export function externalize(html, emit, base = '/_astro/') {
  let out = html.replace(SCRIPT, (tag, attributeText, body) => {
    const attributes = attributesOf(attributeText);
    // Only JavaScript can move to a file; anything else inline (an import map, speculation rules) stays, and the
    // site check reports it.
    if (attributes.has('src') || !isJavaScript(attributes.get('type'))) return tag;
    const name = `inline.${hash(body)}.js`;
    emit(name, body);
    // An inline classic script ignores async and defer; the external one must too, to keep running in place.
    const module = attributes.get('type') === 'module';
    const kept = [...attributes].filter(([k]) => k !== 'src' && (module || (k !== 'async' && k !== 'defer')));
    return `<script${kept.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`)).join('')} src="${base}${name}"></script>`;
  });
  out = out.replace(STYLE, (_tag, attributeText, body) => {
    const media = attributesOf(attributeText).get('media');
    const name = `inline.${hash(body)}.css`;
    emit(name, body);
    return `<link rel="stylesheet" href="${base}${name}"${media ? ` media="${media}"` : ''}>`;
  });
  return out;
}

/** Puts the page's policy first in <head>, right after <meta charset>, replacing any policy already there. */
export function withCspMeta(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const out = html.replace(CSP_META, '');
  const charset = /<meta\s+charset\s*=[^>]*>/i.exec(out);
  if (charset) return out.slice(0, charset.index + charset[0].length) + meta + out.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(out);
  if (head) return out.slice(0, head.index + head[0].length) + meta + out.slice(head.index + head[0].length);
  throw new Error('Fant ingen <head> å sette Content-Security-Policy i');
}

/** Externalizes inline scripts and styles, adds the policy to every page of dir, and writes dir/_headers. */
export function hardenSite(dir) {
  const assets = join(dir, '_astro');
  const emitted = new Set();
  const emit = (name, text) => {
    if (emitted.has(name)) return;
    mkdirSync(assets, { recursive: true });
    if (!existsSync(join(assets, name))) writeFileSync(join(assets, name), text);
    emitted.add(name);
  };
  const pages = htmlFiles(dir);
  for (const file of pages) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    writeFileSync(path, withCspMeta(externalize(html, emit), cspFor(file)));
  }
  writeFileSync(join(dir, '_headers'), headersFile());
  return { pages: pages.length, files: [...emitted] };
}

/** The Astro integration: runs hardenSite on the output folder when a build is done. */
export function cspIntegration() {
  return {
    name: 'handlingsplan:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = hardenSite(fileURLToPath(dir));
        logger.info(`Content-Security-Policy i ${pages} sider; ${files.length} innebygde skript og stiler flyttet til egne filer; _headers skrevet`);
      },
    },
  };
}
