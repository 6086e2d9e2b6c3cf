/**
 * Remembers the interface language the user picks with the language switch, and sends a
 * returning user from the front page to the front page of that language. Loaded on the
 * front page and on the pages that have scripts anyway (the tools); the chapter pages stay
 * without JavaScript, so a switch made there is not remembered.
 */
import { langOfPath, localePath, type UiLang } from '../i18n/routes';

export const LANGUAGE_KEY = 'handlingsplan.sprak';

function stored(): UiLang | undefined {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === 'nb' || value === 'nn' ? value : undefined;
  } catch {
    return undefined;
  }
}

function remember(lang: UiLang): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage blocked: the switch still works, it is just not remembered.
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => remember(langOfPath(new URL(link.href).pathname)));
}

const here = langOfPath(location.pathname);
const chosen = stored();
if (document.documentElement.hasAttribute('data-front-page') && chosen && chosen !== here) {
  location.replace(localePath(chosen, '/'));
}
