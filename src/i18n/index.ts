import { nb, type MessageKey } from './nb';
import { nn } from './nn';
import type { UiLang } from './routes';

export type { UiLang } from './routes';
export { langOfPath, localePath, pathIn, pageSlug, langPaths, langParam, langOfEntry, LANG_TAG, UI_LANGS } from './routes';

export const CATALOGUES: Record<UiLang, Record<MessageKey, string>> = { nb, nn };

/**
 * Key areas (the part of a key before the first dot) that only the server-rendered parts of a page
 * use: page chrome, the guide, search and the workshop pages. The islands' catalogue, which every
 * tool page carries in its HTML (Base.astro `islands`), leaves them out; tests/unit/island-catalogue.test.ts
 * checks that no island code names one.
 */
export const PAGE_ONLY_AREAS: readonly string[] = ['kurs', 'home', 'guide', 'search', 'footer', 'nav', 'header', 'site', 'notFound', 'moved'];

/** The catalogue the islands of a page read (src/islands/shared/i18n.ts): every key but the page-only areas. */
export function islandCatalogue(lang: UiLang): Partial<Record<MessageKey, string>> {
  return Object.fromEntries(Object.entries(CATALOGUES[lang]).filter(([key]) => !PAGE_ONLY_AREAS.includes(key.split('.')[0]))) as Partial<Record<MessageKey, string>>;
}

/** Returns a translator for one language; components call t(key) and never hold Norwegian text. */
export function useTranslations(lang: UiLang) {
  return (key: MessageKey): string => CATALOGUES[lang][key];
}

export type { MessageKey };
