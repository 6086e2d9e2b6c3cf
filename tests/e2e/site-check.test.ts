/**
 * scripts/check-site.mjs: the built site passes, and each check catches the fault it is for.
 * Runs on dist/ and on small fixture sites in a temporary folder; no browser.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkChapters, checkLinks, checkLovdata, checkSite, checkSitemap, chapterFiles, htmlFiles, isValidLovdataUrl,
} from '../../scripts/check-site.mjs';

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

const page = (body: string, head = '') =>
  `<!doctype html><html lang="nb-NO"><head><title>Test</title>${head}</head><body><a href="#hoved">Hopp</a><main id="hoved">${body}</main></body></html>`;

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
});
