import { nb, type MessageKey } from './nb';
import { nn } from './nn';

export type UiLang = 'nb' | 'nn';
const CATALOGUES = { nb, nn } as const;

/** Returns a translator for one language; components call t(key) and never hold Norwegian text. */
export function useTranslations(lang: UiLang = 'nb') {
  return (key: MessageKey): string => CATALOGUES[lang][key];
}

export type { MessageKey };
