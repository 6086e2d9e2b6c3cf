/**
 * Addresses per interface language. Bokmål keeps the plain addresses (/sjekk/); nynorsk has the
 * same page under /nn/ (/nn/sjekk/). Every page lives once in src/pages/[...lang]/ and is built
 * for both languages through langPaths(). Framework-free: used by Astro pages and by islands.
 */
export type UiLang = 'nb' | 'nn';

export const UI_LANGS: readonly UiLang[] = ['nb', 'nn'];

/** The BCP 47 tag for `lang` and `hreflang`. */
export const LANG_TAG: Record<UiLang, string> = { nb: 'nb-NO', nn: 'nn-NO' };

/** getStaticPaths() entries for a page that exists once per language: `[...lang]` is empty for bokmål, 'nn' for nynorsk. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: UiLang } }[] {
  return UI_LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The language of a site address: /nn and /nn/… are nynorsk, everything else bokmål. */
export function langOfPath(pathname: string): UiLang {
  return pathname === '/nn' || pathname.startsWith('/nn/') ? 'nn' : 'nb';
}

/**
 * The nynorsk addresses that differ from the bokmål ones: the same page, with a nynorsk slug.
 * Bokmål address → nynorsk address (both without /nn). The one place the slugs are set: the chapter
 * and content pages are built at these addresses, every link made with localePath() follows them,
 * and the old /nn/ addresses (the bokmål slug under /nn/) stay as small pages that send the reader on
 * (src/pages/[...moved].astro, dist/_redirects). A nynorsk chapter or page not listed keeps its file name.
 * Slugs are ASCII like the bokmål ones: å → a, ø → o.
 */
export const NYNORSK_PATHS: Readonly<Record<string, string>> = {
  '/veileder/hva-er-en-handlingsplan/': '/veileder/kva-er-ein-handlingsplan/',
  '/veileder/konvensjoner/': '/veileder/konvensjonar/',
  '/veileder/slik-lager-dere-planen/': '/veileder/slik-lagar-de-planen/',
  '/veileder/innhold/': '/veileder/innhald/',
  '/veileder/interkommunale-planer/': '/veileder/interkommunale-planar/',
  '/veileder/utlopt-plan/': '/veileder/utgatt-plan/',
  '/veileder/kilder-og-ordliste/': '/veileder/kjelder-og-ordliste/',
  '/veileder/rutiner/': '/veileder/rutinar/',
  '/tilgjengelighet/': '/tilgjenge/',
  '/regler/': '/reglar/',
  '/kurs/arbeidsark/gammel-plan/': '/kurs/arbeidsark/gammal-plan/',
  '/kurs/arbeidsark/finn-feilene/': '/kurs/arbeidsark/finn-feila/',
  '/lag-plan/innsatsomrader/': '/lag-plan/innsatsomrade/',
};

const BOKMAL_PATHS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(NYNORSK_PATHS).map(([nb, nn]) => [nn, nb]));

/**
 * Folders whose name is bokmål: in nynorsk every page in them lives under the nynorsk name
 * (/veileder/lover/ → /nn/rettleiar/lover/), after the page's own slug is mapped above.
 */
export const NYNORSK_FOLDERS: Readonly<Record<string, string>> = {
  '/veileder/': '/rettleiar/',
};

/** The nynorsk form of a bokmål path (without /nn): its slug, then its folder. */
function toNynorsk(path: string): string {
  const mapped = NYNORSK_PATHS[path] ?? path;
  const folder = Object.keys(NYNORSK_FOLDERS).find((nb) => mapped.startsWith(nb));
  return folder ? NYNORSK_FOLDERS[folder] + mapped.slice(folder.length) : mapped;
}

/** The bokmål form of a nynorsk path (without /nn): its folder, then its slug. */
function toBokmal(path: string): string {
  const folder = Object.entries(NYNORSK_FOLDERS).find(([, nn]) => path.startsWith(nn));
  const unfolded = folder ? folder[0] + path.slice(folder[1].length) : path;
  return BOKMAL_PATHS[unfolded] ?? unfolded;
}

/** '/veileder/lover/?q=1#a' → ['/veileder/lover/', '?q=1#a']. */
function splitPath(path: string): [string, string] {
  const i = path.search(/[?#]/);
  return i < 0 ? [path, ''] : [path.slice(0, i), path.slice(i)];
}

/**
 * A site address in one language: localePath('nn', '/sjekk/?eksempel=god') → '/nn/sjekk/?eksempel=god',
 * localePath('nn', '/tilgjengelighet/') → '/nn/tilgjenge/'. Takes a bokmål (unprefixed) address.
 */
export function localePath(lang: UiLang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath trenger en adresse som starter med /, fikk «${path}»`);
  if (lang === 'nb') return path;
  const [pathname, rest] = splitPath(path);
  return `/nn${toNynorsk(pathname)}${rest}`;
}

/** The bokmål address of a page in either language: '/nn/sjekk/' → '/sjekk/', '/nn/tilgjenge/' → '/tilgjengelighet/'. */
export function basePath(pathname: string): string {
  if (langOfPath(pathname) === 'nb') return pathname;
  const [path, rest] = splitPath(pathname.slice(3) || '/');
  return `${toBokmal(path)}${rest}`;
}

/** The same page in the other language, for the language switch and hreflang. */
export function pathIn(lang: UiLang, pathname: string): string {
  return localePath(lang, basePath(pathname));
}

/** The last part of a page's address in one language: pageSlug('nn', '/veileder/utlopt-plan/') → 'utgatt-plan'. */
export function pageSlug(lang: UiLang, bokmalPath: string): string {
  return localePath(lang, bokmalPath).split('/').filter(Boolean).pop()!;
}

/**
 * The old nynorsk addresses and where each page is now: the bokmål address under /nn/ (/nn/veileder/utlopt-plan/),
 * and the nynorsk slug in the bokmål folder (/nn/veileder/utgatt-plan/), both now /nn/rettleiar/utgatt-plan/.
 * `pages` are the bokmål addresses of the pages in the folders of NYNORSK_FOLDERS (the guide's chapters), which
 * this framework-free module cannot list itself; the pages of NYNORSK_PATHS are always included.
 */
export function movedNynorskPaths(pages: readonly string[] = []): { from: string; to: string }[] {
  const moved = new Map<string, string>();
  for (const nb of new Set([...Object.keys(NYNORSK_PATHS), ...Object.keys(NYNORSK_FOLDERS), ...pages])) {
    const to = `/nn${toNynorsk(nb)}`;
    for (const from of [`/nn${nb}`, `/nn${NYNORSK_PATHS[nb] ?? nb}`]) if (from !== to) moved.set(from, to);
  }
  return [...moved].map(([from, to]) => ({ from, to }));
}

/** The `[...lang]` route parameter of a language: empty for bokmål. */
export function langParam(lang: UiLang): string | undefined {
  return lang === 'nb' ? undefined : lang;
}

/** The language folder of a content entry: 'nn/lover' → 'nn'. */
export function langOfEntry(id: string): UiLang {
  return id.split('/')[0] === 'nn' ? 'nn' : 'nb';
}
