import { nb, type MessageKey } from './nb';
import { nn } from './nn';
import type { UiLang } from './routes';

export type { UiLang } from './routes';
export { langOfPath, localePath, pathIn, pageSlug, langPaths, langParam, langOfEntry, LANG_TAG, UI_LANGS } from './routes';

export const CATALOGUES: Record<UiLang, Record<MessageKey, string>> = { nb, nn };

/** Returns a translator for one language; components call t(key) and never hold Norwegian text. */
export function useTranslations(lang: UiLang) {
  return (key: MessageKey): string => CATALOGUES[lang][key];
}

export type { MessageKey };
