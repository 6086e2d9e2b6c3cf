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

/** A site address in one language: localePath('nn', '/sjekk/?eksempel=god') → '/nn/sjekk/?eksempel=god'. Takes a bokmål (unprefixed) address. */
export function localePath(lang: UiLang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath trenger en adresse som starter med /, fikk «${path}»`);
  return lang === 'nb' ? path : `/nn${path}`;
}

/** The bokmål address of a page in either language: '/nn/sjekk/' → '/sjekk/'. */
export function basePath(pathname: string): string {
  return langOfPath(pathname) === 'nn' ? pathname.slice(3) || '/' : pathname;
}

/** The same page in the other language, for the language switch and hreflang. */
export function pathIn(lang: UiLang, pathname: string): string {
  return localePath(lang, basePath(pathname));
}

/** The `[...lang]` route parameter of a language: empty for bokmål. */
export function langParam(lang: UiLang): string | undefined {
  return lang === 'nb' ? undefined : lang;
}

/** The language folder of a content entry: 'nn/lover' → 'nn'. */
export function langOfEntry(id: string): UiLang {
  return id.split('/')[0] === 'nn' ? 'nn' : 'nb';
}
