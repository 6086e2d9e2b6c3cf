/**
 * scripts/check-site.mjs: the built site passes, and each check catches the fault it is for.
 * Runs on dist/ and on small fixture sites in a temporary folder; no browser.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkChapters, checkLinks, checkLovdata, checkSecurity, checkServiceWorker, checkSite, checkSitemap, chapterFiles, htmlFiles, isValidLovdataUrl,
} from '../../scripts/check-site.mjs';
import { cspFor, headersFile } from '../../scripts/csp.mjs';
import { writeServiceWorker } from '../../scripts/service-worker.mjs';

describe('the built site', () => {
  it('passes every check', () => {
    expect(checkSite('dist')).toEqual([]);
  });

  it('has chapter pages and the content pages, all in the sitemap', () => {
    expect(chapterFiles('dist').length).toBeGreaterThanOrEqual(10);
    const pages = htmlFiles('dist');
    for (const page of ['om/index.html', 'tilgjengelighet/index.html', 'personvern/index.html']) expect(pages).toContain(page);
    expect(checkSitemap('dist')).toEqual([]);
  });
});

/** A page as the build writes it: the Content-Security-Policy first in <head> (the fixture's pages all get the policy of index.html). */
const page = (body: string, head = '', csp = `<meta http-equiv="Content-Security-Policy" content="${cspFor('index.html')}">`) =>
  `<!doctype html><html lang="nb-NO"><head><meta charset="utf-8">${csp}<title>Test</title>${head}</head><body><a href="#hoved">Hopp</a><main id="hoved">${body}</main></body></html>`;

const chapter = (extra = '', head = '') => page(`
  <h1>Kapittel</h1>
  <p>Sist faglig oppdatert: 21. november 2026</p>
  <section><h2 id="kort-fortalt">Kort fortalt</h2><ul><li>Kort.</li></ul></section>
  <h2 id="lover">Lover</h2>
  <p><a href="https://lovdata.no/lov/2009-06-19-44/%C2%A72">krisesenterlova § 2</a> og
     <a href="https://lovdata.no/forskrift/2022-06-22-1110">forskriften</a> og
     <a href="https://lovdata.no/dokument/TRAKTAT/traktat/2011-05-11-22">Istanbul-konvensjonen</a></p>
  <p><a href="../">Veileder</a>, <a href="/veileder/kapittel/#lover">lover</a>, <a href="#kilder">kilder</a>, <a href="mailto:x@example.org">e-post</a></p>
  ${extra}
  <section><h2 id="kilder">Kilder</h2><ul><li>NKVTS rapport 3/2019</li></ul></section>`, head);

let dir: string;
const write = (file: string, html: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), html);
};
const SITEMAP = (paths: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`;

const dirs: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'site-check-'));
  dirs.push(dir);
  write('index.html', page('<h1>Forside</h1><a href="/veileder/">Veileder</a> <a href="/stil.css">stil</a> <img src="bilde.svg" alt="">'));
  write('stil.css', 'body{}');
  write('bilde.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('404.html', page('<h1>Fant ikke siden</h1>'));
  write('veileder/index.html', page('<h1>Veileder</h1><a href="kapittel/">Kapittel</a>', '<script type="module" src="/bilde.svg"></script>'));
  write('veileder/kapittel/index.html', chapter());
  write('sitemap.xml', SITEMAP(['/', '/veileder/', '/veileder/kapittel/']));
  write('_headers', headersFile());
  writeServiceWorker(dir);
});
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describe('the fixture without faults', () => {
  it('passes every check (so the faults below are what fails)', () => {
    expect(checkSite(dir)).toEqual([]);
  });
});

describe('(a) internal links', () => {
  it('finds a dead internal link', () => {
    write('veileder/kapittel/index.html', chapter('<p><a href="/veileder/finnes-ikke/">død lenke</a></p>'));
    const problems = checkLinks(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/veileder\/kapittel\/index\.html: lenken «\/veileder\/finnes-ikke\/» peker til noe som ikke finnes/);
  });

  it('finds a dead relative link and a missing file', () => {
    write('index.html', page('<a href="veileder/mangler/">a</a> <img src="/mangler.png" alt="">'));
    expect(checkLinks(dir)).toHaveLength(2);
  });

  it('finds a #fragment that is no id, on the same page and on another page', () => {
    write('index.html', page('<a href="#finnes-ikke">a</a> <a href="/veileder/kapittel/#ingen-slik">b</a>'));
    const problems = checkLinks(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/#finnes-ikke.*på samme side/);
    expect(problems[1]).toMatch(/#ingen-slik.*på \/veileder\/kapittel\//);
  });

  it('reports through checkSite', () => {
    write('veileder/kapittel/index.html', chapter('<a href="/veileder/finnes-ikke/">død lenke</a>'));
    writeServiceWorker(dir); // as the build does after changing a page
    expect(checkSite(dir)).toHaveLength(1);
  });
});

describe('(b) Lovdata links', () => {
  it('accepts the forms Lovdata answers', () => {
    for (const url of [
      'https://lovdata.no/lov/2009-06-19-44',
      'https://lovdata.no/lov/2009-06-19-44/§2',
      'https://lovdata.no/lov/2011-06-24-30/%C2%A73-3a',
      'https://lovdata.no/lov/2008-06-27-71/§10-1',
      'https://lovdata.no/forskrift/2022-06-22-1110',
      'https://lovdata.no/dokument/NL/lov/2009-06-19-44',
    ]) expect(isValidLovdataUrl(url), url).toBe(true);
  });

  it('rejects malformed addresses', () => {
    for (const url of [
      'https://lovdata.no/lov/2009-44/§2',
      'http://lovdata.no/lov/2009-06-19-44',
      'https://www.lovdata.no/lov/2009-06-19-44',
      'https://lovdata.no/lov/2009-06-19-44/paragraf-2',
      'https://lovdata.no/lov/2009-06-19-44/',
    ]) expect(isValidLovdataUrl(url), url).toBe(false);
  });

  it('finds a malformed Lovdata link in a page', () => {
    write('veileder/kapittel/index.html', chapter('<p><a href="https://lovdata.no/lov/2009-44/§2">feil</a></p>'));
    const problems = checkLovdata(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Lovdata-lenken «https:\/\/lovdata\.no\/lov\/2009-44\/§2» har feil form/);
  });
});

describe('(c) chapter pages', () => {
  it('finds a chapter page with a <script>', () => {
    write('veileder/kapittel/index.html', chapter('', '<script type="module">console.log(1)</script>'));
    const problems = checkChapters(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/veileder\/kapittel\/index\.html: kapittelsiden har 1 <script>/);
  });

  it('finds a chapter page without «Sist faglig oppdatert», «Kort fortalt» and a «Kilder» heading', () => {
    write('veileder/kapittel/index.html', page('<h1>Kapittel</h1><p>Kilder: ingen.</p>'));
    const problems = checkChapters(dir);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/Sist faglig oppdatert[\s\S]*Kort fortalt[\s\S]*Kilder/);
  });

  it('checks a nynorsk chapter for its nynorsk parts: a bokmål «Kilder» heading is not «Kjelder»', () => {
    write('nn/rettleiar/kapittel/index.html', chapter());
    const problems = checkChapters(dir);
    expect(problems).toEqual([
      'nn/rettleiar/kapittel/index.html: kapittelsiden mangler «Sist fagleg oppdatert»',
      'nn/rettleiar/kapittel/index.html: kapittelsiden mangler overskriften «Kjelder»',
    ]);
  });

  it('leaves the chapter list (veileder/index.html) alone, even with a script', () => {
    expect(checkChapters(dir)).toEqual([]);
  });
});

describe('(d) sitemap.xml', () => {
  it('finds a page missing from the sitemap and an address that does not exist', () => {
    write('sitemap.xml', SITEMAP(['/', '/veileder/', '/veileder/borte/']));
    expect(checkSitemap(dir)).toEqual([
      'sitemap.xml: «https://example.org/veileder/borte/» peker til en side som ikke finnes',
      'sitemap.xml: siden /veileder/kapittel/ mangler',
    ]);
  });

  it('leaves out the 404 pages and old addresses that send the reader on, and checks no moved page as a chapter', () => {
    write('nn/404.html', page('<h1>Fann ikkje sida</h1>'));
    write('nn/rettleiar/gammal/index.html', page('<h1>Sida har flytta</h1><a href="/veileder/kapittel/">ny adresse</a>', '<meta http-equiv="refresh" content="0; url=/veileder/kapittel/">'));
    writeServiceWorker(dir);
    expect(checkSitemap(dir)).toEqual([]);
    expect(checkChapters(dir)).toEqual([]);
    expect(checkSite(dir)).toEqual([]);
    // Without the refresh it is a page like any other: missing from the sitemap, and not a chapter.
    write('nn/rettleiar/gammal/index.html', page('<h1>Gammal</h1>'));
    expect(checkSitemap(dir)).toEqual(['sitemap.xml: siden /nn/rettleiar/gammal/ mangler']);
    expect(checkChapters(dir).length).toBeGreaterThan(0);
  });
});

describe('(e) Content-Security-Policy', () => {
  it('finds a page without the policy, and one where it comes after a script', () => {
    write('veileder/index.html', page('<h1>Veileder</h1><a href="kapittel/">Kapittel</a>', '', ''));
    write('index.html', page('<h1>Forside</h1><a href="/veileder/">Veileder</a>', '', `<script type="module" src="/bilde.svg"></script><meta http-equiv="Content-Security-Policy" content="${cspFor('index.html')}">`));
    expect(checkSecurity(dir)).toEqual([
      'index.html: Content-Security-Policy-<meta> må stå før alle <script>, <style> og <link> i <head>',
      'veileder/index.html: mangler <meta http-equiv="Content-Security-Policy">',
    ]);
  });

  it('finds a weakened policy', () => {
    write('index.html', page('<h1>Forside</h1>', '', `<meta http-equiv="Content-Security-Policy" content="${cspFor('index.html').replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}">`));
    const problems = checkSecurity(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^index\.html: Content-Security-Policy er «.*'unsafe-inline'.*», men skal være/);
    expect(problems[1]).toBe("index.html: Content-Security-Policy: script-src tillater 'unsafe-inline'");
  });

  it('finds inline scripts, inline styles, style and on… attributes, javascript: links and foreign scripts, but not JSON data blocks', () => {
    write('index.html', page(
      '<h1 style="color:red">Forside</h1><button onclick="go()">Gå</button><a href="javascript:void 0">x</a>' +
      '<script type="application/json" id="data">{"ok":true}</script><p title="onclick=ikke et attributt">tekst</p>',
      '<script>window.a = 1</script><script type="module">import "/x.js"</script><script src="https://cdn.example.org/x.js"></script><style>h1{color:red}</style>',
    ));
    expect(checkSecurity(dir)).toEqual([
      'index.html: innebygd <script> uten src (window.a = 1…); legg skriptet i en fil',
      'index.html: innebygd <script> uten src (import "/x.js"…); legg skriptet i en fil',
      'index.html: <script src="https://cdn.example.org/x.js"> er ikke fra nettstedet selv',
      'index.html: innebygd <style>; bruk en CSS-fil',
      'index.html: <h1> har attributtet style, som Content-Security-Policy stopper',
      'index.html: <button> har attributtet onclick, som Content-Security-Policy stopper',
      'index.html: javascript:-adressen «javascript:void 0» stoppes av Content-Security-Policy',
    ]);
  });

  it('finds a missing or different _headers', () => {
    rmSync(join(dir, '_headers'));
    expect(checkSecurity(dir)).toEqual(['_headers: finnes ikke (skrives av scripts/csp.mjs ved bygging)']);
    write('_headers', headersFile().replace(" frame-ancestors 'none'", " frame-ancestors *"));
    expect(checkSecurity(dir)[0]).toMatch(/^_headers: Content-Security-Policy for \/ er «.*frame-ancestors \*», skal være/);
  });
});

describe('(f) service worker', () => {
  it('finds a missing sw.js', () => {
    rmSync(join(dir, 'sw.js'));
    expect(checkServiceWorker(dir)).toEqual(['sw.js: finnes ikke; bygg med npm run build (det skriver sw.js etter astro build og pagefind)']);
  });

  it('finds a sw.js older than the files, and a page it does not keep', () => {
    write('veileder/ny/index.html', chapter());
    write('sitemap.xml', SITEMAP(['/', '/veileder/', '/veileder/kapittel/', '/veileder/ny/']));
    const problems = checkServiceWorker(dir);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^sw\.js: versjonen \w+ stemmer ikke med filene/);
    expect(problems[1]).toBe('sw.js: siden /veileder/ny/ lagres ikke for bruk uten nett');
    writeServiceWorker(dir);
    expect(checkServiceWorker(dir)).toEqual([]);
  });
});
