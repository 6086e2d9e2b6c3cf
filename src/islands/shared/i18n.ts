import type { MessageKey } from '../../i18n/nb';
import { langOfPath, localePath, type UiLang } from '../../i18n/routes';
import { fill } from '../../plan/fill';

/**
 * The islands' interface language and text. The page carries the catalogue of its own
 * language in <script type="application/json" id="ui-messages"> (Base.astro, `islands`), so
 * the JavaScript holds no Norwegian text and one bundle serves both languages. The
 * language follows the address (/nn/… is nynorsk), like the page around the island.
 */
let catalogue: Record<MessageKey, string> | undefined;

function messages(): Record<MessageKey, string> {
  if (!catalogue) {
    const text = document.getElementById('ui-messages')?.textContent;
    if (!text) throw new Error('Siden mangler tekstene til skjemaet (ui-messages). Bruk <Base islands>.');
    catalogue = JSON.parse(text) as Record<MessageKey, string>;
  }
  return catalogue;
}

/** The interface language of this page. */
export function uiLang(): UiLang {
  return langOfPath(location.pathname);
}

/** A site address in this page's language: href('/lag-plan/tiltak/') → '/nn/lag-plan/tiltak/' on a nynorsk page. */
export function href(path: string): string {
  return localePath(uiLang(), path);
}

/** A translator with `{name}` placeholders; ISO dates in params are written out in the page's language. */
export function makeT() {
  const lang = uiLang();
  const m = messages();
  return (key: MessageKey, params?: Record<string, string | number>) => fill(m[key] ?? key, params, lang);
}

export type T = ReturnType<typeof makeT>;
