/** Nynorsk addresses: one map (src/i18n/routes.ts) gives every link, the language switch, hreflang and the old addresses. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { basePath, localePath, movedNynorskPaths, NYNORSK_PATHS, pageSlug, pathIn } from '../../src/i18n/routes';
import { redirectsFile } from '../../src/pages/[redirects]';
import { notFoundRules } from '../../scripts/serve.mjs';
import { NYNORSK_GIVEAWAYS } from '../fixtures/nynorsk';
import { SECTION_IDS, sectionHref } from '../../src/wizard/sections';

const files = (dir: string) => readdirSync(fileURLToPath(new URL(`../../content/${dir}/`, import.meta.url))).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));

describe('nynorsk addresses', () => {
  it('maps a bokmål address to its nynorsk one and back, keeping query and fragment', () => {
    expect(localePath('nn', '/veileder/utlopt-plan/')).toBe('/nn/rettleiar/utgatt-plan/');
    expect(localePath('nn', '/veileder/utlopt-plan/#rullering')).toBe('/nn/rettleiar/utgatt-plan/#rullering');
    expect(localePath('nn', '/veileder/')).toBe('/nn/rettleiar/');
    expect(basePath('/nn/rettleiar/')).toBe('/veileder/');
    expect(basePath('/nn/rettleiar/lover/')).toBe('/veileder/lover/');
    expect(localePath('nn', '/tilgjengelighet/')).toBe('/nn/tilgjenge/');
    expect(localePath('nn', '/sjekk/?eksempel=god')).toBe('/nn/sjekk/?eksempel=god');
    expect(localePath('nb', '/veileder/utlopt-plan/')).toBe('/veileder/utlopt-plan/');
    expect(basePath('/nn/rettleiar/kva-er-ein-handlingsplan/')).toBe('/veileder/hva-er-en-handlingsplan/');
    expect(basePath('/nn/')).toBe('/');
    expect(pathIn('nb', '/nn/tilgjenge/')).toBe('/tilgjengelighet/');
    expect(pathIn('nn', '/veileder/lover/')).toBe('/nn/rettleiar/lover/');
    expect(pageSlug('nn', '/veileder/kilder-og-ordliste/')).toBe('kjelder-og-ordliste');
    expect(localePath('nn', '/regler/#krav')).toBe('/nn/reglar/#krav');
    expect(localePath('nn', '/kurs/arbeidsark/gammel-plan/')).toBe('/nn/kurs/arbeidsark/gammal-plan/');
    expect(localePath('nn', '/kurs/arbeidsark/finn-feilene/')).toBe('/nn/kurs/arbeidsark/finn-feila/');
    expect(localePath('nn', '/lag-plan/innsatsomrader/#felt-focusAreas-0-title')).toBe('/nn/lag-plan/innsatsomrade/#felt-focusAreas-0-title');
    expect(basePath('/nn/reglar/')).toBe('/regler/');
    for (const [nb, nn] of Object.entries(NYNORSK_PATHS)) {
      expect(pathIn('nb', localePath('nn', nb))).toBe(nb);
      expect(pathIn('nn', nb)).toBe(`/nn${nn.replace(/^\/veileder\//, '/rettleiar/')}`);
    }
  });

  it('has a nynorsk slug for every nynorsk chapter and page whose file name is bokmål, ASCII like the bokmål slugs', () => {
    const named = [
      ...files('veileder/nn').map((f) => `/veileder/${f}/`), ...files('sider/nn').map((f) => `/${f}/`),
      ...files('kurs/nn').map((f) => `/kurs/${f}/`), ...files('kurs/nn/arbeidsark').map((f) => `/kurs/arbeidsark/${f}/`),
      ...SECTION_IDS.map((id) => sectionHref(id)),
      // Pages of their own in src/pages/[...lang]/ with a Norwegian name.
      '/regler/', '/sjekk/', '/planfil/', '/sok/', '/lag-plan/hent-inn/', '/lag-plan/utskrift/', '/kurs/fasit/',
    ];
    // A file name with a bokmål word («hva», «en», «lager», «planer», «kilder», «regler», «gammel», «feilene»,
    // «omrader») needs an entry in NYNORSK_PATHS.
    const BOKMAL_SLUG = /(^|-)(hva|en|dere|lager|planer|kilder|konvensjoner|innhold|utlopt|tilgjengelighet|regler|gammel|feilene|innsatsomrader)(-|$)/;
    const unmapped = named.filter((path) => !NYNORSK_PATHS[path] && BOKMAL_SLUG.test(path.split('/').at(-2)!));
    expect(unmapped).toEqual([]);
    for (const nn of Object.values(NYNORSK_PATHS)) expect(nn).toMatch(/^\/([a-z0-9-]+\/)+$/);
    // Every mapped address is a page that exists.
    for (const nb of Object.keys(NYNORSK_PATHS)) expect(named).toContain(nb);
    expect(BOKMAL_SLUG.test('hva-er-en-handlingsplan')).toBe(true);
    expect(NYNORSK_GIVEAWAYS.test('kva-er-ein-handlingsplan'.replaceAll('-', ' '))).toBe(true);
  });

  it('sends the old addresses on: _redirects moves each, and missing /nn/ addresses get the nynorsk 404', () => {
    const chapters = files('veileder/nb').map((f) => `/veileder/${f}/`);
    const text = redirectsFile(chapters);
    const moved = movedNynorskPaths(chapters);
    for (const { from, to } of moved) {
      expect(text).toContain(`${from} ${to} 301\n`);
      expect(from).not.toBe(to);
      // Straight to the page: no address moves to one that moves again.
      expect(moved.map((m) => m.from)).not.toContain(to);
    }
    const target = new Map(moved.map(({ from, to }) => [from, to]));
    // The bokmål slug under /nn/, and the nynorsk slug in the bokmål folder, both go to the nynorsk address.
    expect(target.get('/nn/veileder/utlopt-plan/')).toBe('/nn/rettleiar/utgatt-plan/');
    expect(target.get('/nn/veileder/utgatt-plan/')).toBe('/nn/rettleiar/utgatt-plan/');
    expect(target.get('/nn/veileder/lover/')).toBe('/nn/rettleiar/lover/');
    expect(target.get('/nn/veileder/')).toBe('/nn/rettleiar/');
    expect(target.get('/nn/regler/')).toBe('/nn/reglar/');
    expect(target.get('/nn/kurs/arbeidsark/gammel-plan/')).toBe('/nn/kurs/arbeidsark/gammal-plan/');
    // Every chapter's old address is covered.
    for (const chapter of chapters) expect(target.has(`/nn${chapter}`), chapter).toBe(true);
    expect(text).toMatch(/^\/nn\/\* \/nn\/404\.html 404$/m);
    expect(notFoundRules(text)).toEqual([{ prefix: '/nn/', page: '/nn/404.html' }]);
  });
});
