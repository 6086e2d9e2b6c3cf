import { useTranslations, type UiLang, type MessageKey } from '../../i18n';
import { fill } from '../../plan/messages';

/** A translator with `{name}` placeholders; ISO dates in params are written out in Norwegian. */
export function makeT(lang: UiLang = 'nb') {
  const t = useTranslations(lang);
  return (key: MessageKey, params?: Record<string, string | number>) => fill(t(key), params, lang);
}

export type T = ReturnType<typeof makeT>;
